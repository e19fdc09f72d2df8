#!/usr/bin/env bash
# Election benchmark: BENCH_VOTERS (10,000) eligible members vote in one election, as fast as 32
# connections allow (POST /api/t/{org}/governance/my-ballots/{id}, each with their own bearer
# token, every voter once), against the core's register page (GET /api/t/{org}/members?limit=50,
# wrk at 32 connections) on the same server in the same run. Goals: ballots per second >= 0.5 of
# the register's req/s, ballot p99 <= 200 ms; afterwards the ballots counted equal the ballots
# acknowledged (201), the roll marks exactly those voters, and a second ballot of every voter is
# refused (409): nobody voted twice.
# Seeding goes through the API: invites (1,000 uses each), a registration per member, approval.
# Every run then logs each voter in (a session ends after 30 idle minutes, so tokens are not kept),
# makes a new five-seat election with seven candidates who accept, and opens it (which fixes the
# roll through the GoodStanding port: no dues module here, so every active member). Before the
# measured ballots, a warm-up motion is voted by a second session of the first BENCH_WARM voters
# (not counted), so that the ballot path is not measured cold and no measured token is warm.
#
#   mvn -B -q package -DskipTests && bench/election.sh
#
# BENCH_VOTERS (10000), BENCH_SECONDS for the register run (20), BENCH_SEED_PARALLEL (8),
# BENCH_SEED_ONLY=1 (with BENCH_DATA: seed, then stop),
# BENCH_WARM (1000), BENCH_PORT, BENCH_KEEP=1, BENCH_DB=external (see bench/lib.sh),
# BENCH_DIST (another build's distribution), BENCH_JFR=DIR records a JFR profile of the ballots
# (DIR/ballots.jfr) and prints where they spent their CPU.
# BENCH_DATA=DIR keeps the seeded server (data folder and database) in DIR: the first run seeds it
# (registrations hash a password each: ~20 min for 10,000 on two quiet cores) and writes
# DIR/seeded; later runs with the same DIR and BENCH_VOTERS only log in (~8 min) and measure. A
# seeding that was stopped is resumed by the next run with the same DIR.
# Use it with BENCH_DB=external, so the database's files are in DIR:
#
#   BENCH_DB=external BENCH_DATA=/tmp/election-bench bench/election.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
VOTERS=${BENCH_VOTERS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-20}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
WARM=${BENCH_WARM:-1000}
((WARM <= VOTERS)) || WARM=$VOTERS
CONNECTIONS=32
ORG=bench-vote
PASSWORD=election-figures-2026
SEATS=5
CANDIDATES=7

