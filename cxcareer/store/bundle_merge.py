"""Merging a checked bundle into a database: by UUID, idempotent, newest profile edit wins.

Why these rules: a bundle goes back and forth between an employee's and a manager's laptop, so
each side's history must end up whole on both, and importing twice must change nothing.

* Assessments, evidence, meetings and actions are matched by id; unknown ids are added, and a
  known entry is never overwritten (assessments are append-only), except that an assessment's
  status may move forward (draft → shared → final) and an action gains the status changes the
  other side made (its log is the union, its status the latest change).
* The person's profile (name, email, role, targets) takes the side with the newer ``updated_at``,
  but only from a bundle the person signed themself (:mod:`cxcareer.store.bundle_rules`).
* The framework version is matched by the sha256 of its bytes (each database gives its own id to
  the same file) and imported if missing, under the id and version its content gives.

Everything is checked before the first write — against the bundle's own framework and against
what its signer may change (:mod:`cxcareer.store.bundle_rules`) — so a bad bundle changes
nothing; the caller runs the whole merge in one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cxcareer.framework import Framework, FrameworkInvalid
from cxcareer.store.bundle_rules import Authority, authority_of, framework_problems, rule_problems
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.orm import (
    Action,
    ActionStatusChange,
    Assessment,
    AssessmentItem,
    Evidence,
    FrameworkVersion,
    Meeting,
    MeetingAction,
    Person,
    PersonTarget,
    PrivateNote,
)

__all__ = ["KINDS", "ImportReport", "import_bundle"]

KINDS = ("framework", "person", "assessments", "evidence", "actions", "meetings")
_A_ORDER = {"draft": 0, "shared": 1, "final": 2}


@dataclass
class ImportReport:
    """How many entries of each kind were added or updated."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    person_id: str = ""

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _parse_framework(bundle: dict[str, Any]) -> tuple[Framework | None, list[str]]:
    from cxcareer.framework.load import load_text

    fw = bundle["framework"]
    data = fw["content"].encode("utf-8")
    if hashlib.sha256(data).hexdigest() != fw["content_hash"]:
        return None, ["framework.content_hash: does not match the framework content"]
    try:
        return load_text(data, fw["filename"]), []
    except FrameworkInvalid as invalid:
        return None, [f"framework.content: {problem}" for problem in invalid.errors]


def _check_ids(bundle: dict[str, Any], framework: Framework) -> list[str]:
    """Roles, skills and levels named in the bundle, checked against its framework."""
    problems: list[str] = []

    def role(place: str, value: str | None) -> None:
        if value is not None and value not in framework.roles:
            problems.append(f"{place}: unknown role {value!r} in {framework.id}")

    def skill(place: str, value: str | None, level: int | None = None) -> None:
        if value is not None and value not in framework.skills:
            problems.append(f"{place}: unknown skill {value!r} in {framework.id}")
        elif level is not None and level not in framework.scale:
            problems.append(f"{place}: level {level} is off the scale of {framework.id}")

    person = bundle["person"]
    role("person.current_role", person["current_role"])
    for i, target in enumerate(person["targets"]):
        role(f"person.targets[{i}]", target)
    if len(person["targets"]) > 3 or len(set(person["targets"])) != len(person["targets"]):
        problems.append("person.targets: at most three different roles")
    for i, a in enumerate(bundle["assessments"]):
        for j, item in enumerate(a["items"]):
            skill(f"assessments[{i}].items[{j}]", item["skill"], item["level"])
    for i, e in enumerate(bundle["evidence"]):
        skill(f"evidence[{i}]", e["skill"], e["level"])
    for i, act in enumerate(bundle["actions"]):
        skill(f"actions[{i}].skill", act["skill"])
        role(f"actions[{i}].target_role", act["target_role"])
    return problems


def _framework_version(
    session: Session, bundle: dict[str, Any], framework: Framework, report: ImportReport
) -> str:
    fw = bundle["framework"]
    existing = session.scalar(
        select(FrameworkVersion.id).where(FrameworkVersion.content_hash == fw["content_hash"])
    )
    if existing is not None:
        return existing
    row = FrameworkVersion(
        framework_id=framework.id,
        version=framework.version,
        content_hash=fw["content_hash"],
        content=fw["content"].encode("utf-8"),
        filename=fw["filename"],
    )
    session.add(row)
    session.flush()
    report.added["framework"] += 1
    return row.id


