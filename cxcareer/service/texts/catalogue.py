"""The catalogue's sections joined into one mapping, refusing a key written twice.

Why a refusal at import: two sections defining the same key would silently let the later one
win, and the earlier sentence would vanish from every face that said it.
"""

from __future__ import annotations

from collections.abc import Mapping

from cxcareer.service.texts import cli, counts, pack, problems, shared, store
from cxcareer.service.texts.kinds import Entry, Template

__all__ = ["CATALOGUE", "SECTIONS", "Entry", "Template", "merge"]

#: Section module name -> its entries, in the order they are merged.
SECTIONS: dict[str, Mapping[str, Entry]] = {
    "shared": shared.TEXTS,
    "counts": counts.TEXTS,
    "cli": cli.TEXTS,
    "pack": pack.TEXTS,
    "store": store.TEXTS,
    "problems": problems.TEXTS,
}


def merge(sections: Mapping[str, Mapping[str, Entry]]) -> dict[str, Entry]:
    """All entries of ``sections`` in one mapping.

    Raises:
        ValueError: naming both sections when a key is in two of them.
    """
    merged: dict[str, Entry] = {}
    owner: dict[str, str] = {}
    for name, entries in sections.items():
        for key, entry in entries.items():
            if key in merged:
                raise ValueError(f"text key {key!r} is in both {owner[key]} and {name}")
            merged[key] = entry
            owner[key] = name
    return merged


CATALOGUE: dict[str, Entry] = merge(SECTIONS)
