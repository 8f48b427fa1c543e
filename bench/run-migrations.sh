#!/usr/bin/env bash
# Times running migrations: retort (Java revisions and SQL revisions) against Alembic and against
# the database's own client applying the same SQL in one call (the floor), on SQLite, PostgreSQL
# and MariaDB, for N linear revisions that each create one table and one index.
#
#   bench/run-migrations.sh                          N = 100 and 1000, all three databases
#   bench/run-migrations.sh --sizes 100 --dbs "sqlite postgresql"
#   bench/run-migrations.sh --runs 5 --heavy-runs 3 --fresh
#
# Options (environment variables in brackets):
#   --sizes "N..."      revision counts                               [BENCH_SIZES, "100 1000"]
#   --dbs "DB..."       sqlite postgresql mariadb                     [BENCH_DBS, all three]
#   --runs R            upgrade/downgrade cycles where cheap          [BENCH_RUNS, 5]
#   --heavy-runs R      cycles for N >= 1000 on PostgreSQL/MariaDB    [BENCH_HEAVY_RUNS, 3]
#   --current-reps K    `current` runs per cycle (at head)            [BENCH_CURRENT_REPS, 2]
#   --sql-runs R        runs of each `upgrade head --sql`             [BENCH_SQL_RUNS, 5]
#   --cold-runs R       cold/warm pairs for the Java compile cost     [BENCH_COLD_RUNS, 3]
#   --fresh             regenerate the projects under bench/work/migrations/
# Servers: PostgreSQL as postgres@127.0.0.1:5432 and MariaDB as root@127.0.0.1:3306, no password
# (BENCH_PG_HOSTPORT, BENCH_MARIADB_HOSTPORT); each measured cycle gets a fresh database
# `retort_bench`, dropped afterwards. Alembic runs under /usr/bin/python3 (RETORT_ALEMBIC_PYTHON)
# with psycopg2 and pymysql.
#
# One cycle, per database and tool (floor, retort-java, retort-sql, alembic; the tools
# interleaved, so a load change hits all of them): fresh database, time `upgrade head`, time
# `current` K times, time `downgrade base`, drop the database. The floor applies retort's
# `upgrade head --sql` output, then its `downgrade HEAD:base --sql` output, with psql -q -f,
# mariadb < file or sqlite3 db < file. Then `upgrade head --sql` R times per tool (offline, no
# database), and the cold compile of the Java revisions: on SQLite, `upgrade head` with
# migrations/.retort-cache deleted against `upgrade head` with it warm, R pairs.
# Every command runs under /usr/bin/time (peak RSS) and is timed with date +%s%N. Raw rows go to
# bench/work/migrations/results-<stamp>.tsv, logs of the last run of each command to .../logs/;
# bench/migration_report.py prints the table and the targets. Nothing is written outside
# bench/work/ (besides the scratch databases on the servers).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${RETORT_ALEMBIC_PYTHON:-/usr/bin/python3}
SIZES=${BENCH_SIZES:-"100 1000"}
DBS=${BENCH_DBS:-"sqlite postgresql mariadb"}
RUNS=${BENCH_RUNS:-5}
HEAVY_RUNS=${BENCH_HEAVY_RUNS:-3}
CURRENT_REPS=${BENCH_CURRENT_REPS:-2}
SQL_RUNS=${BENCH_SQL_RUNS:-5}
COLD_RUNS=${BENCH_COLD_RUNS:-3}
PG_HP=${BENCH_PG_HOSTPORT:-127.0.0.1:5432}
MY_HP=${BENCH_MARIADB_HOSTPORT:-127.0.0.1:3306}
FRESH=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift ;;
    --dbs) DBS=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --heavy-runs) HEAVY_RUNS=$2; shift ;;
    --current-reps) CURRENT_REPS=$2; shift ;;
    --sql-runs) SQL_RUNS=$2; shift ;;
    --cold-runs) COLD_RUNS=$2; shift ;;
    --fresh) FRESH=1 ;;
    -h|--help) sed -n '2,34p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
for db in $DBS; do
  case "$db" in sqlite|postgresql|mariadb) ;; *) echo "unknown database: $db" >&2; exit 2 ;; esac
done

WORK=$ROOT/bench/work/migrations
LOGS=$WORK/logs
mkdir -p "$WORK" "$LOGS"
DBNAME=retort_bench
SQLITE_DB=$WORK/bench.db
RETORT=$ROOT/bin/retort
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
TSV=$WORK/results-$STAMP.tsv

# --- prerequisites -----------------------------------------------------------------------
if ! "$PY" -c 'import alembic' 2>/dev/null; then
  echo "Alembic is not installed for $PY: apt-get install -y python3-alembic" >&2; exit 1
