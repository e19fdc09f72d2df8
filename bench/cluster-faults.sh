#!/usr/bin/env bash
# Fault tests of a cluster on loopback (deploy/cluster/cluster.sh: 3 Galera nodes, HAProxy, 2 app
# nodes), each under a mixed load (bench/ClusterLoad.java: register pages, dues payments and
# legal-aid cases with Idempotency-Keys, one logged-in admin):
#   1. kill -9 of app node 1           2. kill -9 of the database node taking the writes (db1)
#   3. db1 restarted: it rejoins and catches up
#   4. app node 2 stopped (SIGSTOP) for 30 s, then continued
#   5. a node started with another master key refuses to start
# For each: failed requests in the 60 s after the fault (%), time to recover (s: the last failed
# request after the fault), and at the end, against the database: acknowledged writes lost (must be
# 0), payments kept twice, receipt number gaps and repeats (0), every audit chain verified, and the
# three nodes holding the same rows. Then the register page's throughput (wrk, 10 s) with 2 app
# nodes and with 1 behind HAProxy. Bounded: each wait has a limit, the whole run about 15 minutes.
#
#   mvn -B -q package -DskipTests && bench/cluster-faults.sh
#
# Settings: FAULTS_DIR (the cluster's state, default a fresh /tmp/sahakum-faults.PID, removed at the
# end unless FAULTS_KEEP=1), FAULT_WINDOW (60 s), LOAD_THREADS (6), DEMO_MEMBERS (100), APP_WAIT
# (seconds a node may take to start: 900, for a busy machine).
set -euo pipefail
cd "$(dirname "$0")/.."
export SAHAKUM_CLUSTER_DIR=${FAULTS_DIR:-/tmp/sahakum-faults.$$}
WINDOW=${FAULT_WINDOW:-60}
THREADS=${LOAD_THREADS:-6}
APP_PORT=${APP_PORT:-8090}
export APP_PORT SAHAKUM_DEMO=1 SAHAKUM_DEMO_MEMBERS=${DEMO_MEMBERS:-100} APP_WAIT=${APP_WAIT:-900}
export SAHAKUM_READY_TIMEOUT_SECONDS=${SAHAKUM_READY_TIMEOUT_SECONDS:-$APP_WAIT}
export SAHAKUM_ADMIN_PASSWORD=cluster-faults-admin-password
DIST=${SAHAKUM_DIST:-deploy/target/sahakum}
CLUSTER=deploy/cluster/cluster.sh
OUT=$SAHAKUM_CLUSTER_DIR/faults
BASE=http://127.0.0.1:$APP_PORT
LOAD_PID=
say() { echo "faults: $*"; }
now() { date +%s%3N; }
kill_tree() { # bin/sahakum and its Payara process, at once (once ready, Payara is no longer its child: it names it)
  local pids; pids="$1 $(pgrep -P "$1" || true) $(pgrep -f -- "-Dsahakum.launcher.pid=$1( |$)" || true)"
  kill "-$2" $pids 2> /dev/null || true
}
sql() { mariadb --socket="$SAHAKUM_CLUSTER_DIR/db$1/mysqld.sock" -uroot -N -B sahakum -e "$2"; }

