#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL answers on 127.0.0.1:5432 (trust auth) and has the `test`
# database that the store tests use. Safe to run again: it only starts or creates what is missing.
set -euo pipefail

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
db="${STORE_TEST_DB:-test}"

if ! pg_isready -h "$host" -p "$port" -q; then
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  echo "ensure-postgres: starting PostgreSQL $version (cluster main)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do
    pg_isready -h "$host" -p "$port" -q && break
    sleep 1
  done
  pg_isready -h "$host" -p "$port" || { echo "ensure-postgres: PostgreSQL did not come up on $host:$port" >&2; exit 1; }
fi

if [ "$(psql -h "$host" -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  echo "ensure-postgres: creating database $db"
  createdb -h "$host" -p "$port" -U postgres "$db"
fi
echo "ensure-postgres: PostgreSQL ready at $host:$port/$db"
