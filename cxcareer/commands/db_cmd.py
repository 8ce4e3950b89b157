"""``cxcareer db check|backup|restore|info``: looking after the database itself.

Why ``check`` sets a damaged file aside rather than repairing it: writing into a damaged SQLite
file can destroy what a specialist could still salvage, so the file (with its -wal/-shm) is
renamed, nothing is deleted, and the person is told which backup to restore. ``restore`` checks
the backup first, saves the current data first, and asks before replacing anything; without a
terminal to ask on it needs ``--yes``. Each step is the service's
(:mod:`cxcareer.service.database_care`), the same the app's database dialog runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxcareer.commands.common import CommandError, emit_json, language_of
from cxcareer.commands.failures import corrupt_message
from cxcareer.commands.store_access import (
    add_store_options,
    location_of,
    open_store,
    refuse_if_read_only,
)
from cxcareer.service import database_care
from cxcareer.service.formats import format_size
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``db check|backup|restore|info``."""
    parser = subparsers.add_parser("db", help="check, back up, restore or describe the database")
    commands = parser.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    check = commands.add_parser("check", help="integrity check (sets a damaged file aside)")
    add_store_options(check)
    check.set_defaults(handler=run_check)
    bak = commands.add_parser("backup", help="online backup to FILE or to the backup folder")
    bak.add_argument("file", nargs="?", metavar="FILE")
    add_store_options(bak)
    bak.set_defaults(handler=run_backup)
    restore = commands.add_parser("restore", help="replace the data with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_store_options(restore)
    restore.set_defaults(handler=run_restore)
    info = commands.add_parser("info", help="where the database is, its size, schema, backups")
    add_store_options(info)
    info.set_defaults(handler=run_info)


def run_check(args: argparse.Namespace) -> int:
    lang = language_of(args)
    refuse_if_read_only(args, lang)  # a damaged file is set aside: that moves it
    result = database_care.check_and_set_aside(location_of(args, lang))
    if not result.exists:
        print(t("no_database", lang, location=result.location))
        return 0
    if result.ok:
        print(t("check_ok", lang, location=result.location))
        return 0
    if result.set_aside is None:  # a server database: nothing to set aside
        raise CommandError(f"{result.location}: {result.problems[0]}")
    # What SQLite found (pages, "malformed") is left out: it helps nobody restore.
    facts = {"location": result.location, "aside": result.set_aside}
    if result.good_backup is None:
        raise CommandError(t("damaged_no_backup", lang, **facts))
    raise CommandError(t("damaged_restore", lang, backup=result.good_backup, **facts))


def run_backup(args: argparse.Namespace) -> int:
    lang = language_of(args)
    database_care.require_sqlite(location_of(args, lang))  # before a server is even opened
    target = Path(args.file) if args.file else None
    with open_store(args, lang, read_only=True) as database:
        made = database_care.back_up_now(database.location, to=target)
    if args.json:
        emit_json({"backup": str(made)})
    else:
        print(t("backup_written", lang, file=made))
    return 0


def _confirm(question: str, lang: str) -> bool:
    if not sys.stdin.isatty():
        raise CommandError(t("restore_needs_yes", lang))
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes", "s", "sim")


def _cannot_restore(problem: database_care.BackupProblem, source: Path, lang: str) -> str:
    """Why ``source`` cannot be restored, in ``lang``."""
    if problem.kind == "missing":
        return t("cannot_read", lang, file=source, reason="no such file")
    if problem.kind == "not_cxcareer":
        return t("not_a_backup", lang, file=source)
    if problem.kind == "too_new":
        return t("backup_too_new", lang, file=source, revision=problem.detail)
    return t("backup_damaged", lang, file=source)


def run_restore(args: argparse.Namespace) -> int:
    lang = language_of(args)
    refuse_if_read_only(args, lang)
    location = location_of(args, lang)
    path = database_care.require_sqlite(location)
    source = Path(args.file).expanduser().absolute()
    problems = database_care.backup_problems(source)
    if problems:
        raise CommandError(_cannot_restore(problems[0], source, lang))
    if not args.yes and not _confirm(t("restore_question", lang, db=path, file=source), lang):
        print(t("restore_cancelled", lang))
        return 1
    outcome = database_care.restore(location, source)
    if args.json:
        previous = str(outcome.previous) if outcome.previous else None
        emit_json({"restored": str(source), "previous": previous})
    else:
        print(t("restored", lang, db=path, file=source))
        if outcome.previous:
            print(t("previous_saved", lang, file=outcome.previous))
    return 0


def _info_payload(info: database_care.DatabaseInfo) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "location": info.location,
        "exists": info.exists,
        "size": info.size,
        "revision": info.revision,
    }
    if info.backup_folder is not None:
        last = info.backups[0] if info.backups else None
        payload |= {
            "backup_folder": str(info.backup_folder),
            "backups": len(info.backups),
            "last_backup": str(last.path) if last else None,
            "last_backup_at": last.taken_at.isoformat() if last else None,
        }
    payload["head_revision"] = info.head_revision
    return payload


def run_info(args: argparse.Namespace) -> int:
    """Print what can be known of the database; exit 1 when it is damaged (said plainly)."""
    lang = language_of(args)
    info = database_care.describe_database(location_of(args, lang))
    payload = _info_payload(info)
    if args.json:
        emit_json(payload | {"damaged": info.damaged})
        return 1 if info.damaged else 0
    print(t("info_location", lang, location=info.location))
    if not info.exists:
        print("  " + t("no_database", lang, location=info.location))
        return 0
    size = format_size(info.size, lang) if info.size is not None else "-"
    print(t("info_size", lang, size=size))
    print(t("info_revision", lang, revision=info.revision or "-", head=info.head_revision))
    if info.backup_folder is not None:
        last = payload["last_backup"] or t("none", lang)
        print(say_count("info_backup", len(info.backups), lang, last=last))
    if info.damaged:
        raise CommandError(corrupt_message(info.location, lang))
    return 0
