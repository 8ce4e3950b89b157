"""Framework versions kept whole in the database, and the framework a person is measured on.

Why whole files: a person's ratings and targets were written against one version of the
framework; keeping its exact bytes (with their sha256) means that history stays readable and
valid after the team edits its framework. Importing identical bytes again is a no-op; changed
bytes become a new version. The built-in framework is imported on first use.

Why a cache keyed by content hash (:mod:`cxcareer.store.parsed_frameworks`): a stored version
never changes, so its parsed framework and career graph can be kept for the whole process.
Opening a person then costs one small query for the hash (the content blob is only read on a
cache miss), not a parse of the YAML.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.framework import Framework
from cxcareer.framework.builtin import BUILTIN_ID, builtin_bytes
from cxcareer.framework.load import content_hash
from cxcareer.store import parsed_frameworks
from cxcareer.store.errors import NotFound
from cxcareer.store.orm import FrameworkVersion
from cxcareer.store.records import FrameworkImport, FrameworkVersionRecord

__all__ = [
    "BUILTIN_FILENAME",
    "builtin_framework_bytes",
    "clear_cache",
    "ensure_builtin",
    "framework_from_version",
    "graph_from_version",
    "import_framework",
    "list_framework_versions",
]

BUILTIN_FILENAME = f"{BUILTIN_ID}.yaml"


def _record(row: FrameworkVersion) -> FrameworkVersionRecord:
    return FrameworkVersionRecord(
        id=row.id,
        framework_id=row.framework_id,
        version=row.version,
        content_hash=row.content_hash,
        filename=row.filename,
        imported_at=row.imported_at,
    )


def _content_hash(data: bytes) -> str:
    return content_hash(data)


def clear_cache() -> None:
    """Forget every parsed framework (tests; the cache is otherwise always valid)."""
    parsed_frameworks.clear()


def _parsed_version(session: Session, version_id: str) -> tuple[Framework, Any]:
    digest = session.scalar(
        select(FrameworkVersion.content_hash).where(FrameworkVersion.id == version_id)
    )
    if digest is None:
        raise NotFound(f"no framework version {version_id!r} in this database")

    def read() -> tuple[bytes, str]:
        content, filename = session.execute(
            select(FrameworkVersion.content, FrameworkVersion.filename).where(
                FrameworkVersion.id == version_id
            )
        ).one()
        return bytes(content), filename

    return parsed_frameworks.parsed(digest, read)


def framework_from_version(session: Session, version_id: str) -> Framework:
    """The parsed framework of a stored version (the one place the store parses frameworks).

    Raises:
        NotFound: no such version in this database.
    """
    return _parsed_version(session, version_id)[0]


def graph_from_version(session: Session, version_id: str) -> Any:
    """The career graph (``networkx.DiGraph``) of a stored version, built once per content."""
    return _parsed_version(session, version_id)[1]


def import_framework(session: Session, data: bytes, filename: str) -> FrameworkImport:
    """Store a framework file, or find the identical one already stored.

    Raises:
        FrameworkInvalid: the file does not validate (nothing is stored).
    """
    digest = _content_hash(data)
    existing = session.scalar(
        select(FrameworkVersion).where(FrameworkVersion.content_hash == digest)
    )
    if existing is not None:
        return FrameworkImport(_record(existing), created=False)
    framework, _graph = parsed_frameworks.parsed(digest, lambda: (data, filename))
    row = FrameworkVersion(
        framework_id=framework.id,
        version=framework.version,
        content_hash=digest,
        content=data,
        filename=filename,
    )
    session.add(row)
    session.flush()
    return FrameworkImport(_record(row), created=True)


def builtin_framework_bytes() -> bytes:
    """The shipped framework file's bytes."""
    return builtin_bytes()


def ensure_builtin(session: Session) -> FrameworkVersionRecord:
    """The stored built-in framework version, importing it the first time it is needed."""
    return import_framework(session, builtin_framework_bytes(), BUILTIN_FILENAME).version


def list_framework_versions(session: Session) -> list[FrameworkVersionRecord]:
    """Every stored version, oldest import first."""
    rows = session.scalars(
        select(FrameworkVersion).order_by(FrameworkVersion.imported_at, FrameworkVersion.id)
    )
    return [_record(row) for row in rows]
