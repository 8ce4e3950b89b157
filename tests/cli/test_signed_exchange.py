"""Two laptops exchange signed bundles through the real CLI, each user with their own keys.

Ana's laptop and her manager Bruno's: each signs as themself, each side pins the other's key
on first import, importing twice changes nothing, and a file signed as Ana with another key,
altered after signing, or in the old unsigned format is refused with a plain message.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.cli.conftest import run_cli

ROLE = ("--role", "support-representative")


def cli(home: Path, *args: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    """``cxcareer ARGS`` as the user whose user data folder is ``home``."""
    return run_cli(*args, lang=lang, extra_env={"XDG_DATA_HOME": str(home)})


def ok(home: Path, *args: str) -> str:
    result = cli(home, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(home: Path, *args: str, lang: str = "en_US.UTF-8") -> str:
    result = cli(home, *args, lang=lang)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stderr


def as_json(home: Path, *args: str) -> Any:
    return json.loads(ok(home, *args, "--json"))


def test_two_laptops_both_ways_signed_and_twice_changes_nothing(tmp_path: Path) -> None:
    ana_home, bruno_home = tmp_path / "ana-home", tmp_path / "bruno-home"
    a = ["--db", str(tmp_path / "ana.db")]
    b = ["--db", str(tmp_path / "bruno.db")]
    pid = ok(ana_home, "person", "add", "--name", "Ana Souza", *ROLE, *a).strip()
    ok(ana_home, "assess", pid, "communication=3", *a)
    ok(ana_home, "action", "add", pid, "--title", "Shadow a lead", *a)

    said = ok(ana_home, "export", pid, str(tmp_path / "a.json"), "--as", "Ana Souza", *a)
    ana_key = said.split("with key ")[1].strip().rstrip(".")
    assert len(ana_key.split()) == 8  # 8 groups of 4 hex digits, to read out loud
    keys = ana_home / "cxcareer" / "keys"
    assert oct(keys.stat().st_mode & 0o777) == "0o700"
    assert oct((keys / "bundle-signing.ed25519").stat().st_mode & 0o777) == "0o600"
    assert oct((keys / "trusted-signers.json").stat().st_mode & 0o777) == "0o600"
    key_text = (keys / "bundle-signing.ed25519").read_text(encoding="ascii")

    first = ok(bruno_home, "import", str(tmp_path / "a.json"), *b)
    assert f"Signed by Ana Souza, key {ana_key}: a new key" in first
    ok(bruno_home, "person", "add", "--name", "Bruno Lima", *ROLE, *b)
    ok(bruno_home, "person", "edit", pid, "--manager", "Bruno Lima", *b)
    ok(bruno_home, "assess", pid, "communication=2", "--by", "manager", *b)
    ok(bruno_home, "meeting", "add", pid, "--shared", "growth", "--private", "psst", *b)
    back = as_json(bruno_home, "export", pid, str(tmp_path / "b.json"), "--as", "Bruno Lima", *b)
    assert back["signer"] == "Bruno Lima"

    report = as_json(ana_home, "import", str(tmp_path / "b.json"), *a)
    assert report["added"]["assessments"] == 1
    assert report["added"]["meetings"] == 1
    assert report["signer"]["name"] == "Bruno Lima"
    assert report["signer"]["key"] == "new"
    assert report["signer"]["fingerprint"] == back["fingerprint"]
    again = as_json(ana_home, "import", str(tmp_path / "b.json"), *a)
    assert not any(again["added"].values())
    assert not any(again["updated"].values())
    assert again["signer"]["key"] == "known"
    # Ana's next export (as last time: no --as) carries Bruno's rating back; nothing new there.
    ok(ana_home, "export", pid, str(tmp_path / "a2.json"), *a)
    assert "nothing new" in ok(bruno_home, "import", str(tmp_path / "a2.json"), *b)
    for home, db in ((ana_home, a), (bruno_home, b)):
        shown = as_json(home, "person", "show", pid, *db)
        assert shown["history"]["assessments"] == 2
        assert shown["history"]["actions"] == 1
        assert shown["history"]["meetings"] == 1
    assert as_json(ana_home, "person", "show", pid, *a)["manager"] is None  # profile untouched
    assert (keys / "bundle-signing.ed25519").read_text(encoding="ascii") == key_text  # kept


def test_changed_key_forged_and_unsigned_bundles_are_refused(tmp_path: Path) -> None:
    ana_home, bruno_home, eve_home = (tmp_path / n for n in ("ana", "bruno", "eve"))
    a = ["--db", str(tmp_path / "ana.db")]
    b = ["--db", str(tmp_path / "bruno.db")]
    pid = ok(ana_home, "person", "add", "--name", "Ana Souza", *ROLE, *a).strip()
    ok(ana_home, "assess", pid, "communication=3", *a)
    ok(ana_home, "export", pid, str(tmp_path / "a.json"), "--as", pid, *a)
    ok(bruno_home, "import", str(tmp_path / "a.json"), *b)
    before = as_json(bruno_home, "person", "show", pid, *b)

    # Eve signs as Ana with her own key (she has a copy of Ana's database).
    ok(ana_home, "assess", pid, "communication=5", *a)
    ok(eve_home, "export", pid, str(tmp_path / "eve.json"), "--as", pid, *a)
    error = refused(bruno_home, "import", str(tmp_path / "eve.json"), *b)
    assert "has CHANGED" in error
    assert "nothing was imported" in error
    assert as_json(bruno_home, "person", "show", pid, *b) == before
    assert "MUDOU" in refused(bruno_home, "import", str(tmp_path / "eve.json"), *b, lang="pt_BR")
    accepted = ok(bruno_home, "import", str(tmp_path / "eve.json"), "--trust-new-key", *b)
    assert "WARNING: signed by Ana Souza with a CHANGED key" in accepted
    assert as_json(bruno_home, "person", "show", pid, *b)["history"]["assessments"] == 2

    # Altered after signing: a level changed in the file.
    bundle = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    bundle["assessments"][0]["items"][0]["level"] = 1
    (tmp_path / "forged.json").write_text(json.dumps(bundle), encoding="utf-8")
    error = refused(bruno_home, "import", str(tmp_path / "forged.json"), *b)
    assert "signature: does not match the bundle" in error
    assert "export it again" in error

    # The old, unsigned format.
    del bundle["signed_by"]
    bundle["format"] = "cxcareer/bundle@1"
    (tmp_path / "old.json").write_text(json.dumps(bundle), encoding="utf-8")
    error = refused(bruno_home, "import", str(tmp_path / "old.json"), *b)
    assert "not signed" in error
    assert "export it again" in error


def test_export_without_knowing_who_you_are_is_a_plain_message(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db = ["--db", str(tmp_path / "x.db")]
    pid = ok(home, "person", "add", "--name", "Ana Souza", *ROLE, *db).strip()
    error = refused(home, "export", pid, str(tmp_path / "x.json"), *db)
    assert "--as PERSON" in error
    assert not (tmp_path / "x.json").exists()
    assert not (home / "cxcareer" / "keys" / "bundle-signing.ed25519").exists()
