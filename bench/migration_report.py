#!/usr/bin/env python3
"""Summarizes a results TSV of bench/run-migrations.sh: a Markdown table of medians and the
targets, evaluated at N = 1000 (standard library only).

    /usr/bin/python3 bench/migration_report.py bench/work/migrations/results-<stamp>.tsv

Rows of the TSV: n, db, tool (floor, retort-java, retort-sql, alembic), op (upgrade, downgrade,
current, sql, upgrade-cold, upgrade-warm), run, seconds (or ERROR), peak RSS in KiB.
"""
import csv
import statistics
import sys
from collections import defaultdict

DB_ORDER = ["sqlite", "postgresql", "mariadb"]
OPS = [("upgrade", "upgrade head"), ("downgrade", "downgrade base"), ("current", "current"),
       ("sql", "upgrade head --sql")]
TARGET_N = 1000


def main(path):
    times = defaultdict(list)
    rss = defaultdict(list)
    errors = defaultdict(int)
    with open(path) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (int(row["n"]), row["db"], row["tool"], row["op"])
            if row["seconds"] == "ERROR":
                errors[key] += 1
                continue
            times[key].append(float(row["seconds"]))
            if row["rss_kb"]:
                rss[key].append(int(row["rss_kb"]))

    def med(key):
        return statistics.median(times[key]) if times.get(key) else None

    def fmt(x, digits=3):
        return "-" if x is None else ("%.*f" % (digits, x))

    def ratio(a, b):
        return None if a is None or b is None or b == 0 else a / b

    sizes = sorted({k[0] for k in times} | {k[0] for k in errors})
    dbs = [d for d in DB_ORDER if any(k[1] == d for k in times)]

    print("| N | database | command | floor (s) | retort Java (s) | retort SQL (s) | Alembic (s) "
          "| Java / ref | SQL / ref | runs | retort peak RSS Java / SQL (MB) |")
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        for db in dbs:
            for op, label in OPS:
                fl = med((n, db, "floor", op))
                rj = med((n, db, "retort-java", op))
                rs = med((n, db, "retort-sql", op))
                al = med((n, db, "alembic", op))
                ref = fl if op in ("upgrade", "downgrade") else al
                refname = "floor" if op in ("upgrade", "downgrade") else "Alembic"
                if rj is None and rs is None and al is None:
                    continue
                count = len(times.get((n, db, "retort-java", op), []))
                mj = max(rss.get((n, db, "retort-java", op), [0])) / 1024
                ms = max(rss.get((n, db, "retort-sql", op), [0])) / 1024
                print("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %d | %.0f / %.0f |" % (
                    n, db, label, fmt(fl), fmt(rj), fmt(rs), fmt(al),
                    fmt(ratio(rj, ref), 2) + " " + refname[0], fmt(ratio(rs, ref), 2) + " " + refname[0],
                    count, mj, ms))
    print()
    print("Ratios: `f` against the floor (the database's client applying retort's `upgrade head --sql` /")
    print("`downgrade HEAD:base --sql` output in one call), `A` against Alembic. Medians; `current`")
    print("and `--sql` have more runs than the cycles (see the runs column for the Java revisions).")
    print()
    for n in sizes:
        cold = med((n, "sqlite", "retort-java", "upgrade-cold")) or next(
            (med((n, d, "retort-java", "upgrade-cold")) for d in DB_ORDER if med((n, d, "retort-java", "upgrade-cold"))), None)
        warm = med((n, "sqlite", "retort-java", "upgrade-warm")) or next(
            (med((n, d, "retort-java", "upgrade-warm")) for d in DB_ORDER if med((n, d, "retort-java", "upgrade-warm"))), None)
        if cold is not None and warm is not None:
            crss = max(max(rss.get((n, d, "retort-java", "upgrade-cold"), [0])) for d in DB_ORDER) / 1024
            print("Cold compile, N=%d: `upgrade head` with an empty .retort-cache %.3f s, warm %.3f s: "
                  "compiling adds %.3f s (peak RSS cold %.0f MB)" % (n, cold, warm, cold - warm, crss))
    print()

    # --- targets at N = 1000 ---
    n = TARGET_N
    if n not in sizes:
        print("Targets are evaluated at N=%d, which was not run." % n)
        return 1 if errors else 0
    results = []

    def target(ok, text):
        results.append(ok)
        print("- %s: %s" % ("**met**" if ok else "**NOT met**", text))

    print("Targets at N=%d:" % n)
    for db in dbs:
        for op in ("upgrade", "downgrade"):
            fl = med((n, db, "floor", op))
            for tool in ("retort-java", "retort-sql"):
                t = med((n, db, tool, op))
                if t is None or fl is None:
                    target(False, "%s %s %s: no measurement" % (db, tool, op))
                elif db == "sqlite":
                    target(t - fl <= 0.5, "%s %s `%s` within 0.5 s of the floor: %.3f s vs %.3f s (+%.3f s)"
                           % (db, tool, op, t, fl, t - fl))
                else:
                    target(t <= 1.3 * fl, "%s %s `%s` within 1.3x the floor: %.3f s vs %.3f s (%.2fx)"
                           % (db, tool, op, t, fl, t / fl))
    for op, label in (("current", "current"), ("sql", "upgrade head --sql")):
        for db in dbs:
            al = med((n, db, "alembic", op))
            for tool in ("retort-java", "retort-sql"):
                t = med((n, db, tool, op))
                if t is None or al is None:
                    target(False, "%s %s `%s`: no measurement" % (db, tool, label))
                else:
                    target(t <= 0.35 * al, "%s %s `%s` at most 0.35x Alembic's: %.3f s vs %.3f s (%.2fx)"
                           % (db, tool, label, t, al, t / al))
    cold = [med((n, d, "retort-java", "upgrade-cold")) for d in DB_ORDER]
    warm = [med((n, d, "retort-java", "upgrade-warm")) for d in DB_ORDER]
    pairs = [(c, w) for c, w in zip(cold, warm) if c is not None and w is not None]
    if pairs:
        c, w = pairs[0]
        target(c - w <= 1.5, "cold compile of %d Java revisions adds at most 1.5 s: +%.3f s (%.3f s vs %.3f s)"
               % (n, c - w, c, w))
    peak = max(((v, k) for k, vs in rss.items() if k[0] == n and k[2].startswith("retort") for v in vs),
               default=None)
    if peak:
        v, k = peak
        target(v / 1024 <= 150, "retort peak RSS at most 150 MB: %.0f MB (max, at %s %s %s)"
               % (v / 1024, k[1], k[2], k[3]))
    print()
    print("%d of %d targets met." % (sum(results), len(results)))
    if errors:
        print("Failed commands: " + ", ".join("%s x%d" % ("/".join(map(str, k)), c) for k, c in errors.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
