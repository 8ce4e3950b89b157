"""Which invocations open the window and which run the CLI."""

from __future__ import annotations

import ctypes
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from cxcareer.cli import main as cli_main
from cxcareer.launcher import is_app_invocation, main, missing_libraries_sentence
from cxcareer.service.desktop_libraries import XCB_LIBRARIES, missing_packages
from tests.app_process import isolated_env, run_python


@pytest.mark.parametrize(
    "argv",
    [[], ["--demo"], ["--db", "x.db"], ["--db=x.db", "--lang", "pt-BR"], ["--read-only"]],
)
def test_app_invocations(argv: list[str]) -> None:
    assert is_app_invocation(argv)


@pytest.mark.parametrize(
    "argv", [["--help"], ["next"], ["--db", "x.db", "person", "list"], ["framework", "check", "f"]]
)
def test_cli_invocations(argv: list[str]) -> None:
    assert not is_app_invocation(argv)


def test_no_arguments_opens_the_window(tmp_path: Path) -> None:
    """The app without options (what ``cxcareer`` alone starts, offscreen here) paints its
    window on the default database; the bench's probe ends it after that paint."""
    assert is_app_invocation([])
    result = run_python(["-m", "bench.startup_probe", "painted"], isolated_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "data").rglob("*.db")), "the default database was created"


def _fails_for(*names: str) -> Callable[[str], object]:
    """A library loader that cannot find ``names`` and loads everything else for real."""

    def load(library: str) -> object:
        if library in names:
            raise OSError(f"{library}: cannot open shared object file")
        return ctypes.CDLL(library)

    return load


def test_missing_xcb_libraries_are_named_with_the_apt_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before Qt can abort, one sentence names the missing packages and the app exits with 1."""
    status = main(
        ["--demo"],
        load_library=_fails_for("libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
        environ={"QT_QPA_PLATFORM": "xcb", "LANG": "en_GB.UTF-8"},
    )
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1, err
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in err
    assert "Traceback" not in err


def test_the_missing_packages_sentence_follows_lang(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(
        ["--lang", "pt-BR"],
        load_library=_fails_for("libxcb-cursor.so.0"),
        environ={"DISPLAY": ":0"},
    )
    err = capsys.readouterr().err
    assert status == 1
    assert "instale-as com: sudo apt install libxcb-cursor0" in err


def test_a_package_with_two_missing_libraries_is_named_once() -> None:
    said = missing_libraries_sentence(
        [], _fails_for("libglib-2.0.so.0", "libgthread-2.0.so.0"), {"DISPLAY": ":0"}
    )
    assert said is not None
    assert said.endswith("sudo apt install libglib2.0-0")


def test_no_check_when_qt_will_not_use_xcb() -> None:
    def never(library: str) -> object:
        raise AssertionError(f"{library} looked up for a platform that does not need it")

    for platform in ("offscreen", "wayland", "minimal"):
        assert missing_libraries_sentence([], never, {"QT_QPA_PLATFORM": platform}) is None


def test_this_machine_has_every_library_the_xcb_platform_needs() -> None:
    """The real loader: CI installs the packages (``.ci/run``), so nothing is missing here."""
    assert missing_packages() == []
    assert missing_libraries_sentence([], None, {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}) is None


def test_no_display_is_said_plainly_instead_of_qts_misleading_abort(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With every library present but no X server (DISPLAY unset, e.g. over ssh), Qt aborted
    with "xcb-cursor0 or libxcb-cursor0 is needed"; now one sentence says what is wrong."""
    status = main(["--lang", "pt-BR"], load_library=ctypes.CDLL, environ={"QT_QPA_PLATFORM": "xcb"})
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1, err
    assert "DISPLAY" in err
    assert "cxcareer --help" in err
    assert "não há tela" in err


def test_the_table_names_every_library_qt_links_the_xcb_plugin_against() -> None:
    """A newer PySide6 needing another library would abort again: read the plugin's NEEDED."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin")
    dump = subprocess.run(
        ["objdump", "-p", str(plugin)], capture_output=True, text=True, check=False
    )
    if dump.returncode != 0:
        pytest.skip("objdump is not available")
    needed = {line.split()[-1] for line in dump.stdout.splitlines() if "NEEDED" in line}
    system = {name for name in needed if not name.startswith(("libQt6", "libc.", "libm."))}
    system -= {"libstdc++.so.6", "libgcc_s.so.1"}
    assert system <= set(XCB_LIBRARIES), sorted(system - set(XCB_LIBRARIES))


def test_help_lists_the_app_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for option in ("--demo", "--read-only", "--db", "--lang"):
        line = next((x for x in lines if x.strip().startswith(option)), None)
        assert line is not None, f"{option} missing from --help"
        explanation = line.strip()[len(option) :].split("  ", 1)[-1].strip()
        assert len(explanation.split()) >= 3, f"{option} has no explanation: {line!r}"
    assert any(line.strip().startswith("person ") for line in lines), "subcommands still listed"


def test_app_options_beside_a_command_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--demo", "person", "list"]) == 2
    assert "give no command" in capsys.readouterr().err
