"""The framework shipped with the app loads cleanly, and its access functions agree."""

from __future__ import annotations

from cxcareer.framework.builtin import BUILTIN_ID, builtin_bytes, builtin_path, load_builtin
from cxcareer.framework.load import check_file, check_text, content_hash


def test_builtin_loads_with_no_errors_and_no_warnings() -> None:
    report = check_file(builtin_path())
    assert [str(p) for p in report.problems] == []
    assert report.framework is not None
    assert report.framework.id == BUILTIN_ID
    assert report.framework.entry_roles()


def test_builtin_bytes_are_the_file_and_load_is_cached() -> None:
    data = builtin_bytes()
    assert data == builtin_path().read_bytes()
    assert content_hash(data) == content_hash(builtin_path().read_bytes())
    assert load_builtin() is load_builtin()
    assert load_builtin() == check_text(data, "cx-support.yaml").framework
