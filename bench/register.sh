#!/usr/bin/env bash
# Register benchmark: an organisation admin reads a 50-row page of a 10,000-member register
# (GET /api/t/{org}/members?limit=50, bearer token) against GET /api/ping on the same server in
# the same run, both with wrk at 32 connections. Goals: register >= 50% of ping's req/s, and
# register p99 <= 50 ms. The members are added through the API (POST .../members, 8 at a time).
#
#   mvn -B -q package -DskipTests && bench/register.sh
#
# BENCH_MEMBERS (10000), BENCH_SECONDS per measurement (20), BENCH_SEED_PARALLEL (8),
# BENCH_PORT (a free one), BENCH_KEEP=1 keeps the temporary folder (server log, wrk output),
# BENCH_DB=external skips the embedded database (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MEMBERS=${BENCH_MEMBERS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-20}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
CONNECTIONS=32
ORG=bench-register
ORG_ADMIN_PASSWORD=tidal-lantern-orchard-5307

start_server
platform=$(login platform admin "$ADMIN_PASSWORD")
api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
  \"names\":{\"km\":\"អង្គការសាកល្បង\",\"en\":\"Bench organisation\"}}" "$platform" > /dev/null
api POST "/api/t/$ORG/accounts" \
  "{\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
token=$(login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD")

echo "seeding $MEMBERS members through POST /api/t/$ORG/members, $PARALLEL at a time"
t0=$SECONDS
for ((i = 1; i <= MEMBERS; i++)); do
  printf '/api/t/%s/members\t{"workingName":"Bench member %05d"}\n' "$ORG" "$i"
done | post_many members "$token" "$PARALLEL"
seed_s=$((SECONDS - t0))
in_db=$(db "SELECT COUNT(*) FROM member")
rows=$(api GET "/api/t/$ORG/members?limit=50" "" "$token" | { grep -o '"memberCode"' || true; } | wc -l)
[ "$rows" -eq 50 ] || { echo "the first page has $rows rows, not 50" >&2; exit 1; }

URL_PING="$BASE/api/ping"
URL_REGISTER="$BASE/api/t/$ORG/members?limit=50"
wrk_lua "$WORK/ping.lua"
wrk_lua "$WORK/register.lua" "$token"
echo "warming up (10 s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
wrk_run warm-ping "$CONNECTIONS" 10 "$WORK/ping.lua" "$URL_PING"
wrk_run warm-register "$CONNECTIONS" 10 "$WORK/register.lua" "$URL_REGISTER"
load_before=$(load_avg)
wrk_run ping "$CONNECTIONS" "$SECONDS_EACH" "$WORK/ping.lua" "$URL_PING"
locks0=$(db "SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_waits'" | cut -f2)
db_sample "$SECONDS_EACH" "$WORK/register.db" &
sampler=$!
wrk_run register "$CONNECTIONS" "$SECONDS_EACH" "$WORK/register.lua" "$URL_REGISTER"
wait "$sampler" || true
locks1=$(db "SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_waits'" | cut -f2)
load_after=$(load_avg)

ping_rps=$(wrk_rps ping)
reg_rps=$(wrk_rps register)
ratio=$(echo "scale=3; $reg_rps / $ping_rps" | bc -l)
reg_p99=$(wrk_ms register 99)
reg_bad=$(($(wrk_total register) - $(wrk_status register 200) + $(wrk_errors register)))
ping_bad=$(($(wrk_total ping) - $(wrk_status ping 200) + $(wrk_errors ping)))

printf '\nseeding: %d members in %d s (%.0f/s); %s rows in the member table\n' \
  "$MEMBERS" "$seed_s" "$(echo "$MEMBERS / ($seed_s + 0.001)" | bc -l)" "$in_db"
printf '\n%-44s %9s %9s %9s %9s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200"
printf '%-44s %9s %9s %9s %9s %8s\n' "GET /api/ping" "$ping_rps" "$(wrk_ms ping 50)" "$(wrk_ms ping 90)" \
  "$(wrk_ms ping 99)" "$ping_bad"
printf '%-44s %9s %9s %9s %9s %8s\n' "GET /api/t/$ORG/members?limit=50" "$reg_rps" "$(wrk_ms register 50)" \
  "$(wrk_ms register 90)" "$reg_p99" "$reg_bad"
printf '\nwhat the database was busy with during the register run:\n'
db_top "$WORK/register.db"
printf 'InnoDB row-lock waits during the register run: %d\n' "$((locks1 - locks0))"
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
echo
[ "$reg_bad" -eq 0 ] || echo "NOTE: $reg_bad register answers were not 200: the figures below do not count"
printf 'register / ping throughput: %.2f   (goal >= 0.50)   %s\n' "$ratio" \
  "$(verdict "$ratio >= 0.5 && $reg_bad == 0")"
printf 'register p99: %s ms   (goal <= 50 ms)   %s\n' "$reg_p99" "$(verdict "$reg_p99 <= 50 && $reg_bad == 0")"
