# Keycloak beside Sahakum, for the peer benchmarks (bench/peer-keycloak.sh, peer-logins.sh); sourced
# after bench/lib.sh (free_port, api-style curl, $WORK, cleanup on exit).
#
# Needs: Java 21 or newer (KEYCLOAK_JAVA_HOME, default the first temurin-2x or java-2x JDK under
# /usr/lib/jvm), Maven (only the first time: the distribution org.keycloak:keycloak-quarkus-dist
# is fetched from Maven Central into KEYCLOAK_CACHE, default ~/.cache/sahakum-bench/keycloak, and
# built once for MariaDB there), and a MariaDB server: KEYCLOAK_DB_HOST:KEYCLOAK_DB_PORT (default
# 127.0.0.1:3306, as root with KEYCLOAK_DB_ROOT_PASSWORD, default empty, e.g. Debian's MariaDB
# 10.11); the script makes a database KEYCLOAK_DB_NAME (keycloak_bench; dropped first: give each
# script running at once its own) and a user for it. Without
# such a server, KEYCLOAK_DB=embedded starts one from the distribution's MariaDB (bench/lib.sh).
# KEYCLOAK_READY_TIMEOUT: seconds Keycloak may take to start (900; it took 134 s at load 20 on 2 cores).
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
KEYCLOAK_CACHE=${KEYCLOAK_CACHE:-$HOME/.cache/sahakum-bench/keycloak}
KC_HOME=$KEYCLOAK_CACHE/keycloak-$KEYCLOAK_VERSION
KC_ADMIN_PASSWORD=bench-keycloak-admin-password
KC_REALM=bench
KC_PID=
KC_BASE=

keycloak_java() {
  local j
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  for j in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]*; do
    [ -x "$j/bin/java" ] && { echo "$j"; return; }
  done
  echo "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME" >&2
  return 1
}

# keycloak_fetch: the distribution, unpacked and built for MariaDB once (kc.sh build)
keycloak_fetch() {
  local zip=$KEYCLOAK_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  mkdir -p "$KEYCLOAK_CACHE"
  if [ ! -f "$zip" ]; then
    echo "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once)"
    mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$KEYCLOAK_CACHE" > "$KEYCLOAK_CACHE/fetch.log" 2>&1 \
      || { echo "could not fetch Keycloak; see $KEYCLOAK_CACHE/fetch.log" >&2; return 1; }
  fi
  [ -d "$KC_HOME" ] || (cd "$KEYCLOAK_CACHE" && unzip -q "$zip")
  if [ ! -f "$KC_HOME/.built-for-mariadb" ]; then
    echo "building Keycloak for MariaDB (kc.sh build, once)"
    JAVA_HOME=$(keycloak_java) "$KC_HOME/bin/kc.sh" build --db=mariadb --health-enabled=true --cache=local \
      > "$KEYCLOAK_CACHE/build.log" 2>&1 || { echo "kc.sh build failed; see $KEYCLOAK_CACHE/build.log" >&2; return 1; }
    touch "$KC_HOME/.built-for-mariadb"
  fi
}

