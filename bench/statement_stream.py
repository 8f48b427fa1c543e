#!/usr/bin/env python3
"""Rewrites retort's offline SQL (`upgrade head --sql` / `downgrade HEAD:base --sql`) into the
statement stream retort sends ONLINE for the same run, as one SQL file a database client can
apply: per revision the log-table INSERT ('running') and its `SELECT MAX(id)`, the revision's
statements (on MariaDB, where DDL is not transactional, each followed by the log-table
`statements_done` UPDATE, and the step preceded by the "unfinished step?" SELECT), the version
table change and the log-table UPDATE to 'done' (runtime/Migrator.java, StepLog.java,
VersionTable.java at the benchmarked commit). Applying it with psql/mariadb/sqlite3 and comparing
with the floor (the offline SQL) separates what the extra statements cost the database from
what retort's JVM costs. Standard library only.

    /usr/bin/python3 bench/statement_stream.py --db postgresql floor-postgresql-up.sql > stream.sql
"""
import argparse
import re
import sys

LOG = "retort_version_log"


def statements(text):
    """Splits retort's offline output at ';' line ends (its DDL has no inner ';')."""
    out, cur = [], []
    for line in text.splitlines():
        if line.startswith("-- ") and not cur:
            out.append(("comment", line))
            continue
        if not line.strip() and not cur:
            continue
        cur.append(line)
        if line.rstrip().endswith(";"):
            out.append(("sql", "\n".join(cur)))
            cur = []
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True, choices=["sqlite", "postgresql", "mariadb"])
    ap.add_argument("--first-log-id", type=int, default=1,
                    help="id of the first log row written (N + 1 for a downgrade after an upgrade)")
    ap.add_argument("file")
    args = ap.parse_args(argv)
    counting = args.db == "mariadb"
    parts = statements(open(args.file).read())
    out = []
    step = None   # (revision, direction, [statements])
    log_id = [args.first_log_id - 1]

    def flush():
        if step is None:
            return
        rev, direction, body = step
        version_change = [s for s in body if s.startswith(("INSERT INTO retort_version (",
                                                           "UPDATE retort_version SET", "DELETE FROM retort_version "))]
        ddl = [s for s in body if s not in version_change and not s.startswith("INSERT INTO %s " % LOG)]
        log_id[0] += 1
        if counting:
            out.append("SELECT id, statements_done, status, revision, direction FROM %s ORDER BY id DESC LIMIT 1;" % LOG)
        out.append("INSERT INTO %s (revision, direction, checksum, applied_by, started_at, statements_done, status) "
                   "VALUES ('%s', '%s', 'sha256:0000000000000000000000000000000000000000000000000000000000000000', "
                   "'root', CURRENT_TIMESTAMP, 0, 'running');" % (LOG, rev, direction))
        out.append("SELECT MAX(id) FROM %s WHERE revision = '%s' AND direction = '%s';" % (LOG, rev, direction))
        for i, s in enumerate(ddl, 1):
            out.append(s)
            if counting:
                out.append("UPDATE %s SET statements_done = %d WHERE id = %d;" % (LOG, i, log_id[0]))
        out.extend(version_change)
        out.append("UPDATE %s SET status = 'done', finished_at = CURRENT_TIMESTAMP, duration_ms = 1 WHERE id = %d;"
                   % (LOG, log_id[0]))

    tail = []
    for kind, s in parts:
        m = re.match(r"-- Running (upgrade|downgrade) (\S*) -> (\S*)", s) if kind == "comment" else None
        if m:
            flush()
            direction, frm, to = m.groups()
            step = (to if direction == "upgrade" else frm, direction, [])
            continue
        if kind != "sql":
            continue
        if step is None:
            out.append(s)          # BEGIN; and the version tables' CREATE TABLE
        elif s == "COMMIT;":
            tail.append(s)
        elif s.startswith("DROP TABLE retort_version"):
            pass                   # offline only: online, downgrade base keeps the version tables
        else:
            step[2].append(s)
    flush()
    out.extend(tail)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
