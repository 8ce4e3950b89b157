#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests (unix socket only, nothing installed).
# The postgres superuser connects without a password; every other role needs its password.
#
#   bash .ci/postgres.sh start   # prints postgresql+psycopg://postgres@/cxcareer_test?host=SOCKETDIR
#   bash .ci/postgres.sh stop    # stops the server and deletes its folder
#
# Why this shape: PostgreSQL refuses to run as root, so initdb/pg_ctl run as the postgres user in
# a temporary folder it owns; listen_addresses='' keeps the server off the network entirely. The
# folder is remembered in $CXCAREER_PG_STATE (default /tmp/cxcareer-postgres.state) for `stop`.
set -euo pipefail

state=${CXCAREER_PG_STATE:-/tmp/cxcareer-postgres.state}
dbname=${CXCAREER_PG_DBNAME:-cxcareer_test}

bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    echo "$d"
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bin dir
    bin=$(bindir)
    dir=$(mktemp -d /tmp/cxcareer-pg.XXXXXX)
    mkdir -p "$dir/data" "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    chmod 700 "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # The administrator (postgres) comes in over the socket as before; every other role must
    # prove who it is with a password, so the company-server tests connect the way people do.
    printf '%s\n' 'local all postgres trust' 'local all all scram-sha-256' >"$dir/data/pg_hba.conf"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -k $dir/socket -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_postgres "$bin/createdb" -h "$dir/socket" -U postgres "$dbname"
    echo "$dir" >"$state"
    echo "postgresql+psycopg://postgres@/$dbname?host=$dir/socket"
}

stop() {
    [ -f "$state" ] || { echo "no server recorded in $state" >&2; return 0; }
    local dir bin
    dir=$(cat "$state")
    bin=$(bindir)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir" "$state"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
