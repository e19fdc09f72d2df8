#!/usr/bin/env bash
# Many-tenants benchmark: the p99 of an organisation admin's login (POST /api/auth/login) and of
# the look-up of that organisation (GET /api/tenants/{slug}, as that admin) on a server with 10
# organisations of 10 chapters each (111 tenants) and on a second server with 1,000 organisations
# (11,001 tenants). Both servers run side by side and are measured in turns (small, big, then big,
# small, ...), so a change of the machine's load falls on both sizes alike. Goal: each p99 at
# 11,001 tenants within 1.2x of its value at 111 (medians of 3 runs, each run printed). Login is
# argon2id on purpose, so it is measured at 4 connections; the look-up at 8.
# Each organisation gets an admin account, who creates its chapters; all through the API.
#
#   mvn -B -q package -DskipTests && bench/tenants.sh
#
# BENCH_ORGS (1000), BENCH_ORGS_SMALL (10), BENCH_SECONDS per look-up run (20), BENCH_LOGIN_SECONDS
# per login run (30), BENCH_WARMUP (20 s of each before the measurements), BENCH_REPEAT (3),
# BENCH_SEED_PARALLEL (8), BENCH_HASH_PARALLEL (2), BENCH_PORT unused (two servers take free
# ports), BENCH_KEEP=1 keeps the temporary folder. Each server has its own embedded database.
set -euo pipefail
[ -z "${BENCH_DB:-}" ] || { echo "bench/tenants.sh runs two servers, each on its own embedded database: BENCH_DB is not used here" >&2; exit 2; }
unset BENCH_PORT # two servers: each takes a free port
source "$(dirname "$0")/lib.sh"
ORGS=${BENCH_ORGS:-1000}
SMALL=${BENCH_ORGS_SMALL:-10}
CHAPTERS=10
SECONDS_EACH=${BENCH_SECONDS:-20}
LOGIN_SECONDS=${BENCH_LOGIN_SECONDS:-30} # login is slow: a longer run for enough samples
WARMUP=${BENCH_WARMUP:-20} # seconds of each, not counted, before each measurement
REPEAT=${BENCH_REPEAT:-3}  # runs of each; the median counts (one p99 is easily a hiccup of a shared machine)
PARALLEL=${BENCH_SEED_PARALLEL:-8}
# creating accounts and logging in hash passwords (argon2id, 19 MiB each): more at once than the
# server has cores only fills its heap (with 8 at once the default 384m heap spent half its time in
# full collections), so those two steps go 2 at a time
HASH_PARALLEL=${BENCH_HASH_PARALLEL:-2}
LOGIN_CONNECTIONS=4
LOOKUP_CONNECTIONS=8
ORG_ADMIN_PASSWORD=bench-tenants-admin-password
MEASURED=bench-org-0001 # the organisation whose admin logs in and looks it up, both times


# seed FROM TO: organisations FROM..TO (created by the platform admin), their admin accounts,
# and their chapters (created by each organisation's admin: the platform stays above the wall)
seed() {
  local i c o t0=$SECONDS tokens
  for ((i = $1; i <= $2; i++)); do
    printf -v o 'bench-org-%04d' "$i"
    printf '/api/tenants\t{"slug":"%s","type":"organisation","parent":"platform",%s}\n' \
      "$o" "\"names\":{\"km\":\"អង្គការ $i\",\"en\":\"Bench organisation $i\"}"
  done | post_many organisations "$platform" "$PARALLEL"
  for ((i = $1; i <= $2; i++)); do
    printf '/api/t/bench-org-%04d/accounts\t{"username":"bench-admin","password":"%s","roles":["admin"]}\n' \
      "$i" "$ORG_ADMIN_PASSWORD"
  done | post_many accounts "$platform" "$HASH_PARALLEL"
  for ((i = $1; i <= $2; i++)); do
    printf '/api/auth/login\t{"tenant":"bench-org-%04d","username":"bench-admin","password":"%s"}\n' \
      "$i" "$ORG_ADMIN_PASSWORD"
  done | post_many logins - "$HASH_PARALLEL" print > "$WORK/logins.tsv"
  mapfile -t tokens < <(sort -n "$WORK/logins.tsv" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ "${#tokens[@]}" -eq $(($2 - $1 + 1)) ] || { echo "got ${#tokens[@]} admin tokens" >&2; exit 1; }
  for ((i = $1; i <= $2; i++)); do
    printf -v o 'bench-org-%04d' "$i"
    for ((c = 1; c <= CHAPTERS; c++)); do
      printf '%s\t/api/tenants\t{"slug":"%s-ch-%02d","type":"chapter","parent":"%s",%s}\n' "${tokens[i - $1]}" \
        "$o" "$c" "$o" "\"names\":{\"km\":\"សាខា $c\",\"en\":\"Bench chapter $c\"}"
    done
  done | post_many chapters - "$PARALLEL"
  seeded_s=$((SECONDS - t0))
}

