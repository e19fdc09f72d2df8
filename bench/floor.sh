#!/usr/bin/env bash
# The stack's floor beside the real pages (issue 19 item 2): a bench-only WAR (bench/floor, never in
# the distribution, deployed beside the core with SAHAKUM_BENCH_WARS) answers the register's first
# page through plain JDBC with the same JSON and X-Total-Count, without authentication, permission
# check or audit; in the same run, on the same server, wrk measures it and then the real pages:
#   - the register: GET /api/t/wnu/members?limit=50
#   - legal-aid cases: GET /api/t/wnu/legal-aid/cases?limit=50
#   - dues arrears: GET /api/t/wnu/union-dues/arrears?limit=50
#   - health referrals: GET /api/t/wnu/health-referral/referrals?limit=50
#   - the health follow-up queue: GET /api/t/wnu/health-referral/follow-ups?days=2&limit=50
#   - education children: GET /api/t/wnu/education/children?limit=50
# and the floor again at the end (the ratios use the mean of its two runs). The data is the demo at
# scale (SAHAKUM_DEMO=1, BENCH_MEMBERS members with the modules' demo data), read by WNU's admin.
# Goals: register >= 0.6 of the floor's req/s, each module list >= 0.5.
#
#   mvn -B -q package -DskipTests && bench/floor.sh
#
# BENCH_DATA=DIR keeps the demo's data (seeded once, over several starts if one is not enough) for
# the next run, e.g. of another build's distribution (BENCH_DIST) for a before/after comparison.
# BENCH_MEMBERS (10000), BENCH_SECONDS per measurement (20), BENCH_JFR=DIR records a JFR profile of
# each measurement (DIR/NAME.jfr) and prints its hottest methods, BENCH_DIST (another build's
# distribution), BENCH_PORT, BENCH_KEEP=1, BENCH_DB=external (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MEMBERS=${BENCH_MEMBERS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-20}
CONNECTIONS=32
READY_TIMEOUT=${READY_TIMEOUT:-3600} # the modules' demo data is written before the server is ready
ORG=wnu
FLOOR_WAR=$PWD/bench/floor/target/bench-floor.war
[ -f "$FLOOR_WAR" ] || JAVA_HOME="$("$DIST/lib/find-java" --home)" mvn -B -q -f bench/floor/pom.xml package -DskipTests
[ -f "$FLOOR_WAR" ] || { echo "the floor WAR was not built: $FLOOR_WAR" >&2; exit 1; }

DEMO=(SAHAKUM_DEMO=1 SAHAKUM_DEMO_MEMBERS="$MEMBERS" SAHAKUM_BENCH_WARS="$FLOOR_WAR")
if [ -n "${BENCH_DATA:-}" ]; then
  # the demo resumes where a start stopped: on a busy machine it may need more than the launcher's
  # time for one start, so it is seeded first over as many starts as it takes (at most 8)
  for try in 1 2 3 4 5 6 7 8; do
    if START_MAY_FAIL=1 start_server "${DEMO[@]}"; then break; fi
    stop_server
    echo "demo seeding: start $try ended before ready; starting again on the same data" >&2
  done
  [ -n "$SERVER_PID" ] || { echo "the demo was not seeded in 8 starts" >&2; exit 1; }
else
  start_server "${DEMO[@]}"
fi
token=$(login "$ORG" admin "$ADMIN_PASSWORD")

WHATS=(floor register cases arrears referrals followups children floor2)
url() {
  case $1 in
    floor | floor2) echo "$BASE/bench-floor/register/$ORG?limit=50" ;;
    register) echo "$BASE/api/t/$ORG/members?limit=50" ;;
    cases) echo "$BASE/api/t/$ORG/legal-aid/cases?limit=50" ;;
    arrears) echo "$BASE/api/t/$ORG/union-dues/arrears?limit=50" ;;
    referrals) echo "$BASE/api/t/$ORG/health-referral/referrals?limit=50" ;;
    followups) echo "$BASE/api/t/$ORG/health-referral/follow-ups?days=2&limit=50" ;;
    children) echo "$BASE/api/t/$ORG/education/children?limit=50" ;;
  esac
}
# each page answers 200 with its rows (a JSON array of objects), and the floor answers what the register does
declare -A ROWS
for what in "${WHATS[@]}"; do
  out=$(curl -sf -D "$WORK/$what.headers" -H "Authorization: Bearer $token" "$(url "$what")") ||
    { echo "$what: $(url "$what") did not answer 200" >&2; exit 1; }
  printf '%s' "$out" > "$WORK/$what.json"
  ROWS[$what]=$(printf '%s' "$out" | { grep -o '},{' || true; } | wc -l)
  [ "$out" = "[]" ] || ROWS[$what]=$((ROWS[$what] + 1))
done
cmp -s "$WORK/floor.json" "$WORK/register.json" ||
  { echo "the floor's page differs from the register's:" >&2; diff <(tr '{' '\n' < "$WORK/floor.json") \
    <(tr '{' '\n' < "$WORK/register.json") | head -10 >&2; exit 1; }
total() { tr -d '\r' < "$WORK/$1.headers" | awk -F': ' 'tolower($1) == "x-total-count" {print $2}'; }
[ "$(total floor)" = "$(total register)" ] || { echo "X-Total-Count: floor $(total floor), register $(total register)" >&2; exit 1; }