fi
for db in $DBS; do
  case "$db" in
    postgresql) "$PY" -c 'import psycopg2' 2>/dev/null || { echo "apt-get install -y python3-psycopg2" >&2; exit 1; }
                command -v psql >/dev/null || { echo "psql not found" >&2; exit 1; } ;;
    mariadb) "$PY" -c 'import pymysql' 2>/dev/null || { echo "apt-get install -y python3-pymysql" >&2; exit 1; }
             command -v mariadb >/dev/null || { echo "mariadb client not found" >&2; exit 1; } ;;
    sqlite) command -v sqlite3 >/dev/null || { echo "sqlite3 not found" >&2; exit 1; } ;;
  esac
done
"$RETORT" --version >/dev/null   # lets bin/retort build itself (and its CDS archive) before timing

# --- projects ----------------------------------------------------------------------------
for n in $SIZES; do
  d=$WORK/n$n
  if [ "$FRESH" = 1 ] || [ ! -f "$d/head.txt" ]; then
    rm -rf "$d"
    "$PY" "$ROOT/bench/migrationgen.py" --size "$n" --out "$d"
  fi
done

# --- databases ---------------------------------------------------------------------------
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -h "${PG_HP%:*}" -p "${PG_HP#*:}" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
mariadb_() { mariadb -h "${MY_HP%:*}" -P "${MY_HP#*:}" -u root "$@"; }

fresh_db() {
  case "$1" in
    sqlite) rm -f "$SQLITE_DB" ;;
    postgresql) psql_ -d postgres -c "DROP DATABASE IF EXISTS $DBNAME" -c "CREATE DATABASE $DBNAME" ;;
    mariadb) mariadb_ -e "DROP DATABASE IF EXISTS $DBNAME; CREATE DATABASE $DBNAME" ;;
  esac
}
drop_db() {
  case "$1" in
    sqlite) rm -f "$SQLITE_DB" ;;
    postgresql) psql_ -d postgres -c "DROP DATABASE IF EXISTS $DBNAME" ;;
    mariadb) mariadb_ -e "DROP DATABASE IF EXISTS $DBNAME" ;;
  esac
}
retort_url() {
  case "$1" in
    sqlite) echo "sqlite:///$SQLITE_DB" ;;
    postgresql) echo "postgresql://postgres@$PG_HP/$DBNAME" ;;
    mariadb) echo "mariadb://root@$MY_HP/$DBNAME" ;;
  esac
}
alembic_url() {
  case "$1" in
    sqlite) echo "sqlite:///$SQLITE_DB" ;;
    postgresql) echo "postgresql+psycopg2://postgres@$PG_HP/$DBNAME" ;;
    mariadb) echo "mysql+pymysql://root@$MY_HP/$DBNAME" ;;
  esac
}

# --- timing ------------------------------------------------------------------------------
printf 'n\tdb\ttool\top\trun\tseconds\trss_kb\n' > "$TSV"
FAILED=0
# timed N DB TOOL OP RUN CMD...: runs CMD under /usr/bin/time, appends a row to the TSV
timed() {
  local n=$1 db=$2 tool=$3 op=$4 run=$5; shift 5
  local log=$LOGS/$n-$db-$tool-$op.log rss=$LOGS/.rss t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$rss" "$@" > "$log" 2>&1 || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" != 0 ]; then
    FAILED=$((FAILED + 1))
    echo "FAILED ($rc): n=$n $db $tool $op: $*" >&2
    tail -n 5 "$log" | sed 's/^/    /' >&2
    printf '%s\t%s\t%s\t%s\t%s\tERROR\t\n' "$n" "$db" "$tool" "$op" "$run" >> "$TSV"
    return 1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$db" "$tool" "$op" "$run" \
    "$(awk -v d=$((t1 - t0)) 'BEGIN { printf "%.4f", d / 1e9 }')" "$(tail -n 1 "$rss")" >> "$TSV"
}
# run_tool N DB TOOL upgrade|downgrade|current|sql RUN [OUTFILE]
run_tool() {
  local n=$1 db=$2 tool=$3 op=$4 run=$5 out=${6:-}
  local d=$WORK/n$n head args=()
  head=$(cat "$d/head.txt")
  case "$op" in
    upgrade|upgrade-cold|upgrade-warm) args=(upgrade head) ;;
    downgrade) args=(downgrade base) ;;
    current) args=(current) ;;
    sql) args=(upgrade head --sql) ;;
  esac
  local cmd=()
  case "$tool" in
    floor)
      local file=$d/floor-$db-up.sql
      [ "$op" = downgrade ] && file=$d/floor-$db-down.sql
      case "$db" in
        sqlite) cmd=(bash -c 'exec sqlite3 -bail "$1" < "$2"' _ "$SQLITE_DB" "$file") ;;
        postgresql) cmd=(psql -h "${PG_HP%:*}" -p "${PG_HP#*:}" -U postgres -X -q -v ON_ERROR_STOP=1 -d "$DBNAME" -f "$file") ;;
        mariadb) cmd=(bash -c 'exec mariadb -h "$1" -P "$2" -u root "$3" < "$4"' _ "${MY_HP%:*}" "${MY_HP#*:}" "$DBNAME" "$file") ;;
      esac ;;
    retort-java|retort-sql)
      local proj=$d/retort-java
      [ "$tool" = retort-sql ] && proj=$d/retort-sql-$db
      cmd=("$RETORT" -c "$proj/retort.toml" --url "$(retort_url "$db")" "${args[@]}") ;;
    alembic)
      cmd=("$PY" -m alembic -c "$d/alembic/alembic.ini" -x "url=$(alembic_url "$db")" "${args[@]}") ;;
  esac
  if [ -n "$out" ]; then
    cmd=(bash -c 'out=$1; shift; exec "$@" > "$out"' _ "$out" "${cmd[@]}")
  fi
  timed "$n" "$db" "$tool" "$op" "$run" "${cmd[@]}"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), memory $(free -h | awk '/^Mem:/ {print $2}')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "retort: $(git -C "$ROOT" rev-parse --short HEAD) ($("$RETORT" --version 2>&1 | head -1)); $(java -version 2>&1 | head -1)"
