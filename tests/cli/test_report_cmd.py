"""``cxcareer report``, end to end in a real process on a real SQLite file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.store.database import open_database, resolve_location
from tests.cli.conftest import run_cli
from tests.service.test_report_content import PRIVATE_NOTE, add_pack_person

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A SQLite file holding Ana and her history, closed before the CLI opens it."""
    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    try:
        add_pack_person(CareerApp(database))
    finally:
        database.close()
    return path


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def test_report_writes_the_pack(db_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "ana.pdf"
    result = run_cli("report", "Ana Souza", "--pdf", str(pdf), "--db", str(db_file))

    assert result.returncode == 0, result.stderr
    assert "Wrote the one-to-one pack of Ana Souza" in result.stdout
    text = pdf_text(pdf)
    assert "Ana Souza" in text
    assert "Top gaps" in text
    assert PRIVATE_NOTE not in text


def test_report_in_portuguese_on_letter_with_private_notes(db_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "ana.pdf"
    result = run_cli(
        "report",
        "Ana Souza",
        "--pdf",
        str(pdf),
        "--lang",
        "pt-BR",
        "--paper",
        "letter",
        "--include-private",
        "--db",
        str(db_file),
    )

    assert result.returncode == 0, result.stderr
    assert "Ele inclui anotações privadas: não o compartilhe." in result.stdout
    text = pdf_text(pdf)
    assert "Prontidão por objetivo" in text
    assert PRIVATE_NOTE in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "(letter)" in info.stdout


def test_an_unknown_person_is_one_plain_line(db_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    result = run_cli("report", "Nobody", "--pdf", str(pdf), "--db", str(db_file))

    assert result.returncode == 1
    assert "Nobody" in result.stderr
    assert "Traceback" not in result.stderr
    assert not pdf.exists()


def test_an_unwritable_path_is_one_plain_line(db_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("report", "Ana Souza", "--pdf", str(blocker / "a.pdf"), "--db", str(db_file))

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"cxcareer: {blocker} is not an existing folder, so {blocker / 'a.pdf'} was not written."
    )


def test_a_folder_is_not_a_pdf(db_file: Path, tmp_path: Path) -> None:
    result = run_cli(
        "report", "Ana Souza", "--pdf", str(tmp_path), "--db", str(db_file), lang="pt_BR.UTF-8"
    )

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"cxcareer: {tmp_path} é uma pasta, por isso nada foi gravado. Informe um arquivo a "
        "gravar (dentro dela, se quiser)."
    )
