"""Speed of CLI commands at company size against the floor of the libraries they need.

Run ``python -m bench.bench_cli`` (``--db PATH|URL`` for a company database made before, else
one of 10,000 people is made once by :mod:`bench.company` at ``--make PATH`` and reused;
``--runs N``). Four kinds of process run again and again, interleaved, each timed from launch to
exit, and the first round is a warm-up that is not counted:

* floor of ``person show`` — ``python -c`` importing every library module (all but cxcareer's
  own) that one real ``person show`` run had imported, found in the same run;
* ``cxcareer person show ID`` on the company database (one person, with 20 assessments);
* floor of ``next --role`` — ``python -c "import networkx"``;
* ``cxcareer next --role support-specialist`` (no database).

Targets (issue 14): ``person show`` <= 1.3x its floor, ``next --role`` <= 1.2x its floor;
medians are printed with each ratio. Settings, data and bytecode caches go to a temporary
folder (as :mod:`bench.bench_startup` does), so the developer's own are untouched.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.bench_startup import ROOT, TIMEOUT, Measure, _environment, run_rounds

__all__ = ["TARGETS", "main"]

RUNS = 5
SHOW = "person show"
SHOW_FLOOR = "python + person show's libraries"
NEXT = "next --role"
NEXT_FLOOR = "python + networkx"
#: measure name -> (floor it is divided by, largest ratio allowed)
TARGETS = {SHOW: (SHOW_FLOOR, 1.3), NEXT: (NEXT_FLOOR, 1.2)}
DEFAULT_COMPANY = Path(tempfile.gettempdir()) / "cxcareer-bench-company.db"

#: Runs the CLI's ``main`` and writes the modules it had imported to the file named first.
MODULES_PROBE = """
import sys
from cxcareer.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("\\n".join(sorted(sys.modules)))
sys.exit(code)
"""
#: Imports the modules named in the file given, one by one (what cannot import alone is skipped).
FLOOR_SCRIPT = """
import importlib, sys
for name in open(sys.argv[1], encoding="utf-8").read().split():
    try:
        importlib.import_module(name)
    except Exception:
        pass
"""


def time_to_exit(measure: Measure) -> float:
    """Seconds from launching ``measure.command`` until it exits (successfully)."""
    started = time.perf_counter()
    done = subprocess.run(
        measure.command,
        cwd=ROOT,
        env=dict(measure.env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{measure.name}: exit {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed


def library_modules(command: Sequence[str], env: dict[str, str], folder: Path) -> Path:
    """A file listing the library modules ``cxcareer COMMAND`` imports (not cxcareer's own,
    nor those a bare ``python`` has already); the floor imports exactly these."""
    listing = folder / "command-modules.txt"
    bare = folder / "bare-modules.txt"
    subprocess.run(
        [sys.executable, "-c", MODULES_PROBE, str(listing), *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=True,
        timeout=TIMEOUT,
    )
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; open({str(bare)!r}, 'w').write('\\n'.join(sys.modules))",
        ],
        env=env,
        check=True,
        timeout=TIMEOUT,
    )
    already = set(bare.read_text(encoding="utf-8").split())
    names = [
        name
        for name in listing.read_text(encoding="utf-8").split()
        if name not in already and name.split(".")[0] not in {"cxcareer", "__main__"}
    ]
    floor = folder / "floor-modules.txt"
    floor.write_text("\n".join(names), encoding="utf-8")
    return floor


def some_person(database: str) -> str:
    """The id of a person in the middle of the company (by name), from a file or a URL."""
    from sqlalchemy import create_engine, text

    url = database if "://" in database else f"sqlite:///{database}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM people")).scalar_one()
            found = conn.execute(
                text("SELECT id FROM people ORDER BY name LIMIT 1 OFFSET :n"), {"n": count // 2}
            ).scalar()
    finally:
        engine.dispose()
    if found is None:
        raise SystemExit(f"{database} holds no people: make it with python -m bench.company")
    return str(found)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_cli", description=__doc__)
    parser.add_argument("--db", help="a company database (SQLite file or PostgreSQL URL)")
    parser.add_argument(
        "--person", help="the person to show (default: one from the middle of the company)"
    )
    parser.add_argument("--make", type=Path, default=DEFAULT_COMPANY, help="where to make one")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    database = args.db or str(args.make)
    if args.db is None and not args.make.exists():
        from bench.company import main as make_company

        make_company([str(args.make)])
    person = args.person or some_person(database)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = _environment(folder)
        show = ("--db", database, "person", "show", person)
        floor = library_modules(show, env, folder)
        cli = (sys.executable, "-m", "cxcareer")
        kinds = [
            Measure(SHOW_FLOOR, (sys.executable, "-c", FLOOR_SCRIPT, str(floor)), env, ""),
            Measure(SHOW, (*cli, *show), env, ""),
            Measure(NEXT_FLOOR, (sys.executable, "-c", "import networkx"), env, ""),
            Measure(NEXT, (*cli, "next", "--role", "support-specialist"), env, ""),
        ]
        times = run_rounds(kinds, args.runs, time_to_exit)
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"database: {database}; person {person}; {args.runs} interleaved runs, medians")
    for name, median in medians.items():
        print(f"  {name:34s} {median * 1000:8.0f} ms")
    for name, (floor_name, allowed) in TARGETS.items():
        ratio = medians[name] / medians[floor_name]
        verdict = "ok" if ratio <= allowed else "OVER TARGET"
        print(f"  {name}: {ratio:.2f}x {floor_name} (target <= {allowed}x: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
