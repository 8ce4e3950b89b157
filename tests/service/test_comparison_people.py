"""The people list groups, evidence verification and deletion with a backup, via CareerApp."""

from __future__ import annotations

from datetime import date

import pytest

from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.people_groups import Group, group_people
from cxcareer.service.person_removal import BACKUP_REASON, delete_person, name_confirms
from cxcareer.store.backup import backup_dir_for, list_backups
from cxcareer.store.errors import NotFound
from cxcareer.store.records import EvidenceKind, EvidenceStrength


def test_people_grouped_me_team_others_and_filtered(career_app: CareerApp) -> None:
    me = career_app.create_person("Bea Lima").value
    joao = career_app.create_person("João Reis", manager_id=me.id, email="jr@x.test").value
    ana = career_app.create_person("ana Souza", manager_id=me.id).value
    other = career_app.create_person("Caio").value
    people = career_app.people()

    groups = group_people(people, me.id)
    assert [(g.group, [p.name for p in g.people]) for g in groups] == [
        (Group.ME, ["Bea Lima"]),
        (Group.TEAM, ["ana Souza", "João Reis"]),
        (Group.OTHERS, ["Caio"]),
    ]
    assert [p.id for g in group_people(people, me.id, "joao") for p in g.people] == [joao.id]
    assert [p.id for g in group_people(people, me.id, "JR@X") for p in g.people] == [joao.id]
    assert group_people(people, me.id, "nobody") == []
    no_me = group_people(people, None)
    assert [g.group for g in no_me] == [Group.OTHERS]
    assert {p.id for p in no_me[0].people} == {me.id, joao.id, ana.id, other.id}


def test_my_team_holds_the_reports_of_my_reports_too(career_app: CareerApp) -> None:
    me = career_app.create_person("Ana").value
    rui = career_app.create_person("Rui", manager_id=me.id).value
    career_app.create_person("Ivo", manager_id=rui.id)
    boss = career_app.create_person("Helena").value
    career_app.set_manager(me.id, boss.id)
    groups = group_people(career_app.people(), me.id)
    assert [(g.group, [p.name for p in g.people]) for g in groups] == [
        (Group.ME, ["Ana"]),
        (Group.TEAM, ["Ivo", "Rui"]),
        (Group.OTHERS, ["Helena"]),
    ]


def test_verifier_and_verification(career_app: CareerApp) -> None:
    me = career_app.create_person("Bea Lima").value
    ana = career_app.create_person("Ana", manager_id=me.id).value
    record = development.add_evidence(
        career_app,
        ana.id,
        "communication",
        3,
        date(2025, 2, 1),
        EvidenceKind.WORK,
        EvidenceStrength.CLAIM,
        "  Led the macro review  ",
        link="  ",
    ).value
    assert record.text == "Led the macro review"
    assert record.link is None
    assert development.verifier_name(career_app, me.id) == "Bea Lima"
    assert development.verifier_name(career_app, None) == "Tester"
    verified = development.verify_evidence(career_app, record.id, "Bea Lima").value
    assert verified.strength is EvidenceStrength.VERIFIED
    assert "Bea Lima" in verified.text
    assert development.list_evidence(career_app, ana.id, "communication") == [verified]


def test_delete_needs_the_name_and_leaves_a_backup(career_app: CareerApp) -> None:
    boss = career_app.create_person("Bea Lima").value
    ana = career_app.create_person("Ana", manager_id=boss.id).value
    career_app.rate(boss.id, {"communication": 3})
    path = career_app.database.location.path
    assert path is not None

    with pytest.raises(ValueError, match="Bea Lima"):
        delete_person(career_app, boss.id, "Bea")
    assert career_app.person(boss.id).name == "Bea Lima"
    assert list_backups(backup_dir_for(path)) == []

    assert name_confirms("  bea lima ", "Bea Lima")
    removal = delete_person(career_app, boss.id, "bea lima").value
    assert removal.deletion.removed.assessments == 1
    assert removal.deletion.former_reports == (ana.id,)
    assert removal.backup is not None
    assert removal.backup.is_file()
    (info,) = list_backups(backup_dir_for(path))
    assert info.reason == BACKUP_REASON
    assert info.path == removal.backup
    with pytest.raises(NotFound):
        career_app.person(boss.id)
    assert career_app.person(ana.id).manager_id is None
