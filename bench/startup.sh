#!/usr/bin/env bash
# Start-up benchmark: bin/sahakum to /health/ready, on a fresh data folder (cold) and
# again on the same folder (warm), against bare Payara Micro serving a hello WAR, all
# in one run on this machine. Also the resident memory after start and after a demo start
# (SAHAKUM_DEMO=1, 140 members: bin/sahakum, Payara and MariaDB together), the launcher's
# per-phase lines, and a check that stopping leaves no mariadbd behind. Beside them, the stack's
# own start-up: bare Payara Micro with the smallest WAR on CDI, JAX-RS, JSON-B and JPA
# (bench/startup-floor), so the ratios say how much is the stack's and how much Sahakum's.
#
#   mvn -B package -DskipTests && bench/startup.sh      (READY_TIMEOUT: 240 s per start)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=deploy/target/sahakum
[ -x "$DIST/bin/sahakum" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
JAVA=$("$DIST/lib/find-java") # Payara Micro 7: Java 21 or newer, the one bin/sahakum takes
PORT=${BENCH_PORT:-18181}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sahakum-bench.XXXXXX")
trap 'pkill -f "$WORK" 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
wait_for() { # url timeout_s -> seconds waited, or fails
  local url=$1 t0; t0=$(now)
  until curl -sf -o /dev/null "$url"; do
    sleep 0.1
    if [ "$(echo "$(now) - $t0 > $2" | bc)" = 1 ]; then echo "timeout waiting for $url" >&2; return 1; fi
  done
  echo "$(now) - $t0" | bc
}
pss_mb() { # pids... -> total proportional set size in MB (shared pages divided among their users)
  local total=0 kb
  for p in "$@"; do kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0); total=$((total + ${kb:-0})); done
  echo $((total / 1024))
}
rss_mb() { # pids... -> total RSS in MB
  local total=0 kb
  for p in "$@"; do kb=$(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0); total=$((total + kb)); done
  echo $((total / 1024))
}

# 1. bare Payara Micro with a hello WAR (three runs; the median counts)
mkdir -p "$WORK/hello"
echo '<!doctype html><title>hello</title>hello' > "$WORK/hello/index.html"
(cd "$WORK/hello" && jar cf ../hello.war index.html)
bare_runs=()
for i in 1 2 3; do
  rm -rf "$WORK/bare-root"
  t0=$(now)
  "$JAVA" -Xmx384m -XX:+UseSerialGC -jar "$DIST/lib/payara-micro.jar" --deploy "$WORK/hello.war" --contextroot / \
    --port "$PORT" --nocluster --disablephonehome --rootdir "$WORK/bare-root" > "$WORK/bare.log" 2>&1 &
  BARE=$!
  wait_for "http://127.0.0.1:$PORT/" 180 > /dev/null
  bare_runs+=("$(echo "$(now) - $t0" | bc)")
  bare_rss=$(rss_mb $BARE)
  kill $BARE; wait $BARE 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
bare=$(median "${bare_runs[@]}")

run_sahakum() { # label [data folder] [VAR=value...] -> prints seconds to ready and RSS
  local t0 pid s rss label=$1 data=${2:-$WORK/data}
  shift; shift || true
  t0=$(now)
  env "$@" SAHAKUM_HTTP_PORT=$PORT SAHAKUM_DATA_DIR="$data" SAHAKUM_ADMIN_PASSWORD=bench-admin-password \
    "$DIST/bin/sahakum" > "$WORK/$label.log" 2>&1 &
  pid=$!
  if ! wait_for "http://127.0.0.1:$PORT/health/ready" "${READY_TIMEOUT:-240}" > /dev/null; then
    # errexit does not reach into $(...): say why and stop here, not with a half-measured run
    echo "sahakum ($label) was not ready:" >&2
    grep '^sahakum: ' "$WORK/$label.log" | cut -c1-200 >&2 || true
    kill -TERM $pid 2> /dev/null || true
    return 1
  fi
  s=$(echo "$(now) - $t0" | bc)
  local payara mariadb
  payara=$(pgrep -f -- "--deploy $PWD/$DIST/app/sahakum.war" || pgrep -f "sahakum.war" | head -1)
  mariadb=$(pgrep -f "mariadbd.*$WORK" || true)
  # once ready, the launcher's JVM hands the server over to bin/sahakum (a shell) and exits: measured after that
  local tenths=0
  while pgrep -P $pid -f "org.sahakum.launcher.Launcher" > /dev/null && [ $tenths -lt 100 ]; do sleep 0.1; tenths=$((tenths + 1)); done
  local launchers; launchers=$(pgrep -P $pid -f "org.sahakum.launcher.Launcher" | wc -l)
  rss="total $(rss_mb $payara $mariadb $pid) MB (server $(rss_mb $payara), mariadbd $(rss_mb $mariadb), bin/sahakum $(rss_mb $pid); launcher JVMs left: $launchers); PSS total $(pss_mb $payara $mariadb $pid) MB"
  kill -TERM $pid; wait $pid 2>/dev/null || true
  sleep 1
  local orphans; orphans=$(pgrep -f "mariadbd.*$WORK" | wc -l)
  printf '%s|%s|%s|%s\n' "$label" "$s" "$rss" "$orphans"
}

cold=$(run_sahakum cold) || exit 1
warm1=$(run_sahakum warm) || exit 1
warm2=$(run_sahakum warm) || exit 1
warm3=$(run_sahakum warm) || exit 1
demo=$(run_sahakum demo "$WORK/demo-data" SAHAKUM_DEMO=1 SAHAKUM_DEMO_MEMBERS=140) || exit 1

