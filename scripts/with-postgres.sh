#!/usr/bin/env bash
# Runs a command with a real PostgreSQL server, its URL in LPC_TEST_DATABASE_URL:
#   bash scripts/with-postgres.sh node --test ...
# Uses LPC_TEST_DATABASE_URL (or DATABASE_URL) when set. Otherwise starts a throw-away server from the
# machine's binaries (/usr/lib/postgresql/*/bin) in a temporary folder, on loopback and a free port,
# as the `postgres` user when run as root (initdb refuses root), and stops it when the command ends.
# When the binaries are missing and we are root, Debian's `postgresql` package is installed.
# When no server can be had, the command still runs, with LPC_TEST_DATABASE_UNAVAILABLE saying why:
# the PostgreSQL tests then fail with that message (they never skip silently).
set -u
if [ "$#" -eq 0 ]; then echo "usage: with-postgres.sh <command> [args...]" >&2; exit 2; fi

if [ -n "${LPC_TEST_DATABASE_URL:-}" ] || [ -n "${DATABASE_URL:-}" ]; then
  export LPC_TEST_DATABASE_URL="${LPC_TEST_DATABASE_URL:-$DATABASE_URL}"
  exec "$@"
fi

unavailable() {
  local msg=$1; shift
  echo "with-postgres: $msg" >&2
  export LPC_TEST_DATABASE_UNAVAILABLE="$msg"
  exec "$@"
}

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin=$(find_bin)
if [ -z "$bin" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "with-postgres: installing Debian's postgresql package" >&2
  (apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1; })
  bin=$(find_bin)
fi
if [ -z "$bin" ]; then
  unavailable "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin) and they could not be installed; set LPC_TEST_DATABASE_URL to a server to test against" "$@"
fi

as_owner=()
dir=$(mktemp -d "${TMPDIR:-/tmp}/lpc-postgres.XXXXXX")
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir" || { rm -rf "$dir"; unavailable "cannot hand $dir to the postgres user" "$@"; }
  as_owner=(runuser -u postgres --)
fi
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

if ! "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  export LPC_TEST_DATABASE_UNAVAILABLE="initdb failed (see above)"
  "$@"; exit $?
fi
if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null 2>&1; then
  cat "$dir/server.log" >&2
  export LPC_TEST_DATABASE_UNAVAILABLE="PostgreSQL did not start (see above)"
  "$@"; exit $?
fi
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
export LPC_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
