#!/usr/bin/env bash
# The whole benchmark in one command: retort beside Alembic, Flyway, Liquibase and the database's
# own client on the same workload, in one run, on this machine; then autogenerate against Alembic
# and the JMH benchmarks of retort's hot paths. Writes bench/work/results-<stamp>/results.md and
# puts it into bench/README.md between the "bench/run.sh results" markers.
#
#   bench/run.sh                 the default run (estimated 35-40 min on 2 quiet cores; see README)
#   bench/run.sh --quick         a smoke run: N = 100, one cycle, small autogenerate and JMH
#   bench/run.sh --sizes "100 1000" --dbs "sqlite postgresql" --runs 5 --only "migrations jmh"
#
# Options:
#   --sizes "N..."     linear workloads with every tool and command          [100 1000]
#   --dbs "DB..."      sqlite postgresql mariadb                             [all three]
#   --runs R           upgrade/downgrade cycles per database and size        [3]
#   --heavy-runs R     cycles for N >= 1000 on PostgreSQL and MariaDB        [2]
#   --sql-runs R       runs of each `upgrade head --sql`                     [3]
#   --branched N       size of the history with 20 branches and merges       [1000]
#   --branched-runs R  its cycles                                            [2]
#   --big N            the size for the commands that stay under a minute per tool: heads and
#                      history (hyperfine) and upgrade head --sql on SQLite  [10000]
#   --tables N         autogenerate schema size                              [1000]
#   --only "PART..."   migrations branched big graph autogen jmh             [all]
#   --quick            sizes 100, 1 cycle, branched 100, big 1000, tables 100, short JMH
#   --no-readme        leave bench/README.md alone
# Needs a JDK 17 and Maven; installs what else is missing with apt-get (python3-alembic,
# python3-psycopg2, python3-pymysql, hyperfine, sqlite3, the PostgreSQL and MariaDB clients, time)
# and starts the local PostgreSQL and MariaDB servers when they are installed and down.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${RETORT_ALEMBIC_PYTHON:-/usr/bin/python3}
PG_HP=${BENCH_PG_HOSTPORT:-127.0.0.1:5432}
MY_HP=${BENCH_MARIADB_HOSTPORT:-127.0.0.1:3306}
SIZES="100 1000"
DBS="sqlite postgresql mariadb"
RUNS=3
HEAVY_RUNS=2
SQL_RUNS=3
BRANCHED=1000
BRANCHED_RUNS=2
BIG=10000
TABLES=1000
PARTS="migrations branched big graph autogen jmh"
QUICK=0
README_UPDATE=1
JMH_OPTS=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift ;;
    --dbs) DBS=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --heavy-runs) HEAVY_RUNS=$2; shift ;;
    --sql-runs) SQL_RUNS=$2; shift ;;
    --branched) BRANCHED=$2; shift ;;
    --branched-runs) BRANCHED_RUNS=$2; shift ;;
    --big) BIG=$2; shift ;;
    --tables) TABLES=$2; shift ;;
    --only) PARTS=$2; shift ;;
    --quick) QUICK=1 ;;
    --no-readme) README_UPDATE=0 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$QUICK" = 1 ]; then
  SIZES=100; RUNS=1; HEAVY_RUNS=1; SQL_RUNS=1; BRANCHED=100; BRANCHED_RUNS=1; BIG=1000; TABLES=100
  JMH_OPTS=(-f 1 -wi 1 -w 1s -i 1 -r 1s -p revisions=1000)
fi
has() { [[ " $1 " == *" $2 "* ]]; }
source "$ROOT/bench/lib.sh"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/bench/work/results-$STAMP
mkdir -p "$OUT"
exec > >(tee "$OUT/run.log") 2>&1
SECONDS=0
step() { echo; echo "=== [$(date -u +%H:%M:%S) +${SECONDS}s, load $(cut -d' ' -f1 /proc/loadavg)] $*"; }

# --- what the run needs --------------------------------------------------------------------
step "prerequisites"
command -v java >/dev/null && command -v mvn >/dev/null || { echo "needs a JDK 17 and Maven on PATH" >&2; exit 1; }
bench_need_packages python3-alembic python3-psycopg2 python3-pymysql hyperfine sqlite3 \
  postgresql-client mariadb-client time
NEED_SERVERS=$DBS
has "$PARTS" autogen && ! has "$DBS" postgresql && NEED_SERVERS="$NEED_SERVERS postgresql"
bench_start_servers $NEED_SERVERS

step "building retort, the JMH benchmarks and the peers (no install into ~/.m2)"
mvn -B -q -DskipTests package
"$ROOT/bin/retort" --version >/dev/null   # bin/retort's CDS archive
PEERS_CP=$(bench_peers_cp)
echo "peers class path: $PEERS_CP"

# --- the parts -----------------------------------------------------------------------------
MIG=(bench/run-migrations.sh --dbs "$DBS" --runs "$RUNS" --heavy-runs "$HEAVY_RUNS" --sql-runs "$SQL_RUNS"
     --current-reps 2 --cold-runs "$RUNS" --no-report)
if has "$PARTS" migrations; then
  step "linear workloads N = $SIZES: every tool, every command"
  "${MIG[@]}" --sizes "$SIZES" --tsv "$OUT/migrations.tsv" || echo "(some commands failed: see above)"
