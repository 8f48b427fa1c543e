#!/usr/bin/env python3
"""Seeded generator of revision graphs, written twice: as an Alembic project and as a retort
project describing the SAME graph.

Used by retort's differential conformance test (AlembicConformanceTest, which runs this with
the python named by RETORT_ALEMBIC_PYTHON) and by bench/graph-commands.sh. Standard library
only; deterministic for a given (shape, size, seed, options).

    graphgen.py --shape mixed --size 200 --seed 7 --out DIR [--sql-fraction 0.2]

Layout written under DIR:
    alembic/alembic.ini                          [alembic] script_location = %(here)s/migrations
    alembic/migrations/versions/<id>_<slug>.py
    retort/retort.toml                           [retort] script_location, version_locations
    retort/migrations/versions/<id>_<slug>.java  (or .sql for a --sql-fraction of them)
    graph.json                                   the graph plus `history -r` ranges to try
    ranges.txt                                   the same ranges, one a line

Graph rules (chosen so that Alembic 1.8's output is deterministic and the graph is legal):
  * revisions are created in topological order: parents and dependencies always exist
    already, so neither down_revision nor depends_on can form a cycle;
  * a merge joins 2-3 current heads, none an ancestor (through down or depends_on) of another;
  * depends_on names an earlier revision of another lineage (not already an ancestor), except
    for the "depends" shape, which now and then adds a redundant dependency on an ancestor
    (Alembic normalizes those away) ;
  * a branch label (at most one per revision, unique names) is put only on a revision whose
    descendants form a single chain: Alembic propagates labels along the descendants and then
    up from the *last* descendant its set-ordered walk yields, which is only deterministic
    when there is no branching below the labelled revision.
File names are <id>_<slug> in both projects, so both tools load the revisions in the same
(sorted) order; ids are 12 random lowercase hex digits from the seed.
"""

import argparse
import json
import os
import random
import re
import sys

CREATE_DATE = "2026-01-01 00:00:00.000000"

# probabilities per new revision: root, merge, branch (parent that is not the newest head),
# dependency, label (fraction of eligible revisions), max number of roots
SHAPES = {
    "linear":   dict(root=0.0,  merge=0.0,  branch=0.0,  dep=0.0,  label=0.0,  roots=1),
    "branches": dict(root=0.0,  merge=0.0,  branch=0.25, dep=0.0,  label=0.0,  roots=1),
    "merges":   dict(root=0.0,  merge=0.25, branch=0.25, dep=0.0,  label=0.0,  roots=1),
    "roots":    dict(root=0.08, merge=0.05, branch=0.1,  dep=0.0,  label=0.0,  roots=6),
    "labels":   dict(root=0.04, merge=0.05, branch=0.2,  dep=0.0,  label=0.3,  roots=3),
    "depends":  dict(root=0.06, merge=0.05, branch=0.15, dep=0.25, label=0.0,  roots=4),
    "mixed":    dict(root=0.03, merge=0.1,  branch=0.15, dep=0.08, label=0.15, roots=4),
    # the benchmark's graph: a long line with some branches and merges
    "bench":    dict(root=0.0,  merge=0.02, branch=0.02, dep=0.0,  label=0.0,  roots=1),
}

WORDS = ["add", "drop", "alter", "create", "rename", "index", "user", "account", "order",
         "invoice", "email", "column", "table", "audit", "status", "price", "tag", "note"]


