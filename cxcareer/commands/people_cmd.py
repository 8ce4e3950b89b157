"""``cxcareer person add|list|show|edit``: the people whose careers are planned here.

Each command is one use case of the service layer: ``add`` and ``edit`` apply the same rules as
the app's person form (:meth:`~cxcareer.service.career.CareerApp.create_person`,
:meth:`~cxcareer.service.career.CareerApp.edit_person`), and ``show`` prints the same snapshot
every screen shows (:func:`~cxcareer.service.person_summary.summarise_person`), on the person's
own framework version, so ratings made against an older framework keep their meaning.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cxcareer.commands.common import emit_json, history_counts, language_of
from cxcareer.commands.render import table
from cxcareer.commands.store_access import add_store_options, open_app
from cxcareer.service.readiness_words import readiness_label
from cxcareer.service.rules import KEEP
from cxcareer.service.texts import say as t
from cxcareer.store.records import Basis

if TYPE_CHECKING:  # the service's readers are imported by the commands that read, when they run
    from cxcareer.service.career import PersonSnapshot
    from cxcareer.service.person_summary import PersonSummary

__all__ = ["add_basis_option", "person_snapshot", "register"]


def add_basis_option(parser: argparse.ArgumentParser) -> None:
    """``--basis self|manager|min``: whose ratings count (default: the lower of the two)."""
    parser.add_argument(
        "--basis",
        choices=[b.value for b in Basis],
        default=Basis.MIN.value,
        help="whose ratings make the current levels (default: min, the lower of self and manager)",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``person add|list|show|edit``."""
    parser = subparsers.add_parser("person", help="add, list, show or edit people")
    commands = parser.add_subparsers(dest="person_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help="add a person (prints the new id)")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, metavar="ROLE", help="the role they hold")
    add.add_argument("--email")
    add.add_argument("--framework", metavar="ID", help="an imported framework (default: built-in)")
    add.add_argument("--target", action="append", default=[], metavar="ROLE")
    add.add_argument("--manager", metavar="PERSON")
    add_store_options(add)
    add.set_defaults(handler=run_add)

    lst = commands.add_parser("list", help="everyone, by name")
    add_store_options(lst)
    lst.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="a person's levels, readiness and history")
    show.add_argument("person", metavar="PERSON", help="an id or a unique name")
    add_basis_option(show)
    add_store_options(show)
    show.set_defaults(handler=run_show)

    edit = commands.add_parser("edit", help="change a person's name, email, role, targets, manager")
    edit.add_argument("person", metavar="PERSON")
    edit.add_argument("--name")
    edit.add_argument("--email")
    edit.add_argument("--role", metavar="ROLE")
    targets = edit.add_mutually_exclusive_group()
    targets.add_argument("--target", action="append", metavar="ROLE")
    targets.add_argument("--clear-targets", action="store_true")
    manager = edit.add_mutually_exclusive_group()
    manager.add_argument("--manager", metavar="PERSON")
    manager.add_argument("--no-manager", action="store_true")
    add_store_options(edit)
    edit.set_defaults(handler=run_edit)


def run_add(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang) as app:
        record = app.create_person(
            args.name,
            email=args.email,
            current_role=args.role,
            targets=args.target,
            manager_id=args.manager,
            framework_version_id=args.framework,
        ).value
    if args.json:
        emit_json({"id": record.id, "name": record.name})
    else:
        print(record.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang, read_only=True) as app:
        everyone = app.people()
    if args.json:
        emit_json(
            [
                {"id": p.id, "name": p.name, "role": p.current_role, "targets": list(p.targets)}
                for p in everyone
            ]
        )
        return 0
    if not everyone:
        print(t("no_people", lang))
        return 0
    rows = [[p.id, p.name, p.current_role or "-", ", ".join(p.targets)] for p in everyone]
    header = [t("col_id", lang), t("col_name", lang), t("col_role", lang), t("label_targets", lang)]
    print(table(header, rows))
    return 0


def person_snapshot(args: argparse.Namespace, lang: str) -> PersonSnapshot:
    """The stored person of ``args.person`` on ``--basis``, as every face shows them."""
    with open_app(args, lang, read_only=True) as app:
        return app.person_snapshot(args.person, basis=Basis(args.basis))


def _show_payload(summary: PersonSummary) -> dict[str, Any]:
    snapshot, counts, manager = summary.snapshot, summary.counts, summary.manager
    person = snapshot.person
    framework = snapshot.framework
    return {
        "id": person.id,
        "name": person.name,
        "email": person.email,
        "framework": {
            "id": framework.id,
            "version": framework.version,
            "version_id": person.framework_version_id,
        },
        "role": person.current_role,
        "targets": list(person.targets),
        "manager": {"id": manager.id, "name": manager.name} if manager else None,
        "basis": snapshot.basis.value,
        "levels": dict(sorted(snapshot.levels.items())),
        "level_sources": {s: c.source.value for s, c in sorted(snapshot.current_levels.items())},
        "readiness": {r: round(value, 4) for r, value in snapshot.readiness.items()},
        "unrated": {r: found.unrated for r, found in snapshot.gaps.items()},
        "history": {
            "assessments": counts.assessments,
            "evidence": counts.evidence,
            "actions": counts.actions,
            "meetings": counts.meetings,
        },
    }


def run_show(args: argparse.Namespace) -> int:
    from cxcareer.service.person_summary import summarise_person

    lang = language_of(args)
    with open_app(args, lang, read_only=True) as app:
        summary = summarise_person(app, args.person, basis=Basis(args.basis))
    snapshot = summary.snapshot
    payload = _show_payload(summary)
    if args.json:
        emit_json(payload)
        return 0
    print(f"{payload['name']} ({payload['id']})")
    fw = snapshot.framework
    role = payload["role"]
    role_text = f"{fw.roles[role].title.get(lang)} ({role})" if role in fw.roles else "-"
    print(f"  {t('col_framework', lang)}: {fw.name.get(lang)} ({fw.id} {fw.version})")
    print(f"  {t('label_current_role', lang)}: {role_text}")
    if payload["manager"]:
        print(f"  {t('label_manager', lang)}: {payload['manager']['name']}")
    print(f"\n{t('levels_' + payload['basis'], lang)}")
    if snapshot.current_levels:
        rows = [
            [fw.skill(s).name.get(lang) if s in fw.skills else s, str(c.level), c.source.value]
            for s, c in sorted(snapshot.current_levels.items())
        ]
        print(table([t("label_skill", lang), t("label_level", lang), t("col_source", lang)], rows))
    else:
        print("  " + t("no_levels", lang))
    if payload["readiness"]:
        print(f"\n{t('readiness_per_target', lang)}")
        for target in snapshot.readiness:
            said = readiness_label(snapshot.gaps[target], lang)
            print(f"  {said}  {snapshot.role_title(target)} ({target})")
    print("\n" + t("history_line", lang, counts=history_counts(payload["history"], lang)))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang) as app:
        record = app.edit_person(
            args.person,
            name=KEEP if args.name is None else args.name,
            email=KEEP if args.email is None else args.email,
            current_role=KEEP if args.role is None else args.role,
            targets=[] if args.clear_targets else args.target or KEEP,
            manager_id=None if args.no_manager else args.manager or KEEP,
        ).value
        framework = app.framework(record.framework_version_id)
    if args.json:
        emit_json(
            {
                "id": record.id,
                "name": record.name,
                "email": record.email,
                "framework": framework.id,
                "role": record.current_role,
                "targets": list(record.targets),
                "manager_id": record.manager_id,
            }
        )
    else:
        print(t("person_saved", lang, name=record.name, id=record.id))
    return 0
