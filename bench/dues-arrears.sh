#!/usr/bin/env bash
# Union-dues arrears benchmark: a treasurer reads the first 50-row page of the arrears list
# (GET /api/t/{org}/union-dues/arrears?limit=50, bearer token) of an organisation with 10,000
# enrolled members and 24 months of payment history, against GET /api/ping on the same server in
# the same run, both with wrk at 32 connections; the totals by chapter
# (GET .../arrears/chapters) are measured too. Goals: arrears >= 30% of ping's req/s, and
# arrears p99 <= 200 ms. Everything is seeded through the API: 7 chapters, the members
# (POST /api/t/{org}/members), a monthly plan, the enrolments and the payments
# (POST .../union-dues/enrolments, .../payments), 8 at a time.
#
#   mvn -B -q package -DskipTests && bench/dues-arrears.sh
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
CHAPTERS=7
ORG=bench-dues
ORG_ADMIN_PASSWORD=bench-dues-admin-password
MONTHLY_MINOR=400000 # 4,000 riel a month, in sen

start_server
platform=$(login platform admin "$ADMIN_PASSWORD")
api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
  \"names\":{\"km\":\"សហជីពសាកល្បង\",\"en\":\"Bench union\"}}" "$platform" > /dev/null
api POST "/api/t/$ORG/accounts" \
  "{\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
