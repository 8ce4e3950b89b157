"""The PDF pack as a reader sees it: text, page size, first page rendered, files left behind.

Poppler's command-line tools read the PDF back, so these tests check the file a person opens,
not the painter's calls.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QColor, QImage, QPdfWriter, QTextCursor
from PySide6.QtWidgets import QApplication

from cxcareer.service.career import CareerApp
from cxcareer.service.report_content import build_report
from cxcareer.store.errors import TargetRefused
from cxcareer.ui.report.paged_pdf import configure_writer, lay_out
from cxcareer.ui.report.pdf_pack import pack_document, write_pack
from tests.service.test_report_content import (
    OLD_NOTE,
    PRIVATE_NOTE,
    SHARED_NOTE,
    PackPerson,
    add_pack_person,
)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None
    or shutil.which("pdfinfo") is None
    or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed",
)


def pdf_text(path: Path) -> str:
    """The PDF's text with lines joined, so wrapped sentences still match."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.fixture
def ana(qapp: QApplication, career_app: CareerApp) -> PackPerson:
    return add_pack_person(career_app)


def test_the_pack_shows_the_person_gaps_and_shared_notes_only(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    path = write_pack(career_app, ana.person.id, tmp_path / "ana.pdf")
    text = pdf_text(path)

    assert path == tmp_path / "ana.pdf"
    assert "Ana Souza" in text
    assert "One-to-one pack" in text
    assert "Customer Support Specialist" in text
    assert "Top gaps" in text
    assert "Communication" in text
    assert "apart by 3" in text
    assert "Led the billing FAQ." in text
    assert "Old ticket praised" not in text  # before the last meeting
    assert "overdue" in text
    assert SHARED_NOTE in text
    assert OLD_NOTE not in text
    assert PRIVATE_NOTE not in text
    assert "Private notes" not in text
    assert "Page 1 of" in text


def test_private_notes_when_asked_clearly_labelled(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    text = pdf_text(
        write_pack(career_app, ana.person.id, tmp_path / "ana.pdf", include_private=True)
    )

    assert PRIVATE_NOTE in text
    assert "Private notes (not for sharing)" in text
    assert "Includes private notes" in text


def test_a4_and_letter_page_sizes(career_app: CareerApp, ana: PackPerson, tmp_path: Path) -> None:
    a4 = pdf_info(write_pack(career_app, ana.person.id, tmp_path / "a4.pdf"))
    letter = pdf_info(
        write_pack(career_app, ana.person.id, tmp_path / "letter.pdf", paper="letter")
    )

    assert "(A4)" in a4["Page size"]
    assert "(letter)" in letter["Page size"]
    assert a4["Title"] == "One-to-one pack: Ana Souza"


def test_portuguese_pack(career_app: CareerApp, ana: PackPerson, tmp_path: Path) -> None:
    text = pdf_text(write_pack(career_app, ana.person.id, tmp_path / "ana.pdf", lang="pt-BR"))

    assert "Pacote da conversa 1:1" in text
    assert "Prontidão por objetivo" in text
    assert "Especialista de Suporte ao Cliente" in text
    assert "Ações em aberto" in text
    assert "atrasada" in text
    assert "Página 1 de" in text
    assert career_app.lang == "en"


def test_first_page_renders_with_ink_on_it(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    path = write_pack(career_app, ana.person.id, tmp_path / "ana.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(path),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    image = QImage(str(tmp_path / "page.png"))

    assert not image.isNull()
    assert image.height() > image.width()  # portrait
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if QColor(image.pixel(x, y)).lightness() < 160
    )
    assert dark > 200  # text and table rules, not a blank page


def test_written_privately_and_atomically_over_an_old_copy(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    target = folder / "ana.pdf"
    target.write_bytes(b"last month")
    with pytest.raises(TargetRefused, match="already exists"):
        write_pack(career_app, ana.person.id, target)
    assert target.read_bytes() == b"last month"
    write_pack(career_app, ana.person.id, target, force=True)

    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["ana.pdf"]


def test_an_unwritable_place_is_a_clear_error_and_leaves_nothing(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "ana.pdf"

    with pytest.raises(TargetRefused, match="is not an existing folder") as raised:
        write_pack(career_app, ana.person.id, target)

    assert raised.value.file == str(target)
    assert blocker.read_text() == "a file where a folder should be"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_a_read_only_folder_is_a_clear_error(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError) as raised:
            write_pack(career_app, ana.person.id, folder / "ana.pdf")
        assert raised.value.filename == str(folder / "ana.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failed_replace_keeps_the_old_file_and_no_temporary(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    target = folder / "ana.pdf"
    target.write_bytes(b"last month")

    def disk_full(src: str, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left") as raised:
        write_pack(career_app, ana.person.id, target, force=True)

    assert raised.value.filename == str(target)
    assert target.read_bytes() == b"last month"
    assert [p.name for p in folder.iterdir()] == ["ana.pdf"]


def test_an_unknown_paper_size_is_refused_before_writing(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="a4 or letter"):
        write_pack(career_app, ana.person.id, tmp_path / "ana.pdf", paper="a3")

    assert not (tmp_path / "ana.pdf").exists()


def test_written_from_a_worker_thread(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path
) -> None:
    results: list[object] = []

    def work() -> None:
        try:
            results.append(write_pack(career_app, ana.person.id, tmp_path / "bg.pdf"))
        except Exception as error:  # handed back to the test thread
            results.append(error)

    class Worker(QThread):
        """A thread Qt started, as the app's background helper uses: the text layout starts
        timers, which Qt only allows on such threads (on a bare Python thread it warns)."""

        def run(self) -> None:
            work()

    worker = Worker()
    worker.start()
    assert worker.wait(60_000)

    assert results == [tmp_path / "bg.pdf"]
    assert "Ana Souza" in pdf_text(tmp_path / "bg.pdf")


def test_typed_text_cannot_change_the_layout(
    qapp: QApplication, career_app: CareerApp, tmp_path: Path
) -> None:
    person = career_app.create_person("<b>Zé</b> & Co", current_role="support-representative").value

    text = pdf_text(write_pack(career_app, person.id, tmp_path / "ze.pdf", lang="pt-BR"))

    assert "<b>Zé</b> & Co" in text
    assert "Nenhum cargo-alvo foi escolhido ainda" in text
    assert "Nenhuma conversa 1:1 foi registrada ainda." in text


@pytest.mark.parametrize(("lang", "paper"), [("en", "a4"), ("pt-BR", "letter"), ("pt-BR", "a4")])
def test_no_line_is_cut_by_a_page_break(
    career_app: CareerApp, ana: PackPerson, tmp_path: Path, lang: str, paper: str
) -> None:
    content = build_report(career_app, ana.person.id, lang=lang, include_private=True)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    configure_writer(writer, paper)
    document = pack_document(content)
    height = lay_out(document, writer).height()
    layout = document.documentLayout()

    cut = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        if QTextCursor(block).currentTable() is None:
            for index in range(block.layout().lineCount()):
                line = block.layout().lineAt(index)
                first, last = top + line.y(), top + line.y() + line.height() - 0.01
                if first // height != last // height:
                    cut.append(block.text())
        block = block.next()

    assert document.pageCount() >= 2
    assert cut == []
