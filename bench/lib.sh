# Shared by the benchmark scripts (sourced, not run): the prerequisites, the local database
# servers, and the JVM peers' class path. Expects ROOT (the checkout) and PY (the python that
# has Alembic) to be set.

# bench_need_packages PKG...: installs the Debian packages that are missing (as root, once)
bench_need_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} = 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
    return 1
  fi
  echo "installing ${missing[*]} ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
}

# bench_start_servers DB...: starts the local PostgreSQL / MariaDB when installed and down, as
# .ci/run does; fails when a server the run needs does not answer
bench_start_servers() {
  local db
  for db in "$@"; do
    case "$db" in
      postgresql)
        if ! pg_isready -q -h "${PG_HP%:*}" -p "${PG_HP#*:}"; then
          pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
          for _ in $(seq 1 30); do pg_isready -q -h "${PG_HP%:*}" -p "${PG_HP#*:}" && break; sleep 1; done
        fi
        pg_isready -q -h "${PG_HP%:*}" -p "${PG_HP#*:}" \
          || { echo "PostgreSQL is not answering at $PG_HP" >&2; return 1; } ;;
      mariadb)
        if ! mariadb-admin -h "${MY_HP%:*}" -P "${MY_HP#*:}" -u root ping >/dev/null 2>&1; then
          start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
          for _ in $(seq 1 30); do mariadb-admin -h "${MY_HP%:*}" -P "${MY_HP#*:}" -u root ping >/dev/null 2>&1 && break; sleep 1; done
        fi
        mariadb-admin -h "${MY_HP%:*}" -P "${MY_HP#*:}" -u root ping >/dev/null 2>&1 \
          || { echo "MariaDB is not answering at $MY_HP" >&2; return 1; } ;;
    esac
  done
}

# bench_peers_cp: builds bench/peers (Flyway, Liquibase, the JDBC drivers) when its pom or
# sources are newer than its jar; prints the class path
bench_peers_cp() {
  local dir=$ROOT/bench/peers jar=$ROOT/bench/peers/target/peers.jar
  if [ ! -f "$jar" ] || [ -n "$(find "$dir/pom.xml" "$dir/src" -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
    echo "building bench/peers (Flyway, Liquibase) ..." >&2
    (cd "$dir" && rm -rf target && mvn -B -q package >&2)
  fi
  echo "$jar:$dir/target/lib/*"
}

psql_() { PGOPTIONS="-c client_min_messages=warning" psql -h "${PG_HP%:*}" -p "${PG_HP#*:}" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
mariadb_() { mariadb -h "${MY_HP%:*}" -P "${MY_HP#*:}" -u root "$@"; }

bench_machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), memory $(free -h | awk '/^Mem:/ {print $2}')"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
