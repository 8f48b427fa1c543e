#!/usr/bin/env bash
# Times running migrations side by side on the same workload: retort (Java revisions and SQL
# revisions), Alembic, Flyway, Liquibase, and the database's own client applying the same SQL in
# one call (the floor), on SQLite, PostgreSQL and MariaDB, for N revisions that each create one
# table and one index (linear, or with --branches B a history with B branches and merges).
#
#   bench/run-migrations.sh                          N = 100 and 1000, all databases, all tools
#   bench/run-migrations.sh --sizes 100 --dbs "sqlite postgresql" --tools "floor retort-sql alembic"
#   bench/run-migrations.sh --sizes 1000 --branches 20
#
# Options (environment variables in brackets):
#   --sizes "N..."      revision counts                               [BENCH_SIZES, "100 1000"]
#   --dbs "DB..."       sqlite postgresql mariadb                     [BENCH_DBS, all three]
#   --tools "T..."      floor retort-java retort-sql alembic flyway liquibase   [BENCH_TOOLS, all]
#   --ops "OP..."       upgrade noop current heads history downgrade sql cold   [BENCH_OPS, all]
#   --branches B        B > 0: the history with B branches and merges (Flyway and Liquibase,
#                       whose histories are linear, are left out)     [BENCH_BRANCHES, 0]
#   --runs R            upgrade/downgrade cycles where cheap          [BENCH_RUNS, 5]
#   --heavy-runs R      cycles for N >= 1000 on PostgreSQL/MariaDB    [BENCH_HEAVY_RUNS, 3]
#   --current-reps K    `current` runs per cycle (at head)            [BENCH_CURRENT_REPS, 2]
#   --sql-runs R        runs of each `upgrade head --sql`             [BENCH_SQL_RUNS, 5]
#   --cold-runs R       cold/warm pairs for the Java compile cost     [BENCH_COLD_RUNS, 3]
#   --tsv FILE          where the raw rows go      [bench/work/migrations/results-<stamp>.tsv]
#   --no-report         do not print the report at the end
#   --fresh             regenerate the projects under bench/work/migrations/
# Servers: PostgreSQL as postgres@127.0.0.1:5432 and MariaDB as root@127.0.0.1:3306, no password
# (BENCH_PG_HOSTPORT, BENCH_MARIADB_HOSTPORT), started when installed and down; each measured cycle
# gets a fresh database `retort_bench`, dropped afterwards. Alembic runs under /usr/bin/python3
# (RETORT_ALEMBIC_PYTHON) with psycopg2 and pymysql; Flyway and Liquibase from bench/peers (built
# here when stale), each in its own JVM with default options, as their users run them.
#
# One cycle, per database and tool (the tools interleaved, so a load change hits all of them):
# fresh database, time `upgrade head` (Flyway migrate, Liquibase update), the same again with
# nothing to do (noop), `current` K times (Flyway: the current version through its API; Liquibase
# has none), `heads` (Flyway info, Liquibase status --verbose: their listing of the history against
# the database), `history` (retort and Alembic), `downgrade base` (Liquibase rollback-count N;
# Flyway community has no undo), drop the database. The floor applies retort's `upgrade head --sql`
# output, then its `downgrade HEAD:base --sql` output, with psql -q -f, mariadb < file or
# sqlite3 db < file. Then `upgrade head --sql` R times per tool (offline, no database; Liquibase's
# update-sql needs one: a fresh empty database per run), and the cold compile of the Java
# revisions: `upgrade head` with migrations/.retort-cache deleted against `upgrade head` with it
# warm, R pairs. After each upgrade and downgrade the workload's tables are counted (N, then 0): a
# tool that left another number is a failure. Every command runs under /usr/bin/time (peak RSS)
# and is timed with date +%s%N.
# Raw rows go to the TSV, logs of the last run of each command to bench/work/migrations/logs/;
# bench/migration_report.py prints the tables and the targets. Nothing is written outside
# bench/work/ (besides the scratch databases on the servers).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${RETORT_ALEMBIC_PYTHON:-/usr/bin/python3}
SIZES=${BENCH_SIZES:-"100 1000"}
DBS=${BENCH_DBS:-"sqlite postgresql mariadb"}
TOOLS=${BENCH_TOOLS:-"floor retort-java retort-sql alembic flyway liquibase"}
OPS=${BENCH_OPS:-"upgrade noop current heads history downgrade sql cold"}
BRANCHES=${BENCH_BRANCHES:-0}
RUNS=${BENCH_RUNS:-5}
HEAVY_RUNS=${BENCH_HEAVY_RUNS:-3}
CURRENT_REPS=${BENCH_CURRENT_REPS:-2}
SQL_RUNS=${BENCH_SQL_RUNS:-5}
COLD_RUNS=${BENCH_COLD_RUNS:-3}
PG_HP=${BENCH_PG_HOSTPORT:-127.0.0.1:5432}
MY_HP=${BENCH_MARIADB_HOSTPORT:-127.0.0.1:3306}
FRESH=0
REPORT=1
TSV=
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift ;;
    --dbs) DBS=$2; shift ;;
    --tools) TOOLS=$2; shift ;;
    --ops) OPS=$2; shift ;;
    --branches) BRANCHES=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --heavy-runs) HEAVY_RUNS=$2; shift ;;
    --current-reps) CURRENT_REPS=$2; shift ;;
    --sql-runs) SQL_RUNS=$2; shift ;;
    --cold-runs) COLD_RUNS=$2; shift ;;
    --tsv) TSV=$2; shift ;;
    --no-report) REPORT=0 ;;
    --fresh) FRESH=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
