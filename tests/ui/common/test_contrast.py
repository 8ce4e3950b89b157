"""Every text colour reads on every background it is drawn on, in both themes (WCAG 2.x).

The pairs are the ones :mod:`cxcareer.ui.common.contrast` declares; the same checking function
is run on deliberately faint palettes to show it reports them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from cxcareer.ui.common.contrast import (
    GRAPHIC_MINIMUM,
    TEXT_MINIMUM,
    TEXT_PAIRS,
    contrast_problems,
    contrast_ratio,
    relative_luminance,
    text_on,
)
from cxcareer.ui.common.palette import DARK, LIGHT, PRINT, Palette, palette_named

THEMES = pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])


def test_the_formula_matches_wcag_reference_values() -> None:
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == pytest.approx(0.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    # The classic borderline grey: #777 on white is 4.48:1, just under AA.
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#1d5fb8", "#1d5fb8") == pytest.approx(1.0)


@THEMES
def test_every_declared_pair_is_legible(palette: Palette) -> None:
    problems = contrast_problems(palette)
    assert problems == [], "\n".join(str(problem) for problem in problems)


@THEMES
def test_the_pairs_cover_the_texts_the_app_draws(palette: Palette) -> None:
    # Body text on every surface a screen, the map or the pack puts it on.
    for background in ("window", "surface", "alternate", "raised", "canvas", "lane_fill"):
        assert background in TEXT_PAIRS["text"]
        assert contrast_ratio(palette.text, getattr(palette, background)) >= TEXT_MINIMUM
    for fill in ("ready_fill", "almost_fill", "half_fill", "far_fill", "nobody_fill"):
        for marker in ("text", "current", "target", "route"):
            assert fill in TEXT_PAIRS[marker]


@THEMES
def test_heat_map_text_is_picked_by_luminance_for_every_cell(palette: Palette) -> None:
    for fill in palette.heat_fills():
        ink = text_on(fill, palette)
        assert contrast_ratio(ink, fill) >= TEXT_MINIMUM, (palette.name, fill, ink)
        dark_fill = relative_luminance(fill) < 0.18
        assert (relative_luminance(ink) > relative_luminance(fill)) == dark_fill


def test_text_on_picks_light_ink_on_dark_fills_and_dark_ink_on_light_ones() -> None:
    assert text_on("#101010", LIGHT) == DARK.text
    assert text_on("#fafafa", LIGHT) == LIGHT.text
    assert text_on("#101010", DARK) == DARK.text
    assert text_on("#fafafa", DARK) == LIGHT.text


def test_a_faint_text_colour_is_reported() -> None:
    faint = replace(DARK, muted="#4a4f57")
    problems = contrast_problems(faint)
    reported = {(p.foreground, p.background) for p in problems}
    assert ("muted", "window") in reported
    assert ("muted", "canvas") in reported
    assert all(p.foreground == "muted" for p in problems)
    first = next(p for p in problems if p.background == "window")
    assert first.ratio < TEXT_MINIMUM
    assert "muted on window" in str(first)


def test_a_faint_graphic_and_an_unreadable_heat_cell_are_reported() -> None:
    doctored = replace(LIGHT, edge="#dddddd", gap2_fill="#767676")
    reported = {(p.foreground, p.background, p.minimum) for p in contrast_problems(doctored)}
    assert ("edge", "canvas", GRAPHIC_MINIMUM) in reported
    assert ("text_on", "gap2_fill", TEXT_MINIMUM) in reported


def test_the_map_marker_on_a_band_fill_is_checked() -> None:
    # The dark theme's light blue "You are here" would vanish on the light theme's pale fill.
    doctored = replace(DARK, ready_fill=LIGHT.ready_fill)
    reported = {(p.foreground, p.background) for p in contrast_problems(doctored)}
    assert ("current", "ready_fill") in reported
    assert ("text", "ready_fill") in reported


def test_every_role_is_a_colour_and_themes_are_found_by_name() -> None:
    for palette in (LIGHT, DARK):
        for role in palette.role_names():
            assert re.fullmatch(r"#[0-9a-f]{6}", getattr(palette, role)), (palette.name, role)
    assert palette_named("dark") is DARK
    assert palette_named("light") is LIGHT
    assert palette_named("purple") is LIGHT
    assert PRINT is LIGHT
    assert LIGHT.role_names() == DARK.role_names()
