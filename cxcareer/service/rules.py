"""The rules every write obeys, whichever face asks: required texts, trimmed.

Why here: the command line used to store an action owner of three spaces and a meeting with an
empty author, because only the desktop app checked them. Every write of the service layer now
checks its texts through :func:`required_text`, so both faces refuse the same things, with a
:class:`Refused` error that each face says in its own language
(:func:`cxcareer.service.problems.describe_problem`).

>>> required_text("  Ana Souza ", "person_name")
'Ana Souza'
>>> required_text("   ", "action_owner")
Traceback (most recent call last):
...
cxcareer.service.rules.Refused: an action needs an owner
"""

from __future__ import annotations

from enum import Enum

from cxcareer.service.texts import say

__all__ = ["KEEP", "Keep", "Refused", "required_text"]


class Keep(Enum):
    """The type of :data:`KEEP`: "leave this field as it is" in a partial edit."""

    KEEP = "keep"


#: A field a partial edit leaves as it is (``None`` cannot say so: it often means "none").
KEEP = Keep.KEEP


class Refused(ValueError):
    """A write refused by a rule; ``key`` names the rule, ``facts`` fill its sentence.

    ``str()`` is the English sentence; faces say it in their language through
    :func:`cxcareer.service.problems.describe_problem`.
    """

    def __init__(self, key: str, **facts: object) -> None:
        self.key = key
        self.facts = facts
        super().__init__(self.in_language("en"))

    def in_language(self, lang: str) -> str:
        """The refusal in ``lang``, from the catalogue (``refused_<key>``)."""
        return say(f"refused_{self.key}", lang, **self.facts)


def required_text(value: str | None, key: str) -> str:
    """``value`` without outer spaces; :class:`Refused` (``key``) when nothing is left."""
    clean = (value or "").strip()
    if not clean:
        raise Refused(key)
    return clean
