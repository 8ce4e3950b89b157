"""The domain's words, one per idea and language, and the synonyms that must not creep back.

Why: the app called a skill "competência" while the CLI and the PDF said "habilidade"; a role
was "cargo" on screen and "função" on paper; the manager was "gestor", "gestor(a)" and
"liderança". A reader cannot tell whether two words mean two things. Each idea below has one
word per language; ``avoid`` lists what a catalogue must not say instead (regular expressions,
matched case-insensitively on whole words, after ``&`` accelerators are removed). A test
(``tests/service/test_glossary.py``) checks every Python catalogue entry and every pt-BR Qt
translation against it and names the file and the key or source text of a slip.

Choices for pt-BR follow what most screens already said: *competência*, *cargo*, *gestor*
(the neutral masculine, as on every screen; never "gestor(a)"), *conversa 1:1*, *passo* for a
move and *movimentação lateral* for the lateral kind, *objetivo* for a target and *cargo-alvo*
for a target role. Framework content (role titles, skill names) is the framework author's and
is not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["GLOSSARY", "Slip", "Term", "slips", "term"]


@dataclass(frozen=True)
class Term:
    """One idea of the domain, its word in each language, and the words to avoid for it."""

    idea: str
    words: dict[str, str]
    """Language -> the word (singular, lower case)."""
    avoid: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Language -> regular expressions of synonyms a catalogue must not use for this idea."""


GLOSSARY: tuple[Term, ...] = (
    Term(
        "skill",
        {"en": "skill", "pt-BR": "competência"},
        {"en": (r"competenc(?:y|ies|e)",), "pt-BR": (r"habilidades?",)},
    ),
    Term(
        "role",
        {"en": "role", "pt-BR": "cargo"},
        {"en": (r"job titles?",), "pt-BR": (r"funç(?:ão|ões)",)},
    ),
    Term("target", {"en": "target", "pt-BR": "objetivo"}, {"pt-BR": (r"metas?", r"(?<!-)alvos?")}),
    Term(
        "target role",
        {"en": "target role", "pt-BR": "cargo-alvo"},
        {"pt-BR": (r"cargos?[- ]objetivos?", r"cargos? de objetivo")},
    ),
    Term(
        "manager",
        {"en": "manager", "pt-BR": "gestor"},
        {
            "en": (r"boss(?:es)?", r"supervisors?", r"line managers?"),
            "pt-BR": (r"gestor\(a\)", r"gerentes?", r"lideranças?", r"chefes?"),
        },
    ),
    Term(
        "one-to-one",
        {"en": "one-to-one", "pt-BR": "conversa 1:1"},
        {
            "en": (r"one-on-ones?", r"1-on-1s?", r"(?<![\w:])1:1(?![\w:])"),
            "pt-BR": (r"conversas? individua(?:l|is)", r"reuni(?:ão|ões)"),
        },
    ),
    Term(
        "move",
        {"en": "move", "pt-BR": "passo"},
        {"en": (r"next steps?",), "pt-BR": (r"movimentos?", r"movimentaç(?:ão|ões)(?!\s+later)")},
    ),
    Term("promotion", {"en": "promotion", "pt-BR": "promoção"}),
    Term(
        "lateral move",
        {"en": "lateral move", "pt-BR": "movimentação lateral"},
        {"pt-BR": (r"mudanças? laterais?", r"passos? laterais?", r"movimentos? laterais?")},
    ),
    Term(
        "readiness",
        {"en": "readiness", "pt-BR": "prontidão"},
        {"en": (r"preparedness",), "pt-BR": (r"preparo",)},
    ),
    Term("gap", {"en": "gap", "pt-BR": "lacuna"}, {"pt-BR": (r"déficits?", r"defasage(?:m|ns)")}),
    Term(
        "evidence",
        {"en": "evidence", "pt-BR": "evidência"},
        {"en": (r"proofs?",), "pt-BR": (r"provas?", r"comprovaç(?:ão|ões)")},
    ),
    Term("action", {"en": "action", "pt-BR": "ação"}, {"pt-BR": (r"tarefas?",)}),
    Term("framework", {"en": "framework", "pt-BR": "framework"}),
    Term("level", {"en": "level", "pt-BR": "nível"}, {"pt-BR": (r"graus?", r"patamar(?:es)?")}),
    Term("path", {"en": "path", "pt-BR": "caminho"}, {"pt-BR": (r"rotas?", r"trajetórias?")}),
    Term("track", {"en": "track", "pt-BR": "trilha"}),
    Term("self rating", {"en": "self rating", "pt-BR": "autoavaliação"}),
    Term("note", {"en": "note", "pt-BR": "anotação"}, {"pt-BR": (r"notas?",)}),
)


@dataclass(frozen=True)
class Slip:
    """A synonym found where the glossary's word belongs."""

    idea: str
    expected: str
    found: str


def term(idea: str, lang: str) -> str:
    """The glossary's word for ``idea`` in ``lang`` (KeyError for an idea it lacks)."""
    for entry in GLOSSARY:
        if entry.idea == idea:
            return entry.words[lang]
    raise KeyError(idea)


def _compiled(lang: str) -> list[tuple[Term, re.Pattern[str]]]:
    return [
        (entry, re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE))
        for entry in GLOSSARY
        for pattern in entry.avoid.get(lang, ())
    ]


def slips(text: str, lang: str) -> list[Slip]:
    """Every synonym in ``text`` (a catalogue text in ``lang``) that the glossary rules out.

    >>> [slip.expected for slip in slips("Nova &habilidade para o seu gestor(a)", "pt-BR")]
    ['competência', 'gestor']
    >>> slips("Cargo-alvo: Líder · 1 conversa 1:1", "pt-BR")
    []
    """
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return [
        Slip(entry.idea, entry.words[lang], match.group(0))
        for entry, pattern in _compiled(lang)
        for match in pattern.finditer(plain)
    ]
