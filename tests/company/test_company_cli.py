"""The company server through the command line, as its administrator and its people use it.

Real processes on a real server: each person passes their own URL (their login and password),
private notes are sealed with a key in the person's own data folder, and every refusal is one
plain line, never a traceback.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.cli.conftest import run_cli
from tests.company_server import Company


def cxcareer(
    *args: str, db: str, home: Path | None = None, lang: str = "en_US.UTF-8"
) -> subprocess.CompletedProcess[str]:
    """The real CLI on ``db``, with its own data folder (where the key lives) under ``home``."""
    env = {"CXCAREER_DB": db}
    if home is not None:
        env |= {"XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    return run_cli(*args, lang=lang, extra_env=env)


def export(
    who: str, company: Company, file: Path, home: Path
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Rui's bundle with private notes, as ``who`` exports it; and the file's text."""
    result = cxcareer(
        "export", "Rui", str(file), "--include-private", db=company.urls[who], home=home
    )
    return result, file.read_text(encoding="utf-8") if file.exists() else ""


def _admin_rows(company: Company, sql: str) -> list[tuple[object, ...]]:
    url = make_url(company.admin_url)
    with psycopg.connect(
        dbname=url.database, user=url.username, host=str(url.query["host"])
    ) as conn:
        return list(conn.execute(sql).fetchall())


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def test_a_manager_cannot_rate_under_another_name_or_move_a_report(company: Company) -> None:
    bruno = company.urls["bruno"]
    spoof = cxcareer(
        "assess", "Bia", "communication=4", "--by", "manager", "--assessor", "Ana", db=bruno
    )
    _refused(spoof, "under your own name (Bruno)")
    hidden = cxcareer("assess", "Rui", "communication=4", "--by", "manager", db=bruno)
    _refused(hidden, "no person with the id or name 'Rui'")
    moved = cxcareer("person", "edit", "Bia", "--manager", "Ana", db=bruno)
    _refused(moved, "did not allow changing")
    own = cxcareer("assess", "Bia", "communication=4", "--by", "manager", "--json", db=bruno)
    assert own.returncode == 0, own.stderr
    rows = _admin_rows(
        company,
        "SELECT assessor_name, assessor_id, person_id FROM assessments",
    )
    assert rows == [("Bruno", company.ids["bruno"], company.ids["bia"])]
    managers = {
        row[0]: row[1] for row in _admin_rows(company, "SELECT name, manager_id FROM people")
    }
    assert managers["Bia"] == company.ids["bruno"]


def test_an_employee_cannot_give_themself_a_manager_rating(company: Company) -> None:
    result = cxcareer("assess", "Bia", "communication=5", "--by", "manager", db=company.urls["bia"])
    _refused(result, "manager rating")
    assert _admin_rows(company, "SELECT count(*) FROM assessments") == [(0,)]


def test_private_notes_are_sealed_for_their_author_only(company: Company, tmp_path: Path) -> None:
    ana_home = tmp_path / "ana"
    made = cxcareer(
        "meeting",
        "add",
        "Rui",
        "--shared",
        "Went well",
        "--private",
        "Wants the Lisbon office",
        db=company.urls["ana"],
        home=ana_home,
    )
    assert made.returncode == 0, made.stderr
    assert "can never be read again" in made.stderr  # told plainly when the key was made
    assert (
        ana_home / "data" / "cxcareer" / "keys" / "private-notes.key"
    ).stat().st_mode & 0o077 == 0
    (body,) = _admin_rows(company, "SELECT body FROM private_notes")[0]
    assert str(body).startswith("cxseal1.")
    assert "Lisbon" not in str(body)
    pack, text = export("ana", company, tmp_path / "rui.json", ana_home)
    assert pack.returncode == 0, pack.stderr
    assert "Wants the Lisbon office" in text
    # HR reads Rui's meeting but never the note; Bruno does not even see Rui.
    hr, text = export("helena", company, tmp_path / "hr.json", tmp_path / "helena")
    assert hr.returncode == 0, hr.stderr
    assert "Went well" in text
    assert "Lisbon" not in text
    assert "cxseal1" not in text
    bruno, _text = export("bruno", company, tmp_path / "b.json", tmp_path / "bruno")
    _refused(bruno, "no person")


def test_the_author_without_their_key_is_told_how_to_get_it_back(
    company: Company, tmp_path: Path
) -> None:
    home = tmp_path / "ana"
    made = cxcareer(
        "meeting",
        "add",
        "Rui",
        "--shared",
        "s",
        "--private",
        "p",
        db=company.urls["ana"],
        home=home,
    )
    assert made.returncode == 0, made.stderr
    backup = tmp_path / "usb" / "ana.key"
    backup.parent.mkdir()
    assert cxcareer("key", "backup", str(backup), db=company.urls["ana"], home=home).returncode == 0
    again = cxcareer("key", "backup", str(backup), db=company.urls["ana"], home=home)
    _refused(again, "already exists")
    new_laptop = tmp_path / "new-laptop"
    locked, exported = export("ana", company, tmp_path / "x.json", new_laptop)
    assert locked.returncode == 0
    assert "private_notes" not in exported
    assert "cxseal1" not in exported
    restored = cxcareer("key", "restore", str(backup), db=company.urls["ana"], home=new_laptop)
    assert restored.returncode == 0
    opened, text = export("ana", company, tmp_path / "y.json", new_laptop)
    assert opened.returncode == 0
    assert '"private_notes": "p"' in text


def test_setting_up_needs_the_administrator_and_a_revoked_login_is_refused(
    company: Company,
) -> None:
    _refused(cxcareer("server", "init", db=company.urls["helena"]), "not a PostgreSQL superuser")
    revoked = cxcareer("server", "revoke", "Bia", db=company.admin_url)
    assert revoked.returncode == 0, revoked.stderr
    assert company.logins["bia"] in revoked.stdout
    _refused(cxcareer("person", "list", db=company.urls["bia"]), "not given to anyone here")
    again = cxcareer(
        "server", "grant", "Bia", "--login", company.logins["bia"], db=company.admin_url
    )
    assert again.returncode == 0, again.stderr
    listed = cxcareer("person", "list", "--json", db=company.urls["bia"])
    assert listed.returncode == 0
    assert "Bia" in listed.stdout
    assert "Bruno" not in listed.stdout


@pytest.mark.parametrize("lang", ["pt_BR.UTF-8"])
def test_refusals_speak_portuguese(company: Company, lang: str) -> None:
    result = cxcareer(
        "person", "edit", "Bia", "--manager", "Ana", db=company.urls["bruno"], lang=lang
    )
    _refused(result, "não permitiu alterar")
