#!/usr/bin/env bash
# Lists beside the peer (issue 19, item 1): Keycloak's admin user list
# (GET /admin/realms/{r}/users?first=0&max=50) and its user search (?search=...) over 10,000 users
# with two attributes each (seeded through its partial import), against Sahakum's 50-row first pages
# at 10,000 rows each in one organisation: the register, the legal-aid cases, the dues arrears, the
# health referrals and their follow-up queue, education's children, organising's visits and
# governance's votes; all with wrk -t2 -c32 -d20s on this machine in one run.
# Goal: each Sahakum page >= 5x Keycloak's user list in req/s, and its p99 <= 1/5 of the list's.
# Sahakum's rows are seeded through its API (as bench/register.sh, legal-cases.sh, dues-arrears.sh,
# health-followups.sh, attendance.sh, outreach.sh and election.sh do), 8 requests at a time.
#
#   mvn -B -q package -DskipTests && bench/peer-keycloak.sh
#
# Needs what bench/lib.sh and bench/lib-keycloak.sh say (wrk, Java 21+, MariaDB for Keycloak).
# BENCH_ROWS (10000), BENCH_SECONDS per measurement (20), BENCH_SEED_PARALLEL (8), BENCH_KEEP=1;
# KEYCLOAK_DB_NAME (the database made for Keycloak, dropped first) when several run at once.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-keycloak.sh"
trap 'status=$?; keycloak_stop; (exit $status); cleanup' EXIT
ROWS=${BENCH_ROWS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-20}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
CONNECTIONS=32
ORG=bench-peer
PASSWORD=peer-lists-figures-2026

keycloak_start
keycloak_realm
keycloak_seed_users "$ROWS"
kc_users=$(kc_api GET "/admin/realms/$KC_REALM/users/count")
echo "Keycloak: $kc_users users in $KC_SEED_S s"
kc_attributes=$(kc_api GET "/admin/realms/$KC_REALM/users?first=0&max=50" | { grep -o '"joined":\["2026' || true; } | wc -l)
[ "$kc_users" -eq "$ROWS" ] && [ "$kc_attributes" -eq 50 ] \
  || { echo "Keycloak holds $kc_users users, $kc_attributes of its first 50 with their attributes" >&2; exit 1; }

start_server
token=$(org_with_admin "$ORG" "$PASSWORD")
for module in legal-aid union-dues health-referral education organising governance; do
  api PUT "/api/t/$ORG/modules/$module" '{"enabled":true}' "$token" > /dev/null
done
api POST /api/tenants "{\"slug\":\"$ORG-c1\",\"type\":\"chapter\",\"parent\":\"$ORG\",
  \"names\":{\"km\":\"សាខា ១\",\"en\":\"Chapter 1\"}}" "$token" > /dev/null

# seed NAME < lines: the first request alone (the first sealed value makes the organisation's data
# key, and racing requests would answer 409), the rest PARALLEL at a time; answers in $WORK/NAME.out
seed() {
  local first
  IFS= read -r first
  printf '%s\n' "$first" | post_many "first-$1" "$token" 1 print > "$WORK/$1.out"
  post_many "$1" "$token" "$PARALLEL" print >> "$WORK/$1.out"
}
t0=$SECONDS
echo "seeding $ROWS members, cases, dues enrolments and payments, referrals, children, visits and votes through the API"
for ((i = 1; i <= ROWS; i++)); do
  printf '/api/t/%s/members\t{"workingName":"Bench member %05d","chapter":"%s-c1"}\n' "$ORG" "$i" "$ORG"
done | seed members
sed -n 's/.*"memberCode":"\([^"]*\)".*/\1/p' "$WORK/members.out" > "$WORK/codes"
[ "$(wc -l < "$WORK/codes")" -eq "$ROWS" ] || { echo "not every member answered a code" >&2; exit 1; }

awk -v org="$ORG" 'BEGIN { split("consultation court detention labour family other", type, " ") } {
  client = NR % 5 < 2 ? sprintf("\"clientKind\":\"member\",\"memberCode\":\"%s\"", $1) \
    : "\"clientKind\":\"non-member\",\"clientGroup\":\"walk-in\""
  printf "/api/t/%s/legal-aid/cases\t{\"caseType\":\"%s\",%s}\n", org, type[NR % 6 + 1], client }' "$WORK/codes" \
  | seed cases

