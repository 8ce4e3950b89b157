"""The ladder layout: no overlapping roles, arrows that avoid boxes, lanes and rows as promised."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.generate import generate_document
from cxcareer.framework.builtin import load_builtin
from cxcareer.framework.load import load_text
from cxcareer.framework.model import (
    Framework,
    MoveKind,
    Role,
    RoleId,
    Track,
    TrackId,
    Transition,
)
from cxcareer.framework.text import Text
from cxcareer.service.ladder_layout import EdgeRoute, LadderLayout, Rect, layout_ladder
from cxcareer.service.ladder_navigation import neighbour, reading_order


def _segment_crosses(a: tuple[float, float], b: tuple[float, float], box: Rect) -> bool:
    """True when an axis-parallel segment enters the box's interior."""
    eps = 1e-6
    (x1, y1), (x2, y2) = a, b
    lo_x, hi_x = min(x1, x2), max(x1, x2)
    lo_y, hi_y = min(y1, y2), max(y1, y2)
    return (
        lo_x < box.right - eps
        and hi_x > box.x + eps
        and lo_y < box.bottom - eps
        and hi_y > box.y + eps
    )


def _check_layout(framework: Framework, layout: LadderLayout) -> None:
    assert list(layout.boxes) == list(framework.roles)
    for (a, box_a), (b, box_b) in itertools.combinations(layout.boxes.items(), 2):
        assert not box_a.overlaps(box_b), (a, b)
    for box in layout.boxes.values():
        assert box.x >= 0
        assert box.right <= layout.width
        assert box.y >= 0
        assert box.bottom <= layout.height
    rows = {row.level: row for row in layout.rows}
    for role in framework.roles.values():
        box, row = layout.boxes[role.id], rows[role.level]
        assert row.y <= box.y
        assert box.bottom <= row.y + row.h
    for edge in layout.edges:
        _check_route(layout, edge)


def _check_route(layout: LadderLayout, edge: EdgeRoute) -> None:
    points = edge.points
    for a, b in itertools.pairwise(points):
        assert a[0] == b[0] or a[1] == b[1], "routes are orthogonal"
        for role, box in layout.boxes.items():
            assert not _segment_crosses(a, b, box), (edge.source, edge.target, role)
    source, target = layout.boxes[edge.source], layout.boxes[edge.target]
    start, end = points[0], points[-1]
    assert source.x <= start[0] <= source.right
    assert start[1] in (source.y, source.bottom)
    assert target.x <= end[0] <= target.right
    assert end[1] in (target.y, target.bottom)


def test_builtin_framework_lays_out_cleanly() -> None:
    framework = load_builtin()
    layout = layout_ladder(framework)
    _check_layout(framework, layout)
    assert [lane.track for lane in layout.lanes] == list(framework.tracks)
    assert [row.level for row in layout.rows] == [7, 6, 5, 4, 3, 2]
    assert len(layout.edges) == len(framework.transitions)


def test_higher_levels_are_higher_on_the_map_and_tracks_keep_their_lane() -> None:
    framework = load_builtin()
    layout = layout_ladder(framework)
    rep = layout.boxes[RoleId("support-representative")]
    lead = layout.boxes[RoleId("support-team-lead")]
    assert lead.y < rep.y
    support_lane = next(lane for lane in layout.lanes if lane.track == "support")
    for role in framework.roles.values():
        box = layout.boxes[role.id]
        inside = support_lane.x <= box.x and box.right <= support_lane.x + support_lane.w
        assert inside == (role.track == "support")


def test_layout_is_deterministic() -> None:
    framework = load_builtin()
    assert layout_ladder(framework) == layout_ladder(framework)


