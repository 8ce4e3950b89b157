"""The declared settings: stored names kept, odd values refused, and no key spelled elsewhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from cxcareer.ui.common import app_settings
from cxcareer.ui.common.app_settings import (
    ALL_SETTINGS,
    LANGUAGE,
    ME,
    PAGE_SPLITTER,
    THEME,
    WINDOW_GEOMETRY,
    Setting,
)

PACKAGE = Path(app_settings.__file__).resolve().parents[2]
SETTINGS_MODULE = Path(app_settings.__file__).resolve()
ACCESSORS = {"value", "setValue", "remove", "contains"}


def test_stored_names_are_the_ones_earlier_versions_wrote() -> None:
    """Renaming one would silently drop what people saved: carry the value over first."""
    assert {s.key for s in ALL_SETTINGS} == {
        "language",
        "theme",
        "window/geometry",
        "window/state",
        "window/splitter",
        "splitters/{}/{}",
        "people/me/{}",
        "meeting/export_dir",
        "frameworks/last_folder",
        "sharing/last_folder",
        "folders/{}",
    }
    declared = [v for v in vars(app_settings).values() if isinstance(v, Setting)]
    assert set(declared) == set(ALL_SETTINGS), "every declared setting is in ALL_SETTINGS"


def test_values_saved_by_an_earlier_version_load(ui_settings: QSettings) -> None:
    ui_settings.setValue("theme", "dark")
    ui_settings.setValue("language", "pt-BR")
    ui_settings.setValue("people/me/|tmp|team.db", "person-1")
    ui_settings.setValue("splitters/ladder/0", QByteArray(b"\x00\xff"))
    ui_settings.sync()
    reopened = QSettings(ui_settings.fileName(), QSettings.Format.IniFormat)
    assert THEME.read(reopened) == "dark"
    assert LANGUAGE.read(reopened) == "pt-BR"
    assert ME.read(reopened, "/tmp/team.db") == "person-1"
    assert PAGE_SPLITTER.read(reopened, "ladder", "0") == QByteArray(b"\x00\xff")


@pytest.mark.parametrize(
    ("setting", "garbage"),
    [
        (THEME, "purple"),
        (THEME, 3),
        (THEME, ["dark", "light"]),
        (LANGUAGE, ["pt", "BR"]),
        (WINDOW_GEOMETRY, "not a geometry"),
        (WINDOW_GEOMETRY, QByteArray()),
    ],
)
def test_a_value_that_cannot_be_used_gives_the_default(
    ui_settings: QSettings, setting: Setting[object], garbage: object
) -> None:
    ui_settings.setValue(setting.key, garbage)
    assert setting.read(ui_settings) == setting.default


def test_nothing_stored_gives_the_default(ui_settings: QSettings) -> None:
    for setting in ALL_SETTINGS:
        parts = ["x"] * setting.key.count("{}")
        assert setting.read(ui_settings, *parts) == setting.default


def test_write_read_and_remove(ui_settings: QSettings) -> None:
    THEME.write(ui_settings, "light")
    assert THEME.read(ui_settings) == "light"
    ME.write(ui_settings, "person-2", "C:\\data\\team.db")
    assert ui_settings.value("people/me/C:|data|team.db") == "person-2"
    ME.remove(ui_settings, "C:\\data\\team.db")
    assert ME.read(ui_settings, "C:\\data\\team.db") == ""


def test_a_family_needs_its_parts() -> None:
    with pytest.raises(ValueError, match="takes 2 part"):
        PAGE_SPLITTER.key_for("ladder")
    with pytest.raises(ValueError, match="takes 0 part"):
        THEME.key_for("extra")


def _names_bound_to_text(tree: ast.Module) -> set[str]:
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _on_settings(receiver: ast.expr) -> bool:
    if isinstance(receiver, ast.Name):
        return receiver.id.endswith("settings")
    if isinstance(receiver, ast.Attribute):
        return receiver.attr.endswith("settings")
    return isinstance(receiver, ast.Call) and getattr(receiver.func, "id", "") == "QSettings"


def _raw_settings_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text_names = _names_bound_to_text(tree)
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ACCESSORS
            and node.args
        ):
            continue
        key = node.args[0]
        literal = (isinstance(key, ast.Constant) and isinstance(key.value, str)) or isinstance(
            key, ast.JoinedStr
        )
        named = isinstance(key, ast.Name) and key.id in text_names
        if literal or named or _on_settings(node.func.value):
            found.append(f"{path}:{node.lineno}")
    return found


def test_no_settings_key_is_spelled_outside_the_declarations() -> None:
    """Read and write through cxcareer.ui.common.app_settings, never QSettings directly."""
    offenders = [
        where
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.resolve() != SETTINGS_MODULE
        for where in _raw_settings_calls(path)
    ]
    assert offenders == []


def test_the_scan_sees_a_raw_key(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'KEY = "theme"\n'
        "def f(settings, bar):\n"
        '    settings.value("language")\n'
        "    settings.setValue(KEY, 1)\n"
        "    self_settings = settings\n"
        "    self_settings.value(make_key())\n"
        "    bar.setValue(bar.value() + 1)\n",
        encoding="utf-8",
    )
    assert [w.rsplit(":", 1)[1] for w in _raw_settings_calls(sample)] == ["3", "4", "6"]