start=$(date -d "$(date +%Y-%m-01) -5 month" +%Y-%m-01)
plan_id=$(api POST "/api/t/$ORG/union-dues/plans" "{\"nameKm\":\"វិភាគទានប្រចាំខែ\",\"nameEn\":\"Monthly dues\",
  \"currency\":\"KHR\",\"amountMinor\":400000,\"period\":\"MONTHLY\",\"startsOn\":\"$start\",\"gracePeriods\":2}" "$token" \
  | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
awk -v org="$ORG" -v plan="$plan_id" -v start="$start" \
  '{printf "/api/t/%s/union-dues/enrolments\t{\"memberCode\":\"%s\",\"planId\":%s,\"startsOn\":\"%s\"}\n", org, $1, plan, start}' \
  "$WORK/codes" | seed enrolments
awk -v org="$ORG" -v start="$start" '{ # member n paid n % 6 months: arrears from none to five months
  printf "/api/t/%s/union-dues/payments\t{\"memberCode\":\"%s\",\"amountMinor\":%d,\"currency\":\"KHR\",\"paidOn\":\"%s\",\"method\":\"CASH\"}\n", org, $1, 400000 * (NR % 6 + 1), start }' \
  "$WORK/codes" | seed payments

facility=$(api POST "/api/t/$ORG/health-referral/facilities" '{"nameKm":"គ្លីនិក","nameEn":"Bench clinic",
  "facilityKind":"ngo-clinic","place":"pp-daun-penh","general":true,"sti":true,"payment":"free"}' "$token" \
  | sed -n 's/.*[{,]"id":\([0-9]*\).*/\1/p')
awk -v org="$ORG" -v f="$facility" '{ # urgent and made (refer): each owed a follow-up within two days
  printf "/api/t/%s/health-referral/referrals\t{\"personKind\":\"member\",\"memberCode\":\"%s\",\"facilityId\":%s,", org, $1, f
  printf "\"serviceCategory\":\"%s\",\"urgency\":\"urgent\",\"consentGiven\":true}\n", (NR % 2 ? "sti" : "general") }' \
  "$WORK/codes" | seed referrals
sed -n 's/.*[{,]"id":\([0-9]*\).*/\1/p' "$WORK/referrals.out" \
  | awk -v org="$ORG" '{ printf "/api/t/%s/health-referral/referrals/%s/refer\t{}\n", org, $1 }' | seed refer

centre=$(api POST "/api/t/$ORG/education/centres" '{"name":"Bench centre"}' "$token" | sed 's/.*"id":\([0-9]*\).*/\1/')
awk -v org="$ORG" -v c="$centre" -v year="$(date +%Y)" '{
  printf "/api/t/%s/education/children\t{\"guardianCode\":\"%s\",\"name\":\"Kid%d\",\"birthYear\":%d,", org, $1, NR, year - 9
  printf "\"centreId\":%d,\"schoolStatus\":\"OUT_OF_SCHOOL\",\"consentVersion\":\"edu-2026-1\"}\n", c }' "$WORK/codes" \
  | seed children

days=()
for ((d = 0; d < 365; d++)); do days+=("$(date -u -d "-$d day" +%F)"); done
for ((i = 0; i < ROWS; i++)); do # a year of visits, each to a province (no workplace, so no stock)
  printf '/api/t/%s/organising/visits\t{"visitedOn":"%s","place":"kampot","membersReturning":%d,"othersNew":2,"invitedToJoin":1}\n' \
    "$ORG" "${days[i % 365]}" $((i % 4))
done | seed visits

opens=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
closes=$(date -u -d '+30 day' +%Y-%m-%dT%H:%M:%SZ)
kinds=(motion election election)
for ((i = 1; i <= ROWS; i++)); do # votes yet to open: elections of three seats, every third a motion
  printf '/api/t/%s/governance/elections\t{"kind":"%s","titleKm":"ការបោះឆ្នោត %05d","titleEn":"Vote %05d","seats":3,"opensAt":"%s","closesAt":"%s"}\n' \
    "$ORG" "${kinds[i % 3]}" "$i" "$i" "$opens" "$closes"
done | seed votes
seed_s=$((SECONDS - t0))

