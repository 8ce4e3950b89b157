"""Start-up time of the desktop app against empty PySide6 windows measured in the same run.

Run ``python -m bench.bench_startup`` (``--runs N``, ``--lang pt-BR``, ``--imports``). Five
kinds of process are started again and again, interleaved, with ``QT_QPA_PLATFORM=offscreen``;
each is timed from launch to the moment its marker line arrives on stdout:

* baseline (a), empty window — Python importing PySide6 and painting an empty ``QMainWindow``;
* baseline (b), empty window + stack — the same after importing NetworkX and SQLAlchemy: the
  floor any PySide6 app with this stack pays;
* first paint — the app on the demo database (``python -m bench.startup_probe painted --db
  DEMO``, see :mod:`bench.startup_probe`) prints ``painted <s>`` at its first window's first
  paint (the opening window: the frame, menus, screen names and "Opening your profile…",
  painted before the store and the engine are imported), then carries on and quits once the
  main window has painted;
* profile shown — the same with stage ``ready``: the overview screen has been painted with the
  selected person's profile, next moves and missing skills (``ready <s>``). For an up-to-date
  SQLite file that screen is read with the standard library's sqlite3, before SQLAlchemy is
  imported (:mod:`cxcareer.store.quick_read`);
* everything open — stage ``opened``: after that paint the app has imported
  SQLAlchemy and the ORM and read the people through them (``opened <s>``), so every later
  action goes at full speed. Reported for honesty, without a target: until then (a few tenths
  of a second) a click waits in the queue.

Targets (issue 4): first paint <= 2.0x baseline (a); profile shown <= 1.3x baseline (b).
The database is a demo team prepared before timing starts; the warm-up round also fills the
framework cache (:mod:`cxcareer.framework.cache`), as any earlier start of the app would have.
Settings, caches and backups go to a temporary folder so the developer's own are untouched, and
so do bytecode caches (an installed app has ``.pyc`` files; a shell with
``PYTHONDONTWRITEBYTECODE`` would otherwise recompile every module at each start). Medians are
reported with each ratio.
The first round is a warm-up and is not counted.

``--imports`` also prints the slowest imports of one app start (``python -X importtime``), the
candidates for lazy imports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BASELINE_SCRIPT",
    "EMPTY_WINDOW_SCRIPT",
    "TARGETS",
    "Measure",
    "main",
    "prepare_database",
    "time_until_marker",
]

RUNS = 7
ROOT = Path(__file__).resolve().parent.parent
"""The source checkout: processes start here so ``python -m bench.startup_probe`` is found."""
TIMEOUT = 120.0
EMPTY = "empty window (a)"
STACK = "empty window + stack (b)"
OPENED = "everything open"
#: measure name -> (baseline it is divided by, largest ratio allowed)
TARGETS = {"first paint": (EMPTY, 2.0), "profile shown": (STACK, 1.3)}

EMPTY_WINDOW_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""
BASELINE_SCRIPT = "import networkx\nimport sqlalchemy\n" + EMPTY_WINDOW_SCRIPT


@dataclass(frozen=True)
class Measure:
    """One kind of start-up: how to launch it and which marker ends the timing."""

    name: str
    command: tuple[str, ...]
    env: Mapping[str, str]
    marker: str


def prepare_database(folder: Path) -> Path:
    """A SQLite file holding the demo team (manager and four reports), ready to open."""
    from cxcareer.service.career import CareerApp
    from cxcareer.service.demo import create_demo
    from cxcareer.store.database import open_database, resolve_location

    path = folder / "demo.db"
    database = open_database(resolve_location(str(path)))
    try:
        app = CareerApp(database)
        create_demo(app)
    finally:
        database.close()
    return path


def time_until_marker(measure: Measure) -> float:
    """Seconds from launching ``measure.command`` until a stdout line starts with its marker.

    Raises:
        RuntimeError: when the process ends or times out without the marker; the message holds
            what it printed.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        measure.command,
        cwd=ROOT,
        env=dict(measure.env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    seen: list[str] = []
    elapsed: float | None = None
    for line in process.stdout:
        if line.split(" ", 1)[0].strip() == measure.marker:
            elapsed = time.perf_counter() - started
            break
        seen.append(line)
    try:
        _out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    if elapsed is None:
        shown = "".join(seen) + err
        raise RuntimeError(f"{measure.name}: no {measure.marker!r} line; it printed:\n{shown}")
    return elapsed


def _environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "XDG_DATA_HOME": str(folder / "data"),
            # Bytecode caches, as an installed app has them (filled by the warm-up round)
            # and kept out of the source tree.
            "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
        }
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measures(folder: Path, database: Path, lang: str) -> list[Measure]:
    """The two baselines and the app's three start-ups, all with the same environment."""
    env = _environment(folder)

    def app(stage: str) -> tuple[str, ...]:
        options = ("--db", str(database), "--lang", lang)
        return (sys.executable, "-m", "bench.startup_probe", stage, *options)

    return [
        Measure(EMPTY, (sys.executable, "-c", EMPTY_WINDOW_SCRIPT), env, "painted"),
        Measure(STACK, (sys.executable, "-c", BASELINE_SCRIPT), env, "painted"),
        Measure("first paint", app("painted"), env, "painted"),
        Measure("profile shown", app("ready"), env, "ready"),
        Measure(OPENED, app("opened"), env, "opened"),
    ]


