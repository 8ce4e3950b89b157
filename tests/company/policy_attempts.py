"""Every write the policy matrix tries, by table and by what it does, as plain SQL.

Why apart from the test: the test holds the expectations (who may); this module holds the
attempts (what is tried, aimed at which row), so both stay readable. Each maker yields one
:class:`Attempt` per person or per seeded row it aims at; an attempt is honest about its
author (the connected person signs as themself), so an allowed one must succeed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from tests.company.company_rows import NAMES, ROW_KEYS, CompanyRows, Row, new_id
from tests.company_server import Company

__all__ = ["ATTEMPTS", "Attempt", "Maker", "Scene"]


@dataclass
class Scene:
    """The company and the history seeded in it."""

    company: Company
    seeded: CompanyRows


@dataclass(frozen=True)
class Attempt:
    """One write by the connected person aimed at ``target``."""

    target: Row
    sql: str
    params: Mapping[str, object]


Maker = Callable[[Scene, str], Iterator[Attempt]]
ATTEMPTS: dict[tuple[str, str], Maker] = {}


def attempt(table: str, what: str) -> Callable[[Maker], Maker]:
    def register(maker: Maker) -> Maker:
        ATTEMPTS[(table, what)] = maker
        return maker

    return register


def _each_person(table: str, sql: str, **fixed: object) -> Maker:
    """One attempt per person ``p`` (``%(p)s`` is their id, ``%(me)s``/``%(my_name)s`` mine)."""

    def make(scene: Scene, viewer: str) -> Iterator[Attempt]:
        ids = scene.company.ids
        for person in NAMES:
            params: dict[str, object] = {"p": ids[person], "me": ids[viewer], "id": new_id()}
            params["my_name"] = NAMES[viewer]
            params.update(fixed)
            yield Attempt(Row(table, "", person, viewer), sql, params)

    return make


def _each_row(
    table: str, sql: str, rows: Callable[[CompanyRows], list[Row]] | None = None
) -> Maker:
    """One attempt per seeded row of ``table`` (``%(key)s`` is its key, as :data:`ROW_KEYS`)."""

    def make(scene: Scene, viewer: str) -> Iterator[Attempt]:
        for row in (rows or (lambda s: s.of(table)))(scene.seeded):
            yield Attempt(row, sql.format(key=ROW_KEYS[table]), {"key": row.key, "id": new_id()})

    return make


def _once(table: str, sql: str) -> Maker:
    def make(scene: Scene, viewer: str) -> Iterator[Attempt]:
        params = {"id": new_id(), "framework": scene.seeded.framework, "hash": new_id()}
        yield Attempt(Row(table, "", None, None), sql, params)

    return make


attempt("people", "add a person")(
    _once(
        "people",
        "INSERT INTO people (id, name, framework_version_id, created_at, updated_at) "
        "VALUES (%(id)s, 'Nina', %(framework)s, now(), now())",
    )
)
attempt("people", "add a person with a login")(
    _once(
        "people",
        "INSERT INTO people (id, name, framework_version_id, created_at, updated_at, login_role) "
        "VALUES (%(id)s, 'Nina', %(framework)s, now(), now(), 'nina')",
    )
)
attempt("people", "change email and role")(
    _each_person(
        "people",
        "UPDATE people SET email = 'new@example.com', \"current_role\" = 'team-lead', "
        "updated_at = now() WHERE id = %(p)s",
    )
)
attempt("people", "rename")(
    _each_person("people", "UPDATE people SET name = name || ' Silva' WHERE id = %(p)s")
)
attempt("people", "archive")(
    _each_person("people", "UPDATE people SET archived = true WHERE id = %(p)s")
)
attempt("people", "set login role")(
    _each_person("people", "UPDATE people SET login_role = 'someone_else' WHERE id = %(p)s")
)
attempt("people", "delete")(_each_person("people", "DELETE FROM people WHERE id = %(p)s"))


@attempt("people", "change manager")
def _change_manager(scene: Scene, viewer: str) -> Iterator[Attempt]:
    ids = scene.company.ids
    for person in NAMES:
        boss = "bruno" if person == "helena" else "helena"
        sql = "UPDATE people SET manager_id = %(boss)s WHERE id = %(p)s"
        yield Attempt(Row("people", "", person), sql, {"boss": ids[boss], "p": ids[person]})


attempt("person_targets", "add")(
    _each_person(
        "person_targets",
        "INSERT INTO person_targets (person_id, position, role_id) "
        "VALUES (%(p)s, 2, 'support-specialist')",
    )
)
attempt("person_targets", "change")(
    _each_person(
        "person_targets",
        "UPDATE person_targets SET role_id = 'qa-analyst' WHERE person_id = %(p)s AND position = 1",
    )
)
attempt("person_targets", "delete")(
    _each_person(
        "person_targets", "DELETE FROM person_targets WHERE person_id = %(p)s AND position = 1"
    )
)

attempt("framework_versions", "import")(
    _once(
        "framework_versions",
        "INSERT INTO framework_versions "
        "(id, framework_id, version, content_hash, content, filename, imported_at) "
        "VALUES (%(id)s, 'acme-support', '2', %(hash)s, 'x', 'acme.yaml', now())",
    )
)
attempt("framework_versions", "change")(
    _each_row(
        "framework_versions", "UPDATE framework_versions SET filename = 'x' WHERE id = %(key)s"
    )
)
attempt("framework_versions", "delete")(
    _each_row("framework_versions", "DELETE FROM framework_versions WHERE id = %(key)s")
)

_RATE = (
    "INSERT INTO assessments (id, person_id, assessor_kind, assessor_name, assessor_id, "
    "assessed_at, status, created_at) "
    "VALUES (%(id)s, %(p)s, %(kind)s, %(my_name)s, %(me)s, now(), 'final', now())"
)
attempt("assessments", "rate as self")(_each_person("assessments", _RATE, kind="self"))
attempt("assessments", "rate as manager")(_each_person("assessments", _RATE, kind="manager"))


def _manager_ratings(seeded: CompanyRows) -> list[Row]:
    return [r for r in seeded.ratings if r.person != r.author]


@attempt("assessments", "move status forward")
def _status_forward(scene: Scene, viewer: str) -> Iterator[Attempt]:
    for row in scene.seeded.ratings:
        status = "shared" if row.person == row.author else "final"  # from draft / from shared
        sql = "UPDATE assessments SET status = %(status)s WHERE id = %(key)s"
        yield Attempt(row, sql, {"status": status, "key": row.key})


attempt("assessments", "move status back")(
    _each_row(
        "assessments",
        "UPDATE assessments SET status = 'draft' WHERE id = %(key)s",
        _manager_ratings,
    )
)
attempt("assessments", "change what was rated")(
    _each_row(
        "assessments",
        "UPDATE assessments SET assessed_at = assessed_at - interval '1 day' WHERE id = %(key)s",
    )
)
attempt("assessments", "delete")(
    _each_row("assessments", "DELETE FROM assessments WHERE id = %(key)s")
)

attempt("assessment_items", "add")(
    _each_row(
        "assessments",
        "INSERT INTO assessment_items (id, assessment_id, skill_id, level) "
        "VALUES (%(id)s, %(key)s, 'empathy', 2)",
    )
)
attempt("assessment_items", "change")(
    _each_row("assessment_items", "UPDATE assessment_items SET level = 5 WHERE id = %(key)s")
)
attempt("assessment_items", "delete")(
    _each_row("assessment_items", "DELETE FROM assessment_items WHERE id = %(key)s")
)

_EVIDENCE = (
    "INSERT INTO evidence (id, person_id, skill_id, level, observed_on, kind, strength, text, "
    "created_at) VALUES (%(id)s, %(p)s, 'empathy', 2, current_date, 'feedback', %(strength)s, "
    "'A customer thanked them by name', now())"
)
attempt("evidence", "add a claim")(_each_person("evidence", _EVIDENCE, strength="claim"))
attempt("evidence", "add as verified")(_each_person("evidence", _EVIDENCE, strength="verified"))


@attempt("evidence", "verify")
def _verify(scene: Scene, viewer: str) -> Iterator[Attempt]:
    line = f"\n\u2714 {NAMES[viewer]}, 2026-12-02"
    for row in scene.seeded.of("evidence"):
        sql = (
            "UPDATE evidence SET strength = 'verified', text = text || %(line)s WHERE id = %(key)s"
        )
        yield Attempt(row, sql, {"line": line, "key": row.key})


attempt("evidence", "rewrite")(
    _each_row("evidence", "UPDATE evidence SET text = 'Never happened' WHERE id = %(key)s")
)
attempt("evidence", "delete")(_each_row("evidence", "DELETE FROM evidence WHERE id = %(key)s"))

attempt("actions", "add")(
    _each_person(
        "actions",
        "INSERT INTO actions (id, person_id, title, owner, status, created_at) "
        "VALUES (%(id)s, %(p)s, 'Run a ticket review', %(my_name)s, 'open', now())",
    )
)
attempt("actions", "change")(
    _each_row(
        "actions",
        "UPDATE actions SET title = 'Run two ticket reviews' WHERE id = %(key)s",
        lambda s: [r for r in s.of("actions") if r.key in s.action.values()],
    )
)
attempt("actions", "delete one without history")(
    _each_row(
        "actions",
        "DELETE FROM actions WHERE id = %(key)s",
        lambda s: [r for r in s.of("actions") if r.key in s.bare_action.values()],
    )
)
attempt("actions", "delete one with history")(
    _each_row(
        "actions",
        "DELETE FROM actions WHERE id = %(key)s",
        lambda s: [r for r in s.of("actions") if r.key in s.action.values()],
    )
)

attempt("action_status_changes", "add")(
    _each_row(
        "actions",
        "INSERT INTO action_status_changes (id, action_id, seq, old_status, new_status, "
        "changed_at) VALUES (%(id)s, %(key)s, 3, 'done', 'open', now())",
        lambda s: [r for r in s.of("actions") if r.key in s.action.values()],
    )
)
attempt("action_status_changes", "change")(
    _each_row(
        "action_status_changes",
        "UPDATE action_status_changes SET new_status = 'dropped' WHERE id = %(key)s",
    )
)
attempt("action_status_changes", "delete")(
    _each_row("action_status_changes", "DELETE FROM action_status_changes WHERE id = %(key)s")
)

attempt("meetings", "hold a one-to-one")(
    _each_person(
        "meetings",
        "INSERT INTO meetings (id, person_id, held_on, author, author_id, shared_notes, "
        "created_at) VALUES (%(id)s, %(p)s, current_date, %(my_name)s, %(me)s, 'Check-in', now())",
    )
)
attempt("meetings", "change")(
    _each_row("meetings", "UPDATE meetings SET shared_notes = 'Rewritten' WHERE id = %(key)s")
)
attempt("meetings", "delete")(_each_row("meetings", "DELETE FROM meetings WHERE id = %(key)s"))


@attempt("meeting_actions", "add")
def _link_action(scene: Scene, viewer: str) -> Iterator[Attempt]:
    for meeting in scene.seeded.bare_meetings:
        action = scene.seeded.bare_action[str(meeting.person)]
        sql = (
            "INSERT INTO meeting_actions (meeting_id, action_id, relation) "
            "VALUES (%(m)s, %(a)s, 'agreed')"
        )
        yield Attempt(meeting, sql, {"m": meeting.key, "a": action})


attempt("meeting_actions", "change")(
    _each_row(
        "meeting_actions",
        "UPDATE meeting_actions SET relation = 'carried' WHERE {key} = %(key)s",
    )
)
attempt("meeting_actions", "delete")(
    _each_row("meeting_actions", "DELETE FROM meeting_actions WHERE {key} = %(key)s")
)


@attempt("private_notes", "write")
def _write_note(scene: Scene, viewer: str) -> Iterator[Attempt]:
    for meeting in scene.seeded.bare_meetings:
        sql = (
            "INSERT INTO private_notes (meeting_id, author_role, body) "
            "VALUES (%(m)s, %(role)s, 'ciphertext')"
        )
        yield Attempt(meeting, sql, {"m": meeting.key, "role": scene.company.logins[viewer]})


attempt("private_notes", "change")(
    _each_row("private_notes", "UPDATE private_notes SET body = 'x' WHERE meeting_id = %(key)s")
)
attempt("private_notes", "delete")(
    _each_row("private_notes", "DELETE FROM private_notes WHERE meeting_id = %(key)s")
)

attempt("audit_log", "add")(
    _once(
        "audit_log",
        "INSERT INTO audit_log (table_name, operation, row_key) VALUES ('people', 'DELETE', 'x')",
    )
)
attempt("audit_log", "change")(_once("audit_log", "UPDATE audit_log SET row_key = 'x'"))
attempt("audit_log", "delete")(_once("audit_log", "DELETE FROM audit_log"))
attempt("alembic_version", "change")(
    _once("alembic_version", "UPDATE alembic_version SET version_num = version_num")
)
