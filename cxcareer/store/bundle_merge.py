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
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from cxcareer.framework import Framework, FrameworkInvalid
from cxcareer.store.bundle_bulk import (
    Progress,
    Step,
    chunks,
    first_of_each,
    insert_rows,
    one_import_at_a_time,
    parts,
    values_by_id,
)
from cxcareer.store.bundle_bulk import day as _day
from cxcareer.store.bundle_bulk import new_action as _new_action
from cxcareer.store.bundle_bulk import status_changes as _status_changes
from cxcareer.store.bundle_bulk import when as _when
from cxcareer.store.bundle_rules import (
    Authority,
    authority_of,
    framework_problems,
    reference_problems,
    rule_problems,
)
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
    new_id,
)

__all__ = ["KINDS", "ImportReport", "import_bundle"]

KINDS = ("framework", "person", "assessments", "evidence", "actions", "meetings")
_ENTRIES = KINDS[2:]
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
    session: Session, person_id: str, entries: list[Any], report: ImportReport, step: Step
) -> None:
    corrections: list[tuple[str, str]] = []
    for part in chunks(list(first_of_each(entries))):
        known = values_by_id(session, Assessment.status, (a["id"] for a in part))
        added: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        moved: list[dict[str, Any]] = []
        for a in part:
            status = known.get(a["id"])
            if status is not None:
                if _A_ORDER[a["status"]] > _A_ORDER[status]:
                    moved.append({"id": a["id"], "status": a["status"]})
                    report.updated["assessments"] += 1
                continue
            added.append(
                {
                    "id": a["id"],
                    "person_id": person_id,
                    "assessor_kind": a["assessor"],
                    "assessor_name": a["assessor_name"],
                    "assessed_at": _when(a["assessed_at"]),
                    "status": a["status"],
                    "created_at": _when(a["created_at"]),
                }
            )
            items.extend(
                {
                    "id": new_id(),
                    "assessment_id": a["id"],
                    "skill_id": i["skill"],
                    "level": i["level"],
                    "comment": i["comment"],
                }
                for i in a["items"]
            )
            if a["corrects_id"]:
                corrections.append((a["id"], a["corrects_id"]))
            report.added["assessments"] += 1
        if moved:
            session.execute(update(Assessment), moved)
        insert_rows(session, Assessment, added)
        insert_rows(session, AssessmentItem, items)
        step(len(part))
    stored = values_by_id(session, Assessment.person_id, (c for _, c in corrections))
    corrected = [{"id": a, "corrects_id": c} for a, c in corrections if c in stored]
    if corrected:
        session.execute(update(Assessment), corrected)
    session.flush()


def _evidence(
    session: Session, person_id: str, entries: list[Any], report: ImportReport, step: Step
) -> None:
    for part in chunks(list(first_of_each(entries))):
        known = values_by_id(session, Evidence.person_id, (e["id"] for e in part))
        added = [
            {
                "id": e["id"],
                "person_id": person_id,
                "skill_id": e["skill"],
                "level": e["level"],
                "observed_on": _day(e["observed_on"]),
                "kind": e["kind"],
                "strength": e["strength"],
                "text": e["text"],
                "link": e["link"],
                "created_at": _when(e["created_at"]),
            }
            for e in part
            if e["id"] not in known
        ]
        insert_rows(session, Evidence, added)
        report.added["evidence"] += len(added)
        step(len(part))


def _action_history(session: Session, row: Action, history: list[Any]) -> bool:
    """Add the status changes this side lacks; the action's status follows the latest one."""
    known = set(
        session.scalars(select(ActionStatusChange.id).where(ActionStatusChange.action_id == row.id))
    )
    new = [h for h in first_of_each(history) if h["id"] not in known]
    if not new:
        return False
    seq = (
        session.scalar(
            select(func.max(ActionStatusChange.seq)).where(ActionStatusChange.action_id == row.id)
        )
        or 0
    )
    insert_rows(session, ActionStatusChange, _status_changes(row.id, new, seq + 1))
    latest = session.scalars(
        select(ActionStatusChange)
        .where(ActionStatusChange.action_id == row.id)
        .order_by(ActionStatusChange.changed_at.desc(), ActionStatusChange.seq.desc())
        .limit(1)
    ).one()
    row.status = latest.new_status
    row.completed_at = None if latest.new_status == "open" else latest.changed_at
    return True


