"""The ``cxcareer`` command: the desktop app when no subcommand is given, else the CLI.

Why a separate entry point: the CLI must start fast and never import Qt (import-linter checks
``cxcareer.cli``), while ``cxcareer`` alone, or with only the app's own options (``--demo``,
``--db``, ``--lang``, ``--read-only``), opens the window.

Why the app's Qt-free layers are imported before PySide6: once PySide6 is loaded, its import
hook reads the source of every module imported afterwards (looking for ``__feature__`` use),
which made importing SQLAlchemy, NetworkX and our engine about 0.2 s slower at each start.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["is_app_invocation", "main"]

_APP_FLAGS = {"--demo", "--read-only"}
_APP_OPTIONS = {"--db", "--lang"}
#: Qt-free modules the window needs, imported before PySide6 (see the module docstring).
_BEFORE_QT = (
    "cxcareer.store.database",
    "cxcareer.app.career",
    "cxcareer.app.backups",
    "cxcareer.app.overview_rows",
)


def is_app_invocation(argv: Sequence[str]) -> bool:
    """True when every argument is one of the desktop app's own options."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        name = arg.split("=", 1)[0]
        if arg in _APP_FLAGS:
            i += 1
        elif name in _APP_OPTIONS:
            i += 1 if "=" in arg else 2
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or the CLI; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if is_app_invocation(args):
        try:
            _import_before_qt()
            from cxcareer.ui.app import run
        except ImportError as error:  # Qt cannot load (no display libraries): say so plainly
            print(f"cxcareer: the desktop app cannot start: {error}", file=sys.stderr)
            print("cxcareer: the command line still works; try 'cxcareer --help'", file=sys.stderr)
            return 1
        return run(args)
    from cxcareer.cli import main as cli_main

    return cli_main(args)


def _import_before_qt() -> None:
    """Load the Qt-free stack while PySide6's import hook is not installed yet."""
    import importlib

    for module in _BEFORE_QT:
        importlib.import_module(module)
