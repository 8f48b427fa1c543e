#!/usr/bin/env python3
"""Summarizes a results TSV of bench/run-migrations.sh as Markdown: per N, the median time of
each tool per database and command with min-max, the ratios retort / peer, the peak RSS, the
cold compile, the targets (evaluated at N = 1000) and the rows where retort is not ahead
(standard library only).

    /usr/bin/python3 bench/migration_report.py RESULTS.tsv [--title TEXT] [--no-targets]

Rows of the TSV: n, db, tool (floor, retort-java, retort-sql, alembic, flyway, liquibase), op
(upgrade, noop, current, heads, history, downgrade, sql, upgrade-cold, upgrade-warm), run,
seconds (or ERROR), peak RSS in KiB.
"""
import argparse
import csv
import statistics
import sys
from collections import defaultdict

DB_ORDER = ["sqlite", "postgresql", "mariadb"]
TOOLS = [("floor", "floor"), ("retort-java", "retort Java"), ("retort-sql", "retort SQL"),
         ("alembic", "Alembic"), ("flyway", "Flyway"), ("liquibase", "Liquibase")]
PEERS = [("floor", "floor"), ("alembic", "Alembic"), ("flyway", "Flyway"), ("liquibase", "Liquibase")]
OPS = [("upgrade", "upgrade head"), ("noop", "upgrade, nothing to do"), ("current", "current"),
       ("heads", "heads (Flyway info, Liquibase status)"), ("history", "history"),
       ("downgrade", "downgrade base (Liquibase rollback-count)"),
       ("sql", "upgrade head --sql (Liquibase update-sql)")]
# what a tool does not have: Flyway's community edition has no undo and no dry run
MISSING = {("flyway", "downgrade"): "paid", ("flyway", "sql"): "paid", ("flyway", "history"): "n/a",
           ("liquibase", "current"): "n/a", ("liquibase", "history"): "n/a"}
TARGET_N = 1000


def load(path):
    times, rss, errors = defaultdict(list), defaultdict(list), defaultdict(int)
    with open(path) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (int(row["n"]), row["db"], row["tool"], row["op"])
            if row["seconds"] == "ERROR":
                errors[key] += 1
                continue
            times[key].append(float(row["seconds"]))
            if row["rss_kb"]:
                rss[key].append(int(row["rss_kb"]))
    return times, rss, errors


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("tsv")
    ap.add_argument("--title", default=None)
    ap.add_argument("--no-targets", action="store_true")
    args = ap.parse_args(argv)
    times, rss, errors = load(args.tsv)

    def med(key):
        return statistics.median(times[key]) if times.get(key) else None

    def cell(key):
        v = times.get(key)
        if not v:
            if errors.get(key):
                return "ERROR"
            return MISSING.get((key[2], key[3]), "-")
        if len(v) == 1:
            return "%.3f" % v[0]
        return "%.3f (%.3f-%.3f)" % (statistics.median(v), min(v), max(v))

    def ratio(a, b):
        return "-" if a is None or b is None or b == 0 else "%.2f" % (a / b)

    tools_seen = {k[2] for k in times} | {k[2] for k in errors}
    tools = [(t, label) for t, label in TOOLS if t in tools_seen]
    peers = [(t, label) for t, label in PEERS if t in tools_seen]
    sizes = sorted({k[0] for k in times} | {k[0] for k in errors})
    dbs = [d for d in DB_ORDER if any(k[1] == d for k in times)]
    if args.title:
        print("#### " + args.title)
        print()

    for n in sizes:
        print("**N = %d** — seconds, median (min-max) of the runs; ratios retort Java / retort SQL "
              "against each peer (below 1: retort is faster)" % n)
        print()
        print("| database | command | " + " | ".join(label for _, label in tools) + " | "
              + " | ".join("retort / " + label for _, label in peers) + " |")
        print("|---|---|" + "---:|" * len(tools) + "---:|" * len(peers))
        for db in dbs:
            for op, label in OPS:
                if not any(times.get((n, db, t, op)) or errors.get((n, db, t, op)) for t, _ in tools):
                    continue
                rj, rs = med((n, db, "retort-java", op)), med((n, db, "retort-sql", op))
                cells = [cell((n, db, t, op)) for t, _ in tools]
                ratios = []
                for p, _ in peers:
                    pm = med((n, db, p, op))
                    ratios.append("%s / %s" % (ratio(rj, pm), ratio(rs, pm)) if pm else
                                  MISSING.get((p, op), "-") if p != "floor" else "-")
                print("| %s | %s | %s | %s |" % (db, label, " | ".join(cells), " | ".join(ratios)))
        print()
        print("Peak RSS (MB, the maximum over the runs):")
        print()
        print("| database | command | " + " | ".join(label for _, label in tools) + " |")
        print("|---|---|" + "---:|" * len(tools))
        for db in dbs:
            for op, label in OPS:
                vals = [max(rss[(n, db, t, op)]) / 1024 if rss.get((n, db, t, op)) else None for t, _ in tools]
                if all(v is None for v in vals):
                    continue
                print("| %s | %s | %s |" % (db, label.split(" (")[0], " | ".join(
                    "-" if v is None else "%.0f" % v for v in vals)))
        print()
        for d in DB_ORDER:
            cold, warm = med((n, d, "retort-java", "upgrade-cold")), med((n, d, "retort-java", "upgrade-warm"))
            if cold is not None and warm is not None:
                crss = max(rss.get((n, d, "retort-java", "upgrade-cold"), [0])) / 1024
                print("Cold compile, N=%d on %s: `upgrade head` with an empty .retort-cache %.3f s, warm "
                      "%.3f s: compiling adds %.3f s (peak RSS cold %.0f MB)." % (n, d, cold, warm, cold - warm, crss))
                print()
                break

    # --- where retort is not ahead ---
    behind = []
    for (n, db, tool, op), v in sorted(times.items()):
        if tool not in ("alembic", "flyway", "liquibase"):
            continue
        peer = statistics.median(v)
        for rt in ("retort-java", "retort-sql"):
            r = med((n, db, rt, op))
            if r is not None and r > peer:
                behind.append("N=%d %s %s: %s %.3f s vs %s %.3f s (%.2fx)"
                              % (n, db, dict(OPS)[op].split(" (")[0], rt, r, tool, peer, r / peer))
    if behind:
        print("Where retort is slower than a peer (medians):")
        print()
        for b in behind:
            print("- " + b)
        print()
    elif any(k[2].startswith("retort") for k in times):
        print("retort's median is at or below every peer's in every row.")
        print()

    if not args.no_targets:
        targets(sizes, dbs, med, rss)
    if errors:
        print("Failed commands: " + ", ".join("%s x%d" % ("/".join(map(str, k)), c) for k, c in errors.items()))
        print()
    return 0


