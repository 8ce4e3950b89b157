"""The shape of a catalogue entry, shared by the catalogue's sections."""

from __future__ import annotations

__all__ = ["Entry", "Template"]

Template = str | dict[str, str]
"""One language's text: a template, or templates by CLDR plural category ("one", "other")."""

Entry = dict[str, Template]
"""Language tag ("en", "pt-BR") -> template."""
