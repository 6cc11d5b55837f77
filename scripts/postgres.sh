#!/usr/bin/env bash
# Prints a PostgreSQL admin URL for kezek-server's tests and local runs, on stdout alone:
#   export KEZEK_TEST_DATABASE_URL="$(scripts/postgres.sh)"
# If a server answers on 127.0.0.1:5432 its URL is printed and nothing else is done. Otherwise
# (or with --new) a throwaway cluster from Debian's `postgresql` package is started in a temp dir on
# a free port (trust auth, fsync off: tests only). A server already running is never touched.
# Stop a throwaway cluster with: scripts/postgres.sh --stop DIR   (DIR is printed on stderr).
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

as_owner() {
  # initdb and pg_ctl refuse to run as root: use the postgres user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

answers() { # port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

if [ "${1:-}" = "--stop" ]; then
  dir="${2:?usage: scripts/postgres.sh --stop DIR}"
  as_owner "$(pg_bin)/pg_ctl" -D "$dir" -m fast stop >&2
  rm -rf "$dir"
  exit 0
fi

if [ "${1:-}" != "--new" ] && answers 5432; then
  say "PostgreSQL answers on 127.0.0.1:5432; using it."
  echo "postgres://postgres@127.0.0.1:5432/postgres"
  exit 0
fi

if [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL is not installed: as root, run apt-get install -y postgresql"
    exit 1
  fi
  say "Installing Debian's postgresql package..."
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin="$(pg_bin)"

port=55432
while answers "$port"; do port=$((port + 1)); done

dir="$(mktemp -d /tmp/kezek-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
say "Throwaway PostgreSQL in $dir on port $port; stop it with: scripts/postgres.sh --stop $dir"
echo "postgres://postgres@127.0.0.1:$port/postgres"