echo "alembic: $("$PY" -c 'import alembic, sqlalchemy; print(alembic.__version__, "/ SQLAlchemy", sqlalchemy.__version__)') on $("$PY" --version)"
echo "sizes: $SIZES; databases: $DBS; cycles $RUNS (N>=1000 on servers: $HEAVY_RUNS), current x$CURRENT_REPS per cycle, --sql x$SQL_RUNS, cold pairs x$COLD_RUNS"
echo "raw results: $TSV"
echo
SECONDS=0
for n in $SIZES; do
  d=$WORK/n$n
  head=$(cat "$d/head.txt")
  # the warm class cache for the Java revisions, and the floor's SQL (retort's offline output)
  for db in $DBS; do
    "$RETORT" -c "$d/retort-java/retort.toml" --url "$(retort_url "$db")" upgrade head --sql > "$d/floor-$db-up.sql"
    "$RETORT" -c "$d/retort-java/retort.toml" --url "$(retort_url "$db")" downgrade "$head:base" --sql > "$d/floor-$db-down.sql"
  done
  for db in $DBS; do
    runs=$RUNS
    if [ "$n" -ge 1000 ] && [ "$db" != sqlite ]; then runs=$HEAVY_RUNS; fi
    echo "[$(date +%H:%M:%S) +${SECONDS}s] N=$n $db: $runs cycles (load $(cut -d' ' -f1 /proc/loadavg))"
    for ((r = 1; r <= runs; r++)); do
      for tool in floor retort-java retort-sql alembic; do
        fresh_db "$db"
        if run_tool "$n" "$db" "$tool" upgrade "$r"; then
          if [ "$tool" != floor ]; then
            for ((k = 1; k <= CURRENT_REPS; k++)); do run_tool "$n" "$db" "$tool" current "$r.$k" || true; done
          fi
          run_tool "$n" "$db" "$tool" downgrade "$r" || true
        fi
        drop_db "$db"
      done
    done
    echo "[$(date +%H:%M:%S) +${SECONDS}s] N=$n $db: upgrade head --sql x$SQL_RUNS"
    for ((r = 1; r <= SQL_RUNS; r++)); do
      for tool in retort-java retort-sql alembic; do
        run_tool "$n" "$db" "$tool" sql "$r" "$WORK/offline-$tool.sql" || true
      done
    done
  done
  # the cold compile: first upgrade with an empty class cache against one with a warm cache
  if [[ " $DBS " == *" sqlite "* ]]; then cdb=sqlite; else cdb=${DBS%% *}; fi
  echo "[$(date +%H:%M:%S) +${SECONDS}s] N=$n cold compile on $cdb: $COLD_RUNS pairs"
  for ((r = 1; r <= COLD_RUNS; r++)); do
    rm -rf "$d/retort-java/migrations/.retort-cache"
    fresh_db "$cdb"; run_tool "$n" "$cdb" retort-java upgrade-cold "$r" || true; drop_db "$cdb"
    fresh_db "$cdb"; run_tool "$n" "$cdb" retort-java upgrade-warm "$r" || true; drop_db "$cdb"
  done
done
echo "[$(date +%H:%M:%S) +${SECONDS}s] done; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$PY" "$ROOT/bench/migration_report.py" "$TSV"
if [ "$FAILED" != 0 ]; then echo "$FAILED command(s) FAILED; see $LOGS" >&2; exit 1; fi