# name|label|URL|row marker: the pages measured, Keycloak's first
pages=(
  "kc-list|Keycloak GET /admin/realms/$KC_REALM/users?first=0&max=50|$KC_BASE/admin/realms/$KC_REALM/users?first=0&max=50|\"username\""
  "kc-search|Keycloak GET .../users?search=member0123&max=50|$KC_BASE/admin/realms/$KC_REALM/users?search=member0123&first=0&max=50|\"username\""
  "register|Sahakum GET .../members?limit=50|$BASE/api/t/$ORG/members?limit=50|\"memberCode\""
  "cases|Sahakum GET .../legal-aid/cases?limit=50|$BASE/api/t/$ORG/legal-aid/cases?limit=50|\"caseType\""
  "arrears|Sahakum GET .../union-dues/arrears?limit=50|$BASE/api/t/$ORG/union-dues/arrears?limit=50|\"memberCode\""
  "referrals|Sahakum GET .../health-referral/referrals?limit=50|$BASE/api/t/$ORG/health-referral/referrals?limit=50|\"slipCode\""
  "followups|Sahakum GET .../health-referral/follow-ups?days=2&limit=50|$BASE/api/t/$ORG/health-referral/follow-ups?days=2&limit=50|\"slipCode\""
  "children|Sahakum GET .../education/children?limit=50|$BASE/api/t/$ORG/education/children?limit=50|\"guardianCode\""
  "visits|Sahakum GET .../organising/visits?limit=50|$BASE/api/t/$ORG/organising/visits?limit=50|\"visitedOn\""
  "votes|Sahakum GET .../governance/elections?limit=50|$BASE/api/t/$ORG/governance/elections?limit=50|\"closesAt\""
)
kc_token=$(kc_admin_token)
for page in "${pages[@]}"; do
  IFS='|' read -r name label url marker <<< "$page"
  bearer=$([ "${name#kc-}" != "$name" ] && echo "$kc_token" || echo "$token")
  wrk_lua "$WORK/$name.lua" "$bearer"
  rows=$(curl -s -H "Authorization: Bearer $bearer" "$url" | { grep -o "$marker" || true; } | wc -l)
  [ "$name" = kc-search ] || [ "$rows" -ge 50 ] || { echo "$label: the first page has $rows rows, not 50" >&2; exit 1; }
done
echo "measuring: 10 s warm-up of each (not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
uptime
load_before=$(load_avg)
declare -A LOAD
for page in "${pages[@]}"; do
  IFS='|' read -r name label url marker <<< "$page"
  wrk_run "warm-$name" "$CONNECTIONS" 10 "$WORK/$name.lua" "$url"
  LOAD[$name]=$(load_avg)
  wrk_run "$name" "$CONNECTIONS" "$SECONDS_EACH" "$WORK/$name.lua" "$url"
done
load_after=$(load_avg)
uptime

bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
printf '\nseeding: Keycloak %s users in %d s; Sahakum %d rows of each list in %d s\n' "$kc_users" "$KC_SEED_S" "$ROWS" "$seed_s"
printf '\n%-62s %7s %7s %7s %6s %7s %7s  %-9s %s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p99 ms" \
  "not200" "x rate" "1/p99" verdict "load before (1/5/15 min)"
kc_rps=$(wrk_rps kc-list)
kc_p99=$(wrk_ms kc-list 99)
FAILED=0
for page in "${pages[@]}"; do
  IFS='|' read -r name label url marker <<< "$page"
  rate=$(echo "scale=3; $(wrk_rps "$name") / $kc_rps" | bc -l)
  p99=$(echo "scale=3; $kc_p99 / $(wrk_ms "$name" 99)" | bc -l)
  verdict=-
  if [ "${name#kc-}" = "$name" ]; then
    verdict=$(verdict "$rate >= 5 && $p99 >= 5 && $(bad "$name") == 0")
    [ "$verdict" = PASS ] || FAILED=$((FAILED + 1))
  fi
  printf '%-62s %7s %7s %7s %6s %7.2f %7.2f  %-9s %s\n' "$label" "$(wrk_rps "$name")" "$(wrk_ms "$name" 50)" \
    "$(wrk_ms "$name" 99)" "$(bad "$name")" "$rate" "$p99" "$verdict" "${LOAD[$name]}"
done
printf '\nx rate = req/s / Keycloak list'"'"'s req/s (goal >= 5); 1/p99 = Keycloak list'"'"'s p99 / the page'"'"'s p99 (goal >= 5)\n'
printf 'load average (1/5/15 min) before %s, after %s; %s cores; Keycloak %s on MariaDB %s\n' "$load_before" \
  "$load_after" "$(nproc)" "$KEYCLOAK_VERSION" "$KC_DB_VERSION"
echo "$FAILED of the $((${#pages[@]} - 2)) Sahakum pages missed the goal"
