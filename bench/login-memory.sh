#!/usr/bin/env bash
# Login memory benchmark: rounds of 50 successful logins sent at once (argon2id, m=19 MiB each; a
# round ends when all have answered) against a server started with SAHAKUM_HEAP=512m. Goal: no
# OutOfMemoryError in the server's log, and /api/ping still answers afterwards. Prints the answers
# by status per round (200; 503 when the server sheds load), the server's resident memory and peak.
#
#   mvn -B -q package -DskipTests && bench/login-memory.sh
#
# BENCH_HEAP (512m), BENCH_ROUNDS (5), BENCH_PORT, BENCH_KEEP=1,
# BENCH_DB=external skips the embedded database (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
HEAP=${BENCH_HEAP:-512m}
ROUNDS=${BENCH_ROUNDS:-5}
CONNECTIONS=50
ORG=bench-logins
ORG_ADMIN_PASSWORD=bench-logins-admin-password

start_server SAHAKUM_HEAP="$HEAP"
xmx=$(tr '\0' '\n' < "/proc/$PAYARA_PID/cmdline" | grep '^-Xmx' || true)
[ "$xmx" = "-Xmx$HEAP" ] || { echo "the server runs with '$xmx', not -Xmx$HEAP (SAHAKUM_HEAP not applied?)" >&2; exit 1; }
platform=$(login platform admin "$ADMIN_PASSWORD")
api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
  \"names\":{\"km\":\"អង្គការសាកល្បង\",\"en\":\"Bench organisation\"}}" "$platform" > /dev/null
api POST "/api/t/$ORG/accounts" \
  "{\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD" > /dev/null # the password is right: every login should succeed
LOGIN_BODY="{\"tenant\":\"$ORG\",\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\"}"
rss_start=$(rss_mb "$PAYARA_PID")

# round N: CONNECTIONS logins at once (curl, xargs -P), each given up to 120 s; "status seconds" lines
round() {
  seq "$CONNECTIONS" | xargs -P "$CONNECTIONS" -I{} curl -s -m 120 -o /dev/null -w '%{http_code} %{time_total}\n' \
    -X POST -H 'Content-Type: application/json' --data "$LOGIN_BODY" "$BASE/api/auth/login" > "$WORK/round-$1.txt" || true
}
count() { awk -v c="$2" '$1 == c {n++} END {print n + 0}' "$WORK/round-$1.txt"; }
seconds_at() { # round fraction: that quantile of the answer times, in seconds
  sort -n -k2,2 "$WORK/round-$1.txt" | awk -v q="$2" '{t[NR] = $2} END {i = int(q * NR + 0.999); if (i < 1) i = 1; printf "%.1f", t[i]}'
}

echo "server $xmx, RSS $rss_start MB after start; $ROUNDS rounds of $CONNECTIONS logins at once (curl, 120 s each)"
printf '\n%-6s %6s %6s %6s %9s %9s %9s %8s %9s\n' round 200 503 other "median s" "max s" "round s" "RSS MB" "peak MB"
total_200=0
total_503=0
total_other=0
for ((r = 1; r <= ROUNDS; r++)); do
  t0=$SECONDS
  round "$r"
  ok=$(count "$r" 200)
  busy=$(count "$r" 503)
  other=$(($(wc -l < "$WORK/round-$r.txt") - ok - busy))
  total_200=$((total_200 + ok))
  total_503=$((total_503 + busy))
  total_other=$((total_other + other))
  printf '%-6s %6s %6s %6s %9s %9s %9s %8s %9s\n' "$r" "$ok" "$busy" "$other" "$(seconds_at "$r" 0.5)" \
    "$(seconds_at "$r" 1)" "$((SECONDS - t0))" "$(rss_mb "$PAYARA_PID")" "$(peak_rss_mb "$PAYARA_PID")"
  if [ $((ok + busy)) -eq 0 ]; then echo "no answer at all in round $r: no more rounds"; break; fi
done

# logins curl gave up on may still be running on the server: ping until it answers again
t0=$SECONDS
ping=000
while [ $((SECONDS - t0)) -lt 120 ]; do
  ping=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$BASE/api/ping" || true)
  [ "$ping" != 200 ] || break
  kill -0 "$PAYARA_PID" 2> /dev/null || break
  sleep 1
done
ping_after=$((SECONDS - t0))
alive=no
if kill -0 "$PAYARA_PID" 2> /dev/null; then alive=yes; fi
ooms=$(grep -c 'OutOfMemoryError' "$WORK/server.log" || true)
printf '\nanswers: %d x 200, %d x 503, %d other (000: no answer in 120 s); server RSS %s MB now, peak %s MB (after start %s MB)\n' \
  "$total_200" "$total_503" "$total_other" "$(rss_mb "$PAYARA_PID")" "$(peak_rss_mb "$PAYARA_PID")" "$rss_start"
printf 'load average (1/5/15 min) at the end %s; %s cores\n' "$(load_avg)" "$(nproc)"
if [ "$ooms" -gt 0 ]; then
  echo "first OutOfMemoryError lines in the server's log:"
  grep -m 3 'OutOfMemoryError' "$WORK/server.log" | cut -c1-200
fi
echo
printf 'OutOfMemoryError in the server log: %d   (goal 0)   %s\n' "$ooms" "$(verdict "$ooms == 0")"
printf 'server process alive: %s; GET /api/ping after the rounds: %s after %d s   (goal 200 within 120 s)   %s\n' \
  "$alive" "$ping" "$ping_after" "$(verdict "${ping:-0} == 200")"
