"""Property tests: any well-formed generated framework loads, in YAML and JSON alike."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cxcareer.framework import MoveKind, Text
from cxcareer.framework.load import check_text
from tests.framework.documents import as_json, as_yaml

ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
# Control characters and Unicode line separators are left out: PyYAML's emitter writes some of
# them (NEL) in a form its own reader turns into a space, which is a PyYAML quirk, not ours.
words = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=20
).filter(str.strip)
# Versions may not hold invisible formatting characters either (a right-to-left override would
# make one version read as another).
versions = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1, max_size=20
).filter(str.strip)
texts = st.one_of(words, st.fixed_dictionaries({"en": words}, optional={"pt-BR": words}))


@st.composite
def frameworks(draw: st.DrawFn) -> dict[str, Any]:
    top = draw(st.integers(min_value=1, max_value=9))
    skill_ids = draw(st.lists(ids, min_size=0, max_size=6, unique=True))
    role_ids = draw(st.lists(ids, min_size=1, max_size=8, unique=True))
    levels = st.integers(min_value=1, max_value=top)
    skills = [
        {"id": s, "name": draw(texts), "levels": {lvl: draw(texts) for lvl in range(1, top + 1)}}
        for s in skill_ids
    ]
    roles = []
    for index, role_id in enumerate(role_ids):
        chosen = draw(st.lists(st.sampled_from(skill_ids), unique=True)) if skill_ids else []
        requires: dict[str, Any] = {}
        for skill in chosen:
            if draw(st.booleans()):
                requires[skill] = draw(levels)
            else:
                weight = draw(st.floats(min_value=0.1, max_value=10))
                requires[skill] = {"level": draw(levels), "weight": weight}
        roles.append(
            {
                "id": role_id,
                "title": draw(texts),
                "level": draw(levels),
                "entry": index == 0,
                "requires": requires,
            }
        )
    moves = []
    for a in range(len(role_ids)):
        for b in range(len(role_ids)):
            if a != b and draw(st.integers(0, 3)) == 0:
                kind = "promotion" if a < b else "lateral"  # promotions only forward: no cycle
                moves.append(
                    {
                        "from": role_ids[a],
                        "to": role_ids[b],
                        "kind": kind,
                        "months": draw(st.integers(0, 120)),
                    }
                )
    return {
        "format": "cxcareer/framework@1",
        "id": draw(ids),
        "version": draw(versions),
        "name": draw(texts),
        "scale": {"min": 1, "max": top},
        "skills": skills,
        "roles": roles,
        "transitions": moves,
    }


@settings(max_examples=150, deadline=None)
@given(frameworks())
def test_generated_frameworks_load_without_errors(doc: dict[str, Any]) -> None:
    from_yaml = check_text(as_yaml(doc), "gen.yaml")
    from_json = check_text(as_json(doc), "gen.json")
    assert from_yaml.errors == ()
    assert from_json.errors == ()
    assert from_yaml.framework == from_json.framework
    framework = from_yaml.framework
    assert framework is not None
    assert list(framework.roles) == [role["id"] for role in doc["roles"]]
    promotions = [m for m in framework.transitions if m.kind is MoveKind.PROMOTION]
    assert len(promotions) == sum(1 for m in doc["transitions"] if m["kind"] == "promotion")


@given(
    st.dictionaries(st.sampled_from(["en", "pt-BR", "es", "pt"]), st.text(min_size=1), min_size=1),
    st.sampled_from(["en", "pt-BR", "es", None, "fr"]),
)
def test_text_fallback_always_answers(values: dict[str, str], language: str | None) -> None:
    text = Text(values)
    answer = text.get(language)
    assert answer in values.values()
    if language in values:
        assert answer == values[language]
