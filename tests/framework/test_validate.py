"""Validation: each kind of error and warning, at its line and place, all at once."""

from __future__ import annotations

from typing import Any

import pytest

from cxcareer.framework.load import LoadReport, check_text
from tests.framework.documents import as_yaml, valid


def _report(doc: Any) -> LoadReport:
    return check_text(as_yaml(doc), "team.yaml")


def _line_of(doc: Any, needle: str) -> int:
    return as_yaml(doc).splitlines().index(needle) + 1


def _errors(doc: Any) -> dict[str, str]:
    return {p.where: p.message for p in _report(doc).errors}


def test_problem_string_format() -> None:
    doc = valid()
    doc["roles"][0]["requires"] = {"coaching": 2}
    (problem,) = _report(doc).errors
    line = _line_of(doc, "    coaching: 2")
    assert str(problem) == f"team.yaml:{line}: roles[0].requires.coaching: unknown skill 'coaching'"


def test_all_problems_are_reported_at_once() -> None:
    doc = valid()
    doc["id"] = "Bad Id"
    doc["version"] = 2026.11
    doc["tracks"].append({"id": "support", "name": "Again"})
    doc["skills"][0]["levels"] = {9: "too high"}
    doc["roles"][0]["track"] = "suport"
    doc["roles"][1]["level"] = 0
    doc["roles"][2]["colour"] = "red"
    doc["transitions"].append({"from": "lead", "to": "lead"})
    doc["transitions"].append({"from": "agent", "to": "ghost", "months": -1})
    errors = _errors(doc)
    assert set(errors) == {
        "id",
        "version",
        "tracks[1].id",
        "skills[0].levels.9",
        "roles[0].track",
        "roles[1].level",
        "roles[2].colour",
        "transitions[3]",
        "transitions[4].to",
        "transitions[4].months",
    }
    assert "quotes" in errors["version"]
    assert "did you mean 'support'" in errors["roles[0].track"]
    assert "outside the scale 1..5" in errors["roles[1].level"]
    assert "first declared on line" in errors["tracks[1].id"]


@pytest.mark.parametrize("key", ["format", "id", "version", "name", "roles"])
def test_missing_required_top_level_keys(key: str) -> None:
    doc = valid()
    del doc[key]
    messages = [p.message for p in _report(doc).errors]
    assert f"missing required key '{key}'" in messages


def test_missing_keys_inside_items() -> None:
    doc = valid()
    del doc["roles"][1]["level"]
    del doc["skills"][0]["name"]
    errors = _errors(doc)
    assert errors["roles[1]"] == "missing required key 'level'"
    assert errors["skills[0]"] == "missing required key 'name'"


def test_wrong_types() -> None:
    doc = valid()
    doc["roles"][0]["level"] = True
    doc["roles"][0]["entry"] = "yes please"
    doc["skills"] = {"talk": "x"}
    doc["roles"][1]["requires"] = ["talk"]
    doc["name"] = ["not", "text"]
    errors = _errors(doc)
    assert "true/false" in errors["roles[0].level"]
    assert "true or false" in errors["roles[0].entry"]
    assert "expected a list" in errors["skills"]
    assert "map of skill to level" in errors["roles[1].requires"]
    assert "expected a text" in errors["name"]


def test_bad_weights_and_months() -> None:
    doc = valid()
    doc["roles"][1]["requires"]["fix"]["weight"] = 0
    doc["transitions"][0]["months"] = 1.5
    errors = _errors(doc)
    assert "positive number" in errors["roles[1].requires.fix.weight"]
    assert "whole number" in errors["transitions[0].months"]


def test_unknown_kind_and_tier() -> None:
    doc = valid()
    doc["transitions"][0]["kind"] = "sideways"
    doc["roles"][0]["tier"] = "top"
    errors = _errors(doc)
    assert "promotion or lateral" in errors["transitions[0].kind"]
    assert "operational, tactical or strategic" in errors["roles[0].tier"]


def test_empty_role_list() -> None:
    doc = valid()
    doc["roles"] = []
    doc["transitions"] = []
    assert _errors(doc) == {"roles": "at least one role is required"}


def test_duplicate_transition_and_role() -> None:
    doc = valid()
    doc["transitions"].append({"from": "agent", "to": "senior"})
    doc["roles"].append({"id": "agent", "title": "Again", "level": 1})
    errors = _errors(doc)
    assert "duplicate move" in errors["transitions[3]"]
    assert "duplicate role id 'agent'" in errors["roles[3].id"]


def test_promotion_cycle_names_its_roles() -> None:
    doc = valid()
    doc["transitions"].append({"from": "lead", "to": "agent", "kind": "promotion"})
    (problem,) = _report(doc).errors
    assert "promotions form a cycle" in problem.message
    for role in ("agent", "senior", "lead"):
        assert role in problem.message


def test_lateral_cycles_are_fine() -> None:
    doc = valid()
    doc["transitions"].append({"from": "agent", "to": "lead", "kind": "lateral"})
    doc["transitions"].append({"from": "lead", "to": "agent", "kind": "lateral"})
    assert _report(doc).ok


def test_unreachable_role_is_a_warning() -> None:
    doc = valid()
    doc["roles"].append({"id": "island", "title": "Island", "level": 2})
    report = _report(doc)
    assert report.ok
    (warning,) = report.warnings
    assert warning.where == "roles[3].id"
    assert "island" in warning.message
    assert warning.line == _line_of(doc, "- id: island")


def test_no_entry_role_is_one_warning() -> None:
    doc = valid()
    doc["roles"][0]["entry"] = False
    report = _report(doc)
    assert report.ok
    assert [w.where for w in report.warnings] == ["roles"]


def test_roles_without_requirements_are_fine() -> None:
    doc = valid()
    for role in doc["roles"]:
        role.pop("requires", None)
    report = _report(doc)
    assert report.ok
    assert report.framework is not None
    assert all(not role.requires for role in report.framework.roles.values())


def test_bad_language_tags_and_empty_texts() -> None:
    doc = valid()
    doc["name"] = {"english language": "x"}
    doc["roles"][0]["title"] = "   "
    errors = _errors(doc)
    assert "language tag" in errors["name.english language"]
    assert errors["roles[0].title"] == "text is empty"


def test_scale_checks() -> None:
    doc = valid()
    doc["scale"] = {"min": 4, "max": 2}
    assert "below min" in _errors(doc)["scale.max"]
    doc["scale"] = {"min": 0, "max": 5}
    assert "0 means 'not rated'" in _errors(doc)["scale.min"]


def test_not_a_mapping() -> None:
    report = check_text("- just\n- a list\n", "list.yaml")
    assert report.errors[0].message == "expected a map, found a list"
    assert check_text("", "empty.yaml").errors[0].message == "the file is empty"
