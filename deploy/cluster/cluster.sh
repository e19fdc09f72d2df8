#!/usr/bin/env bash
# Several Sahakum nodes on one machine, on 127.0.0.1 ports, with Debian's engines:
#   a 3-node MariaDB Galera cluster (mariadb-server, galera-4; state transfer by rsync),
#   HAProxy in front of it (all writes through one node, the others as backups: the ledger's and
#   the audit chain's row locks hold only on the node that takes them) and in front of N app nodes.
#
#   deploy/cluster/cluster.sh start [APP_NODES]   (default 2) then the app is at http://127.0.0.1:$APP_PORT/
#   deploy/cluster/cluster.sh status
#   deploy/cluster/cluster.sh stop
#   deploy/cluster/cluster.sh app N      (re)starts app node N (after a crash) and waits for it
#   deploy/cluster/cluster.sh db N       (re)starts database node N: it rejoins and catches up
#
# Settings: SAHAKUM_CLUSTER_DIR (state, default /tmp/sahakum-cluster), SAHAKUM_DIST (the built
# distribution, default deploy/target/sahakum), APP_PORT (8090), DB_PORT (3310; the nodes listen on
# 3311-3313, Galera on 4567/4577/4587). SAHAKUM_DEMO and other SAHAKUM_* settings reach the app nodes.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${SAHAKUM_CLUSTER_DIR:-/tmp/sahakum-cluster}
DIST=${SAHAKUM_DIST:-deploy/target/sahakum}
APP_PORT=${APP_PORT:-8090}
DB_PORT=${DB_PORT:-3310}
GALERA=/usr/lib/galera/libgalera_smm.so
say() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

need() {
  local missing=()
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ -f "$GALERA" ] || missing+=(galera-4)
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  command -v rsync >/dev/null || missing+=(rsync)
  if [ ${#missing[@]} -gt 0 ]; then
    die "missing Debian packages: ${missing[*]} (apt-get install -y ${missing[*]})"
  fi
  [ -x "$DIST/bin/sahakum" ] || die "no distribution at $DIST: build it first (mvn -B package -DskipTests)"
}

db_conf() { # node index 1..3
  local i=$1 port=$((3310 + $1)) gport=$((4557 + 10 * $1))
  cat > "$DIR/db$i.cnf" <<CNF
[mariadbd]
datadir=$DIR/db$i/data
socket=$DIR/db$i/mysqld.sock
pid-file=$DIR/db$i/mysqld.pid
port=$port
bind-address=127.0.0.1
log-error=$DIR/db$i/error.log
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
innodb_buffer_pool_size=64M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# the core's migrations create triggers, as a user without SUPER, and Galera logs binary
log_bin_trust_function_creators=1
# a write transaction left idle (its app node frozen) would hold its row locks, and every payment
# of its organisation would wait on them: after 6 s its connection is closed and it rolls back
idle_write_transaction_timeout=6
wsrep_on=ON
wsrep_provider=$GALERA
wsrep_cluster_name=sahakum
wsrep_cluster_address=gcomm://127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587
wsrep_node_name=db$i
wsrep_node_address=127.0.0.1:$gport
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1))"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4434 + 10 * $1))
CNF
}

db_start() { # index [--wsrep-new-cluster]
  local i=$1; shift
  # as root, the databases run as Debian's mysql user: the rsync state transfer's daemon would
  # otherwise drop to "nobody" and fail to write the joining node's files
  local owner; owner=$(id -un); [ "$(id -u)" = 0 ] && owner=mysql
  mkdir -p "$DIR/db$i/data"
  chown -R "$owner" "$DIR/db$i"
  db_conf "$i"
  if [ ! -d "$DIR/db$i/data/mysql" ] && [ "${1:-}" = --wsrep-new-cluster ]; then
    mariadb-install-db --defaults-file="$DIR/db$i.cnf" --user="$owner" --auth-root-authentication-method=socket >/dev/null 2>&1
  fi
  /usr/sbin/mariadbd --defaults-file="$DIR/db$i.cnf" --user="$owner" "$@" >/dev/null 2>&1 &
  for _ in $(seq 1 180); do
    if [ -S "$DIR/db$i/mysqld.sock" ] && [ "$(db_sql "$i" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | awk '{print $2}')" = Synced ]; then
      say "db$i synced (port $((3310 + i)))"; return 0
    fi
    sleep 1
  done
  die "db$i did not join the cluster in 180 s (see $DIR/db$i/error.log)"
}

db_sql() { mariadb --socket="$DIR/db$1/mysqld.sock" -uroot -N -B -e "$2" 2>/dev/null; }

