"""Load framework files (YAML or JSON) safely, with every problem reported at once.

``check_*`` functions never raise for bad content: they return a :class:`LoadReport` listing the
problems. ``load_*`` functions raise :class:`FrameworkInvalid` when there is any error. Files are
capped at :data:`MAX_FILE_BYTES` before anything is read.

The parsers and validators are imported on first use: an app start that finds its frameworks in
:mod:`cxcareer.framework.cache` never needs them (nor PyYAML).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cxcareer.framework.errors import FrameworkInvalid, Problem, Severity
from cxcareer.framework.model import Framework

if TYPE_CHECKING:
    from cxcareer.framework.located import Parsed

__all__ = [
    "MAX_FILE_BYTES",
    "LoadReport",
    "check_file",
    "check_text",
    "content_hash",
    "load_file",
    "load_text",
]

#: Framework files above this size are refused unread.
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class LoadReport:
    """The outcome of checking a framework document."""

    framework: Framework | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """True when the document is usable (warnings allowed)."""
        return self.framework is not None and not self.errors


def content_hash(data: bytes) -> str:
    """The sha256 of a framework file's raw bytes, which identifies one version of it."""
    return hashlib.sha256(data).hexdigest()


def _failure(filename: str, line: int, message: str) -> LoadReport:
    return LoadReport(None, (Problem(filename, line, "", message),))


def _decode(data: str | bytes, filename: str) -> str | LoadReport:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if len(data) > MAX_FILE_BYTES:
        return _failure(filename, 0, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return _failure(filename, line, f"the file is not UTF-8 text (byte {error.start})")


def _parse(text: str, filename: str) -> Parsed:
    """JSON for ``.json`` files; otherwise YAML, unless the text reads as JSON.

    JSON is valid YAML, but the ``json`` module is faster on big files and copes with JSON that
    YAML chokes on (tabs used for indentation), so a document that looks like JSON is tried as
    JSON first and falls back to YAML, whose messages then explain what is wrong.
    """
    from cxcareer.framework.json_located import parse_json
    from cxcareer.framework.yamlsafe import parse_yaml

    if filename.lower().endswith(".json"):
        return parse_json(text)
    if text.lstrip().startswith("{"):
        parsed = parse_json(text)
        if not parsed.problems:
            return parsed
    return parse_yaml(text)


def check_text(data: str | bytes, filename: str = "<string>") -> LoadReport:
    """Parse and validate a framework document given as text or bytes. Never raises."""
    text = _decode(data, filename)
    if isinstance(text, LoadReport):
        return text
    if len(text) * 4 > MAX_FILE_BYTES and len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
        return _failure(filename, 0, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    parsed = _parse(text, filename)
    if parsed.problems:
        return LoadReport(
            None, tuple(Problem(filename, line, "", message) for line, message in parsed.problems)
        )
    from cxcareer.framework.checker import Checker
    from cxcareer.framework.validate import validate_document

    check = Checker(filename, parsed.lines)
    try:
        framework = validate_document(parsed.value, check)
    except RecursionError:
        return _failure(filename, 0, "the document is nested too deeply")
    ordered = sorted(check.problems, key=lambda problem: problem.line)
    return LoadReport(framework, tuple(ordered))


def check_file(path: str | os.PathLike[str]) -> LoadReport:
    """Read, parse and validate a framework file. Never raises: I/O problems become problems."""
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > MAX_FILE_BYTES:
            return _failure(
                name,
                0,
                f"the file is larger than {MAX_FILE_BYTES // 2**20} MB "
                f"({size} bytes); framework files are much smaller",
            )
        with open(name, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        return _failure(name, 0, "this is a folder, not a framework file")
    except FileNotFoundError:
        return _failure(name, 0, "no such file")
    except OSError as error:
        return _failure(name, 0, f"cannot read the file: {error.strerror or error}")
    return check_text(data, name)


def _loaded(report: LoadReport) -> Framework:
    if report.framework is None or report.errors:
        raise FrameworkInvalid(report.problems)
    return report.framework


def load_text(data: str | bytes, filename: str = "<string>") -> Framework:
    """Like :func:`check_text`, but returns the framework or raises :class:`FrameworkInvalid`."""
    return _loaded(check_text(data, filename))


def load_file(path: str | os.PathLike[str]) -> Framework:
    """Like :func:`check_file`, but returns the framework or raises :class:`FrameworkInvalid`."""
    return _loaded(check_file(Path(path)))
