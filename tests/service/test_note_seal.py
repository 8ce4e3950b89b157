"""Private notes sealed with the author's own key: only that key opens them, a changed byte is
caught, a key file is never replaced, and a restored old key opens its old notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxcareer.service import note_seal


def test_a_sealed_note_opens_with_its_key_only(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine", tmp_path / "other"
    key = note_seal.create_key(mine)
    note_seal.create_key(other)
    sealed = note_seal.seal("Wants the Lisbon office", key)
    assert note_seal.is_sealed(sealed)
    assert "Lisbon" not in sealed
    assert sealed != note_seal.seal("Wants the Lisbon office", key)  # a fresh nonce each time
    assert note_seal.unseal(sealed, mine) == "Wants the Lisbon office"
    with pytest.raises(note_seal.NoteLocked) as locked:
        note_seal.unseal(sealed, other)
    assert locked.value.fingerprint == key.fingerprint


def test_a_changed_character_is_caught_not_decrypted_to_garbage(tmp_path: Path) -> None:
    key = note_seal.create_key(tmp_path)
    sealed = note_seal.seal("short", key)
    flipped = sealed[:-3] + ("A" if sealed[-3] != "A" else "B") + sealed[-2:]
    with pytest.raises(note_seal.NoteLocked):
        note_seal.unseal(flipped, tmp_path)


def test_plain_text_passes_and_empty_stays_empty(tmp_path: Path) -> None:
    key = note_seal.create_key(tmp_path)
    assert note_seal.seal("", key) == ""
    assert note_seal.unseal("written on a laptop", tmp_path) == "written on a laptop"


def test_key_files_are_private_and_never_replaced(tmp_path: Path) -> None:
    key = note_seal.create_key(tmp_path / "keys")
    path = tmp_path / "keys" / note_seal.KEY_FILE
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    with pytest.raises(note_seal.KeyFileProblem) as problem:
        note_seal.create_key(tmp_path / "keys")
    assert problem.value.reason == "exists"
    assert note_seal.current_key(tmp_path / "keys") == key


def test_a_restored_old_key_sits_beside_the_new_one(tmp_path: Path) -> None:
    old_home, new_home = tmp_path / "old", tmp_path / "new"
    old = note_seal.create_key(old_home)
    old_note = note_seal.seal("from the old laptop", old)
    backup = tmp_path / "backup.key"
    note_seal.back_up_key(backup, old_home)
    new = note_seal.create_key(new_home)
    assert note_seal.restore_key(backup, new_home) == old
    assert note_seal.current_key(new_home) == new  # the key in use stays in use
    assert note_seal.unseal(old_note, new_home) == "from the old laptop"


def test_a_file_that_is_not_a_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("cxcareer-note-key-1 dG9vIHNob3J0", encoding="ascii")
    with pytest.raises(note_seal.KeyFileProblem) as problem:
        note_seal.restore_key(bad, tmp_path / "keys")
    assert problem.value.reason == "bad"
    assert not (tmp_path / "keys").exists()
