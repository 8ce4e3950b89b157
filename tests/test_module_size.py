"""No Python module grows past 400 lines: past that, split it by what it holds.

Why a test: a module that size has usually become two or three things at once (a screen and its
panels, a flow and its questions); splitting later costs more than splitting as it grows. Data
is not code and is exempt, but belongs in ``resources/`` rather than in a ``.py`` file anyway.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 400
FOLDERS = ("cxcareer", "tests", "bench", "tools")
#: Modules that hold data rather than code, with why they are still Python.
DATA_MODULES: dict[str, str] = {}


def _long_modules() -> dict[str, int]:
    found: dict[str, int] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if ".venv" in path.parts:
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            name = path.relative_to(ROOT).as_posix()
            if lines > LIMIT and name not in DATA_MODULES:
                found[name] = lines
    return found


def test_no_module_is_over_the_limit() -> None:
    assert _long_modules() == {}


def test_the_data_exemptions_still_exist() -> None:
    for name in DATA_MODULES:
        assert (ROOT / name).is_file(), f"{name} is gone: drop it from DATA_MODULES"
