#!/bin/bash
# Runs once, at db1's first start (the image's /docker-entrypoint-initdb.d); the accounts replicate.
# sst: what a joining node's mariadb-backup state transfer logs in as (password from .env);
# haproxy_check: HAProxy's mysql-check, which only connects (no password, no rights).
set -euo pipefail
mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'sst'@'localhost' IDENTIFIED BY '${SST_PASSWORD}';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO 'sst'@'localhost';
CREATE USER IF NOT EXISTS 'haproxy_check'@'%';
SQL
