#!/usr/bin/env bash
# Times autogenerate on PostgreSQL: retort against Alembic on N tables in a foreign-key chain.
#
#   bench/autogenerate.sh                       N = 1000, 3 runs each
#   bench/autogenerate.sh --tables 200 --runs 5 --fresh
#
# Databases (postgres@127.0.0.1:5432, BENCH_PG_HOSTPORT): ag_target (the schema of
# bench/autogen_gen.py: t0001..tNNNN, t(i).prev_id -> t(i-1).id, an index each), ag_ref (a copy of
# ag_target made before stamping: the identical model) and ag_empty (no tables: the model of N
# drops). ag_target is stamped at one empty revision by both tools (retort excludes
# alembic_version, Alembic's env.py skips retort_version*). Kept between runs unless --fresh or
# their table count differs from N.
#
# Cases, each timed with hyperfine (1 warm-up, R runs; Alembic's generated file deleted before
# every run):
#   identical  retort -c retort.toml revision --autogenerate --sql          (model url = ag_ref)
#              alembic revision --autogenerate -m x, target_metadata = MetaData() reflected from
#              ag_ref inside env.py (timed with it; the reflection's own seconds are logged)
#   empty      the same with model ag_empty / an empty MetaData()
# plus, to split retort's time: `current` (JVM start, config, connect, one query) and `check`
# (reflect both databases and compare, no rendering).
# Alembic 1.8 / SQLAlchemy 1.4 reflection follows foreign keys recursively and raises
# RecursionError at Python's default limit on a 1000-table chain; the script checks that once per
# case with the default limit, then times Alembic with -x recursion=20000 (sys.setrecursionlimit in
# env.py). Everything is written under bench/work/autogen/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${RETORT_ALEMBIC_PYTHON:-/usr/bin/python3}
N=${BENCH_TABLES:-1000}
RUNS=${BENCH_RUNS:-3}
PG_HP=${BENCH_PG_HOSTPORT:-127.0.0.1:5432}
FRESH=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tables) N=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --fresh) FRESH=1 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }

W=$ROOT/bench/work/autogen
RETORT=$ROOT/bin/retort
PSQL="psql -h ${PG_HP%:*} -p ${PG_HP#*:} -U postgres -q -X -v ON_ERROR_STOP=1"
ALEMBIC="$PY -m alembic -c $W/alembic/alembic.ini"
REF_URL="postgresql://postgres@$PG_HP/ag_ref"
VERSIONS=$W/alembic/migrations/versions
STAMP=$(date -u +%Y%m%d-%H%M%S)
OUT=$W/results-$STAMP
mkdir -p "$OUT"

"$PY" bench/autogen_gen.py --tables "$N" --out "$W" --pg "$PG_HP"
if [ ! -d "$W/retort/migrations/templates" ]; then
  tmp=$(mktemp -d); "$RETORT" init "$tmp/m" >/dev/null; cp -r "$tmp/m/templates" "$W/retort/migrations/"; rm -rf "$tmp"
fi

tables() { $PSQL -d "$1" -Atc "select count(*) from pg_tables where schemaname='public' and tablename ~ '^t[0-9]+$'" 2>/dev/null || echo -1; }
if [ $FRESH = 1 ] || [ "$(tables ag_target)" != "$N" ] || [ "$(tables ag_ref)" != "$N" ] || [ "$(tables ag_empty)" != 0 ]; then
  echo "creating ag_target, ag_ref, ag_empty ($N tables)"
  for d in ag_target ag_ref ag_empty; do $PSQL -c "drop database if exists $d" 2>/dev/null; done
  $PSQL -c "create database ag_target"
  $PSQL -d ag_target -1 -f "$W/schema.sql"
  $PSQL -c "create database ag_ref template ag_target" -c "create database ag_empty"
  $PSQL -d ag_target -c "analyze"; $PSQL -d ag_ref -c "analyze"
fi
"$RETORT" -c "$W/retort/retort.toml" stamp head >/dev/null
$ALEMBIC stamp head 2>/dev/null
rm -f "$VERSIONS"/agx_*.py

