"""Opening files that are not healthy cxcareer databases: refused with a plain reason, untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import DatabaseCorrupt


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="is damaged or is not a cxcareer database") as e:
        open_database(resolve_location(str(path)))
    assert e.value.location == str(path)  # so each face says it in its reader's language
    assert path.read_bytes() == before


def test_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "profiles.db"
    open_database(resolve_location(str(path))).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt, match="damaged") as raised:
        open_database(resolve_location(str(path)))
    assert "malformed" not in str(raised.value)
    assert raised.value.location == str(path)
    assert path.read_bytes() == bytes(data)
