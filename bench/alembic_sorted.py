#!/usr/bin/env python3
"""Run Alembic's command line with the revision files loaded in sorted file-name order.

Alembic lists a versions directory with os.listdir (unsorted, file-system order), while retort
loads the files sorted by name; the load order decides the order of `heads`, `history` and the
rest, so for a like-for-like comparison Alembic must load them sorted too.

    alembic_sorted.py -c PROJECT/alembic.ini heads -v       one Alembic command, as `alembic`
    alembic_sorted.py --batch < commands.txt                several, in one interpreter

--batch reads one command per line, its arguments separated by tabs, and writes for each
command a line "<exit> <stdout bytes> <stderr bytes>" followed by that many bytes of stdout and
of stderr (UTF-8; exit is Alembic's: 0, or 255 after a FAILED line), so a test can run a dozen
commands without paying for a dozen interpreter start-ups, and parse the result without a JSON
library. Each command builds its own Config and ScriptDirectory, exactly as a separate
`alembic` run would.
"""

import contextlib
import io
import sys

from alembic.config import CommandLine, Config
from alembic.script.base import Script

_orig_list_py_dir = Script._list_py_dir.__func__


def _sorted_list_py_dir(cls, scriptdir, path):
    return sorted(_orig_list_py_dir(cls, scriptdir, path))


Script._list_py_dir = classmethod(_sorted_list_py_dir)


def run_one(argv):
    """One command as alembic.config.main would run it; returns (exit, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            cl = CommandLine(prog="alembic")
            options = cl.parser.parse_args(argv)
            if not hasattr(options, "cmd"):
                cl.parser.error("too few arguments")
            cfg = Config(file_=options.config, ini_section=options.name,
                         cmd_opts=options, stdout=sys.stdout)
            cl.run_cmd(cfg, options)
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            code &= 0xFF
        except Exception as e:  # a traceback in a real run: exit 1
            import traceback
            traceback.print_exc(file=sys.stderr)
            code = 1
    return code, out.getvalue(), err.getvalue()


def main():
    if sys.argv[1:2] == ["--batch"]:
        stdout = sys.stdout.buffer
        for line in sys.stdin.read().splitlines():
            if not line.strip():
                continue
            code, out, err = run_one(line.split("\t"))
            out, err = out.encode("utf-8"), err.encode("utf-8")
            stdout.write(b"%d %d %d\n" % (code, len(out), len(err)))
            stdout.write(out)
            stdout.write(err)
        stdout.flush()
        return 0
    import alembic.config
    alembic.config.main(argv=sys.argv[1:], prog="alembic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
