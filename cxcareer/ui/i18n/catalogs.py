"""Which compiled catalogs (``.qm``) to load for a language, compiling them when needed.

Why here and not only in the build: a wheel ships its ``.qm`` files beside the ``.ts`` sources,
but a source checkout has only the ``.ts`` until someone runs the build, and a developer who
edits a ``.ts`` must not have to remember to. So a ``.qm`` beside its ``.ts`` is used when it was
compiled from the current content; otherwise the catalog is compiled once into the user cache
folder, named by a hash of the ``.ts`` content so any later edit compiles again and old copies
are removed. If
compiling is impossible (no lrelease), a stale ``.qm`` still beats English; that is logged.

Standard library only (no Qt), so this logic is tested without a window.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import platformdirs

from cxcareer.ui.i18n.linguist import LinguistError
from cxcareer.ui.i18n.qm_files import (
    catalog_sources,
    compile_catalog,
    file_suffix,
    is_fresh,
    source_digest,
    stamp_path,
    translations_dir,
)

__all__ = ["SOURCE_LANGUAGE", "compiled_catalogs", "default_cache_dir"]

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
"""The language the code is written in: it needs no catalog."""


def default_cache_dir() -> Path:
    """``<user cache folder>/cxcareer/translations`` (platformdirs; honours XDG_CACHE_HOME)."""
    return platformdirs.user_cache_path("cxcareer") / "translations"


def _cached(ts: Path, cache_dir: Path) -> Path | None:
    """The cached ``.qm`` for ``ts``'s current content, compiled now if missing."""
    qm = cache_dir / f"{ts.stem}-{source_digest(ts)}.qm"
    if is_fresh(ts, qm):
        return qm
    try:
        compile_catalog(ts, qm)
    except (LinguistError, OSError) as error:
        log.warning("could not compile translation %s: %s", ts.name, error)
        return None
    for old in cache_dir.glob(f"{ts.stem}-*.qm*"):
        if old not in (qm, stamp_path(qm)):
            with contextlib.suppress(OSError):
                old.unlink()
    return qm


def compiled_catalogs(
    lang: str, *, source_dir: Path | None = None, cache_dir: Path | None = None
) -> list[Path]:
    """The ``.qm`` files to install for ``lang`` (``pt-BR``), in area order.

    Args:
        lang: a language tag; the source language gives an empty list.
        source_dir: where the ``.ts``/``.qm`` files live (default ``resources/translations``).
        cache_dir: where catalogs compiled on first use go (default: the user cache folder).
    """
    if lang == SOURCE_LANGUAGE:
        return []
    source = source_dir if source_dir is not None else translations_dir()
    cache = cache_dir if cache_dir is not None else default_cache_dir()
    found: list[Path] = []
    sources = catalog_sources(source, lang)
    for ts in sources:
        beside = ts.with_suffix(".qm")
        if is_fresh(ts, beside):
            found.append(beside)
            continue
        cached = _cached(ts, cache)
        if cached is not None:
            found.append(cached)
        elif beside.is_file():
            log.warning("using the outdated %s: compiling %s failed", beside.name, ts.name)
            found.append(beside)
    compiled_only = {ts.with_suffix(".qm") for ts in sources}
    if source.is_dir():
        for qm in sorted(source.glob(f"*_{file_suffix(lang)}.qm")):
            if qm not in compiled_only:
                found.append(qm)
    return found