def test_roles_without_track_go_in_an_other_lane_last() -> None:
    framework = load_text(
        """
format: cxcareer/framework@1
id: tiny
version: "1"
name: Tiny
tracks:
  - {id: support, name: Support}
roles:
  - {id: agent, title: Agent, level: 2, track: support, entry: true}
  - {id: floater, title: Floater, level: 2}
  - {id: chief, title: Chief, level: 4}
transitions:
  - {from: agent, to: chief}
  - {from: agent, to: floater, kind: lateral}
"""
    )
    layout = layout_ladder(framework)
    assert [lane.track for lane in layout.lanes] == ["support", None]
    other = layout.lanes[1]
    assert layout.boxes[RoleId("floater")].x >= other.x
    assert [row.level for row in layout.rows] == [4, 3, 2]
    _check_layout(framework, layout)


def test_many_roles_on_one_level_wrap_inside_their_lane() -> None:
    framework = load_text(
        "format: cxcareer/framework@1\nid: wide\nversion: '1'\nname: Wide\n"
        "tracks: [{id: s, name: S}]\nroles:\n"
        + "".join(f"  - {{id: r{i}, title: R{i}, level: 3, track: s}}\n" for i in range(7))
        + "  - {id: top, title: Top, level: 4, track: s}\n"
    )
    layout = layout_ladder(framework, max_columns=3)
    assert layout.lanes[0].w == 3 * (180.0 + 40.0)
    assert len({box.y for box in layout.boxes.values()}) == 4
    _check_layout(framework, layout)


def test_bad_sizes_are_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="positive"):
        layout_ladder(load_builtin(), box_w=0)


@st.composite
def frameworks(draw: st.DrawFn) -> Framework:
    """Any valid-shaped framework: up to 200 roles on 0-5 tracks, levels 1-7, random moves."""
    track_count = draw(st.integers(0, 5))
    tracks = {
        TrackId(f"t{i}"): Track(TrackId(f"t{i}"), Text({"en": f"T{i}"})) for i in range(track_count)
    }
    role_count = draw(st.integers(1, 200))
    track_choice = st.sampled_from([None, *tracks]) if tracks else st.just(None)
    roles = {}
    for i in range(role_count):
        role_id = RoleId(f"r{i}")
        roles[role_id] = Role(
            role_id,
            Text({"en": f"Role {i}"}),
            level=draw(st.integers(1, 7)),
            track=draw(track_choice),
        )
    ids = list(roles)
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(ids), st.sampled_from(ids), st.sampled_from(list(MoveKind))),
            max_size=min(300, role_count * 3),
        )
    )
    moves = tuple(Transition(a, b, kind, 6) for a, b, kind in pairs if a != b)
    return Framework("gen", "1", Text({"en": "Gen"}), roles, tracks=tracks, transitions=moves)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frameworks(), st.integers(1, 6))
def test_any_framework_up_to_200_roles_has_no_overlaps(framework: Framework, columns: int) -> None:
    layout = layout_ladder(framework, max_columns=columns)
    _check_layout(framework, layout)
    assert layout_ladder(framework, max_columns=columns) == layout


def test_generated_benchmark_framework_has_no_overlaps() -> None:
    from bench.generate import to_framework

    framework = to_framework(generate_document(roles=200, skills=60, moves=600, seed=3))
    layout = layout_ladder(framework)
    _check_layout(framework, layout)


def test_arrow_keys_move_to_the_nearest_role_in_that_direction() -> None:
    layout = layout_ladder(load_builtin())
    assert neighbour(layout, "support-representative", "up") == "support-specialist"
    assert neighbour(layout, "support-specialist", "down") == "support-representative"
    assert neighbour(layout, "support-representative", "right") == "cx-assistant"
    assert neighbour(layout, "support-representative", "left") is None
    assert neighbour(layout, "vp-customer-support", "up") is None


def test_reading_order_runs_top_row_first_then_left_to_right() -> None:
    layout = layout_ladder(load_builtin())
    order = reading_order(layout)
    assert sorted(order) == sorted(layout.boxes)
    assert order[0] == "vp-customer-support"
    assert order[1] == "chief-customer-officer"
    assert order[-1] == "cx-assistant"