token=$(login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD")
api PUT "/api/t/$ORG/modules/union-dues" '{"enabled":true}' "$token" > /dev/null
for ((c = 1; c <= CHAPTERS; c++)); do
  api POST /api/tenants "{\"slug\":\"$ORG-c$c\",\"type\":\"chapter\",\"parent\":\"$ORG\",
    \"names\":{\"km\":\"សាខា $c\",\"en\":\"Chapter $c\"}}" "$token" > /dev/null
done

# 24 months of history: the plan starts on the first day of the month 23 months ago
months=()
for ((m = 23; m >= 0; m--)); do months+=("$(date -d "$(date +%Y-%m-01) -$m month" +%Y-%m)"); done
start="${months[0]}-01"
plan=$(api POST "/api/t/$ORG/union-dues/plans" "{\"nameKm\":\"វិភាគទានប្រចាំខែ\",\"nameEn\":\"Monthly dues\",
  \"currency\":\"KHR\",\"amountMinor\":$MONTHLY_MINOR,\"period\":\"MONTHLY\",\"startsOn\":\"$start\",\"gracePeriods\":2}" "$token")
plan_id=$(printf '%s' "$plan" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')

echo "seeding $MEMBERS members in $CHAPTERS chapters through POST /api/t/$ORG/members, $PARALLEL at a time"
t0=$SECONDS
for ((i = 1; i <= MEMBERS; i++)); do
  printf '/api/t/%s/members\t{"workingName":"Bench member %05d","chapter":"%s-c%d"}\n' "$ORG" "$i" "$ORG" $((i % CHAPTERS + 1))
done | post_many members "$token" "$PARALLEL" print > "$WORK/members.out"
codes=$(sed -n 's/.*"memberCode":"\([^"]*\)".*/\1/p' "$WORK/members.out")
[ "$(printf '%s\n' "$codes" | wc -l)" -eq "$MEMBERS" ] || { echo "not every member answered a code" >&2; exit 1; }

echo "enrolling them in the plan (from $start)"
printf '%s\n' "$codes" | awk -v org="$ORG" -v plan="$plan_id" -v start="$start" \
  '{printf "/api/t/%s/union-dues/enrolments\t{\"memberCode\":\"%s\",\"planId\":%s,\"startsOn\":\"%s\"}\n", org, $1, plan, start}' \
  | post_many enrolments "$token" "$PARALLEL"

# member n pays three months at a time (some part payments), and stops n % 12 months ago: the
# arrears run from none to a year
echo "seeding their payments over the 24 months through POST .../union-dues/payments"
printf '%s\n' "$codes" | awk -v org="$ORG" -v monthly="$MONTHLY_MINOR" -v months="${months[*]}" '
  BEGIN { split(months, ym, " ") }
  {
    n = NR; lag = n % 12
    for (m = 0; m < 24 - lag; m += 3) {
      day = (m + 1 == 24) ? 1 : 1 + n % 28
      amount = ((n + m) % 7 == 0) ? monthly * 5 / 2 : monthly * 3
      printf "/api/t/%s/union-dues/payments\t{\"memberCode\":\"%s\",\"amountMinor\":%d,\"currency\":\"KHR\",\"paidOn\":\"%s-%02d\",\"method\":\"CASH\"}\n", org, $1, amount, ym[m + 1], day
    }
  }' > "$WORK/payments.tsv"
post_many payments "$token" "$PARALLEL" < "$WORK/payments.tsv"
seed_s=$((SECONDS - t0))
payments=$(wc -l < "$WORK/payments.tsv")
in_db=$(db "SELECT COUNT(*) FROM dues_entry")
rows=$(api GET "/api/t/$ORG/union-dues/arrears?limit=50" "" "$token" | { grep -o '"memberCode"' || true; } | wc -l)
[ "$rows" -eq 50 ] || { echo "the first arrears page has $rows rows, not 50" >&2; exit 1; }

URL_PING="$BASE/api/ping"
URL_ARREARS="$BASE/api/t/$ORG/union-dues/arrears?limit=50"
URL_CHAPTERS="$BASE/api/t/$ORG/union-dues/arrears/chapters"
wrk_lua "$WORK/ping.lua"
wrk_lua "$WORK/arrears.lua" "$token"
echo "warming up (10 s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
wrk_run warm-ping "$CONNECTIONS" 10 "$WORK/ping.lua" "$URL_PING"
wrk_run warm-arrears "$CONNECTIONS" 10 "$WORK/arrears.lua" "$URL_ARREARS"
load_before=$(load_avg)
wrk_run ping "$CONNECTIONS" "$SECONDS_EACH" "$WORK/ping.lua" "$URL_PING"
db_sample "$SECONDS_EACH" "$WORK/arrears.db" &
sampler=$!
wrk_run arrears "$CONNECTIONS" "$SECONDS_EACH" "$WORK/arrears.lua" "$URL_ARREARS"
wait "$sampler" || true
wrk_run chapters "$CONNECTIONS" "$SECONDS_EACH" "$WORK/arrears.lua" "$URL_CHAPTERS"
load_after=$(load_avg)

ping_rps=$(wrk_rps ping)
arr_rps=$(wrk_rps arrears)
ratio=$(echo "scale=3; $arr_rps / $ping_rps" | bc -l)
arr_p99=$(wrk_ms arrears 99)
bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
arr_bad=$(bad arrears)

printf '\nseeding: %d members, %d payments in %d s; %s ledger rows in the database\n' \
  "$MEMBERS" "$payments" "$seed_s" "$in_db"
printf '\n%-52s %9s %9s %9s %9s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200"
for run in ping arrears chapters; do
  case $run in ping) what="GET /api/ping" ;; arrears) what="GET .../union-dues/arrears?limit=50" ;;
    chapters) what="GET .../union-dues/arrears/chapters" ;; esac
  printf '%-52s %9s %9s %9s %9s %8s\n' "$what" "$(wrk_rps $run)" "$(wrk_ms $run 50)" "$(wrk_ms $run 90)" \
    "$(wrk_ms $run 99)" "$(bad $run)"
done
printf '\nwhat the database was busy with during the arrears run:\n'
db_top "$WORK/arrears.db"
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
echo
[ "$arr_bad" -eq 0 ] || echo "NOTE: $arr_bad arrears answers were not 200: the figures below do not count"
printf 'arrears / ping throughput: %.2f   (goal >= 0.30)   %s\n' "$ratio" "$(verdict "$ratio >= 0.3 && $arr_bad == 0")"
printf 'arrears p99: %s ms   (goal <= 200 ms)   %s\n' "$arr_p99" "$(verdict "$arr_p99 <= 200 && $arr_bad == 0")"