# warm SIZE: the measured admin's token and the wrk scripts for that server, then the warm-up runs
warm() {
  local token
  use "$1"
  token=$(login "$MEASURED" bench-admin "$ORG_ADMIN_PASSWORD")
  wrk_lua "$WORK/login.lua" "" POST \
    "{\"tenant\":\"$MEASURED\",\"username\":\"bench-admin\",\"password\":\"$ORG_ADMIN_PASSWORD\"}"
  wrk_lua "$WORK/lookup-$1.lua" "$token"
  wrk_run "warm-login-$1" "$LOGIN_CONNECTIONS" "$WARMUP" "$WORK/login.lua" "$BASE/api/auth/login"
  wrk_run "warm-lookup-$1" "$LOOKUP_CONNECTIONS" "$WARMUP" "$WORK/lookup-$1.lua" "$BASE/api/tenants/$MEASURED"
}

# measure SIZE K: run K of a login run and a look-up run on that server
measure() {
  local sampler
  use "$1"
  printf -v "load_$1_$2" %s "$(load_avg)"
  wrk_run "login-$1-$2" "$LOGIN_CONNECTIONS" "$LOGIN_SECONDS" "$WORK/login.lua" "$BASE/api/auth/login"
  db_sample "$SECONDS_EACH" "$WORK/lookup-$1.db" &
  sampler=$!
  wrk_run "lookup-$1-$2" "$LOOKUP_CONNECTIONS" "$SECONDS_EACH" "$WORK/lookup-$1.lua" "$BASE/api/tenants/$MEASURED"
  wait "$sampler" || true
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
# fig NAME FIGURE: the median over the runs NAME-1..REPEAT of wrk_rps (FIGURE rps) or wrk_ms FIGURE
fig() {
  local k values=()
  for ((k = 1; k <= REPEAT; k++)); do
    if [ "$2" = rps ]; then values+=("$(wrk_rps "$1-$k")"); else values+=("$(wrk_ms "$1-$k" "$2")"); fi
  done
  median "${values[@]}"
}
p99s() { local k; for ((k = 1; k <= REPEAT; k++)); do printf '%s ' "$(wrk_ms "$1-$k" 99)"; done; }
bad() {
  local k n=0
  for ((k = 1; k <= REPEAT; k++)); do
    n=$((n + $(wrk_total "$1-$k") - $(wrk_status "$1-$k" 200) + $(wrk_errors "$1-$k")))
  done
  echo "$n"
}
row() { # label name
  printf '%-40s %8s %8s %8s %8s %8s   %s\n' "$1" "$(fig "$2" rps)" "$(fig "$2" 50)" "$(fig "$2" 90)" \
    "$(fig "$2" 99)" "$(bad "$2")" "$(p99s "$2")"
}

# use SIZE: point the API calls, wrk and the database helpers at that size's server
use() {
  if [ "$1" = small ]; then BASE=$SMALL_BASE DATA_DIR=$WORK/data-small; else BASE=$BIG_BASE DATA_DIR=$WORK/data-big; fi
}
stop_small() { local big=$SERVER_PID; SERVER_PID=$SMALL_PID; stop_server; SERVER_PID=$big; }
trap 'status=$?; [ -z "${SMALL_PID:-}" ] || stop_small; (exit $status); cleanup' EXIT

DATA_DIR=$WORK/data-small SERVER_LOG=$WORK/server-small.log
start_server
SMALL_PID=$SERVER_PID SMALL_BASE=$BASE
DATA_DIR=$WORK/data-big SERVER_LOG=$WORK/server.log
start_server
BIG_BASE=$BASE

use small
platform=$(login platform admin "$ADMIN_PASSWORD")
echo "seeding the small server: $SMALL organisations with $CHAPTERS chapters and an admin each"
seed 1 "$SMALL"
seed_small_s=$seeded_s
tenants_small=$(db "SELECT COUNT(*) FROM tenant")

use big
platform=$(login platform admin "$ADMIN_PASSWORD")
echo "seeding the big server: $ORGS organisations with $CHAPTERS chapters and an admin each"
seed 1 "$ORGS"
seed_big_s=$seeded_s
tenants_big=$(db "SELECT COUNT(*) FROM tenant")
accounts_big=$(db "SELECT COUNT(*) FROM account")

echo "warming both servers ($WARMUP s of each), then $REPEAT rounds, the two sizes in turns"
warm small
warm big
for ((k = 1; k <= REPEAT; k++)); do
  if ((k % 2 == 1)); then measure small "$k"; measure big "$k"; else measure big "$k"; measure small "$k"; fi
done

printf '\nseeding: %s tenants in %d s on the small server; %s tenants (%s accounts) in %d s on the big one\n' \
  "$tenants_small" "$seed_small_s" "$tenants_big" "$accounts_big" "$seed_big_s"
printf '\nmedians of %d runs (wrk -t2; login %d s, look-up %d s a run)\n' "$REPEAT" "$LOGIN_SECONDS" "$SECONDS_EACH"
printf '%-40s %8s %8s %8s %8s %8s   %s\n' "" "req/s" "p50 ms" "p90 ms" "p99 ms" "not 200" "p99 of each run"
row "login (-c$LOGIN_CONNECTIONS), $tenants_small tenants" login-small
row "login (-c$LOGIN_CONNECTIONS), $tenants_big tenants" login-big
row "GET /api/tenants/$MEASURED (-c$LOOKUP_CONNECTIONS), $tenants_small" lookup-small
row "GET /api/tenants/$MEASURED (-c$LOOKUP_CONNECTIONS), $tenants_big" lookup-big
for size in small big; do
  printf '\nwhat the database was busy with during the look-ups at %s tenants:\n' \
    "$([ $size = small ] && echo "$tenants_small" || echo "$tenants_big")"
  db_top "$WORK/lookup-$size.db"
done
printf 'load average (1/5/15 min) before each run, %s cores:\n' "$(nproc)"
for ((k = 1; k <= REPEAT; k++)); do
  v_small=load_small_$k v_big=load_big_$k
  printf '  run %d: %s tenants %s; %s tenants %s\n' "$k" "$tenants_small" "${!v_small}" "$tenants_big" "${!v_big}"
done
echo
for what in login lookup; do
  small=$(fig "$what-small" 99)
  big=$(fig "$what-big" 99)
  ratio=$(echo "scale=3; $big / $small" | bc -l)
  failures=$(($(bad "$what-small") + $(bad "$what-big")))
  [ "$failures" -eq 0 ] || echo "NOTE: $failures $what answers were not 200: the line below does not count"
  printf '%-6s p99 (median of %d) %s ms at %s tenants vs %s ms at %s: %.2fx   (goal <= 1.20x)   %s\n' "$what" \
    "$REPEAT" "$big" "$tenants_big" "$small" "$tenants_small" "$ratio" "$(verdict "$ratio <= 1.2 && $failures == 0")"
done
