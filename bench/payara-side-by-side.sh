#!/usr/bin/env bash
# Two (or more) builds of Sahakum side by side, in one run on this machine: each distribution
# starts with the demo at scale (SAHAKUM_DEMO=1, 10,000 members: WNU, 14 chapters, 20,000 legal-aid
# cases, the dues ledger), on a database of its own in one MariaDB that the script starts, all start
# at once and stay up, and then, round after round, each is measured in turn with
# the same wrk settings; the order turns round each round (A B, B A, ...) so that a change of load
# on the shared machine falls on both. Per server: the resident memory after the demo start, and
# per round and endpoint req/s and latency with the load average beside each:
#   - GET /api/ping (the floor: no database)
#   - the register: GET /api/t/wnu/members?limit=50 (WNU's admin)
#   - the legal-aid case list: GET /api/t/wnu/legal-aid/cases?limit=50 (a WNU paralegal)
#   - the audit list: GET /api/t/wnu/audit?limit=500 (WNU's admin; 500 entries an answer)
# and the whole audit chain's verification (GET /api/t/wnu/audit/verify), timed with curl.
#
#   bench/payara-side-by-side.sh LABEL=DIST@JAVA_HOME LABEL=DIST@JAVA_HOME ...
#
# e.g. the last build on Payara 6 / Java 17 (commit 5589eb7, built in a scratch clone) against this one:
#   bench/payara-side-by-side.sh \
#     p6=/work/h-perf21-p6/deploy/target/sahakum@/usr/lib/jvm/java-17-openjdk-amd64 \
#     p7=deploy/target/sahakum@/usr/lib/jvm/temurin-25-jdk-amd64
# With no arguments: P6_DIST (that scratch clone's distribution) on Java 17 against deploy/target/sahakum
# on the JDK its lib/find-java names.
#
# BENCH_MEMBERS (10000), BENCH_SECONDS per measurement (15), BENCH_ROUNDS (2), BENCH_CONNECTIONS (32),
# BENCH_VERIFY_RUNS per round (2), BENCH_KEEP=1 keeps the temporary folder (logs, wrk output).
set -euo pipefail
source "$(dirname "$0")/lib.sh" # wrk helpers, load_avg, rss_mb, free_port, $WORK and its clean-up
MEMBERS=${BENCH_MEMBERS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-15}
ROUNDS=${BENCH_ROUNDS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
VERIFY_RUNS=${BENCH_VERIFY_RUNS:-2}
READY_TIMEOUT=${READY_TIMEOUT:-3600}
PARALEGAL_PASSWORD=bench-paralegal-password-1

if [ $# -eq 0 ]; then
  p6=${P6_DIST:-/work/h-perf21-p6/deploy/target/sahakum}
  [ -x "$p6/bin/sahakum" ] || { echo "no Payara 6 distribution at $p6: set P6_DIST or name the builds" >&2; exit 1; }
  p7_java=$(dirname "$(dirname "$("$DIST/lib/find-java")")")
  set -- "p6=$p6@${P6_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}" "p7=$PWD/$DIST@$p7_java"
fi
LABELS=() DISTS=() JAVAS=() PORTS=() PIDS=() TOKENS=() PARALEGALS=()
for spec in "$@"; do
  label=${spec%%=*} rest=${spec#*=}
  dist=$(cd "${rest%@*}" && pwd) java_home=${rest##*@}
  [ -x "$dist/bin/sahakum" ] && [ -x "$java_home/bin/java" ] || { echo "not a distribution@JAVA_HOME: $spec" >&2; exit 1; }
  LABELS+=("$label") DISTS+=("$dist") JAVAS+=("$java_home")
done
N=${#LABELS[@]}

stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  PIDS=()
}
# then lib.sh's clean-up (anything naming $WORK, e.g. the MariaDBs), with the script's own exit status
trap 'st=$?; stop_all; (exit $st); cleanup' EXIT
trap 'exit 130' INT TERM

# launch I: the distribution I with the demo at scale, its Java first on the PATH (a build before
# lib/find-java runs the java it finds there); sets PORTS[I], PIDS[I]. All are launched at once:
# the demo seeding is not measured, and on a shared machine it ends sooner when they run together.
launch() {
  local i=$1 dir=$WORK/s$1
  mkdir -p "$dir"
  PORTS[$i]=$(free_port)
  db "CREATE DATABASE sahakum_s$i"
  env JAVA_HOME="${JAVAS[$i]}" PATH="${JAVAS[$i]}/bin:$PATH" SAHAKUM_DEMO=1 SAHAKUM_DEMO_MEMBERS="$MEMBERS" \
    SAHAKUM_DB_URL="${DB_URL%/*}/sahakum_s$i" SAHAKUM_DB_USER=sahakum SAHAKUM_DB_PASSWORD=bench \
    SAHAKUM_HTTP_PORT="${PORTS[$i]}" SAHAKUM_DATA_DIR="$dir/data" SAHAKUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    "${DISTS[$i]}/bin/sahakum" > "$dir/server.log" 2>&1 &
  PIDS[$i]=$!
}
# ready I: true once server I answers /health/ready (fails when it stopped or took too long)
ready() {
  local i=$1
  curl -sf -m 5 -o /dev/null "http://127.0.0.1:${PORTS[$i]}/health/ready" && return 0
  kill -0 "${PIDS[$i]}" 2> /dev/null || { echo "${LABELS[$i]} stopped; see $WORK/s$i/server.log" >&2; BENCH_KEEP=1; exit 1; }
  [ $((SECONDS - T0)) -le "$READY_TIMEOUT" ] || { echo "${LABELS[$i]} not ready after $READY_TIMEOUT s" >&2; exit 1; }
  return 1
}
server_pid() { pgrep -f -- "--rootdir $WORK/s$1/data/runtime" | head -1; }
launcher_pid() { echo "${PIDS[$1]}"; }

declare -A READY_S RSS_SERVER RSS_DB RSS_LAUNCHER JAVA_SEEN PAYARA_SEEN
# One MariaDB for all, a database each (lib.sh's start_mariadb, without TLS): the embedded one
# generates a TLS key at each start, which on a busy machine outlasted the launcher's 120 s.
start_mariadb "one MariaDB for every server, a database each"
echo "database: $DB_MODE"
T0=$SECONDS
for ((i = 0; i < N; i++)); do
  echo "starting ${LABELS[$i]} (${DISTS[$i]}, ${JAVAS[$i]}) with $MEMBERS demo members; load $(load_avg)"
  launch "$i"
done
left=$N
while [ "$left" -gt 0 ]; do
  sleep 2
  for ((i = 0; i < N; i++)); do
    [ -z "${READY_S[$i]:-}" ] && ready "$i" || continue
    READY_S[$i]=$((SECONDS - T0)) left=$((left - 1))
    sp=$(server_pid "$i")
    RSS_SERVER[$i]=$(rss_mb "$sp") RSS_LAUNCHER[$i]=$(rss_mb "$(launcher_pid "$i")")
    JAVA_SEEN[$i]=$("$(readlink -f "/proc/$sp/exe")" -version 2>&1 | head -1)
    PAYARA_SEEN[$i]=$(unzip -p "${DISTS[$i]}/lib/payara-micro.jar" 'META-INF/maven/*/payara-micro-boot/pom.properties' \
      2> /dev/null | grep -o 'version=[0-9][0-9.]*' | head -1 | cut -d= -f2)
    echo "  ${LABELS[$i]} ready after ${READY_S[$i]} s (demo seeding included); RSS server ${RSS_SERVER[$i]} MB; load $(load_avg)"
  done
done
for ((i = 0; i < N; i++)); do
  BASE=http://127.0.0.1:${PORTS[$i]}
  TOKENS[$i]=$(login wnu admin "$ADMIN_PASSWORD")
  api POST /api/t/wnu/accounts "{\"username\":\"bench-paralegal\",\"password\":\"$PARALEGAL_PASSWORD\",
    \"roles\":[\"paralegal\"]}" "${TOKENS[$i]}" > /dev/null
  PARALEGALS[$i]=$(login wnu bench-paralegal "$PARALEGAL_PASSWORD")
  rows=$(api GET "/api/t/wnu/members?limit=50" "" "${TOKENS[$i]}" | { grep -o '"memberCode"' || true; } | wc -l)
  cases=$(api GET "/api/t/wnu/legal-aid/cases?limit=50" "" "${PARALEGALS[$i]}" | { grep -o '"caseType"' || true; } | wc -l)
  [ "$rows" -eq 50 ] && [ "$cases" -eq 50 ] || { echo "${LABELS[$i]}: first pages of $rows members, $cases cases" >&2; exit 1; }
  wrk_lua "$WORK/ping-$i.lua"
  wrk_lua "$WORK/register-$i.lua" "${TOKENS[$i]}"
  wrk_lua "$WORK/cases-$i.lua" "${PARALEGALS[$i]}"
  wrk_lua "$WORK/audit-$i.lua" "${TOKENS[$i]}"
done

url() { # I WHAT
  local b=http://127.0.0.1:${PORTS[$1]}
  case $2 in
    ping) echo "$b/api/ping" ;;
    register) echo "$b/api/t/wnu/members?limit=50" ;;
    cases) echo "$b/api/t/wnu/legal-aid/cases?limit=50" ;;
    audit) echo "$b/api/t/wnu/audit?limit=500" ;;
  esac
}
WHATS=(ping register cases audit)
echo "warming up: 10 s of each endpoint on each server, not counted"
for ((i = 0; i < N; i++)); do
  for what in "${WHATS[@]}"; do wrk_run "warm-$what-$i" "$CONNECTIONS" 10 "$WORK/$what-$i.lua" "$(url "$i" "$what")"; done
