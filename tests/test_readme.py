"""README promises: the quick start is two commands, and CI runs exactly the test one."""

from __future__ import annotations

import re
from pathlib import Path

from cxcareer.service.desktop_libraries import XCB_PACKAGES, apt_command

ROOT = Path(__file__).resolve().parent.parent


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quick_start_has_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert commands[0].endswith("cxcareer")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _quick_start_commands()[1] in [line.strip() for line in ci_lines]


def test_quick_start_and_ci_install_every_package_the_window_needs() -> None:
    """The apt line people copy is the one the app would print for a machine with nothing."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Quick start", 1)[1]
    line = re.search(r"`(sudo apt install [^`]+)`", section, re.S)
    assert line is not None, "the quick start names no apt command"
    assert " ".join(line.group(1).split()) == apt_command(XCB_PACKAGES)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").split()
    assert set(XCB_PACKAGES) <= set(ci), sorted(set(XCB_PACKAGES) - set(ci))