def run_rounds(
    kinds: Sequence[Measure], runs: int, timer: Callable[[Measure], float] | None = None
) -> dict[str, list[float]]:
    """Time every kind ``runs`` times, interleaved, after one uncounted warm-up round.

    ``timer`` times one run (default :func:`time_until_marker`; the CLI bench times to exit).
    """
    times: dict[str, list[float]] = {m.name: [] for m in kinds}
    for round_number in range(runs + 1):
        for measure in kinds:
            seconds = (timer or time_until_marker)(measure)
            if round_number:
                times[measure.name].append(seconds)
    return times


def slowest_imports(measure: Measure, count: int = 20) -> list[tuple[float, str]]:
    """The ``count`` imports with the largest cumulative time in one start of ``measure``."""
    command = (measure.command[0], "-X", "importtime", *measure.command[1:])
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=dict(measure.env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    found: list[tuple[float, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = (part.strip() for part in line[12:].split("|", 2))
        found.append((int(cumulative) / 1e6, name))
    found.sort(reverse=True)
    return found[:count]


def report(times: Mapping[str, list[float]]) -> list[str]:
    """Lines of the result table: each median, and each app figure over its baseline."""
    medians = {name: statistics.median(values) for name, values in times.items()}
    runs = len(times[EMPTY])
    lines = [f"start-up, median of {runs} runs (offscreen):"]
    for name in (EMPTY, STACK):
        lines.append(f"  {'baseline ' + name:<34} {medians[name]:7.3f} s")
    for name, (base, target) in TARGETS.items():
        ratio = medians[name] / medians[base]
        verdict = "ok" if ratio <= target else "MISSED"
        lines.append(
            f"  {'cxcareer ' + name:<34} {medians[name]:7.3f} s  {ratio:4.2f}x {base}"
            f"  (target <= {target}x: {verdict})"
        )
    if OPENED in medians:
        ratio = medians[OPENED] / medians[STACK]
        lines.append(
            f"  {'cxcareer ' + OPENED:<34} {medians[OPENED]:7.3f} s  {ratio:4.2f}x {STACK}"
            "  (no target)"
        )
    spread = {name: (min(v), max(v)) for name, v in times.items()}
    lines.append(
        "  range: " + ", ".join(f"{n} {lo:.3f}-{hi:.3f} s" for n, (lo, hi) in spread.items())
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Prepare the demo database, time the five kinds of start, print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed runs each ({RUNS})")
    parser.add_argument("--lang", default="en", choices=("en", "pt-BR"), help="app language")
    parser.add_argument("--imports", action="store_true", help="also list the slowest imports")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cxcareer-bench-") as scratch:
        folder = Path(scratch)
        database = prepare_database(folder)
        kinds = measures(folder, database, args.lang)
        try:
            times = run_rounds(kinds, args.runs)
        except RuntimeError as error:
            print(error, file=sys.stderr)
            return 1
        print("\n".join(report(times)))
        if args.imports:
            print("\nslowest imports of one app start (cumulative seconds):")
            for seconds, name in slowest_imports(kinds[2]):
                print(f"  {seconds:6.3f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