fi
if has "$PARTS" branched; then
  step "history with 20 branches and merges, N = $BRANCHED: retort and Alembic"
  "${MIG[@]}" --sizes "$BRANCHED" --branches 20 --runs "$BRANCHED_RUNS" --heavy-runs "$BRANCHED_RUNS" \
    --ops "upgrade heads history downgrade" --tsv "$OUT/branched.tsv" || echo "(some commands failed: see above)"
fi
if has "$PARTS" big; then
  step "N = $BIG: upgrade head --sql on SQLite (retort and Alembic)"
  bench/run-migrations.sh --sizes "$BIG" --dbs sqlite --tools "retort-java retort-sql alembic" --ops sql \
    --sql-runs "$SQL_RUNS" --no-report --tsv "$OUT/big.tsv" || echo "(some commands failed: see above)"
fi
if has "$PARTS" graph; then
  GRAPH_SIZES=$(echo 1000 "$BIG" | tr ' ' '\n' | sort -nu | tr '\n' ' ')
  step "heads and history with hyperfine, N = $GRAPH_SIZES(the graph of graph-commands.sh)"
  BENCH_SIZES="$GRAPH_SIZES" BENCH_RUNS=$((RUNS + 2)) \
    bench/graph-commands.sh | tee "$OUT/graph.txt" || echo "(graph commands failed)"
fi
if has "$PARTS" autogen; then
  step "autogenerate, $TABLES tables on PostgreSQL: retort and Alembic"
  bench/autogenerate.sh --tables "$TABLES" --runs "$RUNS" | tee "$OUT/autogen.txt" || echo "(autogenerate failed)"
fi
if has "$PARTS" jmh; then
  step "JMH: ${JMH_OPTS[*]}"
  java -jar bench/jmh/target/benchmarks.jar "${JMH_OPTS[@]}" -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.txt" 2>&1 \
    || { tail -20 "$OUT/jmh.txt"; echo "(JMH failed)"; }
fi

# --- the results file ----------------------------------------------------------------------
step "writing $OUT/results.md"
{
  echo "Measured by \`bench/run.sh$([ "$QUICK" = 1 ] && echo " --quick")\` on $(date -u '+%Y-%m-%d') (finished $(date -u '+%H:%M UTC'), $((SECONDS / 60)) min in all);"
  echo "retort at \`$(git rev-parse --short HEAD)\`. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(free -h | awk '/^Mem:/ {print $2}') memory; load average at the end $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)."
  echo "$(java -version 2>&1 | head -1); Alembic $("$PY" -c 'import alembic, sqlalchemy; print(alembic.__version__ + " / SQLAlchemy " + sqlalchemy.__version__)');"
  echo "$(ls bench/peers/target/lib | grep -E '^(flyway-core|liquibase-core)' | sed 's/\.jar$//' | tr '\n' ' ')(Maven Central); $(hyperfine --version);"
  echo "PostgreSQL $(psql_ -d postgres -Atc 'show server_version' 2>/dev/null | cut -d' ' -f1), MariaDB $(mariadb_ -N -e 'select version()' 2>/dev/null), sqlite3 $(sqlite3 --version | cut -d' ' -f1)."
  echo
  if [ -f "$OUT/migrations.tsv" ]; then
    echo "### Linear workloads"; echo
    "$PY" bench/migration_report.py "$OUT/migrations.tsv"
  fi
  if [ -f "$OUT/branched.tsv" ]; then
    echo "### History with 20 branches and merges (retort and Alembic; Flyway and Liquibase are linear: n/a)"; echo
    "$PY" bench/migration_report.py "$OUT/branched.tsv" --no-targets
  fi
  if [ -f "$OUT/big.tsv" ]; then
    echo "### N = $BIG, offline SQL on SQLite"; echo
    "$PY" bench/migration_report.py "$OUT/big.tsv" --no-targets
  fi
  if [ -f "$OUT/graph.txt" ]; then
    echo "### heads and history with hyperfine (graph-commands.sh: a line with a few branches and merges)"; echo
    grep -E '^\||^target' "$OUT/graph.txt"; echo
  fi
  if [ -f "$OUT/autogen.txt" ]; then
    echo "### Autogenerate, $TABLES tables in a foreign-key chain on PostgreSQL"; echo
    sed -n '/^| case/,$p' "$OUT/autogen.txt"; echo
  fi
  if [ -f "$OUT/jmh.json" ]; then
    echo "### JMH (\`${JMH_OPTS[*]}\`; average time per operation)"; echo
    "$PY" bench/jmh_report.py "$OUT/jmh.json"; echo
  fi
} > "$OUT/results.md"
cat "$OUT/results.md"

if [ "$README_UPDATE" = 1 ]; then
  "$PY" - "$ROOT/bench/README.md" "$OUT/results.md" <<'PYEOF'
import sys
readme, results = sys.argv[1], open(sys.argv[2]).read()
begin, end = "<!-- bench/run.sh results: begin -->", "<!-- bench/run.sh results: end -->"
text = open(readme).read()
if begin not in text or end not in text:
    sys.exit("bench/README.md has no %s ... %s markers; results left in %s" % (begin, end, sys.argv[2]))
head, rest = text.split(begin, 1)
tail = rest.split(end, 1)[1]
open(readme, "w").write(head + begin + "\n" + results.rstrip() + "\n" + end + tail)
print("bench/README.md updated")
PYEOF
fi
step "done in $((SECONDS / 60)) min $((SECONDS % 60)) s; results in $OUT"
