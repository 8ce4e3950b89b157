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

__all__ = ["KEEP", "REFUSALS", "Keep", "Refused", "required_text"]

#: What each refusal says, by key: English first, then Brazilian Portuguese.
REFUSALS: dict[str, dict[str, str]] = {
    "person_name": {"en": "a person needs a name", "pt-BR": "uma pessoa precisa de um nome"},
    "action_title": {"en": "an action needs a title", "pt-BR": "uma ação precisa de um título"},
    "action_owner": {
        "en": "an action needs an owner",
        "pt-BR": "uma ação precisa de um responsável",
    },
    "meeting_author": {
        "en": "a meeting needs an author",
        "pt-BR": "uma conversa 1:1 precisa de um autor",
    },
    "assessor_name": {
        "en": "a rating needs the name of who gave it",
        "pt-BR": "uma avaliação precisa do nome de quem a fez",
    },
    "evidence_text": {
        "en": "evidence needs a description",
        "pt-BR": "uma evidência precisa de uma descrição",
    },
    "verifier_name": {
        "en": "say who verified the evidence",
        "pt-BR": "diga quem verificou a evidência",
    },
    "no_ratings": {
        "en": "an assessment needs at least one rated skill",
        "pt-BR": "uma avaliação precisa de pelo menos uma competência avaliada",
    },
    "role_removed": {
        "en": "a current role can be changed but not removed",
        "pt-BR": "o cargo atual pode ser trocado, mas não removido",
    },
    "confirm_name": {
        "en": "type {name} to confirm the deletion",
        "pt-BR": "digite {name} para confirmar a exclusão",
    },
    "unknown_framework": {
        "en": "no imported framework '{id}' (imported: {known}); use 'cxcareer framework import'",
        "pt-BR": "nenhum framework importado '{id}' (importados: {known}); use "
        "'cxcareer framework import'",
    },
    "file_exists": {
        "en": "{file} already exists; choose a new file name",
        "pt-BR": "{file} já existe; escolha um novo nome de arquivo",
    },
    "sqlite_only": {
        "en": "{location} is a server database; use the server's own tools (pg_dump, "
        "pg_restore, amcheck) for this",
        "pt-BR": "{location} é um banco em servidor; use as ferramentas do servidor (pg_dump, "
        "pg_restore, amcheck) para isso",
    },
}


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
        super().__init__(REFUSALS[key]["en"].format(**facts))

    def say(self, lang: str) -> str:
        """The refusal in ``lang`` (English when ``lang`` has no sentence)."""
        texts = REFUSALS[self.key]
        return texts.get(lang, texts["en"]).format(**self.facts)


def required_text(value: str | None, key: str) -> str:
    """``value`` without outer spaces; :class:`Refused` (``key``) when nothing is left."""
    clean = (value or "").strip()
    if not clean:
        raise Refused(key)
    return clean
