"""The ``cxcareer`` command: the desktop app when no subcommand is given, else the CLI.

Why a separate entry point: the CLI must start fast and never import Qt (import-linter checks
``cxcareer.cli``), while ``cxcareer`` alone, or with only the app's own options (``--demo``,
``--db``, ``--lang``, ``--read-only``), opens the window.

Why nothing but the app's entry point is imported here: the app paints a light opening window
as soon as PySide6 is loaded and imports the store and the engine afterwards (see
:mod:`cxcareer.ui.app`), so the first paint does not wait for SQLAlchemy or NetworkX. Those
later imports skip PySide6's ``__feature__`` import hook, which would otherwise read the source
of every module (``cxcareer.ui.feature_scan.without_feature_scan``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["is_app_invocation", "main"]

_APP_FLAGS = {"--demo", "--read-only"}
_APP_OPTIONS = {"--db", "--lang"}


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
            from cxcareer.ui.app import run
        except ImportError as error:  # Qt cannot load (no display libraries): say so plainly
            print(f"cxcareer: the desktop app cannot start: {error}", file=sys.stderr)
            print("cxcareer: the command line still works; try 'cxcareer --help'", file=sys.stderr)
            return 1
        return run(args)
    from cxcareer.cli import main as cli_main

    return cli_main(args)