def _person(
    session: Session, p: dict[str, Any], version_id: str, who: Authority, report: ImportReport
) -> None:
    row = session.get(Person, p["id"])
    manager = p["manager_id"] if p["manager_id"] and session.get(Person, p["manager_id"]) else None
    if row is None:
        row = Person(id=p["id"], created_at=_when(p["created_at"]), manager_id=manager)
        session.add(row)
        report.added["person"] += 1
    elif who.may_edit_profile and _when(p["updated_at"]) > row.updated_at:
        report.updated["person"] += 1
    else:
        return
    row.name = p["name"]
    row.email = p["email"]
    row.current_role = p["current_role"]
    row.framework_version_id = version_id
    row.archived = p["archived"]
    row.updated_at = _when(p["updated_at"])
    session.flush()
    session.execute(delete(PersonTarget).where(PersonTarget.person_id == row.id))
    session.add_all(
        PersonTarget(person_id=row.id, position=i, role_id=r) for i, r in enumerate(p["targets"], 1)
    )
    session.flush()


def _assessments(
    session: Session, person_id: str, entries: list[Any], report: ImportReport
) -> None:
    corrections: list[tuple[Assessment, str]] = []
    for a in entries:
        row = session.get(Assessment, a["id"])
        if row is not None:
            if _A_ORDER[a["status"]] > _A_ORDER[row.status]:
                row.status = a["status"]
                report.updated["assessments"] += 1
            continue
        row = Assessment(
            id=a["id"],
            person_id=person_id,
            assessor_kind=a["assessor"],
            assessor_name=a["assessor_name"],
            assessed_at=_when(a["assessed_at"]),
            status=a["status"],
            created_at=_when(a["created_at"]),
        )
        session.add(row)
        session.flush()
        session.add_all(
            AssessmentItem(
                assessment_id=row.id, skill_id=i["skill"], level=i["level"], comment=i["comment"]
            )
            for i in a["items"]
        )
        if a["corrects_id"]:
            corrections.append((row, a["corrects_id"]))
        report.added["assessments"] += 1
    session.flush()
    for row, corrects in corrections:
        if session.get(Assessment, corrects) is not None:
            row.corrects_id = corrects
    session.flush()


def _evidence(session: Session, person_id: str, entries: list[Any], report: ImportReport) -> None:
    for e in entries:
        if session.get(Evidence, e["id"]) is not None:
            continue
        session.add(
            Evidence(
                id=e["id"],
                person_id=person_id,
                skill_id=e["skill"],
                level=e["level"],
                observed_on=_day(e["observed_on"]),
                kind=e["kind"],
                strength=e["strength"],
                text=e["text"],
                link=e["link"],
                created_at=_when(e["created_at"]),
            )
        )
        report.added["evidence"] += 1
    session.flush()


def _action_history(session: Session, row: Action, history: list[Any]) -> bool:
    """Add the status changes this side lacks; the action's status follows the latest one."""
    known = set(
        session.scalars(select(ActionStatusChange.id).where(ActionStatusChange.action_id == row.id))
    )
    new = sorted((h for h in history if h["id"] not in known), key=lambda h: h["changed_at"])
    if not new:
        return False
    seq = (
        session.scalar(
            select(func.max(ActionStatusChange.seq)).where(ActionStatusChange.action_id == row.id)
        )
        or 0
    )
    for h in new:
        seq += 1
        session.add(
            ActionStatusChange(
                id=h["id"],
                action_id=row.id,
                seq=seq,
                old_status=h["old_status"],
                new_status=h["new_status"],
                changed_at=_when(h["changed_at"]),
            )
        )
    session.flush()
    latest = session.scalars(
        select(ActionStatusChange)
        .where(ActionStatusChange.action_id == row.id)
        .order_by(ActionStatusChange.changed_at.desc(), ActionStatusChange.seq.desc())
        .limit(1)
    ).one()
    row.status = latest.new_status
    row.completed_at = None if latest.new_status == "open" else latest.changed_at
    return True