def generate(shape, size, seed):
    """Return the list of revisions (dicts) in creation order."""
    if shape not in SHAPES:
        raise SystemExit("unknown shape %r; one of %s" % (shape, ", ".join(SHAPES)))
    p = SHAPES[shape]
    rng = random.Random("%s/%d/%d" % (shape, size, seed))
    ids = set()
    revs = []
    anc = []          # ancestor bitsets (self included), through down and depends_on
    children = []     # down children, by index
    heads = []        # indexes of revisions without down children, in creation order
    roots = 0

    def new_id():
        while True:
            i = "%012x" % rng.getrandbits(48)
            if i not in ids and not i.isdigit():
                ids.add(i)
                return i

    for n in range(size):
        r = rng.random()
        down = []
        if n == 0 or (roots < p["roots"] and r < p["root"]):
            roots += 1
        elif len(heads) >= 2 and r < p["root"] + p["merge"]:
            k = min(len(heads), rng.choice([2, 2, 3]))
            pool = heads[:]
            rng.shuffle(pool)
            for h in pool:
                if len(down) == k:
                    break
                if all(not (anc[h] >> d) & 1 and not (anc[d] >> h) & 1 for d in down):
                    down.append(h)
            if len(down) < 2:
                down = [heads[-1]]
        elif r < p["root"] + p["merge"] + p["branch"]:
            back = min(n - 1, int(rng.expovariate(1 / 8.0)) + 1)
            down = [n - 1 - back]
        else:
            down = [heads[-1] if rng.random() < 0.75 else rng.choice(heads)]
        a = 1 << n
        for d in down:
            a |= anc[d]
        deps = []
        if n > 1 and rng.random() < p["dep"]:
            redundant = shape == "depends" and rng.random() < 0.2
            for _ in range(20):
                x = rng.randrange(n)
                is_anc = (a >> x) & 1
                if x in down:
                    continue
                if (redundant and is_anc) or (not redundant and not is_anc):
                    deps.append(x)
                    break
        for x in deps:
            a |= anc[x]
        anc.append(a)
        children.append([])
        for d in down:
            children[d].append(n)
            if d in heads:
                heads.remove(d)
        heads.append(n)
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))]
        revs.append(dict(id=new_id(), down=down, deps=deps, labels=[],
                         message="%s %d" % (" ".join(words), n)))

    # labels: only on revisions whose down-descendants form a single chain
    chain = [False] * size
    for n in range(size - 1, -1, -1):
        chain[n] = len(children[n]) <= 1 and all(chain[c] for c in children[n])
    label_no = 0
    for n in range(size):
        if p["label"] and chain[n] and rng.random() < p["label"]:
            revs[n]["labels"] = ["%s_%d" % (rng.choice(WORDS), label_no)]
            label_no += 1

    # convert indexes to ids
    for rv in revs:
        rv["down"] = [revs[d]["id"] for d in rv["down"]]
        rv["deps"] = [revs[x]["id"] for x in rv["deps"]]
    return revs, anc, children


def slug(message):
    return re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]


