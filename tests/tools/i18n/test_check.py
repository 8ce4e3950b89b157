"""The CI translation gate, run with the real lupdate over a tiny ui tree."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.tools.i18n.conftest import write_ts
from tools.i18n.check import check_translations, format_report, main
from tools.i18n.update import update_areas

ROOT = Path(__file__).resolve().parents[3]

DONE_SHELL = {("Window", "Main window"): "Janela principal", ("errors", "Cancel"): "Cancelar"}
DONE_GREET = {
    ("Greeter", "Hello"): "Olá",
    ("Greeter", "&Save"): "&Salvar",
    ("Greeter", "Hi {name}"): "Oi, {name}",
}


@pytest.fixture
def translations(fake_ui: Path) -> Path:
    return fake_ui.parent.parent / "resources" / "translations"


def _translated(translations: Path, greet: Mapping[tuple[str, str], str | None]) -> None:
    write_ts(translations / "shell_pt_BR.ts", dict(DONE_SHELL))
    write_ts(translations / "greet_pt_BR.ts", greet)


def _kinds(fake_ui: Path, translations: Path) -> list[tuple[str, str]]:
    report = check_translations(fake_ui, translations)
    return [(p.area, p.kind) for p in report.problems]


def test_areas_with_strings_need_a_file(fake_ui: Path, translations: Path) -> None:
    report = check_translations(fake_ui, translations)
    assert [(p.area, p.kind) for p in report.problems] == [
        ("shell", "missing-file"),
        ("greet", "missing-file"),
    ]
    assert report.strings == 5
    assert report.areas == ("shell", "greet")
    text = format_report(report)
    assert "python -m tools.i18n.update greet" in text
    assert "quiet" not in text


def test_new_files_from_update_are_unfinished(fake_ui: Path, translations: Path) -> None:
    update_areas(ui_dir=fake_ui, out_dir=translations)
    assert sorted(p.name for p in translations.iterdir()) == ["greet_pt_BR.ts", "shell_pt_BR.ts"]
    kinds = _kinds(fake_ui, translations)
    assert kinds.count(("greet", "unfinished")) == 3
    assert kinds.count(("shell", "unfinished")) == 2
    assert len(kinds) == 5


def test_update_keeps_translations_and_adds_new_strings(fake_ui: Path, translations: Path) -> None:
    _translated(translations, dict(DONE_GREET))
    page = fake_ui / "greet" / "page.py"
    page.write_text(page.read_text().replace('self.tr("Hello")', 'self.tr("Welcome")'))
    assert ("greet", "missing") in _kinds(fake_ui, translations)
    update_areas(["greet"], ui_dir=fake_ui, out_dir=translations)
    report = check_translations(fake_ui, translations)
    assert [(p.kind, p.detail) for p in report.problems] == [
        ("unfinished", "[Greeter] 'Welcome' is not translated")
    ]
    assert "Oi, {name}" in (translations / "greet_pt_BR.ts").read_text()
    assert "Hello" not in (translations / "greet_pt_BR.ts").read_text()


def test_complete_translations_pass(fake_ui: Path, translations: Path) -> None:
    _translated(translations, dict(DONE_GREET))
    report = check_translations(fake_ui, translations)
    assert report.ok, format_report(report)
    assert format_report(report).startswith("i18n check: OK, 5 string(s) in 2 area(s)")


def test_missing_string_names_file_and_line(fake_ui: Path, translations: Path) -> None:
    greet = dict(DONE_GREET)
    del greet[("Greeter", "Hi {name}")]
    _translated(translations, greet)
    (problem,) = check_translations(fake_ui, translations).problems
    assert problem.kind == "missing"
    assert problem.where == "cxcareer/ui/greet/page.py:6"
    assert problem.detail == ("[Greeter] 'Hi {name}' not in resources/translations/greet_pt_BR.ts")


def test_empty_and_broken_translations_fail(fake_ui: Path, translations: Path) -> None:
    greet: dict[tuple[str, str], str | None] = {
        ("Greeter", "Hello"): "  ",
        ("Greeter", "&Save"): "Salvar",
        ("Greeter", "Hi {name}"): "Oi, {nome}",
    }
    _translated(translations, greet)
    details = [p.detail for p in check_translations(fake_ui, translations).problems]
    assert details[0] == "[Greeter] 'Hello' is not translated"
    assert "loses the & accelerator" in details[1]
    assert "uses {nome}, which the source does not have" in details[2]
    assert "does not keep {name}" in details[3]


def test_strings_gone_from_code_are_notes(fake_ui: Path, translations: Path) -> None:
    greet: dict[tuple[str, str], str | None] = {**DONE_GREET, ("Greeter", "Old"): "Velho"}
    _translated(translations, greet)
    report = check_translations(fake_ui, translations)
    assert report.ok
    assert report.notes == (
        "greet: [Greeter] 'Old' is in resources/translations/greet_pt_BR.ts "
        "but no longer in the code",
    )


def test_misread_context_is_reported(fake_ui: Path, translations: Path) -> None:
    (fake_ui / "greet" / "mixed.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class Mixed(QWidget):\n"
        "    def text(self) -> str:\n"
        '        return QCoreApplication.translate("Mixed", "One") + self.tr("Two")\n'
    )
    _translated(translations, dict(DONE_GREET))
    odd = [p for p in check_translations(fake_ui, translations).problems if p.kind == "odd-context"]
    assert [p.where for p in odd] == ["cxcareer/ui/greet/mixed.py:7"]
    assert "QCoreApplication.translate() with an explicit context" in odd[0].detail


def test_file_for_an_unknown_area_is_an_orphan(fake_ui: Path, translations: Path) -> None:
    _translated(translations, dict(DONE_GREET))
    write_ts(translations / "gone_pt_BR.ts", {("Gone", "x"): "y"})
    (problem,) = check_translations(fake_ui, translations).problems
    assert (problem.area, problem.kind) == ("gone", "orphan")
    assert problem.where == "resources/translations/gone_pt_BR.ts"


def test_unreadable_file_is_reported(fake_ui: Path, translations: Path) -> None:
    _translated(translations, dict(DONE_GREET))
    (translations / "greet_pt_BR.ts").write_text("<TS>", encoding="utf-8")
    assert _kinds(fake_ui, translations) == [("greet", "unreadable")]


def test_main_exit_status(
    fake_ui: Path, translations: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checkout = fake_ui.parent.parent
    assert main(["--root", str(checkout)]) == 1
    assert "missing-file" in capsys.readouterr().out
    _translated(translations, dict(DONE_GREET))
    assert main(["--root", str(checkout)]) == 0
    assert "OK" in capsys.readouterr().out


def test_tool_script_runs_from_anywhere(fake_ui: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n_check.py"), "--root", str(fake_ui.parents[1])],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"PATH": ""},
    )
    assert done.returncode == 1
    assert "i18n check: 2 problem(s)" in done.stdout


def test_strings_behind_a_helper_are_reported(fake_ui: Path, translations: Path) -> None:
    (fake_ui / "menu.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("menu", text)\n\n\n'
        'QUIT = _tr("&Quit")\n'
    )
    _translated(translations, dict(DONE_GREET))
    (problem,) = check_translations(fake_ui, translations).problems
    assert (problem.area, problem.kind, problem.where) == (
        "shell",
        "hidden",
        "cxcareer/ui/menu.py:8",
    )