def _actions(session: Session, person_id: str, entries: list[Any], report: ImportReport) -> None:
    for a in entries:
        row = session.get(Action, a["id"])
        if row is None:
            row = Action(
                id=a["id"],
                person_id=person_id,
                title=a["title"],
                skill_id=a["skill"],
                target_role_id=a["target_role"],
                owner=a["owner"],
                due_on=_day(a["due_on"]),
                status=a["status"],
                created_at=_when(a["created_at"]),
                completed_at=_when(a["completed_at"]) if a["completed_at"] else None,
            )
            session.add(row)
            session.flush()
            report.added["actions"] += 1
            _action_history(session, row, a["history"])
        elif _action_history(session, row, a["history"]):
            report.updated["actions"] += 1
    session.flush()


def _meetings(session: Session, person_id: str, entries: list[Any], report: ImportReport) -> None:
    for m in entries:
        row = session.get(Meeting, m["id"])
        if row is None:
            row = Meeting(
                id=m["id"],
                person_id=person_id,
                held_on=_day(m["held_on"]),
                author=m["author"],
                shared_notes=m["shared_notes"],
                created_at=_when(m["created_at"]),
            )
            session.add(row)
            session.flush()
            if m.get("private_notes"):
                session.add(PrivateNote(meeting_id=row.id, body=m["private_notes"]))
            report.added["meetings"] += 1
        elif m.get("private_notes") and session.get(PrivateNote, row.id) is None:
            session.add(PrivateNote(meeting_id=row.id, body=m["private_notes"]))
            report.updated["meetings"] += 1
        for link in m["actions"]:
            if session.get(Action, link["action_id"]) is None:
                continue
            if session.get(MeetingAction, (row.id, link["action_id"])) is None:
                session.add(
                    MeetingAction(
                        meeting_id=row.id, action_id=link["action_id"], relation=link["relation"]
                    )
                )
    session.flush()


def _foreign_entries(session: Session, bundle: dict[str, Any]) -> list[str]:
    """Entries whose id exists here under another person (a clash no merge can settle)."""
    person_id = bundle["person"]["id"]
    models: dict[str, type[Assessment] | type[Action] | type[Meeting] | type[Evidence]] = {
        "assessments": Assessment,
        "evidence": Evidence,
        "actions": Action,
        "meetings": Meeting,
    }
    problems = []
    for kind, model in models.items():
        for i, entry in enumerate(bundle[kind]):
            owner = session.scalar(select(model.person_id).where(model.id == entry["id"]))
            if owner is not None and owner != person_id:
                problems.append(f"{kind}[{i}]: its id belongs to another person in this database")
    return problems


def import_bundle(
    session: Session, bundle: dict[str, Any], *, signer: str, now: datetime | None = None
) -> ImportReport:
    """Merge a bundle checked by :func:`cxcareer.store.bundle.parse_bundle` into the database.

    ``signer`` is the person id whose signature the caller has verified
    (:func:`cxcareer.service.bundle_signing.verify_bundle`): it decides what may change.

    Raises:
        BundleInvalid: the framework inside does not validate, an entry names a role, skill or
            level that framework lacks, or the bundle reaches beyond what its signer may change
            (every problem listed; nothing written).
    """
    framework, problems = _parse_framework(bundle)
    if framework is not None:
        problems = _check_ids(bundle, framework) + framework_problems(session, bundle, framework)
    problems += _foreign_entries(session, bundle)
    who = authority_of(session, bundle, signer)
    problems += rule_problems(session, bundle, who, now)
    if problems:
        raise BundleInvalid(problems)
    assert framework is not None
    report = ImportReport(person_id=bundle["person"]["id"])
    version_id = _framework_version(session, bundle, framework, report)
    _person(session, bundle["person"], version_id, who, report)
    person_id = bundle["person"]["id"]
    _assessments(session, person_id, bundle["assessments"], report)
    _evidence(session, person_id, bundle["evidence"], report)
    _actions(session, person_id, bundle["actions"], report)
    _meetings(session, person_id, bundle["meetings"], report)
    return report