def class_name(message, rid):
    return "".join(w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", message) if w) + "_" + rid


def py_literal_down(down):
    if not down:
        return "None"
    if len(down) == 1:
        return '"%s"' % down[0]
    return "(%s)" % ", ".join('"%s"' % d for d in down)


def py_literal_tuple(xs):
    if not xs:
        return "None"
    return "(%s,)" % ", ".join('"%s"' % x for x in xs)


def java_array(xs):
    return "{%s}" % ", ".join('"%s"' % x for x in xs)


def java_down(down):
    if not down:
        return '""'
    if len(down) == 1:
        return '"%s"' % down[0]
    return java_array(down)


def write_alembic_file(path, rv, sql):
    if sql:
        # a retort SQL revision carries only its message as doc text: say the same to Alembic
        doc = rv["message"]
    else:
        doc = "%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n" % (
            rv["message"], rv["id"], ", ".join(rv["down"]), CREATE_DATE)
    with open(path, "w") as f:
        f.write('"""%s"""\n' % doc)
        f.write("from alembic import op\nimport sqlalchemy as sa\n\n\n")
        f.write("# revision identifiers, used by Alembic.\n")
        f.write('revision = "%s"\n' % rv["id"])
        f.write("down_revision = %s\n" % py_literal_down(rv["down"]))
        f.write("branch_labels = %s\n" % py_literal_tuple(rv["labels"]))
        f.write("depends_on = %s\n\n\n" % py_literal_tuple(rv["deps"]))
        f.write("def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")


def write_java_file(path, rv):
    with open(path, "w") as f:
        f.write("/* %s\n *\n * Revision ID: %s\n * Revises: %s\n * Create Date: %s\n */\n" % (
            rv["message"], rv["id"], ", ".join(rv["down"]), CREATE_DATE))
        f.write("import dev.retort.migration.*;\nimport static dev.retort.migration.Types.*;\n\n")
        f.write('@Revision(id = "%s", down = %s, branchLabels = %s, dependsOn = %s)\n' % (
            rv["id"], java_down(rv["down"]), java_array(rv["labels"]), java_array(rv["deps"])))
        f.write("class %s implements Migration {\n" % class_name(rv["message"], rv["id"]))
        f.write("    public void upgrade(Op op) {\n    }\n")
        f.write("    public void downgrade(Op op) {\n    }\n}\n")


def write_sql_file(path, rv):
    with open(path, "w") as f:
        f.write("-- retort: revision=%s down=%s\n" % (rv["id"], ",".join(rv["down"])))
        f.write("-- retort: message=%s\n" % rv["message"])
        if rv["labels"]:
            f.write("-- retort: branch_labels=%s\n" % ",".join(rv["labels"]))
        if rv["deps"]:
            f.write("-- retort: depends_on=%s\n" % ",".join(rv["deps"]))
        f.write("-- retort: upgrade\nSELECT 1;\n-- retort: downgrade\nSELECT 1;\n")


def pick_ranges(revs, anc, children, rng, count):
    """`history -r` ranges of several forms; some are meant to fail in both tools."""
    n = len(revs)
    ids = [r["id"] for r in revs]
    out = []

    def rnd():
        return rng.randrange(n)

    # a:b along one lineage (a a proper ancestor of b)
    for _ in range(50):
        b = rnd()
        cands = [i for i in range(n) if i != b and (anc[b] >> i) & 1]
        if cands:
            out.append("%s:%s" % (ids[rng.choice(cands)], ids[b]))
            break
    out.append("%s:" % ids[rnd()])
    out.append(":%s" % ids[rnd()])
    out.append("%s:heads" % ids[rnd()][:8])          # partial id, explicit heads
    out.append("base:%s" % ids[rnd()])
    # wrong direction: descendant:ancestor (an error in both)
    for _ in range(50):
        b = rnd()
        cands = [i for i in range(n) if i != b and (anc[b] >> i) & 1]
        if cands:
            out.append("%s:%s" % (ids[b], ids[rng.choice(cands)]))
            break
    labelled = [r for r in revs if r["labels"]]
    if labelled:
        lab = rng.choice(labelled)["labels"][0]
        out.append("%s@base:%s@head" % (lab, lab))
        out.append("%s:" % lab)
    out.append("base:head")                            # fails when there are several heads
    out.append(ids[rnd()])                              # no colon: an error in both
    rng.shuffle(out)
    # keep the first ones, always including one of each basic kind
    return out[:count] if count else out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shape", default="mixed", help=", ".join(SHAPES))
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--sql-fraction", type=float, default=0.0,
                    help="write this fraction of the revisions as retort SQL files")
    ap.add_argument("--ranges", type=int, default=0, help="how many ranges to keep (0: all)")
    ap.add_argument("--only", choices=["both", "alembic", "retort"], default="both")
    args = ap.parse_args(argv)

    revs, anc, children = generate(args.shape, args.size, args.seed)
    rng = random.Random("files/%s/%d/%d" % (args.shape, args.size, args.seed))
    sql = [rng.random() < args.sql_fraction for _ in revs]

    out = args.out
    al_versions = os.path.join(out, "alembic", "migrations", "versions")
    rt_versions = os.path.join(out, "retort", "migrations", "versions")
    if args.only != "retort":
        os.makedirs(al_versions, exist_ok=True)
        with open(os.path.join(out, "alembic", "alembic.ini"), "w") as f:
            f.write("[alembic]\nscript_location = %(here)s/migrations\n")
    if args.only != "alembic":
        os.makedirs(rt_versions, exist_ok=True)
        with open(os.path.join(out, "retort", "retort.toml"), "w") as f:
            f.write('[retort]\nscript_location = "migrations"\n'
                    'version_locations = ["migrations/versions"]\n')
    for rv, is_sql in zip(revs, sql):
        base = "%s_%s" % (rv["id"], slug(rv["message"]))
        rv["file"] = base
        if args.only != "retort":
            write_alembic_file(os.path.join(al_versions, base + ".py"), rv, is_sql)
        if args.only != "alembic":
            if is_sql:
                write_sql_file(os.path.join(rt_versions, base + ".sql"), rv)
            else:
                write_java_file(os.path.join(rt_versions, base + ".java"), rv)

    manifest = dict(shape=args.shape, size=args.size, seed=args.seed,
                    sql_fraction=args.sql_fraction,
                    ranges=pick_ranges(revs, anc, children, rng, args.ranges),
                    revisions=revs)
    with open(os.path.join(out, "graph.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    with open(os.path.join(out, "ranges.txt"), "w") as f:
        f.write("".join(r + "\n" for r in manifest["ranges"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
