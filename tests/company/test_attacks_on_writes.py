"""Writing what is not yours, as plain SQL: the issue's spoofing and moving, and history.

Assessor spoofing, moving a report, changing who one is, self-made manager ratings and
verified evidence, notes and links on someone else's meeting, rewriting history.
"""

from __future__ import annotations

import pytest

from cxcareer.store.server_roles import ServerRoles
from tests.company.attack_kit import (
    RATE,
    World,
    attacker,
    database_name,
    no_row,
    refused,
    seeded_world,
    untouched,
)
from tests.company.company_rows import HR, NAMES, new_id

world = pytest.fixture(scope="module")(seeded_world)
unchanged = pytest.fixture(untouched)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("report", ["rui", "bia"])
def test_manager_b_cannot_rate_under_anas_name(world: World, report: str) -> None:
    ids = world.company.ids
    with attacker(world.company, "bruno") as bruno:
        for name, by in (("Ana", ids["ana"]), ("Ana", ids["bruno"]), ("Ana", None)):
            values = {"id": new_id(), "p": ids[report], "kind": "manager", "name": name, "by": by}
            refused(bruno, RATE, values)


@pytest.mark.usefixtures("unchanged")
def test_manager_b_cannot_move_rui_into_his_team(world: World) -> None:
    ids = world.company.ids
    move = "UPDATE people SET manager_id = %(to)s WHERE id = %(p)s"
    with attacker(world.company, "bruno") as bruno:
        refused(bruno, move, {"to": ids["bruno"], "p": ids["rui"]})
    with attacker(world.company, "ana") as ana:  # nor can Ana hand him over
        refused(ana, move, {"to": ids["bruno"], "p": ids["rui"]})


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("who", "change"),
    [(who, "login_role = 'ana_x'") for who in NAMES]
    # Ratings, meetings and verifications carry the signer's name as the server knows it.
    + [(who, "name = 'Ana'") for who in NAMES if who not in HR],
)
def test_nobody_changes_who_they_are(world: World, who: str, change: str) -> None:
    me = world.company.ids[who]
    with attacker(world.company, who) as conn:
        refused(conn, f"UPDATE people SET {change} WHERE id = %(me)s", {"me": me})


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("who", [k for k in NAMES if k not in HR])
def test_a_person_does_not_archive_or_manage_themself(world: World, who: str) -> None:
    ids = world.company.ids
    with attacker(world.company, who) as conn:
        refused(conn, "UPDATE people SET archived = true WHERE id = %(me)s", {"me": ids[who]})
        for manager in (None, ids["helena"]):
            refused(
                conn,
                "UPDATE people SET manager_id = %(m)s WHERE id = %(me)s",
                {"m": manager, "me": ids[who]},
            )


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("who", ["bia", "rui"])
def test_no_manager_rating_about_oneself(world: World, who: str) -> None:
    me = world.company.ids[who]
    values = {"id": new_id(), "p": me, "kind": "manager", "name": NAMES[who], "by": me}
    with attacker(world.company, who) as conn:
        refused(conn, RATE, values)


@pytest.mark.usefixtures("unchanged")
def test_an_employee_cannot_make_evidence_verified(world: World) -> None:
    bia = world.company.ids["bia"]
    with attacker(world.company, "bia") as conn:
        refused(
            conn,
            "INSERT INTO evidence (id, person_id, skill_id, level, observed_on, kind, strength, "
            "text, created_at) VALUES (%(id)s, %(p)s, 'empathy', 4, current_date, 'work', "
            "'verified', 'Trust me', now())",
            {"id": new_id(), "p": bia},
        )
        no_row(  # her own claim is not hers to verify: no row to change
            conn,
            "UPDATE evidence SET strength = 'verified', text = text || %(line)s "
            "WHERE person_id = %(p)s",
            {"p": bia, "line": "\n\u2714 Bia, 2026-12-02"},
        )
    with attacker(world.company, "bruno") as bruno:  # her manager verifies only with his line
        refused(
            bruno,
            "UPDATE evidence SET strength = 'verified', text = text || %(line)s "
            "WHERE person_id = %(p)s",
            {"p": bia, "line": "\n\u2714 Ana, 2026-12-02"},
        )


