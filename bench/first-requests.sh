#!/usr/bin/env bash
# The first requests after "ready": the distribution starts (BENCH_STARTS times, the first on an
# empty data folder, the others warm), /health/ready is asked every 50 ms, and the moment it
# answers 200, 32 logins with JSON bodies are sent at once (curl, xargs -P). Goal: no answer is a
# 500 (Payara's JSON-B resolver once raced on the first JSON bodies) and none is lost: each is a
# 200, or a 503 when the server sheds logins it cannot hold in memory (argon2id, 19 MiB each).
#
#   mvn -B -q package -DskipTests && bench/first-requests.sh
#
# BENCH_STARTS (3), BENCH_PORT, BENCH_KEEP=1, READY_TIMEOUT (600 s per start).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
STARTS=${BENCH_STARTS:-3}
LOGINS=32
PORT=${BENCH_PORT:-$(free_port)}
BASE=http://127.0.0.1:$PORT
BODY="{\"tenant\":\"platform\",\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}"

bad=0
printf '%-6s %8s %5s %5s %5s %6s   %s\n' start ready-s 200 503 500 other "first exception in the server's log"
for ((i = 1; i <= STARTS; i++)); do
  SAHAKUM_HTTP_PORT="$PORT" SAHAKUM_DATA_DIR="$WORK/data" SAHAKUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    "$DIST/bin/sahakum" > "$WORK/server-$i.log" 2>&1 &
  SERVER_PID=$!
  t0=$SECONDS
  until curl -sf -m 2 -o /dev/null "$BASE/health/ready"; do
    kill -0 "$SERVER_PID" 2> /dev/null || { echo "start $i: the server stopped; see $WORK/server-$i.log" >&2; exit 1; }
    [ $((SECONDS - t0)) -lt "${READY_TIMEOUT:-600}" ] || { echo "start $i: not ready after ${READY_TIMEOUT:-600} s" >&2; exit 1; }
    sleep 0.05
  done
  ready_s=$((SECONDS - t0))
  seq "$LOGINS" | xargs -P "$LOGINS" -I{} curl -s -m 120 -o /dev/null -w '%{http_code}\n' -X POST \
    -H 'Content-Type: application/json' --data "$BODY" "$BASE/api/auth/login" > "$WORK/answers-$i.txt" || true
  n() { grep -c "^$1\$" "$WORK/answers-$i.txt" || true; }
  ok=$(n 200)
  shed=$(n 503)
  failed=$(n 500)
  other=$((LOGINS - ok - shed - failed))
  bad=$((bad + failed + other))
  first=$(grep -o -m1 '[a-zA-Z.]*\(Exception\|Error\)\b' "$WORK/server-$i.log" || true)
  printf '%-6s %8s %5s %5s %5s %6s   %s\n' "$i" "$ready_s" "$ok" "$shed" "$failed" "$other" "${first:--}"
  stop_server
done
printf '\nload average (1/5/15 min): %s; %s cores\n' "$(load_avg)" "$(nproc)"
printf '%d starts, %d logins at once 0 s after ready: answers other than 200 or 503: %d   (goal 0)   %s\n' \
  "$STARTS" "$LOGINS" "$bad" "$(verdict "$bad == 0")"