# keycloak_database: a fresh database KEYCLOAK_DB_NAME (keycloak_bench) and its user; sets KC_DB_URL
keycloak_database() {
  local name=${KEYCLOAK_DB_NAME:-keycloak_bench}
  if [ "${KEYCLOAK_DB:-}" = embedded ]; then
    [ -n "$DB_URL" ] || start_mariadb "KEYCLOAK_DB=embedded"
    KC_DB_URL=${DB_URL%/*}/$name
    local port=${DB_URL##*:}; port=${port%%/*}
    mariadb_root() { mariadb --skip-ssl -h127.0.0.1 -P"$port" -uroot "$@"; }
  else
    KC_DB_URL="jdbc:mariadb://${KEYCLOAK_DB_HOST:-127.0.0.1}:${KEYCLOAK_DB_PORT:-3306}/$name"
    mariadb_root() {
      mariadb -h"${KEYCLOAK_DB_HOST:-127.0.0.1}" -P"${KEYCLOAK_DB_PORT:-3306}" -uroot \
        ${KEYCLOAK_DB_ROOT_PASSWORD:+-p"$KEYCLOAK_DB_ROOT_PASSWORD"} "$@"
    }
  fi
  mariadb_root -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'keycloak_bench'@'%' IDENTIFIED BY 'keycloak-bench';
    GRANT ALL ON $name.* TO 'keycloak_bench'@'%'" 2> /dev/null \
    || mariadb_root -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name CHARACTER SET utf8mb4" \
    || { echo "no MariaDB for Keycloak at ${KC_DB_URL}: start one or use KEYCLOAK_DB=embedded" >&2; return 1; }
  KC_DB_VERSION=$(mariadb_root -N -B -e 'SELECT VERSION()')
}

# keycloak_start: Keycloak (its defaults: heap, argon2 hashing) on a free port; sets KC_PID, KC_BASE
keycloak_start() {
  local port mport t0=$SECONDS
  keycloak_fetch
  keycloak_database
  port=$(free_port)
  mport=$(free_port)
  KC_BASE=http://127.0.0.1:$port
  JAVA_HOME=$(keycloak_java) KC_DB_URL="$KC_DB_URL" KC_DB_USERNAME=keycloak_bench KC_DB_PASSWORD=keycloak-bench \
    KC_HTTP_ENABLED=true KC_HTTP_PORT="$port" KC_HTTP_MANAGEMENT_PORT="$mport" KC_HOSTNAME_STRICT=false \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" start --optimized > "$WORK/keycloak.log" 2>&1 &
  KC_PID=$!
  until curl -sf -m 5 -o /dev/null "http://127.0.0.1:$mport/health/ready"; do
    kill -0 "$KC_PID" 2> /dev/null || { tail -20 "$WORK/keycloak.log" >&2; echo "Keycloak did not start" >&2; return 1; }
    [ $((SECONDS - t0)) -lt "${KEYCLOAK_READY_TIMEOUT:-900}" ] \
      || { echo "Keycloak was not ready after ${KEYCLOAK_READY_TIMEOUT:-900} s" >&2; return 1; }
    sleep 1
  done
  echo "Keycloak $KEYCLOAK_VERSION ready on port $port after $((SECONDS - t0)) s; MariaDB $KC_DB_VERSION"
}

keycloak_stop() {
  [ -n "$KC_PID" ] || return 0
  local java i
  java=$(pgrep -P "$KC_PID" || true) # kc.sh runs Java as its child
  kill -TERM $java "$KC_PID" 2> /dev/null || true
  for i in $(seq 60); do
    kill -0 $java 2> /dev/null || break
    sleep 1
  done
  kill -KILL $java 2> /dev/null || true
  wait "$KC_PID" 2> /dev/null || true
  KC_PID=
}

# kc_api METHOD PATH [JSON]: the admin API as the bootstrap admin; prints the body, fails unless 2xx
kc_api() {
  local args=(-s -w '\n%{http_code}' -X "$1" -H 'Content-Type: application/json' -H "Authorization: Bearer $(kc_admin_token)")
  local out code
  [ -z "${3:-}" ] || args+=(--data-binary "$3")
  out=$(curl "${args[@]}" "$KC_BASE$2")
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  case $code in
    2??) printf '%s' "$out" ;;
    *) echo "Keycloak: $1 $2 -> $code $out" >&2; return 1 ;;
  esac
}

# kc_admin_token: an access token of the master realm's admin (made to last an hour by keycloak_realm)
kc_admin_token() {
  curl -sf "$KC_BASE/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
    -d username=admin --data-urlencode "password=$KC_ADMIN_PASSWORD" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# keycloak_realm: the realm "bench" and a public client "bench-login" that may use the password grant;
# its user profile keeps attributes it does not declare, for admins (Keycloak 24 and later drop them
# silently by default: unmanagedAttributePolicy unset)
keycloak_realm() {
  local profile
  kc_api PUT /admin/realms/master '{"accessTokenLifespan":3600}' > /dev/null
  kc_api POST /admin/realms "{\"realm\":\"$KC_REALM\",\"enabled\":true}" > /dev/null
  profile=$(kc_api GET "/admin/realms/$KC_REALM/users/profile")
  kc_api PUT "/admin/realms/$KC_REALM/users/profile" \
    "$(printf '%s' "$profile" | sed 's/"unmanagedAttributePolicy":"[A-Z_]*",\{0,1\}//; s/^{/{"unmanagedAttributePolicy":"ADMIN_EDIT",/')" > /dev/null
  kc_api POST "/admin/realms/$KC_REALM/clients" '{"clientId":"bench-login","publicClient":true,
    "directAccessGrantsEnabled":true,"standardFlowEnabled":false}' > /dev/null
}

# keycloak_seed_users COUNT: users member00001.. with two attributes each (chapter, joined), through
# the partial import 500 at a time; no passwords (each would cost a hash)
keycloak_seed_users() {
  local n=$1 from t0=$SECONDS
  for ((from = 1; from <= n; from += 500)); do
    awk -v from="$from" -v to=$((from + 499 > n ? n : from + 499)) 'BEGIN {
      printf "{\"ifResourceExists\":\"SKIP\",\"users\":["
      for (i = from; i <= to; i++) {
        printf "%s{\"username\":\"member%05d\",\"enabled\":true,\"firstName\":\"Bench\",\"lastName\":\"Member %05d\",", (i > from ? "," : ""), i, i
        printf "\"attributes\":{\"chapter\":[\"chapter-%d\"],\"joined\":[\"2026-%02d-01\"]}}", i % 7 + 1, i % 12 + 1
      }
      printf "]}" }' > "$WORK/kc-users.json"
    kc_api POST "/admin/realms/$KC_REALM/partialImport" "@$WORK/kc-users.json" > /dev/null
  done
  KC_SEED_S=$((SECONDS - t0))
}

# keycloak_user_with_password USERNAME PASSWORD: one user who can log in (its password hashed by
# Keycloak's default policy: argon2id, see the note in peer-logins.sh)
keycloak_user_with_password() {
  kc_api POST "/admin/realms/$KC_REALM/users" "{\"username\":\"$1\",\"enabled\":true,\"emailVerified\":true,
    \"firstName\":\"Bench\",\"lastName\":\"Login\",\"email\":\"$1@bench.invalid\",
    \"credentials\":[{\"type\":\"password\",\"value\":\"$2\",\"temporary\":false}]}" > /dev/null
}
