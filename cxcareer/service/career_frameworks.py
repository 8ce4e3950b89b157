"""The frameworks half of :class:`~cxcareer.service.career.CareerApp`: stored versions and reads.

Why a base class of its own: the facade is one object for every face, but its framework reads
(which versions are stored, which one a typed id means, their parsed frameworks and graphs) are
a topic of their own, and keeping them here keeps each module small. Writes that store a
framework stay on the facade, beside the rules every write obeys.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxcareer.framework import Framework
from cxcareer.framework.load import LoadReport, check_file
from cxcareer.service.rules import Refused
from cxcareer.store.records import FrameworkVersionRecord

if TYPE_CHECKING:
    from cxcareer.store.database import Database

__all__ = ["FrameworkReads"]


class FrameworkReads:
    """Reads of the stored framework versions; each method is one short transaction."""

    database: Database

    def framework_versions(self) -> list[FrameworkVersionRecord]:
        """Every stored framework version (the built-in one is stored on first use)."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            framework_services.ensure_builtin(session)
            return framework_services.list_framework_versions(session)

    def builtin_version(self) -> FrameworkVersionRecord:
        """The stored built-in framework version."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            return framework_services.ensure_builtin(session)

    def framework_version(self, key: str) -> FrameworkVersionRecord:
        """The version whose id is ``key``, else the newest version of the framework ``key``.

        Raises:
            Refused: ``unknown_framework``, listing the frameworks that are stored.
        """
        versions = self.framework_versions()
        for version in reversed(versions):
            if key in (version.id, version.framework_id):
                return version
        known = sorted({version.framework_id for version in versions})
        raise Refused("unknown_framework", id=key, known=", ".join(known) or "-")

    def check_framework_file(self, path: Path) -> LoadReport:
        """Validate a framework file without storing anything."""
        return check_file(path)

    def framework(self, version_id: str) -> Framework:
        """A stored version's parsed framework (cached per content)."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            return framework_services.framework_from_version(session, version_id)

    def graph(self, version_id: str) -> Any:
        """A stored version's career graph (cached per content)."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            return framework_services.graph_from_version(session, version_id)
