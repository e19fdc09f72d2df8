#!/usr/bin/env bash
# Outreach benchmark: team leaders of 14 chapters log visits at once (POST
# /api/t/{chapter}/organising/visits, each leader with her own bearer token and her chapter's
# workplace, every visit giving condoms and leaflets from the chapter's stock), with wrk at 32
# connections, against the core's register page (GET /api/t/{org}/members?limit=50, as
# bench/register.sh) on the same server in the same run. Goals: visits >= 0.5 of the register's
# req/s, visits p99 <= 200 ms, and nothing lost: every 201 is a row of org_visit, and each
# chapter's stock given out is exactly what its logged visits gave.
#
#   mvn -B -q package -DskipTests && bench/outreach.sh
#
# BENCH_MEMBERS (5000), BENCH_SECONDS per measurement (20), BENCH_SEED_PARALLEL (8),
# BENCH_ROLE of the team leaders (organiser; team-leader where the core has that role),
# BENCH_PORT, BENCH_KEEP=1, BENCH_DB=external (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MEMBERS=${BENCH_MEMBERS:-5000}
SECONDS_EACH=${BENCH_SECONDS:-20}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
ROLE=${BENCH_ROLE:-organiser}
CHAPTERS=14
CONNECTIONS=32
ORG=bench-outreach
PASSWORD=outreach-figures-for-the-union-2026

start_server
platform=$(login platform admin "$ADMIN_PASSWORD")
api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
  \"names\":{\"km\":\"សហជីពសាកល្បង\",\"en\":\"Bench union\"}}" "$platform" > /dev/null
api POST "/api/t/$ORG/accounts" "{\"username\":\"bench-admin\",\"password\":\"$PASSWORD\",\"roles\":[\"admin\"]}" \
  "$platform" > /dev/null
token=$(login "$ORG" bench-admin "$PASSWORD")
api PUT "/api/t/$ORG/modules/organising" '{"enabled":true}' "$token" > /dev/null

