"""What went wrong, said in a person's language: one function for every face.

Why one function: the command line and the desktop app refuse the same writes (the service's
rules), and a person must read the same sentence whichever they used — "an action needs an
owner", "unknown skill 'x' (closest: …)", "level 9 for skill … is out of range". Errors whose
message is already written for people (the store's, files') pass through unchanged.
"""

from __future__ import annotations

from cxcareer.service.rules import Refused

__all__ = ["PROBLEM_TEXTS", "describe_problem", "problem_text"]

#: Sentences about ids and levels, by key: English first, then Brazilian Portuguese.
PROBLEM_TEXTS: dict[str, dict[str, str]] = {
    "unknown_id": {
        "en": "unknown {kind} '{value}'",
        "pt-BR": "{kind} desconhecida: '{value}'",
    },
    "closest": {"en": "closest: {ids}", "pt-BR": "mais próximas: {ids}"},
    "kind_role": {"en": "role", "pt-BR": "função"},
    "kind_skill": {"en": "skill", "pt-BR": "habilidade"},
    "kind_track": {"en": "track", "pt-BR": "trilha"},
    "bad_level": {
        "en": "level {level} for skill '{skill}' is out of range: use {minimum} to {maximum}",
        "pt-BR": "nível {level} da habilidade '{skill}' fora da faixa: use de {minimum} a "
        "{maximum}",
    },
}


def problem_text(key: str, lang: str, **facts: object) -> str:
    """The sentence ``key`` in ``lang`` (English when ``lang`` has none), filled in."""
    texts = PROBLEM_TEXTS[key]
    return texts.get(lang, texts["en"]).format(**facts)


def describe_problem(error: BaseException, lang: str) -> str | None:
    """``error`` said in ``lang``; None when it is not one of the service's problems.

    ``None`` tells the face to use its own way of saying the rest (the store's database errors,
    file errors). The engine's errors are imported here, not at the top: the desktop app imports
    this module before its first paint, and the engine brings NetworkX.
    """
    from cxcareer.framework import UnknownIdError
    from cxcareer.graph.errors import InvalidLevelError

    if isinstance(error, Refused):
        return error.say(lang)
    if isinstance(error, UnknownIdError):
        kind_key = f"kind_{error.kind}"
        kind = problem_text(kind_key, lang) if kind_key in PROBLEM_TEXTS else error.kind
        message = problem_text("unknown_id", lang, kind=kind, value=error.value)
        if error.suggestions:
            message += " — " + problem_text("closest", lang, ids=", ".join(error.suggestions))
        return message
    if isinstance(error, InvalidLevelError):
        return problem_text(
            "bad_level",
            lang,
            level=error.level,
            skill=error.skill,
            minimum=error.minimum,
            maximum=error.maximum,
        )
    return None
