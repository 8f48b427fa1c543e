#!/usr/bin/env bash
# Times retort's and Alembic's graph commands (`heads`, `history`) on the same generated graphs.
#
#   bench/graph-commands.sh            graphs of 1000 and 10000 revisions, 5 timed runs each
#   BENCH_SIZES="1000" BENCH_RUNS=9 bench/graph-commands.sh
#   bench/graph-commands.sh --fresh    regenerate the graphs in bench/work/ first
#
# Builds retort (bin/retort when present, which builds itself when stale; otherwise
# `mvn -q -DskipTests package` and `java -jar retort-cli/target/retort.jar`), generates the graphs
# with bench/graphgen.py (shape "bench": a line of Java revisions with some branches and merges)
# into bench/work/ (git-ignored), then times each command wall-clock: with hyperfine when it is
# installed (1 warm-up run, BENCH_RUNS timed runs, median), else a bash loop of `date +%s%N`
# (1 warm-up, median of BENCH_RUNS). Alembic runs as users run it: `python3 -m alembic` (the python
# is RETORT_ALEMBIC_PYTHON, default /usr/bin/python3). Prints a table and the issue's targets; it
# writes nothing outside bench/work/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${RETORT_ALEMBIC_PYTHON:-/usr/bin/python3}
SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-5}
SEED=${BENCH_SEED:-1}
WORK=$ROOT/bench/work
FRESH=0
for a in "$@"; do
  case "$a" in
    --fresh) FRESH=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $a" >&2; exit 2 ;;
  esac
done

if ! "$PY" -c 'import alembic' 2>/dev/null; then
  echo "Alembic is not installed for $PY: apt-get install -y python3-alembic (or set RETORT_ALEMBIC_PYTHON)" >&2
  exit 1
fi

# --- retort -------------------------------------------------------------------------------
if [ -x "$ROOT/bin/retort" ]; then
  RETORT="$ROOT/bin/retort"
  "$RETORT" --version >/dev/null 2>&1 || true   # lets bin/retort build itself before timing
else
  echo "bin/retort not found: building with mvn -q -DskipTests package" >&2
  (cd "$ROOT" && mvn -q -DskipTests package)
  RETORT="java -jar $ROOT/retort-cli/target/retort.jar"
fi

# --- graphs -------------------------------------------------------------------------------
mkdir -p "$WORK"
for n in $SIZES; do
  d="$WORK/bench-$n-s$SEED"
  if [ "$FRESH" = 1 ] || [ ! -f "$d/graph.json" ]; then
    rm -rf "$d"
    "$PY" "$ROOT/bench/graphgen.py" --shape bench --size "$n" --seed "$SEED" --out "$d"
  fi
done

# --- timing -------------------------------------------------------------------------------
# median wall-clock seconds of a command line (run through bash -c)
median_of() {
  local cmd=$1
  if command -v hyperfine >/dev/null 2>&1; then
    local json
    json=$(mktemp "$WORK/hyperfine.XXXXXX.json")
    hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$json" "$cmd" >/dev/null 2>&1 \
      || { rm -f "$json"; echo "ERROR"; return; }
    "$PY" -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.4f %.4f %.4f" % (r["median"], r["min"], r["max"]))' "$json"
    rm -f "$json"
  else
    bash -c "$cmd" >/dev/null 2>&1 || { echo "ERROR"; return; }
    local times=() i t0 t1
    for ((i = 0; i < RUNS; i++)); do
      t0=$(date +%s%N)
      bash -c "$cmd" >/dev/null 2>&1
      t1=$(date +%s%N)
      times+=($((t1 - t0)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.4f %.4f %.4f\n", m / 1e9, a[1] / 1e9, a[NR] / 1e9}'
  fi
}

timer=$(command -v hyperfine >/dev/null 2>&1 && hyperfine --version || echo "bash loop (date +%s%N)")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), memory $(free -h | awk '/^Mem:/ {print $2}')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); timer: $timer; median of $RUNS runs after 1 warm-up"
echo "retort: $RETORT; alembic: $PY -m alembic ($("$PY" -c 'import alembic; print(alembic.__version__)'))"
echo
echo "| revisions | command | retort median (min-max) (s) | Alembic median (min-max) (s) | retort / Alembic |"
echo "|---:|---|---:|---:|---:|"
declare -A MED
# "median min max" -> "median (min-max)"
spread() { if [ "$1" = ERROR ]; then echo ERROR; else awk '{ printf "%s (%s-%s)", $1, $2, $3 }' <<<"$1"; fi; }
for n in $SIZES; do
  d="$WORK/bench-$n-s$SEED"
  for c in heads history; do
    rs=$(median_of "$RETORT -c $d/retort/retort.toml $c")
    as=$(median_of "$PY -m alembic -c $d/alembic/alembic.ini $c")
    r=${rs%% *}; a=${as%% *}
    ratio=$(awk -v r="$r" -v a="$a" 'BEGIN { if (r+0 > 0 && a+0 > 0) printf "%.2f", r / a; else print "-" }')
    MED["$n/$c/retort"]=$r
    MED["$n/$c/alembic"]=$a
    echo "| $n | $c | $(spread "$rs") | $(spread "$as") | $ratio |"
  done
done

echo
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT met"; fi; }
if [ -n "${MED[1000/heads/retort]:-}" ]; then
  r=${MED[1000/heads/retort]}; a=${MED[1000/heads/alembic]}
  ok=$(awk -v r="$r" -v a="$a" 'BEGIN { print (r != "ERROR" && a != "ERROR" && r <= 0.4 * a) ? 1 : 0 }')
  echo "target: 1000 revisions, retort heads <= 0.4 x Alembic's: $(verdict "$ok") ($r s vs 0.4 x $a s)"
fi
if [ -n "${MED[10000/heads/retort]:-}" ]; then
  r=${MED[10000/heads/retort]}
  ok=$(awk -v r="$r" 'BEGIN { print (r != "ERROR" && r <= 0.5) ? 1 : 0 }')
  echo "target: 10000 revisions, retort heads <= 0.5 s: $(verdict "$ok") ($r s)"
fi
