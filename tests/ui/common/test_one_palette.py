"""No colour is written anywhere in the desktop app but the palette.

Why a test: a colour picked where it is painted forgets the other theme (the white ladder map
under near-white headers in the dark theme was one); every colour is a role of
``cxcareer/ui/common/palette.py`` so both themes and the contrast check see it.
"""

from __future__ import annotations

import re
from pathlib import Path

import cxcareer.ui

UI = Path(cxcareer.ui.__file__).parent
PALETTE = UI / "common" / "palette.py"
#: A hex colour, a QColor made from numbers or a colour name, or one of Qt's fixed colours.
LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|QColor\(\s*(\d|\"|')|Qt\.GlobalColor\.|"
    r"\brgba?\(\s*\d"
)


def colour_literals(root: Path) -> list[str]:
    """``file:line: text`` of every colour literal under ``root`` outside the palette."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == PALETTE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LITERAL.search(line):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_no_colour_literal_outside_the_palette() -> None:
    assert colour_literals(UI) == []


def test_the_scan_finds_a_colour_written_in_place(tmp_path: Path) -> None:
    (tmp_path / "painted.py").write_text(
        'pen = QColor("#55606e")\nfill = QColor(255, 170, 0)\nsheet = "color: rgb(1, 2, 3)"\n'
        "ok = colour(palette.text)\n",
        encoding="utf-8",
    )
    found = colour_literals(tmp_path)
    assert [entry.split(":")[1] for entry in found] == ["1", "2", "3"]
