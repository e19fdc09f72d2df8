#!/usr/bin/env bash
# Health follow-up queue benchmark: a health worker reads the first 50-row page of the follow-up
# queue (GET /api/t/{org}/health-referral/follow-ups?days=2&limit=50, bearer token) of an
# organisation with 50,000 referrals made (every one owed a follow-up within two days), against
# the core's register page (bench/register.sh's query, GET /api/t/{org}/members?limit=50 of the
# same organisation's register) on the same server in the same run, both with wrk at 32
# connections. Goals: queue >= 0.9 of the register's req/s, and queue p99 <= 1.2 of its p99.
# Everything is seeded through the API: the members, one facility, each referral proposed with
# consent (POST .../referrals) and made (POST .../referrals/{id}/refer), 8 at a time.
#
#   mvn -B -q package -DskipTests && bench/health-followups.sh
#
# BENCH_REFERRALS (50000), BENCH_MEMBERS (10000), BENCH_SECONDS per measurement (20),
# BENCH_SEED_PARALLEL (8), BENCH_PORT, BENCH_KEEP=1, BENCH_DB=external (see bench/lib.sh),
# BENCH_DIST (another build's distribution, for a before/after comparison on the same data),
# BENCH_JFR=DIR records a JFR profile of each measurement (DIR/register.jfr, DIR/queue.jfr) and
# prints where each spent its CPU (bench/JfrTop.java) and its hottest methods.
# BENCH_DATA=DIR keeps the seeded server (data folder and database) in DIR: the first run seeds it
# (~400 s on two busy cores) and writes DIR/seeded; later runs with the same DIR and the same
# BENCH_MEMBERS and BENCH_REFERRALS start on it and only measure. Use it with BENCH_DB=external, so
# the database's files are in DIR whichever way the server started:
#
#   BENCH_DB=external BENCH_DATA=/tmp/health-bench bench/health-followups.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
REFERRALS=${BENCH_REFERRALS:-50000}
MEMBERS=${BENCH_MEMBERS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-20}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
CONNECTIONS=32
ORG=bench-health
ORG_ADMIN_PASSWORD=follow-up-queue-figures-2026

