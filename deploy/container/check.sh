#!/usr/bin/env bash
# Builds the image and proves it runs as it should: as user 10001 on a read-only root filesystem, the
# distribution unchangeable, the data in the volume, /health/ready and /health/live healthy from
# inside (the image's own health check). With podman (Debian's package), on this machine's loopback.
#
#   mvn -B package -DskipTests && deploy/container/check.sh
#
# JAVA_IMAGE: the base image (default: the Containerfile's, from Docker Hub). Where no registry is
# reachable, JAVA_IMAGE=debian makes one from Debian's packages (debootstrap) and this machine's Java
# 21+ (lib/find-java), which is how it was checked here. CHECK_PORT (18480), CHECK_DB_URL with
# CHECK_DB_USER/CHECK_DB_PASSWORD: an external database instead of the embedded one.
# Podman here needs runc, cgroupfs and explicit ulimits (crun refuses hybrid cgroups); other hosts may not.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST=deploy/target/sahakum
[ -x "$DIST/bin/sahakum" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
command -v podman >/dev/null || { echo "needs podman (apt-get install -y podman runc)" >&2; exit 1; }
PORT=${CHECK_PORT:-18480}
NAME=sahakum-check-$$
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sahakum-image.XXXXXX")
PODMAN=(podman)
if command -v runc >/dev/null; then PODMAN=(podman --runtime runc --cgroup-manager cgroupfs); fi
cleanup() {
  "${PODMAN[@]}" rm -f "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$NAME" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "container check: FAILED: $*" >&2; "${PODMAN[@]}" logs "$NAME" 2>&1 | tail -20 >&2 || true; exit 1; }

base_args=()
if [ "${JAVA_IMAGE:-}" = debian ]; then
  java_home=$("$DIST/lib/find-java" --home)
  command -v debootstrap >/dev/null || { echo "needs debootstrap (apt-get install -y debootstrap)" >&2; exit 1; }
  echo "container check: a base image from Debian's packages and $java_home"
  debootstrap --variant=minbase bookworm "$WORK/rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 \
    || { tail -5 "$WORK/debootstrap.log" >&2; exit 1; }
  mkdir -p "$WORK/rootfs/opt/java" && cp -a "$java_home/." "$WORK/rootfs/opt/java/"
  ln -sf /opt/java/bin/java "$WORK/rootfs/usr/local/bin/java"
  tar -C "$WORK/rootfs" -c . | podman import --change 'ENV JAVA_HOME=/opt/java' - localhost/sahakum-java-base >/dev/null
  base_args=(--build-arg JAVA_IMAGE=localhost/sahakum-java-base)
elif [ -n "${JAVA_IMAGE:-}" ]; then
  base_args=(--build-arg "JAVA_IMAGE=$JAVA_IMAGE")
fi

mkdir -p "$WORK/context" && cp -a "$DIST" "$WORK/context/sahakum" && cp deploy/container/healthcheck "$WORK/context/"
podman build --isolation=chroot --format docker -f deploy/container/Containerfile "${base_args[@]}" \
  -t localhost/sahakum "$WORK/context" >"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log" >&2; exit 1; }
echo "container check: image built"

db_env=()
if [ -n "${CHECK_DB_URL:-}" ]; then
  db_env=(-e "SAHAKUM_DB_URL=$CHECK_DB_URL" -e "SAHAKUM_DB_USER=${CHECK_DB_USER:?}" -e "SAHAKUM_DB_PASSWORD=${CHECK_DB_PASSWORD:?}")
fi
started=$(date +%s)
"${PODMAN[@]}" run -d --name "$NAME" --read-only --tmpfs /tmp --network host --cap-drop ALL \
  --security-opt no-new-privileges --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 --health-cmd none \
  -v "$NAME:/var/lib/sahakum" -e "SAHAKUM_HTTP_PORT=$PORT" -e SAHAKUM_ADMIN_PASSWORD=container-check-password \
  "${db_env[@]}" localhost/sahakum >/dev/null
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
  [ $(($(date +%s) - started)) -lt 300 ] || fail "not ready in 300 s"
  "${PODMAN[@]}" ps --filter "name=$NAME" --format '{{.Names}}' | grep -q . || fail "the container stopped"
  sleep 2
done
echo "container check: ready in $(($(date +%s) - started)) s"

in_container() { "${PODMAN[@]}" exec "$NAME" "$@"; }
in_container /opt/sahakum/bin/healthcheck ready || fail "the image's health check says not ready"
in_container /opt/sahakum/bin/healthcheck live || fail "the image's health check says not live"
[ "$(in_container id -u)" = 10001 ] || fail "the server does not run as user 10001"
if in_container sh -c 'touch /opt/sahakum/bin/x' 2>/dev/null; then fail "the distribution can be changed"; fi
if in_container sh -c 'touch /etc/x' 2>/dev/null; then fail "the root filesystem is writable"; fi
in_container test -d /var/lib/sahakum/runtime || fail "the server's files are not in the data volume"
"${PODMAN[@]}" stop -t 30 "$NAME" >/dev/null
if [ -z "${CHECK_DB_URL:-}" ]; then
  "${PODMAN[@]}" logs "$NAME" 2>&1 | grep -q "embedded MariaDB stopped" || fail "the embedded database did not stop cleanly"
fi
echo "container check: passed (user 10001, read-only root, health checks, clean stop)"
