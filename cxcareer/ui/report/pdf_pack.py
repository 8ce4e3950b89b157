"""The one-to-one pack as a PDF file: :func:`write_pack`, used by the meeting page and the CLI.

Why written atomically: a pack is often written over last month's copy in a shared folder; a
crash or a full disk half-way must leave the old file whole, never a truncated PDF. The pages go
to a private (0600) temporary file next to the destination, which then replaces it in one step.
The pack can hold private notes and always holds ratings, so the file stays readable by its
owner only.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

from cxcareer.service.career import CareerApp
from cxcareer.service.export_files import write_target
from cxcareer.service.formats import format_date
from cxcareer.service.report_content import ReportContent, build_report
from cxcareer.service.texts import say
from cxcareer.ui.report.pack_html import ACCENT, pack_html
from cxcareer.ui.report.paged_pdf import (
    PAPER_SIZES,
    PageFrame,
    configure_writer,
    pack_font,
    paint_pages,
)

__all__ = ["PAPER_SIZES", "ensure_gui_application", "pack_document", "render_pack", "write_pack"]

#: The application made by :func:`ensure_gui_application`, kept alive for the process.
_made: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """Start an offscreen QGuiApplication (Qt's text engine needs one) unless one exists.

    For command-line use: ``QT_QPA_PLATFORM`` is set to ``offscreen`` when unset, so no
    display is needed.
    """
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _made.append(QGuiApplication(["cxcareer"]))


def write_pack(
    app: CareerApp,
    person_id: str,
    path: Path,
    *,
    lang: str = "en",
    include_private: bool = False,
    paper: str = "a4",
    force: bool = False,
) -> Path:
    """Write the person's one-to-one pack to ``path`` and return that path.

    Safe to call from a worker thread that Qt started (a QThread, as
    :func:`~cxcareer.ui.common.tasks.run_in_background` uses; the text layout starts timers,
    which a bare Python thread cannot run): it paints with QPdfWriter and QTextDocument only and
    reads the database in its own short sessions. A QGuiApplication must exist.

    Args:
        lang: "en" or "pt-BR" (other spellings are normalised; unknown: English).
        include_private: also print the latest meeting's private notes, clearly labelled.
        paper: "a4" or "letter".
        force: replace ``path`` if it exists (never a database, a link or a special file).

    Raises:
        ValueError: an unknown paper size.
        TargetRefused: ``path`` exists (and not ``force``), or must never be written.
        NotFound, AmbiguousName: no such person.
        OSError: the file cannot be written (its ``filename`` is ``path``); nothing is left.
    """
    if paper.casefold() not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r} (choose a4 or letter)")
    content = build_report(app, person_id, lang=lang, include_private=include_private)
    target = Path(path)
    keep = (app.database.location.path,)
    render_pack(content, target, paper=paper, force=force, keep=keep)
    return target


def render_pack(
    content: ReportContent,
    path: Path,
    *,
    paper: str = "a4",
    force: bool = False,
    keep: Iterable[Path | None] = (),
) -> None:
    """Lay ``content`` out and write it to ``path`` atomically, mode 0600.

    Never over an existing file unless ``force``, never over a database (``keep``: the one in
    use) or anything but a regular file (:mod:`cxcareer.store.write_target`).

    Raises:
        TargetRefused: see above; nothing was written.
        OSError: the folder is not writable, or the disk is full.
    """
    try:
        with write_target(path, force=force, keep=keep, suffix=".pdf") as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setTitle(f"{say('pack_title', content.lang)}: {content.name}")
            writer.setCreator("cxcareer")
            configure_writer(writer, paper)
            document = pack_document(content)
            paint_pages(writer, document, _frame(content))
            del writer  # flushes and closes the file
            if temporary.stat().st_size == 0:
                raise OSError(errno.EIO, "the PDF could not be written", str(path))
    except OSError as error:
        raise OSError(error.errno or errno.EIO, error.strerror or str(error), str(path)) from None


def pack_document(content: ReportContent) -> QTextDocument:
    """The pack body as a document in the pack font (not yet laid out on a page)."""
    document = QTextDocument()
    document.setDefaultFont(pack_font(9.5))
    document.setDocumentMargin(0.0)
    document.setHtml(pack_html(content))
    return document


def _frame(content: ReportContent) -> PageFrame:
    lang = content.lang
    return PageFrame(
        header_left=f"{say('pack_title', lang)} · {content.name}",
        header_right=say("pack_generated", lang, date=format_date(content.today, lang, "long")),
        header_flag=say("pack_private_banner", lang) if content.include_private else "",
        footer_left=say("pack_confidential", lang),
        footer_right=say("pack_page", lang, page="{page}", pages="{pages}"),
        accent=ACCENT,
    )