haproxy_conf() { # app node count
  {
    cat <<CFG
global
  maxconn 2000
defaults
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
listen db
  bind 127.0.0.1:$DB_PORT
  mode tcp
  # pooled connections sit idle between requests; the pool checks them, HAProxy must not cut them
  timeout client 1h
  timeout server 1h
  option mysql-check user haproxy_check
  # when db1 is back, connections still open on a backup are closed, so that writes never go
  # through two nodes at once (the ledger's and the chain's row locks hold only where taken)
  server db1 127.0.0.1:3311 check inter 1s fall 2 rise 3 on-marked-down shutdown-sessions on-marked-up shutdown-backup-sessions
  server db2 127.0.0.1:3312 check inter 1s fall 2 rise 3 backup on-marked-down shutdown-sessions
  server db3 127.0.0.1:3313 check inter 1s fall 2 rise 3 backup on-marked-down shutdown-sessions
listen app
  bind 127.0.0.1:$APP_PORT
  mode http
  balance roundrobin
  option forwardfor
  option httpchk GET /health/ready
  # a frozen node (SIGSTOP, a stalled disk) accepts connections and answers nothing: checks time
  # out after 2 s, so two missed checks take it out of the rotation
  timeout check 2s
  option redispatch
  # what may be sent twice (reads, and writes with an Idempotency-Key, which the core answers once)
  # waits 6 s for an answer, then goes to another node; any other write waits its full minute
  # and is never replayed, since a second copy could be a second payment
  timeout server 6s
  acl replayable method GET HEAD OPTIONS
  acl replayable req.hdr(Idempotency-Key) -m found
  # an export (every row of a register or a ledger) may think longer before its first byte
  acl export path_end /export
  http-request set-timeout server 60s if !replayable || export
  http-request disable-l7-retry if !replayable
  retry-on conn-failure empty-response response-timeout 502 503
CFG
    for n in $(seq 1 "$1"); do
      echo "  server app$n 127.0.0.1:$((APP_PORT + n)) check inter 1s fall 2 rise 2"
    done
  } > "$DIR/haproxy.cfg"
}

app_start() { # index
  local n=$1
  mkdir -p "$DIR/app$n"
  SAHAKUM_HTTP_PORT=$((APP_PORT + n)) SAHAKUM_DATA_DIR="$DIR/app$n" SAHAKUM_MASTER_KEY_FILE="$DIR/master.key" \
    SAHAKUM_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/sahakum" SAHAKUM_DB_USER=sahakum \
    SAHAKUM_DB_PASSWORD="$(cat "$DIR/db.password")" SAHAKUM_TRUSTED_PROXIES=127.0.0.1 \
    nohup "$DIST/bin/sahakum" > "$DIR/app$n.log" 2>&1 &
  echo $! > "$DIR/app$n.pid"
}

app_wait() {
  for _ in $(seq 1 "${APP_WAIT:-300}"); do
    grep -q "ready at" "$DIR/app$1.log" 2>/dev/null && { say "app$1 ready (port $((APP_PORT + $1)))"; return 0; }
    kill -0 "$(cat "$DIR/app$1.pid")" 2>/dev/null || die "app$1 stopped: $(tail -3 "$DIR/app$1.log")"
    sleep 1
  done
  die "app$1 not ready in ${APP_WAIT:-300} s (see $DIR/app$1.log)"
}

start() {
  local apps=${1:-2}
  need
  mkdir -p "$DIR"
  chmod 711 "$DIR" # the database user may pass through; the key and password files are 600
  [ -f "$DIR/master.key" ] || (umask 077; head -c 32 /dev/urandom | base64 > "$DIR/master.key")
  [ -f "$DIR/db.password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DIR/db.password")
  local fresh=0; [ -d "$DIR/db1/data/mysql" ] || fresh=1
  db_start 1 --wsrep-new-cluster
  if [ $fresh = 1 ]; then
    db_sql 1 "CREATE DATABASE sahakum CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER 'sahakum'@'127.0.0.1' IDENTIFIED BY '$(cat "$DIR/db.password")';
      GRANT ALL ON sahakum.* TO 'sahakum'@'127.0.0.1';
      CREATE USER 'haproxy_check'@'127.0.0.1';"
  fi
  db_start 2
  db_start 3
  haproxy_conf "$apps"
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
  say "HAProxy: database on 127.0.0.1:$DB_PORT (db1, then db2, db3 as backups), app on 127.0.0.1:$APP_PORT"
  for n in $(seq 1 "$apps"); do app_start "$n"; app_wait "$n"; done # one at a time: the first migrates
  say "up: http://127.0.0.1:$APP_PORT/ ($apps app nodes); state in $DIR"
}

stop() {
  for pid in "$DIR"/app*.pid; do
    [ -f "$pid" ] || continue
    kill "$(cat "$pid")" 2>/dev/null || true
  done
  for pid in "$DIR"/app*.pid; do
    [ -f "$pid" ] || continue
    for _ in $(seq 1 60); do kill -0 "$(cat "$pid")" 2>/dev/null || break; sleep 1; done
    rm -f "$pid"
  done
  [ -f "$DIR/haproxy.pid" ] && { kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true; rm -f "$DIR/haproxy.pid"; }
  for i in 3 2 1; do
    [ -S "$DIR/db$i/mysqld.sock" ] && mariadb-admin --socket="$DIR/db$i/mysqld.sock" -uroot shutdown 2>/dev/null || true
  done
  say "stopped (state kept in $DIR; remove it for a fresh cluster)"
}

status() {
  for i in 1 2 3; do
    echo "db$i: $(db_sql "$i" "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size')" | tr '\t\n' '= ' || echo down)"
  done
  for pid in "$DIR"/app*.pid; do
    [ -f "$pid" ] || continue
    n=$(basename "$pid" .pid)
    kill -0 "$(cat "$pid")" 2>/dev/null && echo "$n: running" || echo "$n: down"
  done
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  status) status ;;
  app) [ -n "${2:-}" ] || die "which app node?"; app_start "$2"; app_wait "$2" ;;
  db) [ -n "${2:-}" ] || die "which database node?"; db_start "$2" ;;
  *) echo "usage: deploy/cluster/cluster.sh start [APP_NODES] | status | stop | app N | db N" >&2; exit 2 ;;
esac
