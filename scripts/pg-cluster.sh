#!/usr/bin/env bash
# A private PostgreSQL 15 cluster in a folder of ours, run by an unprivileged user.
#
#   pg-cluster.sh start DIR [--tcp] [--fast]   create once (initdb) and start; prints nothing on success
#   pg-cluster.sh stop DIR                     stop cleanly (fast shutdown), if running
#   pg-cluster.sh status DIR                   exit 0 when running
#
# After start, DIR/env holds PGHOST (the Unix socket directory), PGPORT, PGUSER and, with --tcp,
# KIROKU_PG_TCP_PORT (127.0.0.1 only, password auth; password in DIR/pg-password, mode 0600).
# PostgreSQL refuses to run as root: as root the cluster belongs to the system user "kiroku",
# created here when missing. --fast turns durability off (fsync, synchronous_commit): tests only.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop|status DIR [--tcp] [--fast]" >&2; exit 2; }
shift 2
tcp=0
fast=0
for arg in "$@"; do
    case "$arg" in
        --tcp) tcp=1 ;;
        --fast) fast=1 ;;
        *) echo "$0: unknown option $arg" >&2; exit 2 ;;
    esac
done

bindir=${KIROKU_PG_BINDIR:-/usr/lib/postgresql/15/bin}
[[ -x "$bindir/initdb" ]] || { echo "$0: PostgreSQL 15 server binaries not found in $bindir (apt-get install postgresql)" >&2; exit 1; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

owner=$(id -un)
as_owner() { "$@"; }
if [[ $(id -u) -eq 0 ]]; then
    owner=kiroku
    if ! id -u "$owner" >/dev/null 2>&1; then
        useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
    fi
    as_owner() { runuser -u "$owner" -- "$@"; }
fi

# The data and socket folders must be reachable by the owner and the socket path short (108 bytes):
# when DIR is not (say, under /root, or very deep), they live under /tmp, and DIR/data links to them.
key=$(printf '%s' "$dir" | sha256sum | cut -c1-12)
side="${TMPDIR:-/tmp}/kiroku-pg-$key"
datadir="$dir/data"
sockdir="$dir/run"
if [[ ! -e "$datadir" ]]; then
    if as_owner test -x "$dir" 2>/dev/null && [[ ${#dir} -lt 80 ]]; then
        mkdir -p "$datadir" "$sockdir"
    else
        mkdir -p "$side/data" "$side/run"
        ln -sfn "$side/data" "$datadir"
        ln -sfn "$side/run" "$sockdir"
    fi
fi
sockdir=$(readlink -f "$sockdir")
datadir=$(readlink -f "$datadir")
[[ $(id -u) -ne 0 ]] || chown "$owner:" "$datadir" "$sockdir"
chmod 0700 "$datadir" "$sockdir"

running() { as_owner "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1; }

free_port() {
    local port
    for port in $(seq 54320 54999); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "$0: no free TCP port between 54320 and 54999" >&2
    exit 1
}

case "$cmd" in
start)
    if [[ ! -f "$datadir/PG_VERSION" ]]; then
        pwfile="$dir/pg-password"
        if [[ ! -f "$pwfile" ]]; then
            (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$pwfile")
        fi
        chmod 0600 "$pwfile"
        pwtmp=$(as_owner mktemp)
        cat "$pwfile" | as_owner tee "$pwtmp" >/dev/null
        as_owner "$bindir/initdb" -D "$datadir" -U "$owner" --encoding=UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pwtmp" >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; as_owner rm -f "$pwtmp"; exit 1; }
        as_owner rm -f "$pwtmp"
    fi
    if running; then
        exit 0
    fi
    port=5432
    listen=""
    if [[ $tcp -eq 1 ]]; then
        port=$(free_port)
        listen="127.0.0.1"
    fi
    opts="-c listen_addresses='$listen' -c port=$port -c unix_socket_directories='$sockdir'"
    opts+=" -c unix_socket_permissions=0700 -c timezone=UTC -c max_connections=200"
    if [[ $fast -eq 1 ]]; then
        opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_owner "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -o "$opts" -w -t 60 start >/dev/null ||
        { tail -n 30 "$datadir/server.log" >&2 || true; exit 1; }
    {
        echo "PGHOST=$sockdir"
        echo "PGPORT=$port"
        echo "PGUSER=$owner"
        [[ $tcp -eq 0 ]] || echo "KIROKU_PG_TCP_PORT=$port"
    } >"$dir/env"
    ;;
stop)
    if [[ -f "$datadir/PG_VERSION" ]] && running; then
        as_owner "$bindir/pg_ctl" -D "$datadir" -m fast -w -t 60 stop >/dev/null
    fi
    ;;
status)
    running
    ;;
*)
    echo "usage: $0 start|stop|status DIR [--tcp] [--fast]" >&2
    exit 2
    ;;
esac