done

bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
ROWS=()
for ((r = 1; r <= ROUNDS; r++)); do
  order=()
  for ((k = 0; k < N; k++)); do
    if ((r % 2)); then order+=("$k"); else order+=($((N - 1 - k))); fi
  done
  for what in "${WHATS[@]}"; do
    for i in "${order[@]}"; do
      load=$(load_avg | cut -d' ' -f1)
      name="$what-$i-r$r"
      wrk_run "$name" "$CONNECTIONS" "$SECONDS_EACH" "$WORK/$what-$i.lua" "$(url "$i" "$what")"
      ROWS+=("$(printf '%-9s %-6s %5s %9s %9s %9s %9s %8s %6s' "$what" "${LABELS[$i]}" "$r" "$(wrk_rps "$name")" \
        "$(wrk_ms "$name" 50)" "$(wrk_ms "$name" 90)" "$(wrk_ms "$name" 99)" "$(bad "$name")" "$load")")
      echo "${ROWS[-1]}"
    done
  done
  for i in "${order[@]}"; do
    for ((v = 1; v <= VERIFY_RUNS; v++)); do
      load=$(load_avg | cut -d' ' -f1)
      BASE=http://127.0.0.1:${PORTS[$i]}
      out=$(curl -s -w '\n%{http_code} %{time_total}' -H "Authorization: Bearer ${TOKENS[$i]}" "$BASE/api/t/wnu/audit/verify")
      entries=$(printf '%s' "$out" | sed -n 's/.*"entries":\([0-9]*\).*/\1/p' | head -1)
      intact=$(printf '%s' "$out" | grep -c '"intact":true' || true)
      ms=$(echo "${out##*$'\n'}" | awk '{printf "%.0f", $2 * 1000}')
      per=$(awk -v ms="$ms" -v n="${entries:-0}" 'BEGIN {if (n > 0) printf "%.1f", ms * 1000 / n; else print "-"}')
      # req/s column: entries checked per second; p50: the whole verification; p90: ms per 1000 entries
      ROWS+=("$(printf '%-9s %-6s %5s %9s %9s %9s %9s %8s %6s' verify "${LABELS[$i]}" "$r" \
        "$(awk -v ms="$ms" -v n="${entries:-0}" 'BEGIN {printf "%.0f", n * 1000 / (ms + 0.001)}')" "$ms" "$per" "-" \
        "$([ "$intact" = 1 ] && echo 0 || echo 1)" "$load")   ($entries entries)")
      echo "${ROWS[-1]}"
    done
  done