wrk_lua "$WORK/floor.lua"
wrk_lua "$WORK/auth.lua" "$token"
lua() { case $1 in floor | floor2) echo "$WORK/floor.lua" ;; *) echo "$WORK/auth.lua" ;; esac; }
echo "warming up (10 s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
for what in "${WHATS[@]}"; do
  [ "$what" = floor2 ] || wrk_run "warm-$what" "$CONNECTIONS" 10 "$(lua "$what")" "$(url "$what")"
done
[ -z "${BENCH_JFR:-}" ] || mkdir -p "$BENCH_JFR"
JCMD=$(dirname "$("$DIST/lib/find-java")")/jcmd
# CPU time (user + system, in clock ticks) of the server's JVM and of the database's processes: on a
# shared machine req/s follows the load of others, CPU time per request much less so
cpu_ticks() { local p t=0; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2> /dev/null || echo 0))); done; echo "$t"; }
DB_PIDS=$(pgrep -f -- "mariadbd.*$DATA_DIR" || true)
declare -A LOAD APP_TICKS DB_TICKS
for what in "${WHATS[@]}"; do
  LOAD[$what]=$(load_avg)
  [ -z "${BENCH_JFR:-}" ] || "$JCMD" "$PAYARA_PID" JFR.start name="$what" settings=profile > /dev/null
  app0=$(cpu_ticks "$PAYARA_PID") db0=$(cpu_ticks $DB_PIDS)
  wrk_run "$what" "$CONNECTIONS" "$SECONDS_EACH" "$(lua "$what")" "$(url "$what")"
  APP_TICKS[$what]=$(($(cpu_ticks "$PAYARA_PID") - app0)) DB_TICKS[$what]=$(($(cpu_ticks $DB_PIDS) - db0))
  [ -z "${BENCH_JFR:-}" ] || "$JCMD" "$PAYARA_PID" JFR.stop name="$what" filename="$BENCH_JFR/$what.jfr" > /dev/null
done

bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
floor_rps=$(echo "scale=3; ($(wrk_rps floor) + $(wrk_rps floor2)) / 2" | bc -l)
printf '\ndemo data of %s members; the floor: %s\n' "$MEMBERS" "$(url floor)"
printf '\n%-10s %-58s %5s %8s %7s %7s %7s %6s %6s  %s\n' what "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s" rows "req/s" \
  "p50 ms" "p90 ms" "p99 ms" "not200" ratio "load average (1/5/15 min) before"
FAILED=0
for what in "${WHATS[@]}"; do
  ratio=$(echo "scale=3; $(wrk_rps "$what") / $floor_rps" | bc -l)
  case $what in floor | floor2) goal=0 ;; register) goal=0.6 ;; *) goal=0.5 ;; esac
  verdict=$(verdict "$ratio >= $goal && $(bad "$what") == 0")
  [ "$verdict" = PASS ] || FAILED=$((FAILED + 1))
  printf '%-10s %-58s %5s %8s %7s %7s %7s %6s %6.2f  %s%s\n' "$what" "$(url "$what" | sed "s|$BASE||")" "${ROWS[$what]}" \
    "$(wrk_rps "$what")" "$(wrk_ms "$what" 50)" "$(wrk_ms "$what" 90)" "$(wrk_ms "$what" 99)" "$(bad "$what")" \
    "$ratio" "${LOAD[$what]}" "$([ "$goal" = 0 ] || echo "   goal >= $goal $verdict")"
done
printf 'ratio = req/s / the floor'"'"'s mean req/s (%.1f); load average at the end %s; %s cores\n' "$floor_rps" \
  "$(load_avg)" "$(nproc)"
# the same comparison in CPU time per request (the JVM's and the database's), steadier on a busy machine
TICK=$(getconf CLK_TCK)
cpu_ms() { echo "scale=3; $2 * 1000 / $TICK / $(wrk_total "$1")" | bc -l; }
floor_cpu=$(echo "scale=3; ($(cpu_ms floor $((APP_TICKS[floor] + DB_TICKS[floor]))) + \
  $(cpu_ms floor2 $((APP_TICKS[floor2] + DB_TICKS[floor2])))) / 2" | bc -l)
printf '\n%-10s %12s %12s %12s %10s\n' what "app CPU ms/req" "db CPU ms/req" "CPU ms/req" "cpu ratio"
for what in "${WHATS[@]}"; do
  total_cpu=$(cpu_ms "$what" $((APP_TICKS[$what] + DB_TICKS[$what])))
  printf '%-10s %14.2f %13.2f %12.2f %10.2f\n' "$what" "$(cpu_ms "$what" "${APP_TICKS[$what]}")" \
    "$(cpu_ms "$what" "${DB_TICKS[$what]}")" "$total_cpu" "$(echo "scale=3; $floor_cpu / $total_cpu" | bc -l)"
done
printf 'cpu ratio = the floor'"'"'s mean CPU time per request / the page'"'"'s (what req/s would be on an idle machine)\n'
if [ -n "${BENCH_JFR:-}" ]; then
  JFR=$(dirname "$JCMD")/jfr
  for what in "${WHATS[@]}"; do
    printf '\nhottest methods during %s (JFR execution samples, %s):\n' "$what" "$BENCH_JFR/$what.jfr"
    "$JFR" view --width 160 hot-methods "$BENCH_JFR/$what.jfr" 2> /dev/null | sed -n '4,18p' || true
  done
fi
echo "$FAILED of the pages missed their goal"
