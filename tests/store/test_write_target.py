"""Where an export may write: real files, links, pipes and databases on a real file system."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from cxcareer.service.texts.store_errors import store_message
from cxcareer.store.errors import TargetRefused
from cxcareer.store.write_target import check_target, write_target


def _database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return path


def _refused(name: str | Path, *, force: bool = False, keep: tuple[Path, ...] = ()) -> str:
    with pytest.raises(TargetRefused) as raised:
        check_target(name, force=force, keep=keep)
    return raised.value.reason


def test_a_new_file_in_a_folder_may_be_written(tmp_path: Path) -> None:
    assert check_target(tmp_path / "new.json") == tmp_path / "new.json"


def test_an_existing_file_only_with_force(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text("old")
    assert _refused(old) == "exists"
    with write_target(old, force=True) as temporary:
        temporary.write_text("new")
    assert old.read_text() == "new"
    assert stat.S_IMODE(old.stat().st_mode) == 0o600


@pytest.mark.parametrize("name", ["", "  ", ".", "/", "folder", "folder/"])
def test_no_name_and_folders_are_plain_refusals(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    reason = _refused(name, force=True)
    assert reason == ("empty" if not name.strip() else "folder")


def test_links_pipes_and_devices_never_even_with_force(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("kept")
    (tmp_path / "link.json").symlink_to(real)
    (tmp_path / "dangling.json").symlink_to(tmp_path / "nowhere.json")
    os.mkfifo(tmp_path / "pipe")
    assert _refused(tmp_path / "link.json", force=True) == "link"
    assert _refused(tmp_path / "dangling.json", force=True) == "link"
    assert _refused(tmp_path / "pipe", force=True) == "special"
    assert _refused("/dev/null", force=True) == "special"
    assert real.read_text() == "kept"
    assert not (tmp_path / "nowhere.json").exists()


def test_a_database_and_its_files_never_even_with_force(tmp_path: Path) -> None:
    live = _database(tmp_path / "profiles.db")
    holder = sqlite3.connect(live)  # keeps -wal and -shm in place
    try:
        holder.execute("INSERT INTO t VALUES (2)")
        holder.commit()
        for part in ("-wal", "-shm"):
            assert Path(f"{live}{part}").exists()
            assert _refused(Path(f"{live}{part}"), force=True) == "database_part"
        # a part that does not exist yet would be read by SQLite as the database's own
        assert _refused(Path(f"{live}-journal"), force=True) == "database_part"
        assert _refused(Path(f"{live}.lock"), force=True) == "database_part"
        assert _refused(live, force=True) == "database"
        other = _database(tmp_path / "not-ours.sqlite")  # any SQLite file, by its header
        assert _refused(other, force=True) == "database"
    finally:
        holder.close()
    assert [row[0] for row in sqlite3.connect(live).execute("SELECT x FROM t")] == [1, 2]


def test_the_database_in_use_is_kept_even_before_it_has_a_header(tmp_path: Path) -> None:
    live = tmp_path / "fresh.db"
    live.write_bytes(b"")  # the store pre-creates the file empty, 0600
    assert _refused(live, force=True, keep=(live,)) == "database"
    assert _refused(Path(f"{live}-wal"), force=True, keep=(live,)) == "database_part"
    assert check_target(live, force=True) == live  # without keep it is only an empty file


def _write_while(target: Path, meanwhile: Callable[[], object], *, force: bool) -> None:
    """Write ``target`` through :func:`write_target`; ``meanwhile`` runs before it is named."""
    with write_target(target, force=force) as temporary:
        temporary.write_text("export")
        meanwhile()


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "race.json"
    with pytest.raises(TargetRefused) as raised:
        _write_while(target, lambda: target.write_text("theirs"), force=False)
    assert raised.value.reason == "exists"
    assert target.read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["race.json"]


def test_a_link_put_in_place_while_writing_is_not_followed(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("precious")
    target = tmp_path / "out.json"
    with pytest.raises(TargetRefused, match="symbolic link"):
        _write_while(target, lambda: target.symlink_to(precious), force=True)
    assert precious.read_text() == "precious"
    assert target.is_symlink()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    old = tmp_path / "old.csv"
    old.write_text("old")

    def fail() -> None:
        raise RuntimeError("the query failed half way")

    with pytest.raises(RuntimeError):
        _write_while(old, fail, force=True)
    assert old.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["old.csv"]


def test_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        with (
            write_target(tmp_path / "private.json") as temporary,
            open(temporary, "w") as out,  # a writer that opens the file again
        ):
            out.write("{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600


@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_every_refusal_names_the_file_in_both_languages(lang: str, tmp_path: Path) -> None:
    live = _database(tmp_path / "profiles.db")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to(live)
    old = tmp_path / "old.json"
    old.write_text("x")
    names = [old, tmp_path / "pipe", tmp_path / "link", live, Path(f"{live}-wal"), tmp_path]
    names.append(tmp_path / "missing" / "x.json")
    said = []
    for name in names:
        with pytest.raises(TargetRefused) as raised:
            check_target(name)
        message = store_message(raised.value, lang)
        assert str(name) in message
        said.append(message)
    assert len(set(said)) == len(said)
    if lang == "pt-BR":
        assert all("nada foi gravado" in m or "não foi" in m for m in said)