@pytest.mark.usefixtures("unchanged")
def test_no_private_note_on_someone_elses_meeting(world: World) -> None:
    """Rui is a manager too, but Ana's meeting with Ivo is hers, whatever role Rui claims."""
    meeting = world.meeting("ana", "ivo", noted=False)
    sql = "INSERT INTO private_notes (meeting_id, author_role, body) VALUES (%(m)s, %(r)s, 'x')"
    with attacker(world.company, "rui") as rui:
        for role in (world.company.logins["ana"], world.company.logins["rui"]):
            refused(rui, sql, {"m": meeting, "r": role})
    with attacker(world.company, "bruno") as bruno:  # nor over Ana's written note
        refused(
            bruno,
            sql + " ON CONFLICT (meeting_id) DO NOTHING",
            {"m": world.meeting("ana", "rui"), "r": world.company.logins["bruno"]},
        )


@pytest.mark.usefixtures("unchanged")
def test_a_meeting_links_only_the_met_persons_actions(world: World) -> None:
    """Ana manages Rui and Ivo, but her meeting with Rui agrees on Rui's actions only."""
    link = (
        "INSERT INTO meeting_actions (meeting_id, action_id, relation) "
        "VALUES (%(m)s, %(a)s, 'agreed')"
    )
    with attacker(world.company, "ana") as ana:
        for other in ("ivo", "ana"):
            action = world.seeded.bare_action[other]
            refused(ana, link, {"m": world.meeting("ana", "rui", noted=False), "a": action})


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("who", "change"),
    [
        ("ana", "person_id = %(ivo)s"),  # a manager moving a plan between her reports
        ("rui", "person_id = %(ivo)s"),  # Rui handing his own action to his report
        ("rui", "created_at = created_at - interval '1 year'"),
        ("rui", "id = %(new)s"),
    ],
)
def test_an_action_stays_whose_and_when_it_was(world: World, who: str, change: str) -> None:
    params = {"ivo": world.company.ids["ivo"], "new": new_id(), "a": world.seeded.action["rui"]}
    with attacker(world.company, who) as conn:
        refused(conn, f"UPDATE actions SET {change} WHERE id = %(a)s", params)


HISTORY_CHANGES = (
    ("ana", "UPDATE assessments SET status = 'draft' WHERE id = %(rating)s"),
    ("ana", "UPDATE assessments SET assessor_name = 'Bruno' WHERE id = %(rating)s"),
    ("ana", "DELETE FROM assessments WHERE id = %(rating)s"),
    ("ana", "UPDATE assessment_items SET level = 1 WHERE assessment_id = %(rating)s"),
    ("ana", "DELETE FROM assessment_items WHERE assessment_id = %(rating)s"),
    ("rui", "UPDATE action_status_changes SET new_status = 'dropped' WHERE action_id = %(action)s"),
    ("rui", "DELETE FROM action_status_changes WHERE action_id = %(action)s"),
    ("rui", "DELETE FROM actions WHERE id = %(action)s"),
    ("ana", "DELETE FROM actions WHERE id = %(action)s"),
    ("ana", "UPDATE meetings SET shared_notes = 'Nothing was agreed' WHERE id = %(meeting)s"),
    ("ana", "DELETE FROM meetings WHERE id = %(meeting)s"),
    ("ana", "UPDATE meeting_actions SET relation = 'carried' WHERE meeting_id = %(meeting)s"),
    ("ana", "DELETE FROM meeting_actions WHERE meeting_id = %(meeting)s"),
    ("ana", "UPDATE private_notes SET body = 'x' WHERE meeting_id = %(meeting)s"),
    ("ana", "DELETE FROM private_notes WHERE meeting_id = %(meeting)s"),
    ("helena", "DELETE FROM people WHERE id = %(rui)s"),
    ("helena", "TRUNCATE meetings CASCADE"),
)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("who", "sql"), HISTORY_CHANGES)
def test_history_stays_as_written_even_for_its_author(world: World, who: str, sql: str) -> None:
    """Ana rated Rui and held his one-to-one; Rui's action has two status changes."""
    rating = next(r.key for r in world.seeded.ratings if (r.author, r.person) == ("ana", "rui"))
    params: dict[str, object] = {
        "rating": rating,
        "action": world.seeded.action["rui"],
        "meeting": world.meeting("ana", "rui"),
        "rui": world.company.ids["rui"],
    }
    with attacker(world.company, who) as conn:
        refused(conn, sql, params)


@pytest.mark.usefixtures("unchanged")
def test_nobody_hands_their_group_or_login_to_another(world: World) -> None:
    company = world.company
    roles = ServerRoles.for_database(database_name(company))
    with attacker(company, "helena") as helena:
        for granted in (company.logins["helena"], roles.hr, roles.member):
            refused(helena, f'GRANT "{granted}" TO "{company.logins["bruno"]}"')
