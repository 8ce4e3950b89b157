"""Literals passed through translate helpers, which lupdate cannot extract."""

from __future__ import annotations

from pathlib import Path

from tools.i18n.hidden_strings import hidden_strings

CODE = """\
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("menu", text)


def plain(value: str) -> str:
    return value.upper()


TITLES = [_tr("&Quit"), _tr(QT_TRANSLATE_NOOP("menu", "Seen")), plain("not a translation")]
LATER = _tr("Help")
"""


def test_finds_literals_given_to_the_helper(tmp_path: Path) -> None:
    path = tmp_path / "menu.py"
    path.write_text(CODE, encoding="utf-8")
    found = hidden_strings(path)
    assert [(h.line, h.helper, h.context, h.text) for h in found] == [
        (12, "_tr", "menu", "&Quit"),
        (13, "_tr", "menu", "Help"),
    ]
    assert found[0].advice() == (
        "'&Quit' goes through _tr(), which lupdate cannot see, so it is never translated: "
        "write QCoreApplication.translate('menu', ...) there, or "
        "_tr(QT_TRANSLATE_NOOP('menu', ...))"
    )


def test_code_without_helpers_or_unparsable_is_quiet(tmp_path: Path) -> None:
    clean = tmp_path / "clean.py"
    clean.write_text('X = "text"\n', encoding="utf-8")
    broken = tmp_path / "broken.py"
    broken.write_text("def (:\n", encoding="utf-8")
    assert hidden_strings(clean) == []
    assert hidden_strings(broken) == []