def _actions(
    session: Session, person_id: str, entries: list[Any], report: ImportReport, step: Step
) -> None:
    for part, known in parts(session, Action, entries):
        added: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        for a in part:
            row = known.get(a["id"])
            if row is None:
                new_row, new_changes = _new_action(person_id, a)
                added.append(new_row)
                changes.extend(new_changes)
                report.added["actions"] += 1
            elif _action_history(session, row, a["history"]):
                report.updated["actions"] += 1
        insert_rows(session, Action, added)
        insert_rows(session, ActionStatusChange, changes)
        step(len(part))
    session.flush()


def _meetings(
    session: Session, person_id: str, entries: list[Any], report: ImportReport, step: Step
) -> None:
    for part in chunks(list(first_of_each(entries))):
        ids = [m["id"] for m in part]
        known = values_by_id(session, Meeting.person_id, ids)
        noted = set(values_by_id(session, PrivateNote.body, ids, key=PrivateNote.meeting_id))
        linked_ids = [link["action_id"] for m in part for link in m["actions"]]
        actions = set(values_by_id(session, Action.person_id, linked_ids))
        linked = {
            (meeting, action)
            for meeting, action in session.execute(
                select(MeetingAction.meeting_id, MeetingAction.action_id).where(
                    MeetingAction.meeting_id.in_(ids)
                )
            )
        }
        added: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for m in part:
            if m["id"] not in known:
                added.append(
                    {
                        "id": m["id"],
                        "person_id": person_id,
                        "held_on": _day(m["held_on"]),
                        "author": m["author"],
                        "shared_notes": m["shared_notes"],
                        "created_at": _when(m["created_at"]),
                    }
                )
                if m.get("private_notes"):
                    notes.append({"meeting_id": m["id"], "body": m["private_notes"]})
                report.added["meetings"] += 1
            elif m.get("private_notes") and m["id"] not in noted:
                notes.append({"meeting_id": m["id"], "body": m["private_notes"]})
                report.updated["meetings"] += 1
            for link in m["actions"]:
                pair = (m["id"], link["action_id"])
                if link["action_id"] in actions and pair not in linked:
                    linked.add(pair)
                    links.append(
                        {"meeting_id": pair[0], "action_id": pair[1], "relation": link["relation"]}
                    )
        insert_rows(session, Meeting, added)
        insert_rows(session, PrivateNote, notes)
        insert_rows(session, MeetingAction, links)
        step(len(part))


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
        owners = values_by_id(session, model.person_id, (entry["id"] for entry in bundle[kind]))
        for i, entry in enumerate(bundle[kind]):
            owner = owners.get(entry["id"])
            if owner is not None and owner != person_id:
                problems.append(f"{kind}[{i}]: its id belongs to another person in this database")
    return problems


def import_bundle(
    session: Session,
    bundle: dict[str, Any],
    progress: Progress | None = None,
    *,
    signer: str,
    now: datetime | None = None,
) -> ImportReport:
    """Merge a bundle checked by :func:`cxcareer.store.bundle.parse_bundle` into the database.

    ``signer`` is the person id whose signature the caller has verified
    (:func:`cxcareer.service.bundle_signing.verify_bundle`): it decides what may change.
    ``progress(done, total)`` is told, in order, how many of the bundle's entries (assessments,
    evidence, actions, one-to-ones) are merged; the last call says ``total`` of ``total``. A
    second import starting meanwhile waits for this one's transaction (on every database).

    Raises:
        BundleInvalid: the framework inside does not validate, an entry names a role, skill or
            level that framework lacks, or the bundle reaches beyond what its signer may change
            (every problem listed; nothing written).
    """
    one_import_at_a_time(session)
    framework, problems = _parse_framework(bundle)
    if framework is not None:
        problems = reference_problems(bundle, framework)
        problems += framework_problems(session, bundle, framework)
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
    step = Step(sum(len(bundle[kind]) for kind in _ENTRIES), progress)
    _assessments(session, person_id, bundle["assessments"], report, step)
    _evidence(session, person_id, bundle["evidence"], report, step)
    _actions(session, person_id, bundle["actions"], report, step)
    _meetings(session, person_id, bundle["meetings"], report, step)
    session.flush()
    step.end()
    return report
