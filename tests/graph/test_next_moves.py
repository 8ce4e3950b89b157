"""Next steps: every move out of a role, ordered."""

from __future__ import annotations

import pytest

from cxcareer.framework import MoveKind
from cxcareer.graph import build_graph, next_moves
from tests.graph.frameworks import L, P, make_framework, miss


def test_next_steps_order_and_content() -> None:
    fw = make_framework(
        [
            ("start", 1, {}),
            ("z-promo-ready", 2, {"a": 1}),
            ("a-lateral-ready", 1, {"a": 1}),
            ("half", 2, {"a": 2, "b": 2}),
            ("b-same-title", 2, {"b": 4}),
            ("a-same-title", 2, {"b": 4}),
            ("lateral-zero", 1, {"c": 3}),
            ("not-a-neighbour", 1, {}),
        ],
        [
            ("start", "half", P, 12),
            ("start", "a-lateral-ready", L, 3),
            ("start", "z-promo-ready", P, None),
            ("start", "b-same-title", P, 24),
            ("start", "a-same-title", P, 24),
            ("start", "lateral-zero", L, 0),
            ("half", "start", L, 1),
        ],
        titles={"b-same-title": "Lead", "a-same-title": "Lead", "half": "Half"},
    )
    steps = next_moves(build_graph(fw), "start", {"a": 2})
    assert [s.role for s in steps] == [
        "z-promo-ready",  # 1.0, promotion
        "a-lateral-ready",  # 1.0, lateral
        "half",  # 0.5
        "a-same-title",  # 0.0, promotion, title "Lead", id a...
        "b-same-title",  # 0.0, promotion, title "Lead", id b...
        "lateral-zero",  # 0.0, lateral
    ]
    by_role = {str(s.role): s for s in steps}
    assert by_role["half"].readiness == pytest.approx(0.5)
    # "b" was never rated: counted as 0, but marked unrated rather than passed off as a 0.
    assert by_role["half"].missing == (miss("b", 0, 2, rated=False),)
    assert by_role["half"].unrated == 1
    assert by_role["half"].requirements == 2
    assert by_role["half"].kind is MoveKind.PROMOTION
    assert by_role["half"].months == 12
    assert by_role["z-promo-ready"].months is None
    assert by_role["a-lateral-ready"].kind is MoveKind.LATERAL
    assert by_role["z-promo-ready"].missing == ()


def test_title_breaks_ties_before_id() -> None:
    fw = make_framework(
        [("s", 1, {}), ("a", 2, {}), ("b", 2, {})],
        [("s", "a", P, 1), ("s", "b", P, 1)],
        titles={"a": "Zeta", "b": "Alpha"},
    )
    assert [s.role for s in next_moves(build_graph(fw), "s", {})] == ["b", "a"]


def test_a_role_without_moves_has_no_next_steps() -> None:
    fw = make_framework([("top", 7, {}), ("below", 6, {})], [("below", "top", P, 12)])
    assert next_moves(build_graph(fw), "top", {}) == ()
    assert [s.role for s in next_moves(build_graph(fw), "below", {})] == ["top"]
