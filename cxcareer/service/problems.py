"""What went wrong, said in a person's language: one function for every face.

Why one function: the command line and the desktop app refuse the same writes (the service's
rules), and a person must read the same sentence whichever they used — "an action needs an
owner", "unknown skill 'x' (closest: …)", "level 9 for skill … is out of range". Errors whose
message is already written for people (the store's, files') pass through unchanged.
"""

from __future__ import annotations

from cxcareer.service.rules import Refused
from cxcareer.service.texts import say

__all__ = ["describe_problem"]


def describe_problem(error: BaseException, lang: str) -> str | None:
    """``error`` said in ``lang``; None when it is not one of the service's problems.

    ``None`` tells the face to use its own way of saying the rest (the store's database errors,
    file errors). The engine's errors are imported here, not at the top: the desktop app imports
    this module before its first paint, and the engine brings NetworkX.
    """
    from cxcareer.framework import UnknownIdError
    from cxcareer.graph.errors import InvalidLevelError

    if isinstance(error, Refused):
        return error.in_language(lang)
    if isinstance(error, UnknownIdError):
        if error.kind in ("role", "skill", "track"):
            message = say(f"unknown_{error.kind}", lang, value=error.value)
        else:
            message = say("unknown_id", lang, kind=error.kind, value=error.value)
        if error.suggestions:
            message += " — " + say("closest", lang, ids=", ".join(error.suggestions))
        return message
    if isinstance(error, InvalidLevelError):
        return say(
            "bad_level",
            lang,
            level=error.level,
            skill=error.skill,
            minimum=error.minimum,
            maximum=error.maximum,
        )
    return None
