"""Does every translatable string in the code have a finished pt-BR translation? (CI gate)

For each area (see :mod:`tools.i18n.areas`) lupdate extracts the strings of the code into
a fresh temporary ``.ts``; that is compared with the committed ``resources/translations`` file
by the key Qt looks up at run time (context, source, disambiguation). A fresh extraction rather
than lupdate merging into a copy keeps lupdate's fuzzy "same text" guesses out of the answer.

Problems (exit status 1): an area with strings but no ``.ts``; a string missing from the
``.ts``; an unfinished or empty translation; a translation whose placeholders or ``&``
accelerator do not match its source; a context lupdate mis-read (see :data:`ODD_CONTEXT`); a
literal passed to a translate helper lupdate cannot follow (see
:mod:`tools.i18n.hidden_strings`); a ``.ts`` for an area that does not exist. Strings in
the ``.ts`` that the code no longer has are reported as notes only. ``tools/i18n_check.py`` is
the command-line entry.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cxcareer.ui.i18n.linguist import LinguistError
from cxcareer.ui.i18n.qm_files import catalog_sources, file_suffix
from tools.i18n.areas import extract, ts_path, ui_areas
from tools.i18n.hidden_strings import hidden_strings
from tools.i18n.text_checks import translation_problems
from tools.i18n.ts_file import Message, MessageKey, TsFormatError, read_ts

__all__ = ["ODD_CONTEXT", "CheckReport", "Problem", "check_translations", "format_report"]

ODD_CONTEXT = (
    "lupdate filed this self.tr() under context {context!r}; Qt looks it up under the class "
    "name, so it would never be translated. lupdate does this to a self.tr() that follows a "
    "QCoreApplication.translate() in the same expression or after one used as a bare statement: "
    "use QCoreApplication.translate() with an explicit context there too, or split the code."
)


@dataclass(frozen=True)
class Problem:
    """One reason the translations are not ready."""

    area: str
    kind: str
    """missing-file, missing, unfinished, mismatch, odd-context, hidden, orphan or unreadable."""
    where: str
    """A source location (``path:line``) or the ``.ts`` file."""
    detail: str


@dataclass(frozen=True)
class CheckReport:
    """What :func:`check_translations` found."""

    problems: tuple[Problem, ...]
    notes: tuple[str, ...]
    areas: tuple[str, ...]
    """Areas that have translatable strings."""
    strings: int
    """Translatable strings found in the code."""

    @property
    def ok(self) -> bool:
        """True when CI should pass."""
        return not self.problems


def _where(message: Message, base: Path, root: Path) -> str:
    if not message.locations:
        return "?"
    name, line = message.locations[0]
    path = (base / name).resolve()
    shown = path.relative_to(root) if path.is_relative_to(root) else path
    return f"{shown}:{line}"


def _label(message: Message) -> str:
    comment = f" ({message.comment})" if message.comment else ""
    return f"[{message.context}] {message.source!r}{comment}"


def _relative(path: Path, root: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(root)) if resolved.is_relative_to(root) else str(path)


def _check_area(
    area: str, files: list[Path], committed_ts: Path, scratch: Path, root: Path, lang: str
) -> tuple[list[Problem], list[str], int]:
    problems: list[Problem] = [
        Problem(area, "hidden", f"{_relative(path, root)}:{hidden.line}", hidden.advice())
        for path in files
        for hidden in hidden_strings(path)
    ]
    notes: list[str] = []
    fresh = scratch / committed_ts.name
    output = extract(files, fresh, lang=lang)
    notes.extend(
        f"{area}: lupdate: {line.strip()}" for line in output.splitlines() if "arning" in line
    )
    extracted = read_ts(fresh) if fresh.exists() else []
    if not extracted:
        return problems, notes, 0
    for message in extracted:
        if "." in message.context or not message.context:
            where = _where(message, fresh.parent, root)
            detail = f"{_label(message)}: " + ODD_CONTEXT.format(context=message.context)
            problems.append(Problem(area, "odd-context", where, detail))
    shown_ts = _relative(committed_ts, root)
    if not committed_ts.exists():
        detail = (
            f"{len(extracted)} translatable string(s) but no {shown_ts}; create it with "
            f"'python -m tools.i18n.update {area}' and translate it"
        )
        problems.append(Problem(area, "missing-file", shown_ts, detail))
        return problems, notes, len(extracted)
    try:
        committed = [m for m in read_ts(committed_ts) if m.active]
    except TsFormatError as error:
        problems.append(Problem(area, "unreadable", shown_ts, str(error)))
        return problems, notes, len(extracted)
    by_key: dict[MessageKey, Message] = {m.key: m for m in committed}
    wanted = {m.key for m in extracted}
    for message in extracted:
        if message.key not in by_key:
            where = _where(message, fresh.parent, root)
            problems.append(Problem(area, "missing", where, f"{_label(message)} not in {shown_ts}"))
    for message in committed:
        if message.key not in wanted:
            notes.append(f"{area}: {_label(message)} is in {shown_ts} but no longer in the code")
            continue
        if not message.finished:
            problems.append(
                Problem(area, "unfinished", shown_ts, f"{_label(message)} is not translated")
            )
            continue
        problems.extend(
            Problem(area, "mismatch", shown_ts, f"{_label(message)}: {text}")
            for text in translation_problems(message)
        )
    return problems, notes, len(extracted)


def check_translations(
    ui_dir: Path, translations_dir: Path, *, root: Path | None = None, lang: str = "pt-BR"
) -> CheckReport:
    """Compare the code under ``ui_dir`` with the ``.ts`` files in ``translations_dir``.

    Args:
        ui_dir: the ``cxcareer/ui`` folder.
        translations_dir: the ``resources/translations`` folder.
        root: paths in the report are shown relative to it (default: ``ui_dir``'s grandparent).
        lang: the language to check.

    Raises:
        ToolNotFound, LinguistError: when lupdate is missing or fails.
    """
    base = (root or ui_dir.parent.parent).resolve()
    problems: list[Problem] = []
    notes: list[str] = []
    with_strings: list[str] = []
    strings = 0
    areas = ui_areas(ui_dir)
    with tempfile.TemporaryDirectory(prefix="cxcareer-i18n-") as scratch:
        for area, files in areas.items():
            committed_ts = ts_path(translations_dir, area, lang)
            found, said, count = _check_area(area, files, committed_ts, Path(scratch), base, lang)
            problems.extend(found)
            notes.extend(said)
            strings += count
            if count:
                with_strings.append(area)
    suffix = f"_{file_suffix(lang)}"
    for ts in catalog_sources(translations_dir, lang):
        area = ts.stem.removesuffix(suffix)
        if area not in areas:
            detail = f"no area {area!r} under {_relative(ui_dir, base)} for this file"
            problems.append(Problem(area, "orphan", _relative(ts, base), detail))
    return CheckReport(tuple(problems), tuple(notes), tuple(with_strings), strings)


def format_report(report: CheckReport) -> str:
    """The report as plain text, problems grouped by area, then notes."""
    lines: list[str] = []
    if report.ok:
        lines.append(
            f"i18n check: OK, {report.strings} string(s) in {len(report.areas)} area(s) "
            "are all translated"
        )
    else:
        lines.append(f"i18n check: {len(report.problems)} problem(s)")
        areas: list[str] = []
        for problem in report.problems:
            if problem.area not in areas:
                areas.append(problem.area)
        for area in areas:
            lines.append(f"\n{area}:")
            for problem in report.problems:
                if problem.area == area:
                    lines.append(f"  {problem.kind:<12} {problem.where}  {problem.detail}")
        lines.append(
            "\nFix: 'python -m tools.i18n.update AREA' adds new strings to the .ts file; "
            'translate them (pyside6-linguist, or by hand) and remove type="unfinished".'
        )
    if report.notes:
        lines.append("\nnotes:")
        lines.extend(f"  {note}" for note in report.notes)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, *, root: Path | None = None) -> int:
    """Command line used by ``tools/i18n_check.py``: 0 when ready, 1 with the list otherwise."""
    parser = argparse.ArgumentParser(
        prog="tools/i18n_check.py",
        description="Fail when a translatable string lacks a finished pt-BR translation.",
    )
    default_root = root or Path(__file__).resolve().parents[2]
    parser.add_argument("--root", type=Path, default=default_root, help="the source checkout")
    args = parser.parse_args(argv)
    checkout = args.root.resolve()
    try:
        report = check_translations(
            checkout / "cxcareer" / "ui", checkout / "resources" / "translations", root=checkout
        )
    except (LinguistError, OSError) as error:
        print(f"i18n check: {error}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0 if report.ok else 1