for db in $DBS; do
  case "$db" in sqlite|postgresql|mariadb) ;; *) echo "unknown database: $db" >&2; exit 2 ;; esac
done
for t in $TOOLS; do
  case "$t" in floor|retort-java|retort-sql|alembic|flyway|liquibase) ;; *) echo "unknown tool: $t" >&2; exit 2 ;; esac
done
if [ "$BRANCHES" != 0 ]; then   # Flyway's and Liquibase's histories are linear
  TOOLS=$(echo "$TOOLS" | tr ' ' '\n' | grep -v -x -e flyway -e liquibase | tr '\n' ' ')
fi
has() { [[ " $1 " == *" $2 "* ]]; }   # has LIST WORD

WORK=${BENCH_WORK:-$ROOT/bench/work/migrations}   # BENCH_WORK: another scratch directory
LOGS=$WORK/logs
mkdir -p "$WORK" "$LOGS"
DBNAME=${BENCH_DBNAME:-retort_bench}   # BENCH_DBNAME: another scratch database name
SQLITE_DB=$WORK/bench.db
RETORT=$ROOT/bin/retort
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
TSV=${TSV:-$WORK/results-$STAMP.tsv}
source "$ROOT/bench/lib.sh"

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
bench_start_servers $DBS
"$RETORT" --version >/dev/null   # lets bin/retort build itself (and its CDS archive) before timing
PEERS_CP=
if has "$TOOLS" flyway || has "$TOOLS" liquibase; then PEERS_CP=$(bench_peers_cp); fi

# --- projects ----------------------------------------------------------------------------
project_dir() { if [ "$BRANCHES" = 0 ]; then echo "$WORK/n$1"; else echo "$WORK/n$1-b$BRANCHES"; fi; }
for n in $SIZES; do
  d=$(project_dir "$n")
  if [ "$FRESH" = 1 ] || [ ! -f "$d/head.txt" ]; then
    rm -rf "$d"
    "$PY" "$ROOT/bench/migrationgen.py" --size "$n" --branches "$BRANCHES" --out "$d"
  fi
done

