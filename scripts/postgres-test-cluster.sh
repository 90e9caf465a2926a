#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite (label `postgres`).
#
#   scripts/postgres-test-cluster.sh start   prints shell assignments to eval:
#       WAVESHELF_TEST_DATABASE_URL=postgresql://waveshelf_test@127.0.0.1:PORT/waveshelf_test
#       PGPASSFILE=DIR/pgpass            (the role's random password; never in the URL)
#       WAVESHELF_TEST_PG_DIR=DIR        (what `stop` removes)
#   scripts/postgres-test-cluster.sh stop [DIR]   stops the server, removes DIR
#       (default: $WAVESHELF_TEST_PG_DIR)
#   scripts/postgres-test-cluster.sh pause|resume [DIR]   stops the server (fast:
#       connections are cut) / starts it again on the same port, data kept
#       (tst_postgreslostconnection)
#
# The cluster is made with initdb in a new folder under /tmp, as the user
# `postgres` when run as root (initdb refuses root), listens on 127.0.0.1 only,
# on a free port, with its socket in that folder; durability is off (fsync),
# it is thrown away. The role waveshelf_test logs in over TCP with a password
# (scram-sha-256) that libpq reads from PGPASSFILE, as a user's ~/.pgpass would.
# Typical use: eval "$(scripts/postgres-test-cluster.sh start)"; ...; scripts/postgres-test-cluster.sh stop
set -euo pipefail

pg_bin="${WAVESHELF_PG_BIN:-/usr/lib/postgresql/15/bin}"
role=waveshelf_test
database=waveshelf_test

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Starts the server of the cluster in $1 on the port saved in $1/port.
run_server() {
    local dir="$1" port
    port="$(cat "$dir/port")"
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/socket \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null 2>&1
}

cluster_dir() {
    local dir="${1:-${WAVESHELF_TEST_PG_DIR:-}}"
    [ -n "$dir" ] && [ -d "$dir" ] || { echo "no cluster folder" >&2; exit 1; }
    case "$dir" in /tmp/waveshelf-pg-*) ;; *) echo "not a test cluster: $dir" >&2; exit 1 ;; esac
    echo "$dir"
}

start() {
    [ -x "$pg_bin/initdb" ] || { echo "no initdb in $pg_bin (apt-get install postgresql)" >&2; exit 1; }
    local dir
    dir="$(mktemp -d /tmp/waveshelf-pg-XXXXXX)"
    chmod 755 "$dir"
    mkdir -m 700 "$dir/data" "$dir/socket"
    [ "$(id -u)" != 0 ] || chown postgres: "$dir" "$dir/data" "$dir/socket"

    as_owner "$pg_bin/initdb" -D "$dir/data" --auth-local=trust --auth-host=scram-sha-256 \
        --username=postgres --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }

    local port started=0
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        echo "$port" >"$dir/port"
        if run_server "$dir"; then
            started=1
            break
        fi
    done
    [ "$started" = 1 ] || { cat "$dir/server.log" >&2; exit 1; }

    # The role's password: random, given to psql on stdin, written only to the pgpass file.
    local password
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    as_owner "$pg_bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U postgres \
        -d postgres >/dev/null <<SQL
CREATE ROLE $role LOGIN PASSWORD '$password';
CREATE DATABASE $database OWNER $role;
SQL
    (umask 077 && printf '127.0.0.1:%s:%s:%s:%s\n' "$port" "$database" "$role" "$password" >"$dir/pgpass")

    printf 'export WAVESHELF_TEST_DATABASE_URL=postgresql://%s@127.0.0.1:%s/%s\n' "$role" "$port" "$database"
    printf 'export PGPASSFILE=%s/pgpass\n' "$dir"
    printf 'export WAVESHELF_TEST_PG_DIR=%s\n' "$dir"
}

stop() {
    local dir
    dir="$(cluster_dir "${1:-}")"
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    pause) as_owner "$pg_bin/pg_ctl" -D "$(cluster_dir "${2:-}")/data" -m fast -w stop >/dev/null ;;
    resume) run_server "$(cluster_dir "${2:-}")" ;;
    *) echo "usage: $0 start | stop [DIR] | pause [DIR] | resume [DIR]" >&2; exit 2 ;;
esac
