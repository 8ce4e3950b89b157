"""``describe_error`` says the store's database errors in the current language.

English must equal ``str(error)`` (the store's own text); with the pt-BR translators installed
the sentence is Portuguese, names the file, and is the CLI's sentence word for word (both come
from the one catalogue, :mod:`cxcareer.service.texts`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from cxcareer.service.texts.store_errors import store_message as cli_message
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    StoreError,
)
from cxcareer.store.sqlite_errors import translate
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.i18n.loader import install_translators, remove_translators

DRIVER_MESSAGES = {
    "DiskFull": "database or disk is full",
    "DatabaseReadOnly": "attempt to write a readonly database",
    "DatabaseLocked": "database is locked",
    "DatabaseCorrupt": "file is not a database",
}


def located(kind: str, location: str) -> StoreError:
    """The error the store makes of a real driver message, as it does at its edges."""
    error = translate(sqlite3.OperationalError(DRIVER_MESSAGES[kind]), location)
    assert error is not None
    assert type(error).__name__ == kind
    return error


IN_USE = [
    DatabaseInUse("/data/p.db", 4242, "laptop"),
    DatabaseInUse("/data/p.db", 4242),
    DatabaseInUse("/data/p.db", None, "laptop"),
    DatabaseInUse("/data/p.db", None),
]


@pytest.fixture
def portuguese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators: list[QTranslator] = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    assert translators
    try:
        yield
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize("kind", sorted(DRIVER_MESSAGES))
def test_english_is_the_store_text(qapp: QApplication, kind: str) -> None:
    error = located(kind, "/data/p.db")
    assert describe_error(error) == str(error)


@pytest.mark.parametrize("error", [*IN_USE, DatabaseTooNew("/data/p.db", "fffffffffff9")])
def test_english_in_use_and_too_new_are_the_store_text(
    qapp: QApplication, error: StoreError
) -> None:
    assert describe_error(error) == str(error)


@pytest.mark.parametrize("kind", sorted(DRIVER_MESSAGES))
@pytest.mark.usefixtures("portuguese")
def test_portuguese_names_the_file(kind: str) -> None:
    error = located(kind, "/dados/perfil.db")
    shown = describe_error(error)
    assert "/dados/perfil.db" in shown
    assert shown != str(error)
    assert shown == cli_message(error, "pt-BR")


@pytest.mark.usefixtures("portuguese")
def test_portuguese_sentences() -> None:
    assert describe_error(located("DiskFull", "/d/p.db")) == (
        "O disco onde está /d/p.db está cheio, por isso a última alteração não foi salva. "
        "Tudo o que foi salvo antes está intacto. Libere espaço e tente de novo."
    )
    assert describe_error(DatabaseInUse("/d/p.db", 4242, "laptop")) == (
        "/d/p.db está aberto para gravação no processo 4242 no computador laptop. "
        "Feche aquele cxcareer primeiro, ou abra este somente para leitura."
    )
    for error in IN_USE:
        assert describe_error(error) == cli_message(error, "pt-BR")


@pytest.mark.usefixtures("portuguese")
def test_errors_without_their_facts_are_shown_as_written() -> None:
    for error in (
        DiskFull("already translated"),
        DatabaseReadOnly("/d/p.db needs a schema upgrade; open it once for writing"),
        DatabaseCorrupt("/d/p.db is damaged (page 3); it was not changed"),
        StoreError("plain"),
    ):
        assert describe_error(error) == str(error)


@pytest.mark.usefixtures("portuguese")
def test_real_garbage_file_in_portuguese(tmp_path: Path) -> None:
    garbage = tmp_path / "lixo.db"
    garbage.write_bytes(os.urandom(8192))
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    error = translate(caught.value, str(garbage))
    assert isinstance(error, DatabaseCorrupt)
    assert describe_error(error) == (
        f"{garbage} está danificado ou não é um banco de dados do cxcareer. Nada foi alterado. "
        "Restaure-o a partir de um backup (o cxcareer guarda os backups na pasta 'backups' "
        "ao lado dele)."
    )


@pytest.mark.usefixtures("portuguese")
def test_real_database_from_a_newer_cxcareer_in_portuguese(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    location = resolve_location(str(path))
    open_database(location).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(location)
    assert describe_error(caught.value) == (
        f"{location} foi criado por uma versão mais nova do cxcareer (esquema fffffffffff9); "
        "ele não foi alterado. Atualize o cxcareer para abri-lo."
    )
