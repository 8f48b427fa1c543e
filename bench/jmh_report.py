#!/usr/bin/env python3
"""Prints a JMH JSON result file (java -jar benchmarks.jar -rf json -rff FILE) as a Markdown table
(standard library only).

    /usr/bin/python3 bench/jmh_report.py bench/work/results-<stamp>/jmh.json
"""
import json
import sys


def main(path):
    rows = json.load(open(path))
    print("| benchmark | revisions | score | error (99.9 %) | unit | forks x iterations |")
    print("|---|---:|---:|---:|---|---:|")
    for r in rows:
        name = r["benchmark"].rsplit(".", 2)
        m = r["primaryMetric"]
        err = m.get("scoreError")
        try:
            err = "%.3f" % float(err)
        except (TypeError, ValueError):   # "NaN" with fewer than 2 iterations
            err = "-"
        err = "-" if err == "nan" else err
        print("| %s.%s | %s | %.3f | %s | %s | %d x %d |" % (
            name[-2], name[-1], r.get("params", {}).get("revisions", "-"), m["score"], err,
            m["scoreUnit"], r["forks"], r["measurementIterations"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
