"""The store's errors about the database come out in the CLI's language, English unchanged.

Each case is provoked for real through ``python -m cxcareer``: a database from a newer cxcareer,
one held open by another writer, and a write past a file-size limit (the disk-full path).
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxcareer.service.texts import CATALOGUE
from cxcareer.service.texts.store_errors import store_message
from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    StoreError,
)
from cxcareer.store.lock import WriterLock
from tests.cli.conftest import run_cli

ROLE = "support-representative"


def add_person(db: Path, name: str) -> None:
    done = run_cli("person", "add", "--name", name, "--role", ROLE, "--db", str(db))
    assert done.returncode == 0, done.stderr


def failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    return done.stderr.strip()


def test_database_from_a_newer_cxcareer_in_both_languages(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    add_person(db, "Ana Souza")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    conn.commit()
    conn.close()

    english = failure(run_cli("person", "list", "--db", str(db), "--lang", "en"))
    assert english == f"cxcareer: {DatabaseTooNew(str(db), 'fffffffffff9')}"

    portuguese = failure(run_cli("person", "list", "--db", str(db), "--lang", "pt-BR"))
    assert portuguese == (
        f"cxcareer: {db} foi criado por uma versão mais nova do cxcareer (esquema "
        "fffffffffff9); ele não foi alterado. Atualize o cxcareer para abri-lo."
    )
    # The locale chooses when --lang is not given.
    by_locale = failure(run_cli("person", "list", "--db", str(db), lang="pt_BR.UTF-8"))
    assert by_locale == portuguese


def test_database_held_by_another_writer(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    add_person(db, "Ana Souza")
    lock = WriterLock(db).acquire()
    try:
        args = ("person", "add", "--name", "Bia", "--role", ROLE, "--db", str(db))
        english = failure(run_cli(*args, "--lang", "en"))
        portuguese = failure(run_cli(*args, "--lang", "pt-BR"))
    finally:
        lock.release()
    host = socket.gethostname()
    assert english == f"cxcareer: {DatabaseInUse(str(db), os.getpid(), host)}"
    assert portuguese == (
        f"cxcareer: {db} está aberto para gravação no processo {os.getpid()} no computador "
        f"{host}. Feche aquele cxcareer primeiro, ou abra este somente para leitura."
    )


def _small_file_limit() -> None:
    """In the child: writes past 4 KiB fail with EFBIG (like a full disk) instead of killing it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))


def test_disk_full_while_backing_up(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    add_person(db, "Ana Souza")
    add_person(db, "Bia Lima")  # changed since the first backup: the next write backs up first
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update({"LANG": "en_US.UTF-8", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"})
    env.pop("CXCAREER_DEBUG", None)
    command = [sys.executable, "-m", "cxcareer", "person", "add", "--name", "Caio"]
    command += ["--role", ROLE, "--db", str(db), "--lang", "pt-BR"]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=_small_file_limit,
    )
    assert failure(done) == (
        f"cxcareer: O disco onde está {db} está cheio, por isso a última alteração não foi "
        "salva. Tudo o que foi salvo antes está intacto. Libere espaço e tente de novo."
    )
    listed = run_cli("person", "list", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    assert "Bia Lima" in listed.stdout
    assert "Caio" not in listed.stdout


@pytest.mark.parametrize(
    "error",
    [
        DiskFull("unused", location="/d/p.db"),
        DatabaseReadOnly("unused", location="/d/p.db"),
        DatabaseLocked("unused", location="/d/p.db"),
        DatabaseCorrupt("unused", location="/d/p.db"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_each_sentence_is_translated_and_names_the_file(error: StoreError) -> None:
    portuguese = store_message(error, "pt-BR")
    assert "/d/p.db" in portuguese
    assert portuguese != store_message(error, "en")


@pytest.mark.parametrize(
    "driver_message",
    [
        "database or disk is full",
        "attempt to write a readonly database",
        "database is locked",
        "file is not a database",
    ],
)
def test_english_is_the_store_text(driver_message: str) -> None:
    from cxcareer.store.sqlite_errors import translate

    error = translate(sqlite3.OperationalError(driver_message), "/d/p.db")
    assert error is not None
    assert getattr(error, "location", None) == "/d/p.db"
    assert store_message(error, "en") == str(error)
    assert store_message(error, "pt-BR") != str(error)


def test_in_use_and_other_messages() -> None:
    for in_use in (
        DatabaseInUse("/d/p.db", 42, "laptop"),
        DatabaseInUse("/d/p.db", None),
        DatabaseInUse("/d/p.db", 0, "laptop"),
    ):
        assert store_message(in_use, "en") == str(in_use)
    assert store_message(DatabaseInUse("/d/p.db", None), "pt-BR") == (
        "/d/p.db está aberto para gravação em outro processo. Feche aquele cxcareer "
        "primeiro, ou abra este somente para leitura."
    )
    other = DatabaseCorrupt("x.db is damaged (page 3); it was not changed")
    assert store_message(other, "pt-BR") == str(other)
    assert store_message(StoreError("plain"), "pt-BR") == "plain"
    assert store_message(DiskFull("no facts"), "pt-BR") == "no facts"
    placeholders = {"db_disk_full", "db_read_only", "db_locked", "db_corrupt", "db_too_new"}
    for key in placeholders:
        assert "{location}" in CATALOGUE[key]["pt-BR"], key
