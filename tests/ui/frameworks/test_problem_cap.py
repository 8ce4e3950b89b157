"""The Frameworks screen shows at most 100 problems of a file, then a count of the rest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.framework.errors import SHOWN_PROBLEMS
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.frameworks.page import FrameworksPage
from cxcareer.ui.frameworks.problems_model import LINE, SEVERITY
from cxcareer.ui.i18n.loader import install_translators, remove_translators
from tests.ui.frameworks.test_frameworks_page import BAD


def test_a_file_with_250_problems_shows_100_and_counts_the_rest_in_both_languages(
    qtbot: QtBot, qapp: QApplication, controller: ProfileController, tmp_path: Path
) -> None:
    page = FrameworksPage(controller)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "many.yaml"
    path.write_text(BAD + "".join(f"k{i}: 1\n" for i in range(248)), encoding="utf-8")
    page.import_path(path)
    qtbot.waitUntil(lambda: not page._busy, timeout=10_000)

    box = page.problems_box
    assert page.problems.rowCount() == SHOWN_PROBLEMS
    assert {page.problems.index(row, SEVERITY).data() for row in range(100)} == {"Error"}
    lines = [int(page.problems.index(row, LINE).data()) for row in range(100)]
    assert lines == sorted(lines)
    assert lines[0] == 13  # the first problems of the file
    assert box.more.isVisible()
    assert box.more.text() == "… and 150 more problems"
    assert "Errors: 250, warnings: 0" in box.summary.text()

    translators = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    try:
        page.retranslate()
        assert box.more.text() == "… e mais 150 problemas"
        assert "Erros: 250" in box.summary.text()
    finally:
        remove_translators(qapp, translators)

    page.clear_problems()
    assert not box.more.isVisible()
