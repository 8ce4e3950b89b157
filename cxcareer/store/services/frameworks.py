"""Framework versions kept whole in the database, and the framework a person is measured on.

Why whole files: a person's ratings and targets were written against one version of the
framework; keeping its exact bytes (with their sha256) means that history stays readable and
valid after the team edits its framework. Importing identical bytes again is a no-op; changed
bytes become a new version. The built-in framework is imported on first use.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.framework import Framework
from cxcareer.store.errors import NotFound
from cxcareer.store.orm import FrameworkVersion
from cxcareer.store.records import FrameworkImport, FrameworkVersionRecord

__all__ = [
    "builtin_framework_bytes",
    "ensure_builtin",
    "framework_from_version",
    "import_framework",
    "list_framework_versions",
]

BUILTIN_FILENAME = "cx-support.yaml"


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
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=16)
def _parse(content_hash: str, data: bytes, filename: str) -> Framework:
    """Parse once per distinct content (frameworks are immutable, so the cache is safe)."""
    try:
        from cxcareer.framework.load import load_text
    except ImportError:  # pragma: no cover - until cxcareer.framework.load lands
        return _provisional_load(data)
    return load_text(data, filename)


def _provisional_load(data: bytes) -> Framework:
    """Stand-in for ``load_text`` while it is being written: ids, scale and requirements only.

    Remove once :mod:`cxcareer.framework.load` is in the tree (it validates properly).
    """
    import yaml

    from cxcareer.framework import Requirement, Role, RoleId, Scale, Skill, SkillId, Text

    doc: dict[str, Any] = yaml.safe_load(data)
    scale = doc.get("scale") or {}
    skills = {SkillId(s["id"]): Skill(SkillId(s["id"]), Text.plain(s["id"])) for s in doc["skills"]}
    roles = {}
    for r in doc["roles"]:
        reqs = tuple(
            Requirement(SkillId(k), v if isinstance(v, int) else v["level"])
            for k, v in (r.get("requires") or {}).items()
        )
        roles[RoleId(r["id"])] = Role(
            RoleId(r["id"]), Text.plain(r["id"]), r["level"], requires=reqs
        )
    return Framework(
        id=doc["id"],
        version=str(doc["version"]),
        name=Text.plain(doc["id"]),
        roles=roles,
        skills=skills,
        scale=Scale(scale.get("min", 1), scale.get("max", 7)),
    )


def framework_from_version(session: Session, version_id: str) -> Framework:
    """The parsed framework of a stored version (the one place the store parses frameworks)."""
    row = session.get(FrameworkVersion, version_id)
    if row is None:
        raise NotFound(f"no framework version {version_id!r} in this database")
    return _parse(row.content_hash, row.content, row.filename)


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
    framework = _parse(digest, data, filename)
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
    try:
        from cxcareer.framework.builtin import builtin_bytes
    except ImportError:  # pragma: no cover - until cxcareer.framework.builtin lands
        from cxcareer.resources import resource_path

        return resource_path("frameworks", BUILTIN_FILENAME).read_bytes()
    return builtin_bytes()


def ensure_builtin(session: Session) -> FrameworkVersionRecord:
    """The stored built-in framework version, importing it the first time it is needed."""
    return import_framework(session, builtin_framework_bytes(), BUILTIN_FILENAME).version


def list_framework_versions(session: Session) -> list[FrameworkVersionRecord]:
    """Every stored version, oldest import first."""
    rows = session.scalars(select(FrameworkVersion).order_by(FrameworkVersion.imported_at))
    return [_record(row) for row in rows]