# sanity: what each tool produces
cd "$W"
"$RETORT" -c retort/retort.toml revision --autogenerate --sql >"$OUT/retort-identical.out"
"$RETORT" -c retort/retort-empty.toml revision --autogenerate --sql >"$OUT/retort-empty.out"
echo "retort identical: $(grep -c 'No changes' "$OUT/retort-identical.out") 'No changes' lines; empty: $(grep -c 'op.dropTable' "$OUT/retort-empty.out") dropTable"
declare -A CRASH
for c in identical empty; do
  model=$REF_URL; [ $c = empty ] && model=empty
  if $ALEMBIC -x model=$model revision --autogenerate -m x --rev-id agx >"$OUT/alembic-$c-default-limit.out" 2>&1; then
    CRASH[$c]=no
  elif grep -q RecursionError "$OUT/alembic-$c-default-limit.out"; then
    CRASH[$c]=RecursionError
  else
    CRASH[$c]="failed (see $OUT/alembic-$c-default-limit.out)"
  fi
  rm -f "$VERSIONS"/agx_*.py
  $ALEMBIC -x recursion=20000 -x model=$model revision --autogenerate -m x --rev-id agx >"$OUT/alembic-$c.log" 2>&1
  cp "$VERSIONS"/agx_x.py "$OUT/alembic-$c.py"; rm -f "$VERSIONS"/agx_*.py
  echo "alembic $c at the default recursion limit: ${CRASH[$c]}; raised: $(grep -c 'op.drop_table' "$OUT/alembic-$c.py") drop_table"
done

HF="hyperfine -N --style basic --runs $RUNS --warmup 1"
A_PREP="rm -f $VERSIONS/agx_x.py"
export AG_REFLECT_LOG=$OUT/alembic-reflect-seconds.txt
$HF --export-json "$OUT/identical.json" \
  -n retort "$RETORT -c retort/retort.toml revision --autogenerate --sql" \
  --prepare "$A_PREP" -n alembic "$ALEMBIC -x recursion=20000 -x model=$REF_URL revision --autogenerate -m x --rev-id agx"
$HF --export-json "$OUT/empty.json" \
  -n retort "$RETORT -c retort/retort-empty.toml revision --autogenerate --sql" \
  --prepare "$A_PREP" -n alembic "$ALEMBIC -x recursion=20000 -x model=empty revision --autogenerate -m x --rev-id agx"
rm -f "$VERSIONS"/agx_*.py
$HF -i --export-json "$OUT/retort-parts.json" \
  -n current "$RETORT -c retort/retort.toml current" \
  -n check-identical "$RETORT -c retort/retort.toml check" \
  -n check-empty "$RETORT -c retort/retort-empty.toml check"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg); nproc: $(nproc)"
  echo "retort: $(git -C "$ROOT" rev-parse --short HEAD); N = $N; runs = $RUNS"
  echo "alembic at the default recursion limit: identical ${CRASH[identical]}, empty ${CRASH[empty]}"
} >"$OUT/meta.txt"
"$PY" - "$OUT" <<'EOF'
import json, statistics, sys, os
out = sys.argv[1]
med = lambda path: {r["command"]: statistics.median(r["times"]) for r in json.load(open(path))["results"]}
spread = lambda path: {r["command"]: "%.3f-%.3f" % (min(r["times"]), max(r["times"])) for r in json.load(open(path))["results"]}
print(open(os.path.join(out, "meta.txt")).read().rstrip())
refl = [float(x) for x in open(os.path.join(out, "alembic-reflect-seconds.txt")).read().split()]
rmed = statistics.median(refl) if refl else 0.0
print()
print("| case | retort median (min-max) (s) | Alembic median (min-max) (s) | retort / Alembic | Alembic without the model's reflection (s) | retort / that |")
print("|---|---:|---:|---:|---:|---:|")
for case in ("identical", "empty"):
    m = med(os.path.join(out, case + ".json"))
    sp = spread(os.path.join(out, case + ".json"))
    r, a = m["retort"], m["alembic"]
    a2 = a - rmed if case == "identical" else a
    print("| %s | %.3f (%s) | %.3f (%s) | %.3f | %.3f | %.3f |" % (case, r, sp["retort"], a, sp["alembic"], r / a, a2, r / a2))
print()
print("Alembic's MetaData.reflect of the reference database (identical case): median %.3f s over %d runs" % (rmed, len(refl)))
for k, v in med(os.path.join(out, "retort-parts.json")).items():
    print("retort %s: %.3f s" % (k, v))
EOF
