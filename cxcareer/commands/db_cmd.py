"""``cxcareer db check|backup|restore|info``: looking after the database itself.

Why ``check`` sets a damaged file aside rather than repairing it: writing into a damaged SQLite
file can destroy what a specialist could still salvage, so the file (with its -wal/-shm) is
renamed, nothing is deleted, and the person is told which backup to restore. ``restore`` checks
the backup first, saves the current data first, and asks before replacing anything; without a
terminal to ask on it needs ``--yes``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cxcareer.commands.common import CommandError, emit_json, language_of
from cxcareer.commands.store_access import (
    add_store_options,
    location_of,
    open_store,
    store_error,
)
from cxcareer.service.formats import format_size
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count
from cxcareer.store import backup, migrate, recovery
from cxcareer.store.database import Location, stamped_revision
from cxcareer.store.errors import StoreError
from cxcareer.store.lock import WriterLock

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


def _sqlite_path(location: Location, lang: str) -> Path:
    if location.path is None:
        raise CommandError(t("sqlite_only", lang, location=location))
    return location.path


def _locked(path: Path, lang: str) -> WriterLock:
    try:
        return WriterLock(path).acquire()
    except StoreError as error:
        raise store_error(error, str(path), lang) from None


def run_check(args: argparse.Namespace) -> int:
    lang = language_of(args)
    location = location_of(args, lang)
    if location.path is None:
        from sqlalchemy import text

        with open_store(args, lang, read_only=True) as database, database.session() as session:
            session.execute(text("SELECT 1"))
        print(t("check_ok", lang, location=location))
        return 0
    path = location.path
    if not path.is_file():
        print(t("no_database", lang, location=path))
        return 0
    lock = _locked(path, lang)
    try:
        problems = backup.integrity_problems(path)
        if not problems:
            print(t("check_ok", lang, location=path))
            return 0
        aside = recovery.set_aside(path, datetime.now(UTC))
        good = recovery.newest_good_backup(backup.backup_dir_for(path))
    finally:
        lock.release()
    details = [f"{path}: {problem}" for problem in problems[:5]]
    if good is None:
        raise CommandError(
            t("damaged_no_backup", lang, location=path, aside=aside), details=details
        )
    raise CommandError(
        t("damaged_restore", lang, location=path, aside=aside, backup=good), details=details
    )


def _backup_to_file(db_path: Path, target: Path) -> Path:
    """An online, integrity-checked copy of ``db_path`` at ``target`` (0600, atomic)."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
    try:
        source = backup.connect_read_only(db_path, timeout=30.0)
        try:
            dest = sqlite3.connect(tmp, timeout=30.0)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                dest.close()
        finally:
            source.close()
        problems = backup.integrity_problems(tmp)
        if problems:
            raise CommandError(f"{db_path}: the copy failed its integrity check ({problems[0]})")
        fd = os.open(tmp, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    backup.fsync_dir(target.parent)
    return target


def run_backup(args: argparse.Namespace) -> int:
    from cxcareer.store.retention import prune_backups

    lang = language_of(args)
    path = _sqlite_path(location_of(args, lang), lang)
    with open_store(args, lang, reason="manual"):
        try:
            if args.file:
                target = Path(args.file).expanduser().absolute()
                if target.exists():
                    raise CommandError(t("file_exists", lang, file=target))
                made = _backup_to_file(path, target)
            else:
                folder = backup.backup_dir_for(path)
                made = backup.make_backup(path, folder, reason="manual")
                prune_backups(folder, datetime.now(UTC))
        except (StoreError, OSError, sqlite3.Error) as error:
            raise store_error(error, str(path), lang) from None
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


def run_restore(args: argparse.Namespace) -> int:
    lang = language_of(args)
    path = _sqlite_path(location_of(args, lang), lang)
    source = Path(args.file).expanduser().absolute()
    if not source.is_file():
        raise CommandError(t("cannot_read", lang, file=source, reason="no such file"))
    problems = backup.integrity_problems(source)
    if problems:
        raise CommandError(t("backup_damaged", lang, file=source, problem=problems[0]))
    revision = stamped_revision(source)
    if revision is None:
        raise CommandError(t("not_a_backup", lang, file=source))
    if not migrate.is_known_revision(revision):
        raise CommandError(t("backup_too_new", lang, file=source, revision=revision))
    if not args.yes and not _confirm(t("restore_question", lang, db=path, file=source), lang):
        print(t("restore_cancelled", lang))
        return 1
    lock = _locked(path, lang)
    try:
        saved = backup.restore_backup(source, path)
    except (StoreError, OSError, sqlite3.Error) as error:
        raise store_error(error, str(path), lang) from None
    finally:
        lock.release()
    if args.json:
        emit_json({"restored": str(source), "previous": str(saved) if saved else None})
    else:
        print(t("restored", lang, db=path, file=source))
        if saved:
            print(t("previous_saved", lang, file=saved))
    return 0


def _info(location: Location) -> dict[str, Any]:
    if location.path is None:
        from sqlalchemy import create_engine, text

        engine = create_engine(location.url)
        try:
            revision = migrate.current_revision(engine)
            with engine.connect() as conn:
                size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
        finally:
            engine.dispose()
        return {"location": str(location), "exists": True, "size": size, "revision": revision}
    path = location.path
    exists = path.is_file()
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())
    backups = backup.list_backups(backup.backup_dir_for(path))
    return {
        "location": str(path),
        "exists": exists,
        "size": size,
        "revision": stamped_revision(path) if exists else None,
        "backup_folder": str(backup.backup_dir_for(path)),
        "backups": len(backups),
        "last_backup": str(backups[0].path) if backups else None,
        "last_backup_at": backups[0].taken_at.isoformat() if backups else None,
    }


def run_info(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    lang = language_of(args)
    location = location_of(args, lang)
    try:
        info = _info(location)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        raise store_error(error, location, lang) from None
    info["head_revision"] = migrate.head_revision()
    if args.json:
        emit_json(info)
        return 0
    print(t("info_location", lang, location=info["location"]))
    if not info["exists"]:
        print("  " + t("no_database", lang, location=info["location"]))
        return 0
    print(t("info_size", lang, size=format_size(info["size"], lang)))
    print(t("info_revision", lang, revision=info["revision"] or "-", head=info["head_revision"]))
    if location.path is not None:
        last = info["last_backup"] or t("none", lang)
        print(say_count("info_backup", info["backups"], lang, last=last))
    return 0