# seed: the organisation, its admin, and the members, each registered through an invite and
# approved. With BENCH_DATA, a seeding that was stopped (DIR/seeding without DIR/seeded) is resumed:
# only the voters not yet registered register, and every member still pending is approved.
seed() {
  local platform token consent invite n=0 t0=$SECONDS
  if [ -n "${BENCH_DATA:-}" ] && [ -e "$BENCH_DATA/seeding" ]; then
    echo "resuming the seeding left in $BENCH_DATA"
    token=$(login "$ORG" bench-admin "$PASSWORD" || { sleep 2; login "$ORG" bench-admin "$PASSWORD"; })
  else
    [ -z "${BENCH_DATA:-}" ] || : > "$BENCH_DATA/seeding"
    platform=$(login platform admin "$ADMIN_PASSWORD" || { sleep 2; login platform admin "$ADMIN_PASSWORD"; })
    api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
      \"names\":{\"km\":\"សហជីពសាកល្បង\",\"en\":\"Bench union\"}}" "$platform" > /dev/null
    api POST "/api/t/$ORG/accounts" \
      "{\"username\":\"bench-admin\",\"password\":\"$PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
    token=$(login "$ORG" bench-admin "$PASSWORD")
    api PUT "/api/t/$ORG/modules/governance" '{"enabled":true}' "$token" > /dev/null
  fi
  consent=$(api GET /api/consent | sed -n 's/.*"version":"\([^"]*\)".*/\1/p')
  declare -A registered=()
  for u in $(db "SELECT a.username FROM account a JOIN tenant t ON t.id = a.tenant_id WHERE t.slug = '$ORG'
      AND a.username LIKE 'voter%'"); do
    registered[$u]=1
  done
  echo "seeding $((VOTERS - ${#registered[@]})) members who register through invites and are approved, $PARALLEL at a time"
  for ((i = 0; i < VOTERS; i++)); do
    printf -v user 'voter%05d' "$i"
    [ -z "${registered[$user]:-}" ] || continue
    if ((n++ % 1000 == 0)); then
      invite=$(api POST "/api/t/$ORG/invites" '{"maxUses":1000}' "$token" | sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
    fi
    printf -- '-\t/api/t/%s/registrations\t{"inviteCode":"%s","workingName":"Voter %05d","username":"%s","password":"%s","consentVersion":"%s"}\n' \
      "$ORG" "$invite" "$i" "$user" "$PASSWORD" "$consent"
  done | post_many registrations "$token" "$PARALLEL"
  # the client read every line (and so made every invite) before the first registration: after a
  # long seeding, the admin's session has ended (30 idle minutes)
  token=$(login "$ORG" bench-admin "$PASSWORD")
  db "SELECT m.id FROM member m JOIN tenant t ON t.id = m.org_id WHERE t.slug = '$ORG' AND m.status = 'pending' ORDER BY m.id" \
    | awk -v org="$ORG" '{ printf "/api/t/%s/registrations/%s/approve\t{}\n", org, $1 }' \
    | post_many approvals "$token" "$PARALLEL"
  seed_s=$((SECONDS - t0))
  seeded_data_done "$SEEDED"
}

SEEDED="$VOTERS voters"
start_server
if seeded_data_reusable "$SEEDED"; then
  reused=1
else
  reused=
  seed
  if [ -n "${BENCH_SEED_ONLY:-}" ]; then
    printf 'seeded %d members (registered and approved) in %d s; load average %s\n' "$VOTERS" "$seed_s" "$(load_avg)"
    exit 0
  fi
fi
token=$(login "$ORG" bench-admin "$PASSWORD" || { sleep 2; login "$ORG" bench-admin "$PASSWORD"; })
active=$(db "SELECT COUNT(*) FROM member m JOIN tenant t ON t.id = m.org_id WHERE t.slug = '$ORG' AND m.status = 'active'")
[ "$active" -eq "$VOTERS" ] || { echo "the organisation has $active active members, not $VOTERS" >&2; exit 1; }

echo "logging in $VOTERS voters, and a second session of the first $WARM for the warm-up, $PARALLEL at a time"
t0=$SECONDS
for ((i = 0; i < VOTERS + WARM; i++)); do
  printf -- '-\t/api/auth/login\t{"tenant":"%s","username":"voter%05d","password":"%s"}\n' "$ORG" "$((i % VOTERS))" "$PASSWORD"
done | post_many logins "$token" "$PARALLEL" print | sort -n -k1,1 | sed -n 's/.*"token":"\([^"]*\)".*/\1/p' > "$WORK/all-tokens"
[ "$(wc -l < "$WORK/all-tokens")" -eq $((VOTERS + WARM)) ] || { echo "not every voter logged in" >&2; exit 1; }
head -n "$VOTERS" "$WORK/all-tokens" > "$WORK/tokens"
tail -n +$((VOTERS + 1)) "$WORK/all-tokens" > "$WORK/warm-tokens"
login_s=$((SECONDS - t0))

# new_vote KIND TITLE SEATS: a vote open from a minute ago for a day; prints its id
new_vote() {
  local closes opens
  closes=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
  opens=$(date -u -d '-1 minute' +%Y-%m-%dT%H:%M:%SZ)
  api POST "/api/t/$ORG/governance/elections" "{\"kind\":\"$1\",\"titleKm\":\"ការបោះឆ្នោតសាកល្បង\",
    \"titleEn\":\"$2\",\"seats\":$3,\"opensAt\":\"$opens\",\"closesAt\":\"$closes\"}" "$token" \
    | sed -n 's/.*[{,]"id":\([0-9]*\).*/\1/p'
}
run=$(($(db "SELECT COUNT(*) FROM gov_election") / 2 + 1))
election=$(new_vote election "Bench election $run" "$SEATS")
[ -n "$election" ] || { echo "no election was made" >&2; exit 1; }
# the candidates are voters 00000 to 00006, whose tokens are the first lines of $WORK/tokens
for code in $(db "SELECT m.member_code FROM member m JOIN tenant t ON t.id = m.org_id WHERE t.slug = '$ORG'
    AND m.status = 'active' AND m.working_name < 'Voter $(printf %05d "$CANDIDATES")' ORDER BY m.working_name"); do
  api POST "/api/t/$ORG/governance/elections/$election/candidates" \
    "{\"memberCode\":\"$code\",\"statementKm\":\"សេចក្ដីថ្លែង\",\"statementEn\":\"A statement\"}" "$token" > /dev/null
done
# each candidate accepts with their own login
db "SELECT c.id FROM gov_choice c WHERE c.election_id = $election ORDER BY c.id" > "$WORK/choices"
paste <(head -n "$CANDIDATES" "$WORK/tokens") "$WORK/choices" \
  | awk -v org="$ORG" '{ printf "%s\t/api/t/%s/governance/my-nominations/%s/accept\t{}\n", $1, org, $2 }' \
  | post_many accept "$token" 1
open_t0=$SECONDS
api POST "/api/t/$ORG/governance/elections/$election/open" '{}' "$token" > "$WORK/opened.json"
open_s=$((SECONDS - open_t0))
eligible=$(sed -n 's/.*"eligible":\([0-9]*\).*/\1/p' "$WORK/opened.json")
[ "$eligible" -eq "$VOTERS" ] || { echo "the roll holds $eligible, not $VOTERS" >&2; exit 1; }
# the warm-up motion, its "yes" voted by the warm-up sessions
motion=$(new_vote motion "Bench warm-up $run" 1)
api POST "/api/t/$ORG/governance/elections/$motion/open" '{}' "$token" > /dev/null
yes=$(db "SELECT id FROM gov_choice WHERE election_id = $motion AND answer = 'yes'")
awk -v org="$ORG" -v m="$motion" -v yes="$yes" '{ printf "%s\t/api/t/%s/governance/my-ballots/%s\t{\"choices\":[%s]}\n", $1, org, m, yes }' \
  "$WORK/warm-tokens" > "$WORK/warm.tsv"

# ballots: up to five of the seven candidates, drawn per voter
awk -v org="$ORG" -v e="$election" -v seats="$SEATS" 'NR == FNR { c[++k] = $1; next }
  { srand(FNR); n = int(rand() * (seats + 1)); s = ""; delete used
    for (j = 0; j < n; j++) { x = int(rand() * k) + 1; if (!(x in used)) { used[x] = 1; s = s (s == "" ? "" : ",") c[x] } }
    printf "%s\t/api/t/%s/governance/my-ballots/%s\t{\"choices\":[%s]}\n", $1, org, e, s }' \
  "$WORK/choices" "$WORK/tokens" > "$WORK/ballots.tsv"

URL_REGISTER="$BASE/api/t/$ORG/members?limit=50"
wrk_lua "$WORK/register.lua" "$token"
echo "warming up (the register 10 s, $WARM ballots in a motion; not counted), then the register $SECONDS_EACH s and $VOTERS ballots at $CONNECTIONS connections"
wrk_run warm-register "$CONNECTIONS" 10 "$WORK/register.lua" "$URL_REGISTER"
[ -z "${BENCH_JFR:-}" ] || mkdir -p "$BENCH_JFR"
JCMD=$(dirname "$("$DIST/lib/find-java")")/jcmd
jfr() { [ -z "${BENCH_JFR:-}" ] || "$JCMD" "$PAYARA_PID" "JFR.$1" name=ballots "${@:2}" > /dev/null; }
load_before=$(load_avg)
wrk_run register "$CONNECTIONS" "$SECONDS_EACH" "$WORK/register.lua" "$URL_REGISTER"
# the ballots' warm-up runs in the same client first (POST_MANY_WARM); the profile and the
# database's samples take it in too (started after it, they missed the ballots on a busy machine)
: > "$WORK/ballots.db"
jfr start settings=profile || true
db_sample 900 "$WORK/ballots.db" &
sampler=$!
POST_MANY_WARM="$WORK/warm.tsv" post_many ballots "$token" "$CONNECTIONS" print < "$WORK/ballots.tsv" \
  > "$WORK/ballots.out" 2> "$WORK/ballots.err" || true
kill "$sampler" 2> /dev/null || true
wait "$sampler" 2> /dev/null || true
jfr stop filename="${BENCH_JFR:-}/ballots.jfr" || true
load_after=$(load_avg)
tail -n 2 "$WORK/ballots.err"
acknowledged=$(awk -F'\t' '$2 == 201' "$WORK/ballots.out" | wc -l)
figures=$(grep -E '^  ballots: [0-9]+ in' "$WORK/ballots.err")
ballot_rps=$(echo "$figures" | sed -n 's/.* s, \([0-9.]*\)\/s;.*/\1/p')
ballot_p50=$(echo "$figures" | sed -n 's/.*p50 \([0-9.]*\) ms.*/\1/p')
ballot_p90=$(echo "$figures" | sed -n 's/.*p90 \([0-9.]*\) ms.*/\1/p')
ballot_p99=$(echo "$figures" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')

counted=$(db "SELECT COALESCE(SUM(votes), 0) FROM gov_tally WHERE election_id = $election AND choice_id = 0")
marked=$(db "SELECT COUNT(*) FROM gov_voter WHERE election_id = $election AND voted")
post_many again "$token" "$PARALLEL" print < "$WORK/ballots.tsv" > "$WORK/again.out" 2> /dev/null || true
refused=$(awk -F'\t' '$2 == 409' "$WORK/again.out" | wc -l)
counted_after=$(db "SELECT COALESCE(SUM(votes), 0) FROM gov_tally WHERE election_id = $election AND choice_id = 0")

ratio=$(echo "scale=3; $ballot_rps / $(wrk_rps register)" | bc -l)
if [ -n "$reused" ]; then
  printf '\nseeded data reused from %s (%s)' "$BENCH_DATA" "$SEEDED"
else
  printf '\nseeding: %d members registered and approved in %d s' "$VOTERS" "$seed_s"
fi
printf '; %d logins in %d s; election %s (run %d) opened, which fixed the roll of %d, in %d s\n' \
  $((VOTERS + WARM)) "$login_s" "$election" "$run" "$eligible" "$open_s"
printf 'warm-up (not counted): %s\n' "$(grep -E '^  ballots warm-up: [0-9]+ in' "$WORK/ballots.err" | sed 's/^ *//')"
printf '\n%-56s %9s %9s %9s %9s %8s\n' "32 connections" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 2xx"
printf '%-56s %9s %9s %9s %9s %8s\n' "GET .../members?limit=50 (wrk, ${SECONDS_EACH}s)" "$(wrk_rps register)" \
  "$(wrk_ms register 50)" "$(wrk_ms register 90)" "$(wrk_ms register 99)" \
  "$(($(wrk_total register) - $(wrk_status register 200) + $(wrk_errors register)))"
printf '%-56s %9s %9s %9s %9s %8s\n' "POST .../governance/my-ballots/{id} ($VOTERS voters once)" "$ballot_rps" \
  "$ballot_p50" "$ballot_p90" "$ballot_p99" "$((VOTERS - acknowledged))"
printf '\nwhat the database was busy with during the ballots:\n'
db_top "$WORK/ballots.db"
if [ -n "${BENCH_JFR:-}" ]; then
  printf '\nwhere the ballots spent their CPU (JFR execution samples, %s):\n' "$BENCH_JFR/ballots.jfr"
  "$("$DIST/lib/find-java")" bench/JfrTop.java "$BENCH_JFR/ballots.jfr" ballot || true
  "$(dirname "$JCMD")/jfr" view --width 160 hot-methods "$BENCH_JFR/ballots.jfr" 2> /dev/null | sed -n '4,18p' || true
fi
printf '\nballots acknowledged (201) %d; counted in the tally %d; roll marks %d; a second ballot refused (409) %d of %d; counted after the second round %d\n' \
  "$acknowledged" "$counted" "$marked" "$refused" "$VOTERS" "$counted_after"
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
printf 'ballots / register throughput: %.2f   (goal >= 0.50)   %s\n' "$ratio" "$(verdict "$ratio >= 0.5")"
printf 'ballot p99: %s ms   (goal <= 200)   %s\n' "$ballot_p99" "$(verdict "$ballot_p99 <= 200")"
printf 'counted = acknowledged, nobody twice:   %s\n' "$(verdict "$counted == $acknowledged && $marked == $acknowledged && $refused == $acknowledged && $counted_after == $counted && $acknowledged == $VOTERS")"
