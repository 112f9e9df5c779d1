#!/usr/bin/env bash
# Starts a PostgreSQL server for the JDBC store's tests and prints the line that points them at it:
#
#   eval "$(bash .ci/postgres.sh)"      # sets ITM_TEST_POSTGRES_URL for the following commands
#
# Installs PostgreSQL from the Debian packages if it is missing, keeps its own cluster in $ITM_PG_DIR
# (default /tmp/itm-postgres) listening on 127.0.0.1 only (port 5432, or the next free one), and creates the
# database and user "itm". Safe to run again: an initialised cluster is reused, a running one is left running.
# Everything but the export line goes to stderr; the line is also written to $ITM_PG_ENV_FILE
# (default $ITM_PG_DIR.env). Needs root (for apt-get and to run the server as the "postgres" user).
set -euo pipefail

PG_DIR="${ITM_PG_DIR:-/tmp/itm-postgres}"
ENV_FILE="${ITM_PG_ENV_FILE:-${PG_DIR}.env}"
SOCK_DIR="${PG_DIR}-socket"
DB_NAME=itm
DB_USER=itm
DB_PASSWORD=itm

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [[ -z "${BIN}" || ! -x "${BIN}/initdb" ]]; then
  log "installing PostgreSQL from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN="$(find_bin)"
fi
[[ -x "${BIN}/initdb" ]] || { log "no initdb found after installing postgresql"; exit 1; }

as_postgres() { runuser -u postgres -- "$@"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ ! -f "${PG_DIR}/PG_VERSION" ]]; then
  log "initialising a cluster in ${PG_DIR}"
  rm -rf "${PG_DIR}"
  mkdir -p "${PG_DIR}"
  chown postgres:postgres "${PG_DIR}"
  as_postgres "${BIN}/initdb" -D "${PG_DIR}" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C >&2
fi
mkdir -p "${SOCK_DIR}"
chown postgres:postgres "${SOCK_DIR}"

if as_postgres "${BIN}/pg_ctl" -D "${PG_DIR}" status >/dev/null 2>&1; then
  PORT="$(cat "${PG_DIR}/itm-port")"
  log "cluster in ${PG_DIR} already running on port ${PORT}"
else
  PORT=5432
  while port_in_use "${PORT}"; do
    PORT=$((PORT + 1))
  done
  echo "${PORT}" > "${PG_DIR}/itm-port"
  chown postgres:postgres "${PG_DIR}/itm-port"
  log "starting PostgreSQL on 127.0.0.1:${PORT}"
  as_postgres "${BIN}/pg_ctl" -D "${PG_DIR}" -l "${PG_DIR}/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p ${PORT} -k ${SOCK_DIR} -c max_connections=100 -c fsync=on" start >&2
fi

psql_admin() { as_postgres "${BIN}/psql" -h "${SOCK_DIR}" -p "${PORT}" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${DB_USER}'")" != "1" ]]; then
  log "creating user ${DB_USER}"
  psql_admin -c "CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}'" >&2
fi
if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'")" != "1" ]]; then
  log "creating database ${DB_NAME}"
  psql_admin -c "CREATE DATABASE ${DB_NAME} OWNER ${DB_USER}" >&2
fi

# A throw-away test database: commits need not wait for the WAL flush (isolation and locking are unchanged,
# so the no-lost-update test means the same), which keeps the 80,000-update concurrency test quick.
psql_admin -c "ALTER DATABASE ${DB_NAME} SET synchronous_commit = off" >&2

LINE="export ITM_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:${PORT}/${DB_NAME}?user=${DB_USER}&password=${DB_PASSWORD}'"
echo "${LINE}" > "${ENV_FILE}"
log "ready; the line below is also in ${ENV_FILE}"
echo "${LINE}"
