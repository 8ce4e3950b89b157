"""``cxcareer server init|grant|revoke`` and ``cxcareer key create|show|backup|restore``.

Why together: they are the two halves of running a company server. The administrator sets the
server up once and gives each person a login (:mod:`cxcareer.service.company_server`); each
person keeps the key their private notes are sealed with (:mod:`cxcareer.service.note_seal`),
and is told plainly, when it is made, that losing it and its backup loses those notes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cxcareer.commands.common import emit_json, language_of
from cxcareer.commands.store_access import add_store_options, location_of, refuse_if_read_only
from cxcareer.service import company_server
from cxcareer.service.texts import say as t

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``server`` and ``key``."""
    server = subparsers.add_parser("server", help="set up a company PostgreSQL server (admin)")
    commands = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    init = commands.add_parser("init", help="apply the schema, roles and access policies")
    add_store_options(init)
    init.set_defaults(handler=run_init)
    grant = commands.add_parser("grant", help="let a database login act as a person")
    grant.add_argument("person", metavar="PERSON")
    grant.add_argument("--login", required=True, metavar="ROLE", help="their database role")
    grant.add_argument("--hr", action="store_true", help="HR: reads everyone but private notes")
    add_store_options(grant)
    grant.set_defaults(handler=run_grant)
    revoke = commands.add_parser("revoke", help="take a person's login away")
    revoke.add_argument("person", metavar="PERSON")
    add_store_options(revoke)
    revoke.set_defaults(handler=run_revoke)

    key = subparsers.add_parser("key", help="the key your private notes are locked with")
    keys = key.add_subparsers(dest="key_command", metavar="COMMAND", required=True)
    for name, handler, helptext in (
        ("create", run_key_create, "make your key (once, on this computer)"),
        ("show", run_key_show, "print your key, to write it down"),
    ):
        sub = keys.add_parser(name, help=helptext)
        add_store_options(sub)
        sub.set_defaults(handler=handler)
    for name, handler, helptext in (
        ("backup", run_key_backup, "copy your key to a new FILE, kept apart from this computer"),
        ("restore", run_key_restore, "bring your key back from its backup FILE"),
    ):
        sub = keys.add_parser(name, help=helptext)
        sub.add_argument("file", metavar="FILE")
        add_store_options(sub)
        sub.set_defaults(handler=handler)


def run_init(args: argparse.Namespace) -> int:
    lang = language_of(args)
    refuse_if_read_only(args, lang)
    location = location_of(args, lang)
    roles = company_server.init_server(location)
    if args.json:
        emit_json({"server": str(location), "roles": list(roles.all())})
    else:
        print(t("server_ready", lang, server=location, member=roles.member, hr=roles.hr))
    return 0


def run_grant(args: argparse.Namespace) -> int:
    lang = language_of(args)
    refuse_if_read_only(args, lang)
    done = company_server.grant_login(location_of(args, lang), args.person, args.login, hr=args.hr)
    if args.json:
        emit_json(
            {
                "person": done.person_id,
                "login": done.login,
                "hr": done.hr,
                "new": done.created_login,
            }
        )
        return 0
    key = "server_granted_hr" if done.hr else "server_granted"
    print(t(key, lang, name=done.person_name, login=done.login))
    if done.created_login:
        print(t("server_login_created", lang, login=done.login))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    lang = language_of(args)
    refuse_if_read_only(args, lang)
    done = company_server.revoke_login(location_of(args, lang), args.person)
    if args.json:
        emit_json({"person": done.person_id, "login": done.login})
    else:
        print(t("server_revoked", lang, name=done.person_name, login=done.login))
    return 0


def say_key_made(path: Path, lang: str) -> str:
    """What a person must know the moment their key is made (also after ``meeting add``)."""
    return t("key_created", lang, file=path)


def run_key_create(args: argparse.Namespace) -> int:
    lang = language_of(args)
    key, path = company_server.key_create()
    if args.json:
        emit_json({"key_file": str(path), "fingerprint": key.fingerprint})
    else:
        print(say_key_made(path, lang))
    return 0


def run_key_show(args: argparse.Namespace) -> int:
    lang = language_of(args)
    key = company_server.key_show()
    if args.json:
        emit_json({"key": key.text(), "fingerprint": key.fingerprint})
    else:
        print(key.text())
        print(t("key_write_down", lang, fingerprint=key.fingerprint))
    return 0


def run_key_backup(args: argparse.Namespace) -> int:
    lang = language_of(args)
    key = company_server.key_backup(Path(args.file))
    if args.json:
        emit_json({"backup": args.file, "fingerprint": key.fingerprint})
    else:
        print(t("key_backed_up", lang, file=args.file, fingerprint=key.fingerprint))
    return 0


def run_key_restore(args: argparse.Namespace) -> int:
    lang = language_of(args)
    key = company_server.key_restore(Path(args.file))
    if args.json:
        emit_json({"restored": args.file, "fingerprint": key.fingerprint})
    else:
        print(t("key_restored", lang, fingerprint=key.fingerprint))
    return 0
