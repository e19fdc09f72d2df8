#!/usr/bin/env bash
# Register search benchmark (issue 14, item 8): an organisation admin searches a register of
# 10,000 members, half with Khmer and half with Latin working names, by a fragment from the middle
# of a name (POST /api/t/{org}/members/search {q}), with wrk at 8 connections, beside the register's
# first page (GET .../members?limit=50) in the same run. Three searches:
#   rare   - a Khmer fragment only one member's name holds: the query walks every row of the
#            organisation (the worst case: a substring cannot use an index)
#   common - a Latin fragment thousands of names hold: the walk stops after a page of 50
#   code   - a fragment of one member code
# Working names are the register's pseudonyms and are stored as they are (only the identity is
# sealed), so the search is LIKE '%fragment%' on the organisation's rows, no blind index.
#
#   mvn -B -q package -DskipTests && bench/register-search.sh
#
# BENCH_MEMBERS (10000), BENCH_SECONDS per measurement (15), BENCH_SEED_PARALLEL (8), BENCH_DB=external.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MEMBERS=${BENCH_MEMBERS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-15}
PARALLEL=${BENCH_SEED_PARALLEL:-8}
CONNECTIONS=8
ORG=bench-search
ORG_ADMIN_PASSWORD=quiet-harbour-lamp-8812

start_server
platform=$(login platform admin "$ADMIN_PASSWORD")
api POST /api/tenants "{\"slug\":\"$ORG\",\"type\":\"organisation\",\"parent\":\"platform\",
  \"names\":{\"km\":\"អង្គការសាកល្បង\",\"en\":\"Bench organisation\"}}" "$platform" > /dev/null
api POST "/api/t/$ORG/accounts" \
  "{\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\",\"roles\":[\"admin\"]}" "$platform" > /dev/null
token=$(login "$ORG" bench-admin "$ORG_ADMIN_PASSWORD")

KHMER=(ស្រី មុំ សុខា ចាន់ ដារា នារី ពៅ គីម សុភា រតនា)
echo "seeding $MEMBERS members through POST /api/t/$ORG/members, $PARALLEL at a time"
t0=$SECONDS
for ((i = 1; i <= MEMBERS; i++)); do
  if ((i == MEMBERS / 2)); then
    name="ស្រីល័ក្ខ ធីតា" # the one name that holds the rare fragment
  elif ((i % 2)); then
    name="${KHMER[i % 10]} ${KHMER[(i / 10) % 10]}"
  else
    name=$(printf 'Bench member %05d' "$i")
  fi
  printf '/api/t/%s/members\t{"workingName":"%s"}\n' "$ORG" "$name"
done | post_many members "$token" "$PARALLEL"
seed_s=$((SECONDS - t0))

count() { api POST "/api/t/$ORG/members/search" "{\"q\":\"$1\",\"limit\":200}" "$token" | { grep -o '"memberCode"' || true; } | wc -l; }
CODE_PART=$(api GET "/api/t/$ORG/members?limit=1&offset=4321" "" "$token" | sed -n 's/.*"memberCode":"[A-Z]*-\([0-9]*\)".*/\1/p')
[ "$(count 'ល័ក្ខ')" -eq 1 ] || { echo "the rare fragment did not find exactly one member" >&2; exit 1; }
[ "$(count "$CODE_PART")" -ge 1 ] || { echo "the code fragment $CODE_PART found nobody" >&2; exit 1; }
echo "rare 'ល័ក្ខ': $(count 'ល័ក្ខ') found; common 'member 0': $(count 'member 0') found (a page of 200 at most); code '$CODE_PART': $(count "$CODE_PART") found"

wrk_lua "$WORK/page.lua" "$token"
wrk_lua "$WORK/rare.lua" "$token" POST '{"q":"ល័ក្ខ","limit":50}'
wrk_lua "$WORK/common.lua" "$token" POST '{"q":"member 0","limit":50}'
wrk_lua "$WORK/code.lua" "$token" POST "{\"q\":\"$CODE_PART\",\"limit\":50}"
echo "warming up (5 s each), then $SECONDS_EACH s each at $CONNECTIONS connections"
for run in page rare common code; do
  url="$BASE/api/t/$ORG/members/search"
  [ "$run" = page ] && url="$BASE/api/t/$ORG/members?limit=50"
  wrk_run "warm-$run" "$CONNECTIONS" 5 "$WORK/$run.lua" "$url"
done
load_before=$(load_avg)
for run in page rare common code; do
  url="$BASE/api/t/$ORG/members/search"
  [ "$run" = page ] && url="$BASE/api/t/$ORG/members?limit=50"
  wrk_run "$run" "$CONNECTIONS" "$SECONDS_EACH" "$WORK/$run.lua" "$url"
done
load_after=$(load_avg)

printf '\nseeding: %d members in %d s\n' "$MEMBERS" "$seed_s"
printf '\n%-52s %9s %9s %9s %9s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200"
for run in page rare common code; do
  bad=$(($(wrk_total "$run") - $(wrk_status "$run" 200) + $(wrk_errors "$run")))
  case $run in
    page) what="GET .../members?limit=50 (first page)" ;;
    rare) what="search 'ល័ក្ខ' (1 match: every row walked)" ;;
    common) what="search 'member 0' (thousands: first 50)" ;;
    code) what="search '$CODE_PART' (part of a code)" ;;
  esac
  printf '%-52s %9s %9s %9s %9s %8s\n' "$what" "$(wrk_rps "$run")" "$(wrk_ms "$run" 50)" "$(wrk_ms "$run" 90)" \
    "$(wrk_ms "$run" 99)" "$bad"
done
printf '\nload average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
