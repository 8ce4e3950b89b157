"""Which invocations open the window and which run the CLI."""

from __future__ import annotations

import pytest

from cxcareer.launcher import is_app_invocation


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
