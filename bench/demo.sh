#!/usr/bin/env bash
# Demo data at scale: the distribution starts with SAHAKUM_DEMO=1 and SAHAKUM_DEMO_MEMBERS, so the
# server applies tenants/ (WNU, 14 chapters, blueprints) and adds the members through the same
# service as POST /api/t/{org}/members, before it reports ready. Measures the seeding time (from
# the server's log), checks the register, the chapters and the audit chain, and that
# bin/sahakum apply-tenants --dry-run finds nothing left to change. Then every module's demo data at
# the same scale, the modules side by side (legal-aid: 2 cases per member and a violation per 5
# members; union-dues: most members enrolled with 12-18 months of payments; education, health
# referral, organising, governance): counts from the database and seconds from the server's log,
# and the union-dues ledger checked (running totals equal to the ledger, receipt numbers without
# gaps). Goal (issue 19 item 5): the members and all their module data in at most 120 s.
#
#   mvn -B -q package -DskipTests && bench/demo.sh
#
# BENCH_MEMBERS (10000), BENCH_PORT (a free one), BENCH_KEEP=1 keeps the temporary folder,
# BENCH_DB=external skips the embedded database (see bench/lib.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
MEMBERS=${BENCH_MEMBERS:-10000}
READY_TIMEOUT=${READY_TIMEOUT:-3600} # the modules' demo data is written before the server is ready

start_server SAHAKUM_DEMO=1 SAHAKUM_DEMO_MEMBERS="$MEMBERS"
millis() { grep -m1 "$1" "$WORK/server.log" | sed -n 's/.*timeMillis: \([0-9]*\).*/\1/p'; }
t_tenants=$(millis 'Demo tenants from')
t_members=$(millis 'Demo members:')
[ -n "$t_tenants" ] && [ -n "$t_members" ] || { echo "the server log does not show the demo seeding" >&2; exit 1; }
seed_s=$(echo "scale=1; ($t_members - $t_tenants) / 1000" | bc -l)
module_ms() { grep -m1 "Demo data of module $1:.* in [0-9]* ms" "$WORK/server.log" | sed -n 's/.* in \([0-9]*\) ms.*/\1/p'; }
modules_s=$(echo "scale=1; $(grep -m1 'Demo module data:' "$WORK/server.log" | sed -n 's/.* in \([0-9]*\) ms.*/\1/p') / 1000" | bc -l)
cases=$(db "SELECT COUNT(*) FROM legal_case")
detained=$(db "SELECT COUNT(*) FROM legal_detention WHERE released_at IS NULL")
violations=$(db "SELECT COUNT(*) FROM legal_violation_event")
enrolled=$(db "SELECT COUNT(*) FROM dues_enrolment")
payments=$(db "SELECT COUNT(*) FROM dues_entry WHERE kind = 'PAYMENT'")
reversals=$(db "SELECT COUNT(*) FROM dues_entry WHERE kind = 'REVERSAL'")
# the ledger's invariants: every enrolment's running total is the sum of its entries; receipts 1..n
off_totals=$(db "SELECT COUNT(*) FROM dues_enrolment e WHERE e.paid_minor <> (SELECT COALESCE(SUM(x.amount_minor), 0)
  FROM dues_entry x WHERE x.enrolment_id = e.id)")
receipt_gaps=$(db "SELECT COUNT(*) - COUNT(DISTINCT receipt_number) + MAX(receipt_number) - COUNT(*) FROM dues_entry
  WHERE receipt_number IS NOT NULL")

wnu=$(login wnu admin "$ADMIN_PASSWORD")
chapters=$(api GET /api/tenants/wnu "" "$wnu" | sed -n 's/.*"children":\[\([^]]*\)\].*/\1/p' | { grep -o '"wnu-[a-z-]*"' || true; } | wc -l)
in_db=$(db "SELECT COUNT(*) FROM member")
verify=$(api GET /api/t/wnu/audit/verify "" "$wnu")
page=$(api GET "/api/t/wnu/members?limit=1" "" "$wnu")
dry=$(SAHAKUM_HTTP_PORT="$PORT" SAHAKUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$DIST/bin/sahakum" apply-tenants --dry-run \
  "$DIST/tenants/wnu.yaml" | head -1)

printf '\nseeding: %d members in %s s at start; %s rows in the member table; %s chapters\n' \
  "$MEMBERS" "$seed_s" "$in_db" "$chapters"
printf 'module data: %s s, the modules side by side (each one: %s)\n' "$modules_s" \
  "$(for m in education governance health-referral legal-aid organising union-dues; do printf '%s %s ms ' "$m" "$(module_ms "$m")"; done)"
printf '  legal-aid: %s cases (%s held now), %s violations; union-dues: %s enrolled, %s payments, %s reversals\n' \
  "$cases" "$detained" "$violations" "$enrolled" "$payments" "$reversals"
printf 'a member as listed: %s\n' "$(printf '%s' "$page" | grep -o '"workingName":"[^"]*"')"
printf 'audit chain of wnu: %s\n' "$verify"
printf 'apply-tenants --dry-run tenants/wnu.yaml: %s\n' "$dry"
printf 'load average (1/5/15 min) after: %s; %s cores\n\n' "$(load_avg)" "$(nproc)"
printf 'WNU has 14 chapters and %d members   %s\n' "$MEMBERS" \
  "$(verdict "$chapters == 14 && $in_db == $MEMBERS")"
printf 'the audit chain is intact   %s\n' "$(verdict "$(printf '%s' "$verify" | grep -c '"intact":true')")"
printf 'a second apply changes nothing   %s\n' "$(verdict "$(printf '%s' "$dry" | grep -c ' 0 change(s)')")"
total_s=$(echo "$seed_s + $modules_s" | bc -l)
printf 'seeding %d members and their module data: %s s + %s s = %s s   (goal <= 120 s)   %s\n' "$MEMBERS" \
  "$seed_s" "$modules_s" "$total_s" "$(verdict "$total_s <= 120")"
printf '%d cases for %d members (2 per member)   %s\n' "$cases" "$MEMBERS" "$(verdict "$cases == 2 * $MEMBERS")"
printf 'dues: running totals equal the ledger (%s off), receipts without gaps (%s)   %s\n' "$off_totals" \
  "$receipt_gaps" "$(verdict "$off_totals == 0 && $receipt_gaps == 0 && $payments > 0")"
