"""Every translated error is triggered for real: a full disk, a file-size limit, a read-only file
and file system, a held write lock, a garbage file and a damaged one."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import exc as sa_exc

from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    StoreError,
)
from cxcareer.store.sqlite_errors import translate
from tests.store.test_recovery import corrupt_middle_pages, make_sample_db

ROOT = Path(__file__).resolve().parents[2]

# Fills the disk (or the file-size limit) with committed rows, then checks what is left.
FILL = """
import json, os, resource, signal, sqlite3, subprocess, sys
from pathlib import Path
from cxcareer.store.backup import make_backup
from cxcareer.store.sqlite_errors import translate
folder, out, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
db = folder / "full.db"
conn = sqlite3.connect(db, timeout=5)
conn.execute("PRAGMA journal_mode=WAL"); conn.execute("PRAGMA synchronous=FULL")
conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)"); conn.commit()
if mode == "fsize":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, hard))
committed, error = [], None
for i in range(1, 100_000):
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?)", (i, "x" * 2000))
        conn.commit()
        committed.append(i)
    except sqlite3.Error as exc:
        error = exc
        break
store_error = translate(error, str(db))
try:
    conn.rollback()
except sqlite3.Error:
    pass
conn.close()
backup_error = None
try:
    make_backup(db, folder / "backups", reason="test")
except Exception as exc:
    backup_error = type(exc).__name__