def targets(sizes, dbs, med, rss):
    n = TARGET_N
    if n not in sizes:
        print("Targets are evaluated at N=%d, which was not run." % n)
        return
    results = []

    def target(ok, text):
        results.append(ok)
        print("- %s: %s" % ("**met**" if ok else "**NOT met**", text))

    print("Targets at N=%d:" % n)
    print()
    for db in dbs:
        for op in ("upgrade", "downgrade"):
            fl = med((n, db, "floor", op))
            for tool in ("retort-java", "retort-sql"):
                t = med((n, db, tool, op))
                if t is None or fl is None:
                    continue
                if db == "sqlite":
                    target(t - fl <= 0.5, "%s %s `%s` within 0.5 s of the floor: %.3f s vs %.3f s (+%.3f s)"
                           % (db, tool, op, t, fl, t - fl))
                else:
                    target(t <= 1.3 * fl, "%s %s `%s` within 1.3x the floor: %.3f s vs %.3f s (%.2fx)"
                           % (db, tool, op, t, fl, t / fl))
    for op, label, limit in (("heads", "heads", 0.4), ("current", "current", 0.35),
                             ("sql", "upgrade head --sql", 0.35)):
        for db in dbs:
            al = med((n, db, "alembic", op))
            for tool in ("retort-java", "retort-sql"):
                t = med((n, db, tool, op))
                if t is None or al is None:
                    continue
                target(t <= limit * al, "%s %s `%s` at most %.2fx Alembic's: %.3f s vs %.3f s (%.2fx)"
                       % (db, tool, label, limit, t, al, t / al))
    peak = max(((v, k) for k, vs in rss.items() if k[0] == n and k[2].startswith("retort")
                and k[3] != "upgrade-cold" for v in vs), default=None)
    if peak:
        v, k = peak
        target(v / 1024 <= 150, "retort peak RSS at most 150 MB: %.0f MB (max, at %s %s %s)"
               % (v / 1024, k[1], k[2], k[3]))
    print()
    print("%d of %d targets met." % (sum(results), len(results)))
    print()


if __name__ == "__main__":
    sys.exit(main())