# --- databases ---------------------------------------------------------------------------
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
jdbc_url() {
  case "$1" in
    sqlite) echo "jdbc:sqlite:$SQLITE_DB" ;;
    postgresql) echo "jdbc:postgresql://$PG_HP/$DBNAME" ;;
    mariadb) echo "jdbc:mariadb://$MY_HP/$DBNAME" ;;
  esac
}
# count_tables DB: the workload's tables (tNNNN) in the scratch database, to check that a tool did the work
count_tables() {
  case "$1" in
    sqlite) sqlite3 "$SQLITE_DB" "select count(*) from sqlite_master where type = 'table' and name glob 't[0-9]*'" ;;
    postgresql) psql_ -d "$DBNAME" -Atc "select count(*) from pg_tables where schemaname = 'public' and tablename ~ '^t[0-9]+$'" ;;
    mariadb) mariadb_ -N -e "select count(*) from information_schema.tables where table_schema = '$DBNAME' and table_name regexp '^t[0-9]+$'" ;;
  esac
}
# expect_tables N DB TOOL OP WANT: counts a failure when the tool left another number of tables
expect_tables() {
  local got
  got=$(count_tables "$2")
  if [ "$got" != "$5" ]; then
    FAILED=$((FAILED + 1))
    echo "FAILED: n=$1 $2 $3 $4 left $got workload tables, expected $5" >&2
    return 1
  fi
}
db_user() { case "$1" in sqlite) echo "" ;; postgresql) echo postgres ;; mariadb) echo root ;; esac; }

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
# supports TOOL OP: whether the tool has the command at all (the report says "paid" or "n/a")
supports() {
  case "$1/$2" in
    floor/upgrade|floor/downgrade) return 0 ;;
    floor/*) return 1 ;;
    flyway/upgrade|flyway/noop|flyway/current|flyway/heads) return 0 ;;
    flyway/*) return 1 ;;
    liquibase/upgrade|liquibase/noop|liquibase/heads|liquibase/downgrade|liquibase/sql) return 0 ;;
    liquibase/*) return 1 ;;
    *) return 0 ;;
  esac
}
# run_tool N DB TOOL OP RUN [OUTFILE]
run_tool() {
  local n=$1 db=$2 tool=$3 op=$4 run=$5 out=${6:-}
  local d args=() cmd=()
  d=$(project_dir "$n")
  case "$op" in
    upgrade|noop|upgrade-cold|upgrade-warm) args=(upgrade head) ;;
    downgrade) args=(downgrade base) ;;
    current) args=(current) ;;
    heads) args=(heads) ;;
    history) args=(history) ;;
    sql) args=(upgrade head --sql) ;;
  esac
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
    flyway)
      local fop
      case "$op" in upgrade|noop) fop=migrate ;; current) fop=current ;; heads) fop=info ;; esac
      cmd=(java -cp "$PEERS_CP" dev.retort.bench.peers.FlywayMain "$(jdbc_url "$db")" "$(db_user "$db")"
           "filesystem:$d/flyway-$db" "$fop") ;;
    liquibase)
      local lop=()
      case "$op" in
        upgrade|noop) lop=(update) ;;
        heads) lop=(status --verbose) ;;
        downgrade) lop=(rollback-count "--count=$n") ;;
        sql) lop=(update-sql) ;;
      esac
      cmd=(java -cp "$PEERS_CP" liquibase.integration.commandline.LiquibaseCommandLine
           --analytics-enabled=false --url="$(jdbc_url "$db")")
      [ -n "$(db_user "$db")" ] && cmd+=(--username="$(db_user "$db")")
      cmd+=(--changelog-file=changelog.sql --search-path="$d/liquibase-$db" "${lop[@]}") ;;
  esac
  if [ -n "$out" ]; then
    cmd=(bash -c 'out=$1; shift; exec "$@" > "$out"' _ "$out" "${cmd[@]}")
  fi
  timed "$n" "$db" "$tool" "$op" "$run" "${cmd[@]}"
}
# op OP TOOL N DB RUN: runs OP when it was asked for and the tool has it
op() {
  local o=$1 tool=$2
  has "$OPS" "$o" && supports "$tool" "$o" || return 0
  run_tool "$3" "$4" "$tool" "$o" "$5" || true
}

bench_machine
echo "retort: $(git -C "$ROOT" rev-parse --short HEAD) ($("$RETORT" --version 2>&1 | head -1)); $(java -version 2>&1 | head -1)"
echo "alembic: $("$PY" -c 'import alembic, sqlalchemy; print(alembic.__version__, "/ SQLAlchemy", sqlalchemy.__version__)') on $("$PY" --version)"
[ -n "$PEERS_CP" ] && echo "peers: $(ls "$ROOT/bench/peers/target/lib" | grep -E '^(flyway-core|liquibase-core)' | tr '\n' ' ')"
echo "sizes: $SIZES; branches: $BRANCHES; databases: $DBS; tools: $TOOLS"
echo "ops: $OPS; cycles $RUNS (N>=1000 on servers: $HEAVY_RUNS), current x$CURRENT_REPS per cycle, --sql x$SQL_RUNS, cold pairs x$COLD_RUNS"
echo "raw results: $TSV"
echo
SECONDS=0
for n in $SIZES; do
  d=$(project_dir "$n")
  head=$(cat "$d/head.txt")
  # the warm class cache for the Java revisions, and the floor's SQL (retort's offline output)
  for db in $DBS; do
    "$RETORT" -c "$d/retort-java/retort.toml" --url "$(retort_url "$db")" upgrade head --sql > "$d/floor-$db-up.sql"
    "$RETORT" -c "$d/retort-java/retort.toml" --url "$(retort_url "$db")" downgrade "$head:base" --sql > "$d/floor-$db-down.sql"
  done
  for db in $DBS; do
    runs=$RUNS
    if [ "$n" -ge 1000 ] && [ "$db" != sqlite ]; then runs=$HEAVY_RUNS; fi
    if has "$OPS" upgrade; then
      echo "[$(date +%H:%M:%S) +${SECONDS}s] N=$n $db: $runs cycles (load $(cut -d' ' -f1 /proc/loadavg))"
      for ((r = 1; r <= runs; r++)); do
        for tool in $TOOLS; do
          fresh_db "$db"
          if run_tool "$n" "$db" "$tool" upgrade "$r" && expect_tables "$n" "$db" "$tool" upgrade "$n"; then
            op noop "$tool" "$n" "$db" "$r"
            if has "$OPS" current && supports "$tool" current; then
              for ((k = 1; k <= CURRENT_REPS; k++)); do run_tool "$n" "$db" "$tool" current "$r.$k" || true; done
            fi
            op heads "$tool" "$n" "$db" "$r"
            op history "$tool" "$n" "$db" "$r"
            if has "$OPS" downgrade && supports "$tool" downgrade; then
              run_tool "$n" "$db" "$tool" downgrade "$r" && expect_tables "$n" "$db" "$tool" downgrade 0 || true
            fi
          fi
          drop_db "$db"
        done
      done
    fi
    if has "$OPS" sql; then
      echo "[$(date +%H:%M:%S) +${SECONDS}s] N=$n $db: upgrade head --sql x$SQL_RUNS"
      for ((r = 1; r <= SQL_RUNS; r++)); do
        for tool in $TOOLS; do
          supports "$tool" sql || continue
          if [ "$tool" = liquibase ]; then fresh_db "$db"; fi   # update-sql reads its changelog table
          run_tool "$n" "$db" "$tool" sql "$r" "$WORK/offline-$tool.sql" || true
          if [ "$tool" = liquibase ]; then drop_db "$db"; fi
        done
      done
    fi
  done
  # the cold compile: first upgrade with an empty class cache against one with a warm cache
  if has "$OPS" cold && has "$TOOLS" retort-java; then
    if has "$DBS" sqlite; then cdb=sqlite; else cdb=${DBS%% *}; fi
    echo "[$(date +%H:%M:%S) +${SECONDS}s] N=$n cold compile on $cdb: $COLD_RUNS pairs"
    for ((r = 1; r <= COLD_RUNS; r++)); do
      rm -rf "$d/retort-java/migrations/.retort-cache"
      fresh_db "$cdb"; run_tool "$n" "$cdb" retort-java upgrade-cold "$r" || true; drop_db "$cdb"
      fresh_db "$cdb"; run_tool "$n" "$cdb" retort-java upgrade-warm "$r" || true; drop_db "$cdb"
    done
  fi
done
echo "[$(date +%H:%M:%S) +${SECONDS}s] done; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if [ "$REPORT" = 1 ]; then "$PY" "$ROOT/bench/migration_report.py" "$TSV"; fi
if [ "$FAILED" != 0 ]; then echo "$FAILED command(s) FAILED; see $LOGS" >&2; exit 1; fi
