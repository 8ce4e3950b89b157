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

import os
import sys
from collections.abc import Callable, Mapping, Sequence

__all__ = ["is_app_invocation", "main", "missing_libraries_sentence"]

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


def main(
    argv: Sequence[str] | None = None,
    *,
    load_library: Callable[[str], object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run the app or the CLI; returns the exit status.

    ``load_library`` and ``environ`` replace the system library loader and the environment of
    the check that runs before Qt loads (:func:`missing_libraries_sentence`); tests pass them.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if is_app_invocation(args):
        said = missing_libraries_sentence(args, load_library, environ)
        if said:
            print(said, file=sys.stderr)
            return 1
        try:
            from cxcareer.ui.app import run
        except ImportError as error:  # Qt cannot load (no display libraries): say so plainly
            print(f"cxcareer: the desktop app cannot start: {error}", file=sys.stderr)
            print("cxcareer: the command line still works; try 'cxcareer --help'", file=sys.stderr)
            return 1
        return run(args)
    from cxcareer.cli import main as cli_main

    return cli_main(args)


def missing_libraries_sentence(
    argv: Sequence[str],
    load_library: Callable[[str], object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The sentence naming the system packages to install (or saying there is no display), or
    None when Qt can start.

    Why here, before PySide6 is imported: Qt's xcb platform aborts the whole process when a
    library it links against is missing (:mod:`cxcareer.service.desktop_libraries`). Said in
    the language ``--lang`` asks for, else the locale's.
    """
    from cxcareer.service import desktop_libraries

    if not desktop_libraries.platform_is_xcb(environ):
        return None
    missing = desktop_libraries.missing_packages(load_library)
    env = os.environ if environ is None else environ
    if not missing and env.get("DISPLAY"):
        return None
    from cxcareer.service.texts import locale_language, say

    lang = _option_value(argv, "--lang") or locale_language()
    if missing:
        return f"cxcareer: {desktop_libraries.missing_packages_message(missing, lang)}"
    # No X server to talk to: Qt would abort with a misleading "xcb-cursor0 is needed".
    return f"cxcareer: {say('desktop_no_display', lang)}"


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The value given to ``option`` (``--lang pt-BR`` or ``--lang=pt-BR``), if any."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
        if arg == option and i + 1 < len(args):
            return args[i + 1]
    return None
