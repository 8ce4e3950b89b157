"""Long lists of problems, shown as their first :data:`SHOWN_PROBLEMS` and a count of the rest.

Why one place: a generated file once printed 300,005 problem lines; the CLI and the app's problem
lists both show the first hundred and then "… and 299,905 more problems", the same way and in the
same words (the cap itself is :data:`cxcareer.framework.errors.SHOWN_PROBLEMS`).
"""

from __future__ import annotations

from collections.abc import Sequence

from cxcareer.framework.errors import SHOWN_PROBLEMS, first_shown
from cxcareer.service.formats import format_number
from cxcareer.service.texts import say_count

__all__ = ["SHOWN_PROBLEMS", "more_problems", "shown_lines"]


def more_problems(count: int, lang: str) -> str:
    """ "… and 299,905 more problems" in ``lang``."""
    return say_count("count_more_problems", count, lang, shown=format_number(count, lang))


def shown_lines(lines: Sequence[str], lang: str) -> list[str]:
    """The first :data:`SHOWN_PROBLEMS` of ``lines``, then the count of the rest, if any."""
    shown, more = first_shown(lines)
    return [*shown, more_problems(more, lang)] if more else list(shown)