# seed: the organisation, its accounts, members and referrals, all through the API
seed() {
  local platform token facility t0
  platform=$(login platform admin "$ADMIN_PASSWORD")
  api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
    \"names\":{\"km\":\"សេវាសុខភាពសាកល្បង\",\"en\":\"Bench health service\"}}" "$platform" > /dev/null
  api POST "/api/t/$ORG/accounts" \
    "{\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
  token=$(login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD")
  api POST "/api/t/$ORG/accounts" \
    "{\"username\":\"bench-worker\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"health-worker\"]}" "$token" > /dev/null
  api PUT "/api/t/$ORG/modules/health-referral" '{"enabled":true}' "$token" > /dev/null
  facility=$(api POST "/api/t/$ORG/health-referral/facilities" '{"nameKm":"គ្លីនិក","nameEn":"Bench clinic",
    "facilityKind":"ngo-clinic","place":"pp-daun-penh","general":true,"sti":true,"payment":"free"}' "$token" \
    | sed -n 's/.*[{,]"id":\([0-9]*\).*/\1/p')
  [ -n "$facility" ] || { echo "no facility was made" >&2; exit 1; }

  echo "seeding $MEMBERS members through POST /api/t/$ORG/members, $PARALLEL at a time"
  t0=$SECONDS
  for ((i = 1; i <= MEMBERS; i++)); do
    printf '/api/t/%s/members\t{"workingName":"Bench member %05d"}\n' "$ORG" "$i"
  done | post_many members "$token" "$PARALLEL" print > "$WORK/members.out"
  sed -n 's/.*"memberCode":"\([^"]*\)".*/\1/p' "$WORK/members.out" > "$WORK/codes"
  [ "$(wc -l < "$WORK/codes")" -eq "$MEMBERS" ] || { echo "not every member answered a code" >&2; exit 1; }

  echo "seeding $REFERRALS referrals (proposed with consent, then made), $PARALLEL at a time"
  awk -v org="$ORG" -v n="$REFERRALS" -v f="$facility" '
    BEGIN { split("routine soon urgent", urgency, " ") }
    { code[NR] = $1 }
    END {
      for (i = 1; i <= n; i++) {
        printf "/api/t/%s/health-referral/referrals\t{\"personKind\":\"member\",\"memberCode\":\"%s\",", org, code[i % NR + 1]
        printf "\"facilityId\":%s,\"serviceCategory\":\"%s\",\"urgency\":\"urgent\",\"consentGiven\":true}\n", f, (i % 2 ? "sti" : "general")
      }
    }' "$WORK/codes" > "$WORK/referrals.tsv"
  # the first one alone: the organisation's data key is made at its first sealed value, and the
  # core does not yet serialise that (concurrent first seals: all but one answer 409; see the note)
  head -n 1 "$WORK/referrals.tsv" | post_many first-referral "$token" 1 print > "$WORK/referrals.out"
  tail -n +2 "$WORK/referrals.tsv" | post_many referrals "$token" "$PARALLEL" print >> "$WORK/referrals.out"
  sed -n 's/.*[{,]"id":\([0-9]*\).*/\1/p' "$WORK/referrals.out" \
    | awk -v org="$ORG" '{ printf "/api/t/%s/health-referral/referrals/%s/refer\t{}\n", org, $1 }' \
    | post_many refer "$token" "$PARALLEL"
  seed_s=$((SECONDS - t0))
  seeded_data_done "$SEEDED"
}

SEEDED="$MEMBERS members, $REFERRALS referrals"
start_server
if seeded_data_reusable "$SEEDED"; then
  reused=1
else
  reused=
  seed
fi
token=$(login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD")
worker=$(login "$ORG" bench-worker "$ORG_ADMIN_PASSWORD")
in_db=$(db "SELECT COUNT(*) FROM health_referral WHERE follow_up_due IS NOT NULL")
rows=$(api GET "/api/t/$ORG/health-referral/follow-ups?days=2&limit=50" "" "$worker" | { grep -o '"slipCode"' || true; } | wc -l)
[ "$rows" -eq 50 ] || { echo "the first queue page has $rows rows, not 50" >&2; exit 1; }

URL_REGISTER="$BASE/api/t/$ORG/members?limit=50"
URL_QUEUE="$BASE/api/t/$ORG/health-referral/follow-ups?days=2&limit=50"
wrk_lua "$WORK/register.lua" "$token"
wrk_lua "$WORK/queue.lua" "$worker"
echo "warming up (10 s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
wrk_run warm-register "$CONNECTIONS" 10 "$WORK/register.lua" "$URL_REGISTER"
wrk_run warm-queue "$CONNECTIONS" 10 "$WORK/queue.lua" "$URL_QUEUE"
[ -z "${BENCH_JFR:-}" ] || mkdir -p "$BENCH_JFR"
JCMD=$(dirname "$("$DIST/lib/find-java")")/jcmd
jfr() { [ -z "${BENCH_JFR:-}" ] || "$JCMD" "$PAYARA_PID" "JFR.$1" name="$2" "${@:3}" > /dev/null; }
load_before=$(load_avg)
jfr start register settings=profile
wrk_run register "$CONNECTIONS" "$SECONDS_EACH" "$WORK/register.lua" "$URL_REGISTER"
jfr stop register filename="${BENCH_JFR:-}/register.jfr"
db_sample "$SECONDS_EACH" "$WORK/queue.db" &
sampler=$!
jfr start queue settings=profile
wrk_run queue "$CONNECTIONS" "$SECONDS_EACH" "$WORK/queue.lua" "$URL_QUEUE"
jfr stop queue filename="${BENCH_JFR:-}/queue.jfr"
wait "$sampler" || true
load_after=$(load_avg)

bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
ratio=$(echo "scale=3; $(wrk_rps queue) / $(wrk_rps register)" | bc -l)
p99_ratio=$(echo "scale=3; $(wrk_ms queue 99) / $(wrk_ms register 99)" | bc -l)
queue_bad=$(bad queue)
if [ -n "$reused" ]; then
  printf '\nseeded data reused from %s (%s); %s referrals owed a follow-up\n' "$BENCH_DATA" "$SEEDED" "$in_db"
else
  printf '\nseeding: %d members and %d referrals in %d s; %s referrals owed a follow-up\n' "$MEMBERS" "$REFERRALS" "$seed_s" "$in_db"
fi
printf '\n%-56s %9s %9s %9s %9s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200"
for run in register queue; do
  case $run in register) what="GET .../members?limit=50" ;; queue) what="GET .../health-referral/follow-ups?limit=50" ;; esac
  printf '%-56s %9s %9s %9s %9s %8s\n' "$what" "$(wrk_rps $run)" "$(wrk_ms $run 50)" "$(wrk_ms $run 90)" \
    "$(wrk_ms $run 99)" "$(bad $run)"
done
printf '\nwhat the database was busy with during the queue run:\n'
db_top "$WORK/queue.db"
if [ -n "${BENCH_JFR:-}" ]; then
  for run in register queue; do
    printf '\nwhere the %s run spent its CPU (JFR execution samples, %s):\n' "$run" "$BENCH_JFR/$run.jfr"
    "$("$DIST/lib/find-java")" bench/JfrTop.java "$BENCH_JFR/$run.jfr" || true
    "$(dirname "$JCMD")/jfr" view --width 160 hot-methods "$BENCH_JFR/$run.jfr" 2> /dev/null | sed -n '4,18p' || true
  done
fi
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
[ "$queue_bad" -eq 0 ] || echo "NOTE: $queue_bad queue answers were not 200: the figures below do not count"
printf 'queue / register throughput: %.2f   (goal >= 0.90)   %s\n' "$ratio" "$(verdict "$ratio >= 0.9 && $queue_bad == 0")"
printf 'queue p99 / register p99: %.2f   (goal <= 1.20)   %s\n' "$p99_ratio" "$(verdict "$p99_ratio <= 1.2 && $queue_bad == 0")"