backups_left = sorted(os.listdir(folder / "backups")) if (folder / "backups").exists() else []
if mode == "fsize":
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
conn = sqlite3.connect(db, timeout=5)
integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
ids = [row[0] for row in conn.execute("SELECT id FROM t ORDER BY id")]
copy = sqlite3.connect(out)
conn.backup(copy)
copy.close(); conn.close()
print(json.dumps({
    "code": error.sqlite_errorname, "store_error": type(store_error).__name__,
    "message": str(store_error), "committed": committed, "ids": ids, "integrity": integrity,
    "backup_error": backup_error, "backups_left": backups_left,
}))
"""


def run_fill(folder: Path, out: Path, mode: str, *, in_tmpfs: bool) -> dict[str, object]:
    command = [sys.executable, "-c", FILL, str(folder), str(out), mode]
    if in_tmpfs:
        mount = f"mount -t tmpfs -o size=512k tmpfs {folder}"
        command = ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    refused = "ermission" in done.stderr or "not permitted" in done.stderr
    if in_tmpfs and done.returncode != 0 and refused:
        pytest.skip(f"cannot mount a private tmpfs here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def check_after_full(result: dict[str, object], copy: Path) -> None:
    committed = result["committed"]
    ids = result["ids"]
    assert isinstance(committed, list)
    assert isinstance(ids, list)
    assert len(committed) > 10
    assert result["integrity"] == "ok"
    assert set(committed) <= set(ids)  # every committed row is there
    assert len(ids) <= len(committed) + 1
    assert result["store_error"] == "DiskFull"
    assert "full" in str(result["message"])
    assert "intact" in str(result["message"])
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in conn.execute("SELECT id FROM t ORDER BY id")] == ids
    conn.close()


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare(1) is not installed")
def test_disk_full_for_real_is_disk_full_and_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    copy = tmp_path / "after.db"
    result = run_fill(folder, copy, "disk", in_tmpfs=True)
    assert result["code"] == "SQLITE_FULL"
    check_after_full(result, copy)
    # A backup onto the full disk fails plainly and leaves no temp file behind.
    assert result["backup_error"] == "NoRoomForBackup"  # a DiskFull saying the room it needs
    assert result["backups_left"] == []


def test_file_size_limit_is_handled_like_disk_full(tmp_path: Path) -> None:
    copy = tmp_path / "after.db"
    result = run_fill(tmp_path, copy, "fsize", in_tmpfs=False)
    assert result["code"] in {"SQLITE_IOERR_WRITE", "SQLITE_FULL"}
    check_after_full(result, copy)


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare(1) is not installed")
def test_read_only_file_system(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    script = (
        "import json, sqlite3, subprocess, sys\n"
        "from pathlib import Path\n"
        "from cxcareer.store.lock import WriterLock\n"
        "from cxcareer.store.sqlite_errors import translate\n"
        "d = Path(sys.argv[1]); db = d / 'p.db'\n"
        "c = sqlite3.connect(db); c.execute('CREATE TABLE t (x)'); c.commit(); c.close()\n"
        "subprocess.run(['mount', '-o', 'remount,ro', str(d)], check=True)\n"
        "out = {}\n"
        "c = sqlite3.connect(db)\n"
        "try:\n"
        "    c.execute('INSERT INTO t VALUES (1)'); c.commit()\n"
        "except sqlite3.Error as e:\n"
        "    out['sqlite'] = type(translate(e, str(db))).__name__\n"
        "try:\n"
        "    (d / 'new.csv').write_text('x')\n"
        "except OSError as e:\n"
        "    out['oserror'] = [e.errno, type(translate(e, str(db))).__name__]\n"
        "try:\n"
        "    WriterLock(db).acquire()\n"
        "except Exception as e:\n"
        "    out['lock'] = type(e).__name__\n"
        "print(json.dumps(out))\n"
    )
    mount = f"mount -t tmpfs -o size=512k tmpfs {folder}"
    command = ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh"]
    command += [sys.executable, "-c", script, str(folder)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0 and ("ermission" in done.stderr or "not permitted" in done.stderr):
        pytest.skip(f"cannot mount a private tmpfs here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out == {
        "sqlite": "DatabaseReadOnly",
        "oserror": [errno.EROFS, "DatabaseReadOnly"],
        "lock": "DatabaseReadOnly",
    }


def test_read_only_database(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    make_sample_db(db, rows=5)
    conn = sqlite3.connect(db.as_uri() + "?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO note VALUES (99, 'x')")
    conn.close()
    error = translate(caught.value, str(db))
    assert isinstance(error, DatabaseReadOnly)
    assert str(db) in str(error)
    assert "permissions" in str(error)

    engine = sqlalchemy.create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(db.as_uri() + "?mode=ro", uri=True)
    )
    with pytest.raises(sa_exc.OperationalError) as wrapped, engine.begin() as sa_conn:
        sa_conn.execute(sqlalchemy.text("DELETE FROM note"))
    engine.dispose()
    assert isinstance(translate(wrapped.value, "profiles"), DatabaseReadOnly)


def test_locked_by_another_writer(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    make_sample_db(db, rows=5, wal=True)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO note VALUES (100, 'held')")
    try:
        other = sqlite3.connect(db, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("INSERT INTO note VALUES (101, 'waits')")
        other.close()
        error = translate(caught.value, str(db))
        assert isinstance(error, DatabaseLocked)
        assert "try again" in str(error)

        engine = sqlalchemy.create_engine(f"sqlite:///{db}", connect_args={"timeout": 0.05})
        with pytest.raises(sa_exc.OperationalError) as wrapped, engine.begin() as sa_conn:
            sa_conn.execute(sqlalchemy.text("INSERT INTO note VALUES (102, 'waits')"))
        engine.dispose()
        assert isinstance(translate(wrapped.value, str(db)), DatabaseLocked)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_garbage_and_damaged_files_are_corrupt(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    assert caught.value.sqlite_errorname == "SQLITE_NOTADB"
    error = translate(caught.value, str(garbage))
    assert isinstance(error, DatabaseCorrupt)
    assert "backup" in str(error)

    damaged = tmp_path / "damaged.db"
    make_sample_db(damaged, rows=1500)
    corrupt_middle_pages(damaged)
    conn = sqlite3.connect(damaged)
    with pytest.raises(sqlite3.DatabaseError) as malformed:
        conn.execute("SELECT count(*), max(body) FROM note NOT INDEXED").fetchall()
    conn.close()
    assert isinstance(translate(malformed.value, str(damaged)), DatabaseCorrupt)


def test_everything_else_is_not_translated(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "p.db")
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("SELECT * FROM no_such_table")
    conn.close()
    assert translate(caught.value, "x") is None
    assert translate(ValueError("nope"), "x") is None
    assert translate(FileNotFoundError(errno.ENOENT, "gone"), "x") is None
    assert isinstance(translate(OSError(errno.ENOSPC, "full"), "x"), DiskFull)
    assert isinstance(translate(OSError(errno.EFBIG, "too big"), "x"), DiskFull)
    already = DiskFull("already translated")
    assert translate(already, "x") is already
    assert isinstance(already, StoreError)
