"""``cxcareer next`` and ``cxcareer path``: the moves out of a role and the paths to a goal.

Headless, both read a person's levels from ``--skill SKILL=LEVEL`` options (a skill not given is
level 0) and the role from ``--role``/``--from``. With ``--person P`` they use the person stored
in the database instead: their framework version, current role and current levels on ``--basis``
(``--skill`` values then override single skills, for a quick what-if).
"""

from __future__ import annotations

import argparse
from typing import Any

import networkx as nx

from cxcareer.commands.common import (
    CommandError,
    add_framework_option,
    add_language_option,
    checked_role,
    emit_json,
    graph_for,
    language_of,
    load_chosen_framework,
    parse_levels,
)
from cxcareer.commands.people_cmd import add_basis_option, person_snapshot
from cxcareer.commands.render import table
from cxcareer.commands.store_access import add_db_option, add_read_only_option
from cxcareer.framework import Framework
from cxcareer.graph import MissingSkill, next_moves, paths
from cxcareer.service.formats import format_months
from cxcareer.service.readiness_words import readiness_label
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count

__all__ = ["register"]


def _common_options(parser: argparse.ArgumentParser) -> None:
    add_framework_option(parser)
    parser.add_argument("--person", metavar="PERSON", help="a stored person (id or unique name)")
    add_db_option(parser)
    add_read_only_option(parser)
    parser.add_argument(
        "--skill",
        action="append",
        default=[],
        metavar="SKILL=LEVEL",
        help="your level of a skill (repeat for each skill; unrated skills count as 0)",
    )
    add_language_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``next`` and ``path``."""
    nxt = subparsers.add_parser("next", help="the moves out of a role, ranked by readiness")
    nxt.add_argument("--role", metavar="ROLE", help="the role you hold")
    _common_options(nxt)
    add_basis_option(nxt)
    nxt.set_defaults(handler=run_next)

    path = subparsers.add_parser("path", help="ranked paths from one role to another")
    path.add_argument("--from", dest="source", metavar="ROLE", help="where you are")
    path.add_argument("--to", dest="target", metavar="ROLE", help="where you want to go")
    path.add_argument(
        "--alternatives",
        type=int,
        default=2,
        metavar="K",
        help="how many alternatives besides the best path (default 2)",
    )
    _common_options(path)
    add_basis_option(path)
    path.set_defaults(handler=run_path)


def _missing_json(framework: Framework, missing: tuple[MissingSkill, ...], lang: str) -> list[Any]:
    return [
        {
            "skill": item.skill,
            "name": framework.skills[item.skill].name.get(lang),
            "have": item.have,
            "need": item.need,
            "rated": item.rated,
        }
        for item in missing
    ]


def _missing_text(framework: Framework, missing: tuple[MissingSkill, ...], lang: str) -> str:
    if not missing:
        return t("missing_none", lang)
    return "; ".join(
        f"{framework.skills[item.skill].name.get(lang)} "
        f"{item.have if item.rated else t('level_not_rated', lang)} → {item.need}"
        for item in missing
    )


def _from_person(
    args: argparse.Namespace, lang: str
) -> tuple[Framework, str, dict[str, int], nx.DiGraph]:
    """The stored person's framework, current role, levels on ``--basis`` (+ ``--skill``), graph."""
    snapshot = person_snapshot(args, lang)
    if not snapshot.person.current_role:
        raise CommandError(t("need_person_role", lang, name=snapshot.person.name))
    G = snapshot.graph
    levels = dict(snapshot.levels)
    levels.update(parse_levels(G, args.skill, lang))
    return snapshot.framework, snapshot.person.current_role, levels, G


def run_next(args: argparse.Namespace) -> int:
    """Print the moves out of ``--role`` (or the person's role) with readiness and gaps."""
    lang = language_of(args)
    if args.person:
        if args.role or args.framework:
            raise CommandError(t("person_or_role", lang), code=2)
        framework, role, levels, G = _from_person(args, lang)
    else:
        if not args.role:
            raise CommandError(t("need_role", lang), code=2)
        framework = load_chosen_framework(args.framework, lang)
        role = checked_role(framework, args.role)
        G = graph_for(framework)
        levels = parse_levels(G, args.skill, lang)
    steps = next_moves(G, role, levels)
    if args.json:
        emit_json(
            {
                "framework": framework.id,
                "role": role,
                "next": [
                    {
                        "role": step.role,
                        "title": framework.roles[step.role].title.get(lang),
                        "kind": step.kind.value,
                        "readiness": round(step.readiness, 4),
                        "requirements": step.requirements,
                        "unrated": step.unrated,
                        "months": step.months,
                        "missing": _missing_json(framework, step.missing, lang),
                    }
                    for step in steps
                ],
            }
        )
        return 0
    title = framework.role(role).title.get(lang)
    print(f"{t('label_current_role', lang)}: {title} ({role})")
    if not steps:
        print(t("no_moves", lang))
        return 0
    print(f"\n{t('next_heading', lang)}")
    header = [
        t("col_readiness", lang),
        t("col_kind", lang),
        t("col_months", lang),
        t("col_role", lang),
    ]
    rows = [
        [
            readiness_label(step, lang, short=True),
            t(f"kind_{step.kind.value}", lang),
            format_months(step.months, lang),
            f"{framework.roles[step.role].title.get(lang)} ({step.role})",
        ]
        for step in steps
    ]
    header_line, *row_lines = table(header, rows).split("\n")
    print(header_line)
    for line, step in zip(row_lines, steps, strict=True):
        print(line)
        print(f"      {t('label_missing', lang)}: {_missing_text(framework, step.missing, lang)}")
    print("\n" + t("readiness_formula", lang, formula=t("readiness_formula_terms", lang)))
    return 0


def run_path(args: argparse.Namespace) -> int:
    """Print up to 1 + ``--alternatives`` ranked paths from ``--from`` to ``--to``."""
    lang = language_of(args)
    if args.alternatives < 0:
        raise CommandError("--alternatives must be 0 or more", code=2)
    if args.person:
        if args.source or args.framework:
            raise CommandError(t("person_or_role", lang), code=2)
        if not args.target:
            raise CommandError(t("need_to", lang), code=2)
        framework, source, levels, G = _from_person(args, lang)
    else:
        if not args.source or not args.target:
            raise CommandError(t("need_from_to", lang), code=2)
        framework = load_chosen_framework(args.framework, lang)
        source = checked_role(framework, args.source)
        G = graph_for(framework)
        levels = parse_levels(G, args.skill, lang)
    target = checked_role(framework, args.target)
    found = paths(G, source, target, levels, k=args.alternatives + 1)
    if args.json:
        emit_json(
            {
                "from": source,
                "to": target,
                "paths": [
                    {
                        "roles": list(path.roles),
                        "gap": path.gap,
                        "months": path.months,
                        "missing": _missing_json(framework, path.missing, lang),
                    }
                    for path in found
                ],
            }
        )
        return 0
    names = {
        "source": framework.role(source).title.get(lang),
        "target": framework.role(target).title.get(lang),
    }
    if not found:
        print(t("no_path", lang, **names))
        return 0
    print(t("path_heading", lang, **names))
    for rank, path in enumerate(found, start=1):
        print()
        print(
            t(
                "path_item",
                lang,
                rank=rank,
                points=say_count("count_points", path.gap, lang),
                duration=format_months(path.months, lang),
                moves=say_count("count_moves", path.moves, lang),
            )
        )
        print("   " + " → ".join(framework.roles[r].title.get(lang) for r in path.roles))
        print(f"   {t('label_missing', lang)}: {_missing_text(framework, path.missing, lang)}")
    return 0
