"""Framework versions are stored whole; identical re-imports are no-ops; people keep theirs."""

from __future__ import annotations

import pytest

from cxcareer.framework import FrameworkInvalid
from cxcareer.store.database import Database
from cxcareer.store.errors import NotFound
from cxcareer.store.services import frameworks, people


def _changed(data: bytes) -> bytes:
    return data.replace(b'version: "2026.11"', b'version: "2027.01"', 1)


def test_builtin_imported_on_first_use_and_reimport_is_noop(db: Database) -> None:
    data = frameworks.builtin_framework_bytes()
    with db.session() as s:
        person = people.create_person(s, "Ana")
        again = frameworks.import_framework(s, data, "cx-support.yaml")
        assert not again.created
        assert again.version.id == person.framework_version_id
        assert len(frameworks.list_framework_versions(s)) == 1


def test_changed_file_is_new_version_and_person_keeps_old(db: Database) -> None:
    data = frameworks.builtin_framework_bytes()
    assert _changed(data) != data
    with db.session() as s:
        person = people.create_person(s, "Ana")
        new = frameworks.import_framework(s, _changed(data), "team.yaml")
    assert new.created
    assert new.version.version == "2027.01"
    with db.session() as s:
        assert people.find_person(s, person.id).framework_version_id != new.version.id
        versions = frameworks.list_framework_versions(s)
        stored = frameworks.framework_from_version(s, person.framework_version_id)
    assert {v.content_hash for v in versions} == {
        frameworks._content_hash(data),
        frameworks._content_hash(_changed(data)),
    }
    assert stored.version == "2026.11"
    with db.session() as s:
        other = people.create_person(s, "Bo", framework_version_id=new.version.id)
    assert other.framework_version_id == new.version.id


def test_parsed_framework_and_graph_cached_per_content_hash(db: Database) -> None:
    with db.session() as s:
        version = frameworks.ensure_builtin(s).id
        first = frameworks.framework_from_version(s, version)
        assert frameworks.framework_from_version(s, version) is first
        graph = frameworks.graph_from_version(s, version)
        assert graph is frameworks.graph_from_version(s, version)
        frameworks.clear_cache()
        again = frameworks.framework_from_version(s, version)
    assert again is not first
    assert again == first
    assert set(graph.nodes) == set(first.roles)


def test_unknown_version_and_invalid_file(db: Database) -> None:
    with db.session() as s:
        with pytest.raises(NotFound):
            frameworks.framework_from_version(s, "no-such-version")
        with pytest.raises(FrameworkInvalid):
            frameworks.import_framework(s, b"id: broken\n", "broken.yaml")
        assert frameworks.list_framework_versions(s) == []
