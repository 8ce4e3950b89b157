"""What every command shares: language, the chosen framework, ``--skill`` values and output.

Handlers raise :class:`CommandError` for anything the user can fix; ``cxcareer.cli.main`` prints
it as one line and exits with its code, so no traceback ever reaches a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from cxcareer.framework import Framework, FrameworkInvalid, UnknownIdError
from cxcareer.framework.text import normalise_language
from cxcareer.graph import InvalidLevelError, build_graph, check_levels
from cxcareer.service.formats import format_list
from cxcareer.service.problems import describe_problem
from cxcareer.service.texts import locale_language, say_count
from cxcareer.service.texts import say as t

__all__ = [
    "CommandError",
    "add_framework_option",
    "add_language_option",
    "checked_role",
    "describe_unknown",
    "emit_json",
    "graph_for",
    "history_counts",
    "language_of",
    "load_chosen_framework",
    "parse_levels",
]


class CommandError(Exception):
    """A problem the user can fix: printed as is, with ``code`` as the exit status.

    ``details`` are extra lines (e.g. every problem of an invalid framework file).
    """

    def __init__(self, message: str, code: int = 1, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.details = tuple(details)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang en|pt-BR``; the default comes from the locale."""
    parser.add_argument(
        "--lang",
        choices=["en", "pt-BR"],
        type=normalise_language,
        help="language of the output (default: from the locale)",
    )


def add_framework_option(parser: argparse.ArgumentParser) -> None:
    """``--framework FILE``; the default is the built-in framework."""
    parser.add_argument(
        "--framework",
        metavar="FILE",
        help="a framework file (YAML or JSON); default: the built-in CX framework",
    )


def language_of(args: argparse.Namespace) -> str:
    """The output language: ``--lang`` if given, else the locale's."""
    chosen: str | None = getattr(args, "lang", None)
    return chosen or locale_language()


def load_chosen_framework(path: str | None, lang: str) -> Framework:
    """Load ``--framework FILE`` or the built-in framework.

    Raises:
        CommandError: the file is invalid (every problem listed) or cannot be read.
    """
    from cxcareer.framework.builtin import load_builtin
    from cxcareer.framework.load import load_file

    try:
        return load_file(path) if path else load_builtin()
    except FrameworkInvalid as invalid:
        errors = [str(problem) for problem in invalid.errors]
        count = say_count("count_errors", len(errors), lang)
        message = t("framework_invalid", lang, file=path or "built-in", errors=count)
        raise CommandError(message, details=errors) from None


def describe_unknown(error: UnknownIdError | InvalidLevelError, lang: str) -> str:
    """ "unknown role 'x' — closest: a, b" or "level 9 … out of range" in ``lang``, as the app
    says it (:func:`cxcareer.service.problems.describe_problem`)."""
    return describe_problem(error, lang) or str(error)


_HISTORY_COUNTS = (
    ("assessments", "count_assessments"),
    ("evidence", "count_evidence"),
    ("actions", "count_actions"),
    ("meetings", "count_one_to_ones"),
)


def history_counts(counts: Mapping[str, int], lang: str) -> str:
    """ "3 assessments, 1 piece of evidence, 2 actions and 1 one-to-one" in ``lang``."""
    return format_list([say_count(key, counts[name], lang) for name, key in _HISTORY_COUNTS], lang)


def parse_levels(G: nx.DiGraph, values: Iterable[str], lang: str) -> dict[str, int]:
    """Turn ``SKILL=LEVEL`` strings into checked levels.

    Raises:
        CommandError: code 2 for a malformed value, code 1 for an unknown skill or a level
            outside the scale.
    """
    raw: dict[str, int] = {}
    for value in values:
        skill, sep, level = value.partition("=")
        try:
            number = int(level.strip())
        except ValueError:
            number = None
        if not sep or not skill.strip() or number is None:
            raise CommandError(t("bad_skill_arg", lang, value=value), code=2)
        raw[skill.strip()] = number
    try:
        return dict(check_levels(G, raw).items())
    except UnknownIdError as error:
        raise CommandError(describe_unknown(error, lang)) from None
    except InvalidLevelError as error:
        raise CommandError(describe_unknown(error, lang)) from None


def checked_role(framework: Framework, role: str, lang: str) -> str:
    """``role`` if the framework declares it.

    Raises:
        CommandError: naming the role and the closest valid ids.
    """
    try:
        return framework.role(role).id
    except UnknownIdError as error:
        raise CommandError(describe_unknown(error, lang)) from None


def graph_for(framework: Framework) -> nx.DiGraph:
    """The engine graph of ``framework``."""
    return build_graph(framework)


def emit_json(payload: Any) -> None:
    """Print ``payload`` as indented UTF-8 JSON (accents kept readable)."""
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
