"""The one-to-one pack's content: what it lists, in which order, and what it keeps private."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.service.formats import format_date
from cxcareer.service.report_content import TOP_GAPS, build_report
from cxcareer.service.texts import language, say
from cxcareer.store.errors import NotFound
from cxcareer.store.records import (
    ActionStatus,
    Assessor,
    EvidenceKind,
    EvidenceStrength,
    PersonRecord,
)
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services

PRIVATE_NOTE = "Worried about her workload at home."
SHARED_NOTE = "Agreed to practise escalations with Bruno."
OLD_NOTE = "First conversation: goals set."


@dataclass(frozen=True)
class PackPerson:
    """The person :func:`add_pack_person` made and the day the story ends."""

    person: PersonRecord
    today: date


def add_pack_person(app: CareerApp, *, today: date | None = None) -> PackPerson:
    """Ana: a representative aiming at specialist, with one wide self/manager disagreement,
    evidence before and after her last one-to-one, actions overdue, due and done, and two
    meetings (the latest with private notes by her manager).

    Shared with the PDF and CLI tests so every layer checks the same facts.
    """
    day = today or datetime.now(UTC).date()
    person = app.create_person(
        "Ana Souza",
        email="ana@example.com",
        current_role="support-representative",
        targets=["support-specialist"],
    ).value
    common = {
        "empathy-patience": 2,
        "problem-solving": 1,
        "technical-proficiency": 2,
        "organisation": 2,
        "executability": 2,
        "help-desk-tools": 3,
        "crm-tools": 2,
        "knowledge-management": 2,
        "escalation-management": 1,
    }
    app.rate(person.id, {**common, "communication": 4}, assessor=Assessor.SELF)
    app.rate(person.id, {**common, "communication": 1}, assessor=Assessor.MANAGER)
    with app.database.session() as session:
        for days, text in ((30, "Old ticket praised by a customer."), (3, "Led the billing FAQ.")):
            evidence_services.add_evidence(
                session,
                person.id,
                "knowledge-management",
                2,
                day - timedelta(days=days),
                EvidenceKind.WORK,
                EvidenceStrength.EXAMPLE,
                text,
            )
        overdue = action_services.add_action(
            session, person.id, "Shadow a specialist", "Ana Souza", due_on=day - timedelta(days=5)
        )
        action_services.add_action(
            session,
            person.id,
            "Read the escalation guide",
            "Ana Souza",
            skill="escalation-management",
            due_on=day + timedelta(days=20),
        )
        action_services.add_action(session, person.id, "Pick a mentor", "Mariana")
        done = action_services.add_action(session, person.id, "Finish onboarding", "Ana Souza")
        action_services.set_action_status(session, done.id, ActionStatus.DONE)
        meeting_services.record_meeting(
            session, person.id, day - timedelta(days=40), "Mariana", shared_notes=OLD_NOTE
        )
        meeting_services.record_meeting(
            session,
            person.id,
            day - timedelta(days=10),
            "Mariana",
            shared_notes=SHARED_NOTE,
            private_notes=PRIVATE_NOTE,
            agreed_actions=[overdue.id],
        )
    return PackPerson(app.person(person.id), day)


@pytest.fixture
def ana(career_app: CareerApp) -> PackPerson:
    return add_pack_person(career_app)


def test_dates_and_languages_as_people_write_them() -> None:
    assert format_date(date(2026, 3, 5), "en", "long") == "5 March 2026"
    assert format_date(date(2026, 3, 5), "pt_BR", "long") == "5 de março de 2026"
    assert language("pt-br") == "pt-BR"
    assert language("fr") == "en"
    assert say("pack_page", "pt-BR", page=1, pages=2) == "Página 1 de 2"


def test_person_roles_and_readiness_with_its_own_numbers(
    career_app: CareerApp, ana: PackPerson
) -> None:
    report = build_report(career_app, ana.person.id, today=ana.today)
    view = career_app.person_snapshot(ana.person.id)

    assert report.name == "Ana Souza"
    assert report.email == "ana@example.com"
    assert report.current_role == view.role_title("support-representative")
    (target,) = report.targets
    assert target.role == view.role_title("support-specialist")
    assert target.readiness == pytest.approx(view.readiness["support-specialist"])
    assert target.have_total / target.need_total == pytest.approx(target.readiness)
    assert target.requirements == 10
    assert target.met == 1  # help desk tools only


def test_top_gaps_widest_first_and_the_rest_counted(career_app: CareerApp, ana: PackPerson) -> None:
    (target,) = build_report(career_app, ana.person.id, today=ana.today).targets

    assert len(target.gaps) == TOP_GAPS
    # Measured gaps first: analytical capacity (needed at 2) was never rated, so its "2 to
    # go" is no measured gap; it is counted as unrated and listed after them.
    assert [gap.missing for gap in target.gaps] == [2, 2, 2, 1, 1]
    assert all(gap.rated for gap in target.gaps)
    assert target.unrated == 1
    communication = next(g for g in target.gaps if g.skill == "Communication")
    assert (communication.have, communication.need) == (1, 3)  # the lower of 4 and 1
    assert target.more_gaps == 9 - TOP_GAPS


def test_best_path_with_titles_and_months(career_app: CareerApp, ana: PackPerson) -> None:
    (target,) = build_report(career_app, ana.person.id, today=ana.today).targets
    best = career_app.person_snapshot(ana.person.id).best_paths["support-specialist"]

    assert best is not None
    assert target.path is not None
    assert len(target.path) == len(best.roles)
    assert target.path_months == best.months
    assert target.path_moves == best.moves


def test_disagreements_are_flagged_and_come_first(career_app: CareerApp, ana: PackPerson) -> None:
    comparison = build_report(career_app, ana.person.id, today=ana.today).comparison

    first = comparison[0]
    assert (first.skill, first.self_level, first.manager_level) == ("Communication", 4, 1)
    assert first.flagged
    assert first.difference == -3
    assert not any(line.flagged for line in comparison[1:])


def test_evidence_since_the_last_meeting_only(career_app: CareerApp, ana: PackPerson) -> None:
    report = build_report(career_app, ana.person.id, today=ana.today)

    assert report.evidence_since == ana.today - timedelta(days=10)
    assert [item.text for item in report.evidence] == ["Led the billing FAQ."]
    assert report.evidence[0].kind == "work"


def test_a_pack_printed_after_todays_meeting_keeps_what_it_discussed(
    career_app: CareerApp, ana: PackPerson
) -> None:
    with career_app.database.session() as session:
        meeting_services.record_meeting(
            session, ana.person.id, ana.today, "Mariana", shared_notes="Today's talk."
        )
    report = build_report(career_app, ana.person.id, today=ana.today)

    assert report.meeting is not None
    assert report.meeting.shared == "Today's talk."
    assert report.evidence_since == ana.today - timedelta(days=10)
    assert [item.text for item in report.evidence] == ["Led the billing FAQ."]


def test_open_actions_overdue_first_and_marked(career_app: CareerApp, ana: PackPerson) -> None:
    actions = build_report(career_app, ana.person.id, today=ana.today).actions

    assert [a.title for a in actions] == [
        "Shadow a specialist",
        "Read the escalation guide",
        "Pick a mentor",
    ]
    assert [a.overdue for a in actions] == [True, False, False]
    assert actions[1].skill == "Escalation management"


def test_private_notes_only_when_asked(career_app: CareerApp, ana: PackPerson) -> None:
    shared_only = build_report(career_app, ana.person.id, today=ana.today)
    with_private = build_report(career_app, ana.person.id, today=ana.today, include_private=True)

    assert shared_only.meeting is not None
    assert with_private.meeting is not None
    assert shared_only.meeting.shared == SHARED_NOTE
    assert shared_only.meeting.private is None
    assert PRIVATE_NOTE not in repr(shared_only)
    assert with_private.meeting.private == PRIVATE_NOTE
    assert with_private.include_private


def test_portuguese_texts_without_touching_the_apps_language(
    career_app: CareerApp, ana: PackPerson
) -> None:
    report = build_report(career_app, ana.person.id, lang="pt_BR", today=ana.today)

    assert report.lang == "pt-BR"
    assert report.current_role == "Representante de Suporte ao Cliente"
    assert report.comparison[0].skill != "Communication"
    assert career_app.lang == "en"


def test_a_person_with_no_role_no_targets_and_no_history(career_app: CareerApp) -> None:
    person = career_app.create_person("Bruno Lima").value
    report = build_report(career_app, person.id)

    assert report.current_role == ""
    assert report.targets == ()
    assert report.meeting is None
    assert report.evidence_since is None
    assert report.evidence == ()
    assert report.actions == ()
    assert report.comparison == ()


def test_the_manager_is_named(career_app: CareerApp) -> None:
    manager = career_app.create_person("Mariana Albuquerque").value
    person = career_app.create_person("Bruno Lima", manager_id=manager.id).value

    assert build_report(career_app, person.id).manager == "Mariana Albuquerque"
    assert build_report(career_app, manager.id).manager == ""


def test_a_target_without_a_current_role_says_why_there_is_no_path(
    career_app: CareerApp,
) -> None:
    person = career_app.create_person("Bruno Lima", targets=["support-specialist"]).value
    (target,) = build_report(career_app, person.id).targets

    assert target.path is None
    assert target.path_reason == "no-role"


def test_an_unknown_person_is_a_store_error(career_app: CareerApp) -> None:
    with pytest.raises(NotFound):
        build_report(career_app, "nobody-at-all")
