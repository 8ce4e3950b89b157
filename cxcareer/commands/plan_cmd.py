"""``cxcareer assess``, ``action add|list|done|drop`` and ``meeting add``: the day-to-day record.

Why ratings are typed ``SKILL=LEVEL``: the same form as ``next --skill``, so what a person tries
in a what-if is what they record. Each command is the service's use case the app's screens call
too (:meth:`~cxcareer.service.career.CareerApp.rate`, :mod:`cxcareer.service.development`,
:func:`~cxcareer.service.meeting_rows.record_meeting`), so both refuse the same things — an
unknown skill (with the closest ids), a level off the scale, a blank owner or author — and the
defaults (the person owns their actions, their manager writes the one-to-one) are the same.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from cxcareer.commands.common import emit_json, language_of, typed_levels
from cxcareer.commands.render import table
from cxcareer.commands.server_cmd import say_key_made
from cxcareer.commands.store_access import add_store_options, open_app
from cxcareer.service import company_server, development
from cxcareer.service.company_identity import needs_a_key
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_rows import record_meeting
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count
from cxcareer.store.records import ActionRecord, ActionStatus, Assessor

__all__ = ["register"]


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``assess``, ``action`` and ``meeting``."""
    assess = subparsers.add_parser("assess", help="record skill ratings for a person")
    assess.add_argument("person", metavar="PERSON")
    assess.add_argument("ratings", nargs="+", metavar="SKILL=LEVEL")
    assess.add_argument("--by", choices=[a.value for a in Assessor], default=Assessor.SELF.value)
    assess.add_argument("--assessor", metavar="NAME", help="who rated (default: person/manager)")
    assess.add_argument("--note", metavar="TEXT", help="a comment kept with each rating")
    add_store_options(assess)
    assess.set_defaults(handler=run_assess)

    action = subparsers.add_parser("action", help="development actions")
    commands = action.add_subparsers(dest="action_command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="add an open action")
    add.add_argument("person", metavar="PERSON")
    add.add_argument("--title", required=True)
    add.add_argument("--skill")
    add.add_argument("--target", metavar="ROLE")
    add.add_argument("--owner", metavar="NAME", help="who will do it (default: the person)")
    add.add_argument("--due", type=_iso_date, metavar="YYYY-MM-DD")
    add_store_options(add)
    add.set_defaults(handler=run_action_add)
    lst = commands.add_parser("list", help="a person's open actions (--all: every action)")
    lst.add_argument("person", metavar="PERSON")
    lst.add_argument("--all", action="store_true")
    add_store_options(lst)
    lst.set_defaults(handler=run_action_list)
    for name, status in (("done", ActionStatus.DONE), ("drop", ActionStatus.DROPPED)):
        sub = commands.add_parser(name, help=f"mark an action {status.value}")
        sub.add_argument("action_id", metavar="ACTION_ID")
        add_store_options(sub)
        sub.set_defaults(handler=run_action_status, status=status)

    meeting = subparsers.add_parser("meeting", help="one-to-one meetings")
    mcommands = meeting.add_subparsers(dest="meeting_command", metavar="COMMAND", required=True)
    madd = mcommands.add_parser("add", help="record a one-to-one")
    madd.add_argument("person", metavar="PERSON")
    madd.add_argument("--shared", required=True, metavar="TEXT", help="notes both sides see")
    madd.add_argument("--private", default="", metavar="TEXT", help="notes only you see")
    madd.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="default: today")
    madd.add_argument("--author", metavar="NAME", help="who writes the notes (default: manager)")
    add_store_options(madd)
    madd.set_defaults(handler=run_meeting_add)


def run_assess(args: argparse.Namespace) -> int:
    lang = language_of(args)
    levels = typed_levels(args.ratings, lang)
    comments = dict.fromkeys(levels, args.note) if args.note else None
    with open_app(args, lang) as app:
        record = app.rate(
            args.person,
            levels,
            assessor=Assessor(args.by),
            comments=comments,
            assessor_name=args.assessor,
        ).value
        name = app.person(record.person_id).name
    if args.json:
        emit_json(
            {
                "id": record.id,
                "person": record.person_id,
                "by": record.assessor.value,
                "assessor": record.assessor_name,
                "items": {i.skill: i.level for i in record.items},
            }
        )
    else:
        print(say_count("assessment_saved", len(record.items), lang, name=name, id=record.id))
    return 0


def _action_json(a: ActionRecord) -> dict[str, object]:
    return {
        "id": a.id,
        "title": a.title,
        "skill": a.skill,
        "target": a.target_role,
        "owner": a.owner,
        "due": a.due_on.isoformat() if a.due_on else None,
        "status": a.status.value,
    }


def run_action_add(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang) as app:
        record = development.add_action(
            app,
            args.person,
            args.title,
            args.owner,
            skill=args.skill,
            target_role=args.target,
            due_on=args.due,
        ).value
    if args.json:
        emit_json(_action_json(record))
    else:
        print(record.id)
    return 0


def run_action_list(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang, read_only=True) as app:
        status = None if args.all else ActionStatus.OPEN
        found = development.list_actions(app, args.person, status=status)
    if args.json:
        emit_json([_action_json(a) for a in found])
        return 0
    if not found:
        print(t("no_actions", lang))
        return 0
    rows = [
        [
            a.id,
            t(f"status_{a.status.value}", lang),
            format_date(a.due_on, lang) if a.due_on else "-",
            a.owner,
            a.title,
        ]
        for a in found
    ]
    header = [t("col_id", lang), t("col_status", lang), t("label_due", lang)]
    header += [t("label_owner", lang), ""]
    print(table(header, rows))
    return 0


def run_action_status(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang) as app:
        record = development.set_action_status(app, args.action_id, args.status).value
    if args.json:
        emit_json(_action_json(record))
    else:
        status = t(f"status_{record.status.value}", lang)
        print(t("action_status_saved", lang, title=record.title, status=status))
    return 0


def run_meeting_add(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang) as app:
        if args.private and needs_a_key(app):
            _key, path = company_server.key_create()
            print(say_key_made(path, lang), file=sys.stderr)
        record = record_meeting(
            app,
            args.person,
            args.date or date.today(),
            args.author,
            shared_notes=args.shared,
            private_notes=args.private,
        ).value
        name = app.person(record.person_id).name
    if args.json:
        emit_json(
            {
                "id": record.id,
                "person": record.person_id,
                "held_on": record.held_on.isoformat(),
                "author": record.author,
                "carried_over": list(record.carried_over),
            }
        )
    else:
        day = format_date(record.held_on, lang)
        print(t("meeting_saved", lang, day=day, name=name, id=record.id))
    return 0
