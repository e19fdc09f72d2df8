#!/usr/bin/env bash
# Legal-aid case-list benchmark: a paralegal reads the first 50-row page of the case list
# (GET /api/t/{org}/legal-aid/cases?limit=50, bearer token) of an organisation with 20,000 cases
# (2 in 5 for members, whose codes and working names the page shows), against GET /api/ping on
# the same server in the same run, both with wrk at 32 connections. Goals: cases >= 50% of
# ping's req/s, and cases p99 <= 50 ms. Everything is seeded through the API: 2,000 members
# (POST /api/t/{org}/members) and the cases (POST .../legal-aid/cases), 8 at a time.
#
#   mvn -B -q package -DskipTests && bench/legal-cases.sh
#
# BENCH_CASES (20000), BENCH_MEMBERS (2000), BENCH_SECONDS per measurement (20),
# BENCH_SEED_PARALLEL (8), BENCH_PORT (a free one), BENCH_KEEP=1 keeps the temporary folder
# (server log, wrk output), BENCH_DB=external skips the embedded database (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CASES=${BENCH_CASES:-20000}
MEMBERS=${BENCH_MEMBERS:-2000}
SECONDS_EACH=${BENCH_SECONDS:-20}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
CONNECTIONS=32
ORG=bench-legal
ORG_ADMIN_PASSWORD=bench-legal-admin-password

start_server
platform=$(login platform admin "$ADMIN_PASSWORD")
api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
  \"names\":{\"km\":\"សេវាច្បាប់សាកល្បង\",\"en\":\"Bench legal service\"}}" "$platform" > /dev/null
api POST "/api/t/$ORG/accounts" \
  "{\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
token=$(login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD")
api POST "/api/t/$ORG/accounts" \
  "{\"username\":\"bench-paralegal\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"paralegal\"]}" "$token" > /dev/null
api PUT "/api/t/$ORG/modules/legal-aid" '{"enabled":true}' "$token" > /dev/null
paralegal=$(login "$ORG" bench-paralegal "$ORG_ADMIN_PASSWORD")

echo "seeding $MEMBERS members through POST /api/t/$ORG/members, $PARALLEL at a time"
t0=$SECONDS
for ((i = 1; i <= MEMBERS; i++)); do
  printf '/api/t/%s/members\t{"workingName":"Bench member %05d"}\n' "$ORG" "$i"
done | post_many members "$token" "$PARALLEL" print > "$WORK/members.out"
codes=$(sed -n 's/.*"memberCode":"\([^"]*\)".*/\1/p' "$WORK/members.out")
[ "$(printf '%s\n' "$codes" | wc -l)" -eq "$MEMBERS" ] || { echo "not every member answered a code" >&2; exit 1; }

echo "seeding $CASES cases through POST /api/t/$ORG/legal-aid/cases, $PARALLEL at a time"
printf '%s\n' "$codes" > "$WORK/codes"
awk -v org="$ORG" -v cases="$CASES" '
  BEGIN { split("consultation court detention labour family other", type, " ")
          split("walk-in poor-family student other", group, " ") }
  { code[NR] = $1 }
  END {
    for (i = 1; i <= cases; i++) {
      t = type[i % 6 + 1]
      if (i % 5 < 2) client = sprintf("\"clientKind\":\"member\",\"memberCode\":\"%s\"", code[i % NR + 1])
      else client = sprintf("\"clientKind\":\"non-member\",\"clientGroup\":\"%s\"", group[i % 4 + 1])
      printf "/api/t/%s/legal-aid/cases\t{\"caseType\":\"%s\",%s}\n", org, t, client
    }
  }' "$WORK/codes" | post_many cases "$token" "$PARALLEL"
seed_s=$((SECONDS - t0))
in_db=$(db "SELECT COUNT(*) FROM legal_case")
rows=$(api GET "/api/t/$ORG/legal-aid/cases?limit=50" "" "$paralegal" | { grep -o '"caseType"' || true; } | wc -l)
[ "$rows" -eq 50 ] || { echo "the first case page has $rows rows, not 50" >&2; exit 1; }

URL_PING="$BASE/api/ping"
URL_CASES="$BASE/api/t/$ORG/legal-aid/cases?limit=50"
wrk_lua "$WORK/ping.lua"
wrk_lua "$WORK/cases.lua" "$paralegal"
echo "warming up (10 s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
wrk_run warm-ping "$CONNECTIONS" 10 "$WORK/ping.lua" "$URL_PING"
wrk_run warm-cases "$CONNECTIONS" 10 "$WORK/cases.lua" "$URL_CASES"
load_before=$(load_avg)
wrk_run ping "$CONNECTIONS" "$SECONDS_EACH" "$WORK/ping.lua" "$URL_PING"
db_sample "$SECONDS_EACH" "$WORK/cases.db" &
sampler=$!
wrk_run cases "$CONNECTIONS" "$SECONDS_EACH" "$WORK/cases.lua" "$URL_CASES"
wait "$sampler" || true
load_after=$(load_avg)

ping_rps=$(wrk_rps ping)
cases_rps=$(wrk_rps cases)
ratio=$(echo "scale=3; $cases_rps / $ping_rps" | bc -l)
cases_p99=$(wrk_ms cases 99)
bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
cases_bad=$(bad cases)

printf '\nseeding: %d members and %d cases in %d s; %s rows in legal_case\n' "$MEMBERS" "$CASES" "$seed_s" "$in_db"
printf '\n%-48s %9s %9s %9s %9s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200"
for run in ping cases; do
  case $run in ping) what="GET /api/ping" ;; cases) what="GET .../legal-aid/cases?limit=50" ;; esac
  printf '%-48s %9s %9s %9s %9s %8s\n' "$what" "$(wrk_rps $run)" "$(wrk_ms $run 50)" "$(wrk_ms $run 90)" \
    "$(wrk_ms $run 99)" "$(bad $run)"
done
printf '\nwhat the database was busy with during the cases run:\n'
db_top "$WORK/cases.db"
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
echo
[ "$cases_bad" -eq 0 ] || echo "NOTE: $cases_bad case-list answers were not 200: the figures below do not count"
printf 'cases / ping throughput: %.2f   (goal >= 0.50)   %s\n' "$ratio" "$(verdict "$ratio >= 0.5 && $cases_bad == 0")"
printf 'cases p99: %s ms   (goal <= 50 ms)   %s\n' "$cases_p99" "$(verdict "$cases_p99 <= 50 && $cases_bad == 0")"