cleanup() {
  local status=$?
  [ -z "$LOAD_PID" ] || kill "$LOAD_PID" 2> /dev/null || true
  [ -f "$SAHAKUM_CLUSTER_DIR/wrongkey.pid" ] && kill_tree "$(cat "$SAHAKUM_CLUSTER_DIR/wrongkey.pid")" 9
  for n in 1 2; do # a stopped node must be continued to be stopped
    [ -f "$SAHAKUM_CLUSTER_DIR/app$n.pid" ] && kill_tree "$(cat "$SAHAKUM_CLUSTER_DIR/app$n.pid")" CONT
  done
  timeout 180 "$CLUSTER" stop > /dev/null 2>&1 || true
  if [ "$status" -ne 0 ]; then
    mkdir -p /tmp/sahakum-faults-failed && cp "$SAHAKUM_CLUSTER_DIR"/*.log /tmp/sahakum-faults-failed/ 2> /dev/null || true
    say "failed (exit $status): the nodes' logs are kept in /tmp/sahakum-faults-failed"
  fi
  if [ -z "${FAULTS_KEEP:-}" ]; then rm -rf "$SAHAKUM_CLUSTER_DIR"; else say "kept $SAHAKUM_CLUSTER_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -x "$DIST/bin/sahakum" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
mkdir -p "$SAHAKUM_CLUSTER_DIR"
timeout $((APP_WAIT * 3)) "$CLUSTER" start 2
mkdir -p "$OUT"

token=$(curl -sf -m 10 -H 'Content-Type: application/json' "$BASE/api/auth/login" \
  --data "{\"tenant\":\"wnu\",\"username\":\"admin\",\"password\":\"$SAHAKUM_ADMIN_PASSWORD\"}" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "faults: no login" >&2; exit 1; }
sql 1 "SELECT m.member_code, e.currency, e.amount_minor FROM dues_enrolment e JOIN member m ON m.id = e.member_id
  JOIN tenant t ON t.id = e.tenant_id WHERE t.slug = 'wnu' AND m.status = 'active' LIMIT 200" > "$OUT/payers.tsv"
[ -s "$OUT/payers.tsv" ] || { echo "faults: the demo has no enrolled members" >&2; exit 1; }
wnu=$(sql 1 "SELECT id FROM tenant WHERE slug = 'wnu'")
entries_before=$(sql 1 "SELECT COALESCE(MAX(id), 0) FROM dues_entry")
idem_before=$(sql 1 "SELECT COALESCE(MAX(id), 0) FROM dues_idempotency")

"${JAVA_HOME:+$JAVA_HOME/bin/}java" bench/ClusterLoad.java "$BASE" "$token" wnu 1500 "$OUT" "$OUT/payers.tsv" "$THREADS" > "$OUT/load.log" 2>&1 &
LOAD_PID=$!
sleep 20
kill -0 "$LOAD_PID" 2> /dev/null || { echo "faults: the load client stopped: $(tail -3 "$OUT/load.log")" >&2; exit 1; }
declare -A AT
fault() { AT[$1]=$(now); say "$(date -u +%T) $1"; }

fault "kill -9 app1"
kill_tree "$(cat "$SAHAKUM_CLUSTER_DIR/app1.pid")" 9
sleep "$WINDOW"
timeout $((APP_WAIT + 60)) "$CLUSTER" app 1
sleep 10

fault "kill -9 db1 (writes)"
kill -9 "$(cat "$SAHAKUM_CLUSTER_DIR/db1/mysqld.pid")"
sleep "$WINDOW"

t0=$(now)
fault "db1 restarted"
timeout 300 "$CLUSTER" db 1
rejoin_s=$(( ($(now) - t0) / 1000 ))
sleep "$WINDOW"

fault "SIGSTOP app2 30 s"
kill_tree "$(cat "$SAHAKUM_CLUSTER_DIR/app2.pid")" STOP
sleep 30
kill_tree "$(cat "$SAHAKUM_CLUSTER_DIR/app2.pid")" CONT
sleep $((WINDOW - 30 > 0 ? WINDOW - 30 : 0))

touch "$OUT/stop"
wait "$LOAD_PID" || true
LOAD_PID=
end=$(now)

# a node with another master key: it must stop with a message, and never serve
head -c 32 /dev/urandom | base64 > "$SAHAKUM_CLUSTER_DIR/wrong.key"; chmod 600 "$SAHAKUM_CLUSTER_DIR/wrong.key"
mkdir -p "$SAHAKUM_CLUSTER_DIR/app9"
SAHAKUM_HTTP_PORT=$((APP_PORT + 9)) SAHAKUM_DATA_DIR="$SAHAKUM_CLUSTER_DIR/app9" SAHAKUM_DEMO=0 SAHAKUM_READY_TIMEOUT_SECONDS=240 \
  SAHAKUM_MASTER_KEY_FILE="$SAHAKUM_CLUSTER_DIR/wrong.key" SAHAKUM_DB_URL="jdbc:mariadb://127.0.0.1:3310/sahakum" \
  SAHAKUM_DB_USER=sahakum SAHAKUM_DB_PASSWORD="$(cat "$SAHAKUM_CLUSTER_DIR/db.password")" \
  "$DIST/bin/sahakum" > "$SAHAKUM_CLUSTER_DIR/wrongkey.log" 2>&1 &
echo $! > "$SAHAKUM_CLUSTER_DIR/wrongkey.pid"
wrongkey="did NOT refuse in 300 s"
for _ in $(seq 1 300); do
  if curl -sf -m 2 -o /dev/null "http://127.0.0.1:$((APP_PORT + 9))/health/ready"; then wrongkey="SERVED (wrong)"; break; fi
  if grep -aq 'WrongMasterKey' "$SAHAKUM_CLUSTER_DIR/wrongkey.log"; then # the app refused to deploy
    wrongkey="refused: $(grep -a -m1 -o 'the master key in [^:]*: [^(]*' "$SAHAKUM_CLUSTER_DIR/wrongkey.log")"
    break
  fi
  if ! kill -0 "$(cat "$SAHAKUM_CLUSTER_DIR/wrongkey.pid")" 2> /dev/null; then
    grep -qi 'master key' "$SAHAKUM_CLUSTER_DIR/wrongkey.log" && wrongkey="refused: $(grep -i -m1 -o 'master key[^.]*' "$SAHAKUM_CLUSTER_DIR/wrongkey.log")" \
      || wrongkey="stopped without naming the master key"
    break
  fi
  sleep 1
done
kill_tree "$(cat "$SAHAKUM_CLUSTER_DIR/wrongkey.pid")" 9

echo
echo "== faults (window ${WINDOW} s after each; failed = no answer, 5xx or 401) =="
printf '%-24s %9s %9s %8s %12s\n' fault requests failed failed% recovered_s
for f in "kill -9 app1" "kill -9 db1 (writes)" "db1 restarted" "SIGSTOP app2 30 s"; do
  awk -F'\t' -v from="${AT[$f]}" -v w="$WINDOW" -v name="$f" '
    $1 >= from && $1 < from + w * 1000 { n++; if ($3 == 0 || $3 >= 500 || $3 == 401) { bad++; if ($1 > last) last = $1 } }
    END { printf "%-24s %9d %9d %7.2f%% %12.1f\n", name, n, bad, n ? 100 * bad / n : 0, bad ? (last - from) / 1000 : 0 }' \
    "$OUT/attempts.tsv"
done
awk -F'\t' '{ n++; if ($3 == 401) u++ } END { printf "all attempts: %d, of them 401 (logged out): %d\n", n, u }' "$OUT/attempts.tsv"
echo "db1 rejoined (Synced) in ${rejoin_s} s; wrong master key: $wrongkey"

echo
echo "== what was kept =="
acked_pay=$(awk -F'\t' '$1 == "payment"' "$OUT/acks.tsv" | wc -l)
acked_case=$(awk -F'\t' '$1 == "case"' "$OUT/acks.tsv" | wc -l)
pay_ids=$(awk -F'\t' '$1 == "payment" { printf "%s%s", sep, $3; sep = "," }' "$OUT/acks.tsv")
case_ids=$(awk -F'\t' '$1 == "case" { printf "%s%s", sep, $3; sep = "," }' "$OUT/acks.tsv")
found_pay=$(sql 2 "SELECT COUNT(*) FROM dues_entry WHERE kind = 'PAYMENT' AND id IN (${pay_ids:-0})")
found_case=$(sql 2 "SELECT COUNT(*) FROM legal_case WHERE id IN (${case_ids:-0})")
new_entries=$(sql 2 "SELECT COUNT(*) FROM dues_entry WHERE id > $entries_before AND kind = 'PAYMENT'")
new_keys=$(sql 2 "SELECT COUNT(*) FROM dues_idempotency WHERE id > $idem_before")
echo "payments acknowledged: $acked_pay, found: $found_pay, lost: $((acked_pay - found_pay))"
echo "cases acknowledged: $acked_case, found: $found_case, lost: $((acked_case - found_case))"
echo "payments recorded in the run: $new_entries for $new_keys keys (kept twice: $((new_entries - new_keys)))"
sql 2 "SELECT CONCAT('receipt numbers: ', COUNT(*), ', gaps: ', MAX(receipt_number) - MIN(receipt_number) + 1 - COUNT(DISTINCT receipt_number),
  ', repeats: ', COUNT(*) - COUNT(DISTINCT receipt_number)) FROM dues_entry WHERE tenant_id = $wnu AND kind = 'PAYMENT'"
for i in 1 2 3; do
  echo "db$i: $(sql "$i" "SELECT CONCAT(COUNT(*), ' ledger rows, ', (SELECT COUNT(*) FROM legal_case), ' cases, ',
    (SELECT COUNT(*) FROM audit_event), ' audit events') FROM dues_entry")"
done
SAHAKUM_DB_URL="jdbc:mariadb://127.0.0.1:3310/sahakum" SAHAKUM_DB_USER=sahakum \
  SAHAKUM_DB_PASSWORD="$(cat "$SAHAKUM_CLUSTER_DIR/db.password")" SAHAKUM_MASTER_KEY_FILE="$SAHAKUM_CLUSTER_DIR/master.key" \
  timeout 300 "$DIST/bin/sahakum" verify-audit > "$OUT/verify.log" 2>&1 && verdict="all intact" || verdict="NOT intact (exit $?)"
echo "audit chains: $verdict ($(grep -ci 'intact' "$OUT/verify.log") chain lines; see verify.log)"

echo
echo "== register page throughput through HAProxy (wrk, 4 connections, 10 s) =="
wrk_rate() { wrk -t2 -c4 -d10s -H "Authorization: Bearer $token" "$BASE/api/t/wnu/members?limit=50" | awk '/Requests\/sec/ { print $2 }'; }
echo "2 app nodes: $(wrk_rate) req/s"
kill "$(cat "$SAHAKUM_CLUSTER_DIR/app2.pid")"
sleep 5
echo "1 app node:  $(wrk_rate) req/s"
uptime
