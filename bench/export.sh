#!/usr/bin/env bash
# Exports in constant memory (issue 19 item 6): the register of an organisation with 100,000
# members downloaded as CSV (GET /api/t/wnu/members/export, bearer token) from a server on the
# default 384 MB heap, twice, while a second download runs beside the first. Prints the time to
# the first byte, the rows per second, the bytes, the server's peak resident memory, and whether
# the server log shows an OutOfMemoryError. Goals: no OutOfMemoryError, at least 5,000 rows/s,
# first byte within 1 s. The members come from the demo seeding (SAHAKUM_DEMO=1 with
# SAHAKUM_DEMO_MEMBERS) with the blueprint's modules left off, so no module data is seeded.
#
#   mvn -B -q package -DskipTests && bench/export.sh
#
# BENCH_MEMBERS (100000), BENCH_PORT (a free one), BENCH_KEEP=1 keeps the temporary folder,
# BENCH_DB=external skips the embedded database (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MEMBERS=${BENCH_MEMBERS:-100000}
READY_TIMEOUT=${READY_TIMEOUT:-3600}

# the demo's definitions, with WNU's blueprint switching no module on
cp -r tenants "$WORK/tenants"
sed -i 's/^  modules: \[.*\]$/  modules: []/' "$WORK/tenants/blueprints/sex-worker-organisation.yaml"
load_before=$(load_avg)
start_server SAHAKUM_DEMO=1 SAHAKUM_DEMO_MEMBERS="$MEMBERS" SAHAKUM_TENANTS_DIR="$WORK/tenants"
token=$(login wnu admin "$ADMIN_PASSWORD")
in_db=$(db "SELECT COUNT(*) FROM member")

# export URL FILE: "first-byte-seconds total-seconds bytes http-code"
export_once() {
  curl -s -o "$2" -H "Authorization: Bearer $token" -w '%{time_starttransfer} %{time_total} %{size_download} %{http_code}\n' \
    "$BASE/api/t/wnu/members/export"
}
export_once warm "$WORK/warm.csv" > /dev/null
read -r first total bytes code < <(export_once a "$WORK/a.csv")
( export_once b "$WORK/b.csv" > "$WORK/b.out" ) &
beside=$!
read -r first2 total2 bytes2 code2 < <(export_once c "$WORK/c.csv")
wait "$beside"
read -r first3 total3 bytes3 code3 < "$WORK/b.out"
load_after=$(load_avg)
rows=$(($(wc -l < "$WORK/a.csv") - 1))
rows_per_s=$(echo "scale=0; $rows / $total" | bc -l)
rows_per_s2=$(echo "scale=0; ($(wc -l < "$WORK/c.csv") - 1) / $total2" | bc -l)
peak=$(peak_rss_mb "$PAYARA_PID")
oom=$(grep -c 'OutOfMemoryError' "$WORK/server.log" || true)

printf '\nregister: %s members in the database; heap: the default (SAHAKUM_HEAP unset, 384 MB)\n' "$in_db"
printf '%-44s %10s %10s %12s %10s %6s\n' "GET /api/t/wnu/members/export" "first byte" "total s" "bytes" "rows/s" "status"
printf '%-44s %10s %10s %12s %10s %6s\n' "alone" "$first" "$total" "$bytes" "$rows_per_s" "$code"
printf '%-44s %10s %10s %12s %10s %6s\n' "two at once (one of them)" "$first2" "$total2" "$bytes2" "$rows_per_s2" "$code2"
printf '%-44s %10s %10s %12s %10s %6s\n' "two at once (the other)" "$first3" "$total3" "$bytes3" "" "$code3"
printf 'rows in the file: %s; server peak resident memory: %s MB; OutOfMemoryError in the log: %s\n' "$rows" "$peak" "$oom"
printf 'load average (1/5/15 min) before the start %s, after %s; %s cores\n\n' "$load_before" "$load_after" "$(nproc)"
printf 'every member exported: %s\n' "$(verdict "$rows == $in_db && $code == 200")"
printf 'no OutOfMemoryError: %s\n' "$(verdict "$oom == 0")"
printf 'rows per second: %s   (goal >= 5000)   %s\n' "$rows_per_s" "$(verdict "$rows_per_s >= 5000")"
printf 'first byte: %s s   (goal <= 1 s)   %s\n' "$first" "$(verdict "$first <= 1")"
