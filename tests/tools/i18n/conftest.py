"""Small translation files for the i18n tests, made with the real lupdate where it matters."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

TsWriter = Callable[[Path, Mapping[tuple[str, str], str | None]], Path]


def write_ts(path: Path, messages: Mapping[tuple[str, str], str | None]) -> Path:
    """A pt-BR ``.ts`` with ``{(context, source): translation}``; None is unfinished."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        if translation is None:
            body = '<translation type="unfinished"></translation>'
        else:
            body = f"<translation>{escape(translation)}</translation>"
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>{body}</message>"
        )
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="pt_BR" sourcelanguage="en">',
    ]
    for context, items in contexts.items():
        parts.append(f"<context><name>{escape(context)}</name>{''.join(items)}</context>")
    parts.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def ts_writer() -> TsWriter:
    """:func:`write_ts` for tests that take it as a fixture."""
    return write_ts


GREETER = """\
from PySide6.QtWidgets import QWidget


class Greeter(QWidget):
    def texts(self) -> list[str]:
        return [self.tr("Hello"), self.tr("&Save"), self.tr("Hi {name}")]
"""


@pytest.fixture
def fake_ui(tmp_path: Path) -> Path:
    """A tiny ``cxcareer/ui`` tree: shell module, ``common/``, and the area ``greet``."""
    ui = tmp_path / "checkout" / "cxcareer" / "ui"
    (ui / "common").mkdir(parents=True)
    (ui / "greet").mkdir()
    (ui / "__init__.py").write_text('"""UI."""\n')
    (ui / "window.py").write_text(
        "from PySide6.QtWidgets import QMainWindow\n\n\n"
        "class Window(QMainWindow):\n"
        "    def title(self) -> str:\n"
        '        return self.tr("Main window")\n'
    )
    (ui / "common" / "__init__.py").write_text("")
    (ui / "common" / "errors.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def cancel() -> str:\n"
        '    return QCoreApplication.translate("errors", "Cancel")\n'
    )
    (ui / "greet" / "__init__.py").write_text("")
    (ui / "greet" / "page.py").write_text(GREETER)
    (ui / "quiet").mkdir()
    (ui / "quiet" / "__init__.py").write_text("X = 1\n")
    (ui / "greet" / "__pycache__").mkdir()
    return ui
