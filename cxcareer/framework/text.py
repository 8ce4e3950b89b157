"""Texts that may exist in several languages, with a predictable fallback.

Framework files write a text either as a plain string or as a map from language tag to string
(``{en: ..., pt-BR: ...}``). A framework may be written in one language only, so every lookup
falls back instead of failing: exact tag, then the same primary language (``pt`` for ``pt-BR``),
then English, then whatever text exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ANY_LANGUAGE", "SUPPORTED_LANGUAGES", "Text", "normalise_language"]

#: Key under which a plain (untagged) string is stored.
ANY_LANGUAGE = ""

#: Languages the app itself is translated into, in display order.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "pt-BR")


def normalise_language(tag: str | None) -> str:
    """Map a locale or language tag (``pt_BR.UTF-8``, ``pt``, ``en-US``) to a supported language.

    Anything Portuguese becomes ``pt-BR``; everything else, including ``None``, is ``en``.
    """
    if not tag:
        return "en"
    base = tag.split(".", 1)[0].replace("_", "-").strip().lower()
    if base.startswith("pt"):
        return "pt-BR"
    return "en"


@dataclass(frozen=True)
class Text:
    """A possibly multilingual text.

    ``values`` maps a language tag (or :data:`ANY_LANGUAGE` for a plain string) to the text.
    """

    values: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def plain(cls, value: str) -> Text:
        """A text with no language tag, shown in every language."""
        return cls({ANY_LANGUAGE: value})

    @classmethod
    def of(cls, **by_language: str) -> Text:
        """Build from keyword arguments; ``pt_BR=`` is stored as ``pt-BR``."""
        return cls({key.replace("_", "-"): value for key, value in by_language.items()})

    def get(self, language: str | None = None) -> str:
        """The text in ``language``, or the best fallback; ``""`` only when there is no text."""
        if not self.values:
            return ""
        wanted = (language or "en").lower()
        lowered = {key.lower(): value for key, value in self.values.items()}
        if wanted in lowered:
            return lowered[wanted]
        primary = wanted.split("-", 1)[0]
        for key, value in lowered.items():
            if key and key.split("-", 1)[0] == primary:
                return value
        if ANY_LANGUAGE in lowered:
            return lowered[ANY_LANGUAGE]
        if "en" in lowered:
            return lowered["en"]
        return next(iter(self.values.values()))

    def languages(self) -> tuple[str, ...]:
        """The language tags present (``""`` for a plain string)."""
        return tuple(self.values)

    def __bool__(self) -> bool:
        return any(value.strip() for value in self.values.values())

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))