echo "making $CHAPTERS chapters, each with a team leader ($ROLE), a workplace and a stock of materials"
: > "$WORK/leaders"
for ((c = 1; c <= CHAPTERS; c++)); do
  ch=$(printf 'bench-outreach-%02d' "$c")
  api POST /api/tenants "{\"slug\":\"$ch\",\"type\":\"chapter\",\"parent\":\"$ORG\",
    \"names\":{\"km\":\"សាខា $c\",\"en\":\"Chapter $c\"}}" "$token" > /dev/null
  api PUT "/api/t/$ch/modules/organising" '{"enabled":true}' "$token" > /dev/null
  api POST "/api/t/$ch/accounts" "{\"username\":\"leader-$c\",\"password\":\"$PASSWORD\",\"roles\":[\"$ROLE\"]}" \
    "$token" > /dev/null
  leader=$(login "$ch" "leader-$c" "$PASSWORD")
  workplace=$(api POST "/api/t/$ch/organising/workplaces" '{"label":"Bench KTV","workplaceKind":"karaoke-ktv",
    "place":"kampot","ownerAttitude":"neutral","raidFrequency":"rarely"}' "$token" | sed -n 's/.*[{,]"id":\([0-9]*\).*/\1/p')
  for kind in male-condoms leaflets; do
    api POST "/api/t/$ch/organising/stock/receipts" "{\"materialKind\":\"$kind\",\"quantity\":1000000,
      \"receivedOn\":\"$(date -u +%F)\"}" "$token" > /dev/null
  done
  printf '%s\t%s\t%s\n' "$ch" "$leader" "$workplace" >> "$WORK/leaders"
done

echo "seeding $MEMBERS members through POST /api/t/$ORG/members, $PARALLEL at a time"
t0=$SECONDS
for ((i = 1; i <= MEMBERS; i++)); do
  printf '/api/t/%s/members\t{"workingName":"Bench member %05d"}\n' "$ORG" "$i"
done | post_many members "$token" "$PARALLEL"
seed_s=$((SECONDS - t0))

VISIT='{"visitedOn":"'"$(date -u +%F)"'","workplaceId":WP,"membersReturning":2,"othersNew":3,"invitedToJoin":1,"maleCondoms":2,"leaflets":1,"raids":true}'
{ # one wrk script: each request is the next leader's visit to her chapter's workplace
  echo 'local leaders = {'
  while IFS=$'\t' read -r ch leader wp; do
    printf '  {path = "/api/t/%s/organising/visits", token = "%s", body = [==[%s]==]},\n' "$ch" "$leader" "${VISIT/WP/$wp}"
  done < "$WORK/leaders"
  echo '}'
  cat << 'LUA'
local threads = {}
local n = 0
function setup(thread) table.insert(threads, thread) end
function init(args) codes = {} end
function request()
  n = n + 1
  local l = leaders[n % #leaders + 1]
  return wrk.format("POST", l.path, {["Authorization"] = "Bearer " .. l.token, ["Content-Type"] = "application/json"}, l.body)
end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, k in pairs(t:get("codes")) do total[status] = (total[status] or 0) + k end
  end
  for status, k in pairs(total) do io.write(string.format("status %d %d\n", status, k)) end
end
LUA
} > "$WORK/visits.lua"
wrk_lua "$WORK/register.lua" "$token"
URL_REGISTER="$BASE/api/t/$ORG/members?limit=50"
echo "warming up (10 s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
wrk_run warm-register "$CONNECTIONS" 10 "$WORK/register.lua" "$URL_REGISTER"
wrk_run warm-visits "$CONNECTIONS" 10 "$WORK/visits.lua" "$BASE"
warm_created=$(wrk_status warm-visits 201)
load_before=$(load_avg)
wrk_run register "$CONNECTIONS" "$SECONDS_EACH" "$WORK/register.lua" "$URL_REGISTER"
db_sample "$SECONDS_EACH" "$WORK/visits.db" &
sampler=$!
wrk_run visits "$CONNECTIONS" "$SECONDS_EACH" "$WORK/visits.lua" "$BASE"
wait "$sampler" || true
load_after=$(load_avg)

created=$(($(wrk_status visits 201) + warm_created))
rows=$(db "SELECT COUNT(*) FROM org_visit")
given=$(db "SELECT COALESCE(SUM(given_out), 0) FROM org_stock WHERE kind = 'male-condoms'")
# wrk stops waiting at the end of its time: visits it sent then may still commit, so rows can
# outnumber the 201s it counted; a write is lost only when a 201 has no row
lost=$((created > rows ? created - rows : 0))
late=$((rows > created ? rows - created : 0))
stock_off=$((rows * 2 - given))
bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" "$2") + $(wrk_errors "$1"))); }
ratio=$(echo "scale=3; $(wrk_rps visits) / $(wrk_rps register)" | bc -l)
p99=$(wrk_ms visits 99)
visits_bad=$(bad visits 201)
printf '\nseeding: %d members in %d s; %d chapters with a team leader each\n' "$MEMBERS" "$seed_s" "$CHAPTERS"
printf '\n%-56s %9s %9s %9s %9s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 2xx"
printf '%-56s %9s %9s %9s %9s %8s\n' "GET .../members?limit=50" "$(wrk_rps register)" "$(wrk_ms register 50)" \
  "$(wrk_ms register 90)" "$(wrk_ms register 99)" "$(bad register 200)"
printf '%-56s %9s %9s %9s %9s %8s\n' "POST .../{chapter}/organising/visits (14 leaders)" "$(wrk_rps visits)" \
  "$(wrk_ms visits 50)" "$(wrk_ms visits 90)" "$(wrk_ms visits 99)" "$visits_bad"
printf '\nvisits answered 201 (warm-up included): %d; rows in org_visit: %d (%d committed after wrk stopped waiting); lost writes: %d\n' \
  "$created" "$rows" "$late" "$lost"
printf 'condoms given out by the stock: %d, by the visits logged: %d; difference: %d\n' "$given" "$((rows * 2))" "$stock_off"
printf '\nwhat the database was busy with during the visits run:\n'
db_top "$WORK/visits.db"
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
uptime
[ "$visits_bad" -eq 0 ] || echo "NOTE: $visits_bad visit answers were not 201: the figures below do not count"
printf 'visits / register throughput: %.2f   (goal >= 0.50)   %s\n' "$ratio" "$(verdict "$ratio >= 0.5 && $visits_bad == 0")"
printf 'visits p99: %s ms   (goal <= 200)   %s\n' "$p99" "$(verdict "$p99 <= 200 && $visits_bad == 0")"
printf 'lost writes: %d, stock difference: %d   (goal 0)   %s\n' "$lost" "$stock_off" "$(verdict "$lost == 0 && $stock_off == 0")"
