"""A command imports only the modules it needs, and ``--help`` still lists every command.

Why: ``next --role`` reads no database, yet it used to import SQLAlchemy (a third of its run
time) because the CLI imported every command module to register its arguments.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from cxcareer import cli

#: Runs the CLI's ``main`` in a fresh interpreter, then writes the imported modules to a file.
PROBE = """
import sys
from cxcareer.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("\\n".join(sorted(sys.modules)))
sys.exit(code)
"""


def imported_by(tmp_path: Path, *args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules a real ``cxcareer ARGS`` process had imported when it ended, and the run."""
    listing = tmp_path / "modules.txt"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(listing), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return set(listing.read_text(encoding="utf-8").split()), done


def test_next_with_a_role_imports_no_sqlalchemy(tmp_path: Path) -> None:
    modules, done = imported_by(tmp_path, "next", "--role", "support-specialist")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "support-team-lead" in done.stdout  # it really ran and ranked the moves
    assert "networkx" in modules
    assert not {name for name in modules if name.split(".")[0] == "sqlalchemy"}
    assert "cxcareer.commands.plan_cmd" not in modules
    # no database is opened, so nothing that opens one (nor the service's readers) is loaded
    assert not modules & {"cxcareer.store.database", "cxcareer.service.career", "platformdirs"}


def test_person_show_imports_only_its_own_command_module(tmp_path: Path) -> None:
    modules, done = imported_by(tmp_path, "--db", str(tmp_path / "x.db"), "person", "show", "x")
    assert done.returncode == 1
    assert "'x'" in done.stderr
    commands = {f"cxcareer.commands.{name}" for name, _ in cli.COMMAND_MODULES}
    assert modules & commands == {"cxcareer.commands.people_cmd"}


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommand parsers of ``parser`` by name."""
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_command_table_matches_what_each_module_registers() -> None:
    everything = subcommands(cli.build_parser())
    words = {word for _, own in cli.COMMAND_MODULES for word in own}
    assert set(everything) == words
    for word in words:
        partial = subcommands(cli.build_parser(word))
        # the same parser whether built alone or with all the others (framework import/list
        # come from sharing_cmd, so "framework" needs both modules)
        assert partial[word].format_help() == everything[word].format_help()


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.build_parser(cli.command_word(["--help", "next"])).parse_args(["--help"])
    shown = capsys.readouterr().out
    for _, own in cli.COMMAND_MODULES:
        for word in own:
            assert f"    {word} " in shown


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["next", "--role", "x"], "next"),
        (["--db", "person", "person", "show", "x"], "person"),  # a file named "person"
        (["--read-only", "--db=x.db", "db", "info"], "db"),
        (["--lang", "pt-BR", "next"], "next"),
        (["--help", "next"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_past_top_level_options(
    args: list[str], word: str | None
) -> None:
    assert cli.command_word(args) == word


def test_an_unknown_command_is_refused_with_every_choice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["nexx"]) == 2
    said = capsys.readouterr().err
    assert "invalid choice" in said
    assert "'next'" in said
    assert "'server'" in said
