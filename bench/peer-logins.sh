#!/usr/bin/env bash
# Login beside the peer (issue 22): Keycloak's password login (the direct grant, POST
# /realms/{r}/protocol/openid-connect/token: a user session and signed tokens, its default argon2id
# m=7 MiB t=5 p=1) against Sahakum's login (POST /api/auth/login: an organisation admin, argon2id
# m=19 MiB t=2 p=1, a session and an audit entry), each with wrk -t2 -c4 on the same machine in the
# same run. Goal: Sahakum's rate >= 1.0x Keycloak's and its p99 <= Keycloak's. Both rights only
# (a right password each time); wrong ones are LoginLoadIT's business.
#
#   mvn -B -q package -DskipTests && bench/peer-logins.sh
#
# Needs what bench/lib.sh and bench/lib-keycloak.sh say (wrk, Java 21+, MariaDB for Keycloak).
# BENCH_SECONDS per run (30), BENCH_WARMUP (20 s of each first, not counted), BENCH_PROFILE=1
# records Sahakum's run with JFR and prints where its CPU went (bench/JfrTop.java), BENCH_KEEP=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-keycloak.sh"
trap 'status=$?; keycloak_stop; (exit $status); cleanup' EXIT
SECONDS_EACH=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-20}
CONNECTIONS=4
ORG=bench-logins
PASSWORD=bench-logins-right-password

keycloak_start
keycloak_realm
keycloak_user_with_password bench-user "$PASSWORD"
cat > "$WORK/kc-login.lua" << LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=password&client_id=bench-login&username=bench-user&password=$PASSWORD"
LUA
sed -n '/^local threads/,$p' < <(wrk_lua /dev/stdout) >> "$WORK/kc-login.lua"
KC_URL="$KC_BASE/realms/$KC_REALM/protocol/openid-connect/token"
curl -sf -o /dev/null "$KC_URL" -d grant_type=password -d client_id=bench-login -d username=bench-user \
  -d "password=$PASSWORD" || { echo "Keycloak's login does not answer 200" >&2; exit 1; }

start_server
org_with_admin "$ORG" "$PASSWORD" > /dev/null
wrk_lua "$WORK/login.lua" "" POST "{\"tenant\":\"$ORG\",\"username\":\"bench-admin\",\"password\":\"$PASSWORD\"}"
SAHAKUM_URL="$BASE/api/auth/login"

echo "warming up ($WARMUP s each, not counted), then $SECONDS_EACH s each at $CONNECTIONS connections"
wrk_run warm-keycloak "$CONNECTIONS" "$WARMUP" "$WORK/kc-login.lua" "$KC_URL"
wrk_run warm-sahakum "$CONNECTIONS" "$WARMUP" "$WORK/login.lua" "$SAHAKUM_URL"
load_before=$(load_avg)
wrk_run keycloak "$CONNECTIONS" "$SECONDS_EACH" "$WORK/kc-login.lua" "$KC_URL"
if [ -n "${BENCH_PROFILE:-}" ]; then
  "$(keycloak_java)/bin/jcmd" "$PAYARA_PID" JFR.start name=logins settings=profile > /dev/null
fi
wrk_run sahakum "$CONNECTIONS" "$SECONDS_EACH" "$WORK/login.lua" "$SAHAKUM_URL"
if [ -n "${BENCH_PROFILE:-}" ]; then
  "$(keycloak_java)/bin/jcmd" "$PAYARA_PID" JFR.stop name=logins filename="$WORK/logins.jfr" > /dev/null
fi
load_after=$(load_avg)

bad() { echo $(($(wrk_total "$1") - $(wrk_status "$1" 200) + $(wrk_errors "$1"))); }
rate_ratio=$(echo "scale=3; $(wrk_rps sahakum) / $(wrk_rps keycloak)" | bc -l)
p99_ratio=$(echo "scale=3; $(wrk_ms sahakum 99) / $(wrk_ms keycloak 99)" | bc -l)
printf '\n%-60s %8s %8s %8s %8s\n' "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s, a right password each time" \
  "req/s" "p50 ms" "p99 ms" "not 200"
printf '%-60s %8s %8s %8s %8s\n' "Keycloak $KEYCLOAK_VERSION direct grant (argon2id m=7168 t=5)" "$(wrk_rps keycloak)" \
  "$(wrk_ms keycloak 50)" "$(wrk_ms keycloak 99)" "$(bad keycloak)"
printf '%-60s %8s %8s %8s %8s\n' "Sahakum POST /api/auth/login (argon2id m=19456 t=2)" "$(wrk_rps sahakum)" \
  "$(wrk_ms sahakum 50)" "$(wrk_ms sahakum 99)" "$(bad sahakum)"
printf 'load average (1/5/15 min) before %s, after %s; %s cores\n' "$load_before" "$load_after" "$(nproc)"
if [ -n "${BENCH_PROFILE:-}" ]; then
  printf '\nwhere Sahakum'"'"'s CPU went during its run (JFR execution samples):\n'
  "$(keycloak_java)/bin/java" bench/JfrTop.java "$WORK/logins.jfr"
fi
echo
bad_all=$(($(bad sahakum) + $(bad keycloak)))
[ "$bad_all" -eq 0 ] || echo "NOTE: $bad_all answers were not 200: the lines below do not count"
printf 'Sahakum / Keycloak login rate: %.2f   (goal >= 1.00)   %s\n' "$rate_ratio" \
  "$(verdict "$rate_ratio >= 1 && $bad_all == 0")"
printf 'Sahakum / Keycloak login p99: %.2f   (goal <= 1.00)   %s\n' "$p99_ratio" \
  "$(verdict "$p99_ratio <= 1 && $bad_all == 0")"
