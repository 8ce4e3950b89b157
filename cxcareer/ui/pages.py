"""The main screens, in navigation order, and where each one's widget lives.

Why a table of module paths: screens are imported when first shown, not at start-up, so the
window paints sooner (see ``bench/bench_startup.py``), and the main window needs no import of
every screen to list them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

__all__ = ["PAGES", "PageSpec", "page_class"]


@dataclass(frozen=True)
class PageSpec:
    """A main screen: its key, where its class lives, its navigation title and shortcut."""

    key: str
    module: str
    cls: str
    shortcut: str

    def title(self) -> str:
        """The navigation title in the current language."""
        return QCoreApplication.translate("pages", str(_TITLES[self.key]))


_TITLES = {
    "overview": QT_TRANSLATE_NOOP("pages", "Overview"),
    "ladder": QT_TRANSLATE_NOOP("pages", "Ladder"),
    "skills": QT_TRANSLATE_NOOP("pages", "Skills"),
    "paths": QT_TRANSLATE_NOOP("pages", "Paths"),
    "comparison": QT_TRANSLATE_NOOP("pages", "Self vs manager"),
    "meeting": QT_TRANSLATE_NOOP("pages", "One-to-one"),
    "team": QT_TRANSLATE_NOOP("pages", "Team"),
    "frameworks": QT_TRANSLATE_NOOP("pages", "Frameworks"),
}

PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "cxcareer.ui.overview.page", "OverviewPage", "Ctrl+1"),
    PageSpec("ladder", "cxcareer.ui.ladder.page", "LadderPage", "Ctrl+2"),
    PageSpec("skills", "cxcareer.ui.skills.page", "SkillsPage", "Ctrl+3"),
    PageSpec("paths", "cxcareer.ui.paths.page", "PathsPage", "Ctrl+4"),
    PageSpec("comparison", "cxcareer.ui.people.comparison_page", "ComparisonPage", "Ctrl+5"),
    PageSpec("meeting", "cxcareer.ui.meeting.page", "MeetingPage", "Ctrl+6"),
    PageSpec("team", "cxcareer.ui.team.page", "TeamPage", "Ctrl+7"),
    PageSpec("frameworks", "cxcareer.ui.frameworks.page", "FrameworksPage", "Ctrl+8"),
)


def page_class(spec: PageSpec) -> type[QWidget] | None:
    """The screen's widget class, or None when this build does not have that screen."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as error:
        if error.name is not None and spec.module.startswith(error.name):
            return None
        raise
    found = getattr(module, spec.cls, None)
    return found if isinstance(found, type) and issubclass(found, QWidget) else None