done

printf '\n%s members (demo), wrk -t2 -c%s -d%ss per measurement, %s rounds, order turned each round; %s cores\n' \
  "$MEMBERS" "$CONNECTIONS" "$SECONDS_EACH" "$ROUNDS" "$(nproc)"
printf '\n%-6s %-12s %-40s %8s %10s %10s\n' server payara java "ready s" "server MB" "launcher MB"
for ((i = 0; i < N; i++)); do
  printf '%-6s %-12s %-40s %8s %10s %10s\n' "${LABELS[$i]}" "${PAYARA_SEEN[$i]:-?}" "${JAVA_SEEN[$i]:0:40}" \
    "${READY_S[$i]}" "${RSS_SERVER[$i]}" "${RSS_LAUNCHER[$i]}"
done
printf '(RSS right after the demo start; "ready s" includes seeding the demo and depends on the load)\n'
printf '\n%-9s %-6s %5s %9s %9s %9s %9s %8s %6s\n' what server round "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200" load1
printf '%s\n' "${ROWS[@]}"
printf '(verify: req/s = entries checked per second, p50 = ms for the whole chain, p90 = ms per 1000 entries;\n'
printf ' not 200 = not intact or failed. The chain grows during the run: each register read is audited)\n'

# ratios of the later builds to the first, each from the rounds' sums (same rounds, same endpoints)
printf '\nthroughput relative to %s (sum of req/s over the rounds; verify: entries checked per second)\n' "${LABELS[0]}"
for what in "${WHATS[@]}" verify; do
  line=$(printf '%-9s' "$what")
  for ((i = 1; i < N; i++)); do
    col=4
    ratio=$(printf '%s\n' "${ROWS[@]}" | awk -v w="$what" -v a="${LABELS[0]}" -v b="${LABELS[$i]}" -v c="$col" '
      $1 == w && $2 == a {x += $c} $1 == w && $2 == b {y += $c} END {if (x > 0) printf "%.2f", y / x; else print "-"}')
    line+=$(printf '  %s/%s %s' "${LABELS[$i]}" "${LABELS[0]}" "$ratio")
  done
  echo "$line"
done
printf 'load average (1/5/15 min) at the end: %s\n' "$(load_avg)"