# 3. the stack's own start-up: bare Payara Micro with the smallest WAR on CDI, JAX-RS, JSON-B, JPA and
# Bean Validation (bench/startup-floor), ready when it answers a JPA read as JSON. Its database is
# Sahakum's own (the tenant table), served by the embedded MariaDB of a started server whose JVM is
# stopped (SIGSTOP) meanwhile, so it takes no CPU from the measured start.
FLOOR_WAR=$PWD/bench/startup-floor/target/startup-floor.war
[ -f "$FLOOR_WAR" ] || JAVA_HOME="$("$DIST/lib/find-java" --home)" mvn -B -q -f bench/startup-floor/pom.xml package -DskipTests
stack_floor() { # -> median seconds of three starts
  env SAHAKUM_HTTP_PORT=$PORT SAHAKUM_DATA_DIR="$WORK/data" SAHAKUM_ADMIN_PASSWORD=bench-admin-password \
    "$DIST/bin/sahakum" > "$WORK/floor-db.log" 2>&1 &
  local script=$! payara="" runs=() t0 floor i failed=""
  if wait_for "http://127.0.0.1:$PORT/health/ready" "${READY_TIMEOUT:-240}" > /dev/null; then
    payara=$(pgrep -f -- "--deploy $PWD/$DIST/app/sahakum.war")
  fi
  [ -n "$payara" ] || { echo "sahakum (for the stack's database) was not ready" >&2; kill -TERM $script; return 1; }
  local db_env; db_env=$(tr '\0' '\n' < "/proc/$payara/environ" | grep '^SAHAKUM_DB_\(URL\|USER\|PASSWORD\)=')
  kill -STOP "$payara"
  for i in 1 2 3; do
    rm -rf "$WORK/floor-root"
    t0=$(now)
    env $db_env "$JAVA" -Xmx384m -XX:+UseSerialGC -jar "$DIST/lib/payara-micro.jar" --deploy "$FLOOR_WAR" \
      --port $((PORT + 1)) --nocluster --disablephonehome --rootdir "$WORK/floor-root" > "$WORK/floor.log" 2>&1 &
    floor=$!
    if ! wait_for "http://127.0.0.1:$((PORT + 1))/startup-floor/tenants" 180 > /dev/null; then
      failed="the stack's WAR did not answer:"; tail -20 "$WORK/floor.log" >&2
    fi
    runs+=("$(echo "$(now) - $t0" | bc)")
    kill $floor; wait $floor 2>/dev/null || true
    [ -z "$failed" ] || break
  done
  # a stopped server would keep its signals pending: it runs again before it is asked to stop
  kill -CONT "$payara"
  kill -TERM $script; wait $script 2>/dev/null || true
  [ -z "$failed" ] || { echo "$failed (its log above)" >&2; return 1; }
  echo "$(median "${runs[@]}") (runs: ${runs[*]})"
}
floor_line=$(stack_floor) || exit 1
stack=${floor_line%% *}

field() { echo "$1" | cut -d'|' -f"$2"; }
warm_median=$(median "$(field "$warm1" 2)" "$(field "$warm2" 2)" "$(field "$warm3" 2)")
for w in "$warm1" "$warm2" "$warm3"; do
  [ "$(field "$w" 2)" = "$warm_median" ] && warm=$w
done
printf '\n%-34s %8s\n' "start-up (to ready)" "seconds"
printf '%-34s %8.1f   RSS %s MB   (runs: %s)\n' "bare Payara Micro, hello WAR" "$bare" "$bare_rss" "${bare_runs[*]}"
printf '%-34s %8.1f   %s\n' "the stack: CDI+JAX-RS+JPA WAR" "$stack" "${floor_line#* }"
printf '%-34s %8.1f   RSS %s\n' "sahakum cold (fresh data folder)" "$(field "$cold" 2)" "$(field "$cold" 3)"
printf '%-34s %8.1f   RSS %s   (runs: %s %s %s)\n' "sahakum warm (same data folder)" "$(field "$warm" 2)" \
  "$(field "$warm" 3)" "$(field "$warm1" 2)" "$(field "$warm2" 2)" "$(field "$warm3" 2)"
printf '%-34s %8.1f   RSS %s\n' "sahakum demo start, 140 members" "$(field "$demo" 2)" "$(field "$demo" 3)"
echo
echo "the launcher's phases (cold, then the warm run above):"
grep -h '^sahakum: \(embedded\|ready\)' "$WORK/cold.log" | sed 's/^/  cold: /'
grep -h '^sahakum: \(embedded\|ready\)' "$WORK/warm.log" | sed 's/^/  warm: /'
grep -ho 'Sahakum core started in .*' "$WORK/cold.log" "$WORK/warm.log" | sed 's/^/  /'
printf '\nload average (1/5/15 min): %s; %s cores\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
printf 'ratio cold / bare: %.2f   (goal <= 1.5)\n' "$(echo "$(field "$cold" 2) / $bare" | bc -l)"
printf 'ratio warm / bare (medians of 3): %.2f   (goal <= 1.3)\n' "$(echo "$(field "$warm" 2) / $bare" | bc -l)"
printf 'ratio the stack / bare (what any CDI+JAX-RS+JPA application pays here): %.2f\n' "$(echo "$stack / $bare" | bc -l)"
printf 'ratio warm / the stack: %.2f   (what Sahakum adds to the stack'"'"'s own start)\n' "$(echo "$(field "$warm" 2) / $stack" | bc -l)"
printf 'RSS after the demo start (140 members): %s   (goal total <= 600 MB)\n' "$(field "$demo" 3)"
printf 'mariadbd left running after stop: cold %s, warm %s %s %s, demo %s   (goal 0)\n' "$(field "$cold" 4)" \
  "$(field "$warm1" 4)" "$(field "$warm2" 4)" "$(field "$warm3" 4)" "$(field "$demo" 4)"
