"""``cxcareer framework check|show``: validate a framework file, or list a framework's ladder."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cxcareer.commands.common import (
    add_framework_option,
    add_language_option,
    emit_json,
    language_of,
    load_chosen_framework,
)
from cxcareer.commands.render import table
from cxcareer.framework import Framework, Role, TrackId
from cxcareer.service.problem_lists import shown_lines
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``framework check`` and ``framework show``."""
    parser = subparsers.add_parser("framework", help="check or show a career framework")
    commands = parser.add_subparsers(dest="framework_command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="validate a framework file (exit 1 if invalid)")
    check.add_argument("file", metavar="FILE")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    add_language_option(check)
    check.set_defaults(handler=run_check)

    show = commands.add_parser("show", help="roles by track and level, and skills")
    add_framework_option(show)
    add_language_option(show)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=run_show)


def run_check(args: argparse.Namespace) -> int:
    """Print the problems of FILE (the first hundred of each kind, then a count of the rest);
    exit 0 when valid (warnings allowed), 1 otherwise. ``--json`` lists every problem."""
    from cxcareer.framework.load import check_file

    lang = language_of(args)
    report = check_file(args.file)
    if args.json:
        emit_json(
            {
                "file": args.file,
                "valid": report.ok,
                "errors": [problem.as_dict() for problem in report.errors],
                "warnings": [problem.as_dict() for problem in report.warnings],
            }
        )
        return 0 if report.ok else 1
    for line in shown_lines([str(problem) for problem in report.errors], lang):
        print(line, file=sys.stderr)
    warning = t("warning_prefix", lang)
    for line in shown_lines([f"{problem} [{warning}]" for problem in report.warnings], lang):
        print(line)
    if report.ok and report.framework is not None:
        framework = report.framework
        print(
            t(
                "framework_valid",
                lang,
                file=args.file,
                id=framework.id,
                version=framework.version,
                roles=say_count("count_roles", len(framework.roles), lang),
                skills=say_count("count_skills", len(framework.skills), lang),
            )
        )
        if report.warnings:
            print(say_count("count_warnings", len(report.warnings), lang))
        return 0
    errors = say_count("count_errors", len(report.errors), lang)
    print(t("framework_invalid", lang, file=args.file, errors=errors), file=sys.stderr)
    return 1


def _tier(role: Role, lang: str) -> str:
    return t(f"tier_{role.tier.value}", lang) if role.tier else ""


def show_payload(framework: Framework, lang: str) -> dict[str, Any]:
    """The JSON form of ``framework show``: texts in ``lang``."""
    return {
        "framework": framework.id,
        "version": framework.version,
        "name": framework.name.get(lang),
        "tracks": [
            {"id": track.id, "name": track.name.get(lang)} for track in framework.tracks.values()
        ],
        "roles": [
            {
                "id": role.id,
                "title": role.title.get(lang),
                "level": role.level,
                "track": role.track,
                "tier": role.tier.value if role.tier else None,
                "entry": role.entry,
                "requires": {req.skill: req.level for req in role.requires},
            }
            for role in framework.roles.values()
        ],
        "skills": [
            {
                "id": skill.id,
                "name": skill.name.get(lang),
                "category": skill.category.get(lang) or None,
            }
            for skill in framework.skills.values()
        ],
        "transitions": [
            {"from": move.source, "to": move.target, "kind": move.kind.value, "months": move.months}
            for move in framework.transitions
        ],
    }


def run_show(args: argparse.Namespace) -> int:
    """Print the ladder grouped by track (sorted by level), then the skills."""
    lang = language_of(args)
    framework = load_chosen_framework(args.framework, lang)
    if args.json:
        emit_json(show_payload(framework, lang))
        return 0
    print(
        t(
            "framework_heading",
            lang,
            name=framework.name.get(lang),
            id=framework.id,
            version=framework.version,
        )
    )
    groups: dict[TrackId | None, list[Role]] = {}
    for role in framework.roles.values():
        groups.setdefault(role.track, []).append(role)
    for track_id, roles in groups.items():
        heading = framework.tracks[track_id].name.get(lang) if track_id else t("no_track", lang)
        print(f"\n{heading}")
        rows = [
            [
                str(role.level),
                f"{role.title.get(lang)} ({role.id})",
                _tier(role, lang),
                t("entry_mark", lang) if role.entry else "",
            ]
            for role in sorted(roles, key=lambda r: (r.level, r.title.get(lang)))
        ]
        header = [t("label_level", lang), t("col_role", lang), t("col_tier", lang), ""]
        print(table(header, rows))
    print(f"\n{t('skills_heading', lang)}")
    skill_rows = [
        [skill.id, skill.name.get(lang), skill.category.get(lang)]
        for skill in framework.skills.values()
    ]
    print(table([t("label_skill", lang), "", t("col_category", lang)], skill_rows))
    return 0
