"""Reading .ts files: keys, plural forms, unfinished and obsolete entries, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.i18n.ts_file import TsFormatError, read_ts

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Page</name>
    <message>
        <location filename="../../cxcareer/ui/x/page.py" line="12"/>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n habilidade</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Sumiu</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_reads_every_kind_of_entry(tmp_path: Path) -> None:
    path = tmp_path / "x_pt_BR.ts"
    path.write_text(SAMPLE, encoding="utf-8")
    opened, plural, gone, new = read_ts(path)
    assert opened.key == ("Page", "Open", "verb")
    assert opened.locations == (("../../cxcareer/ui/x/page.py", 12),)
    assert opened.finished
    assert plural.numerus
    assert plural.translations == ("%n habilidade", "")
    assert not plural.finished  # one plural form is empty
    assert not gone.active
    assert gone.status == "vanished"
    assert new.active
    assert not new.finished


@pytest.mark.parametrize(
    ("content", "message"),
    [("<TS><context>", "not a valid .ts file"), ("<html/>", "root element <html>")],
)
def test_bad_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.ts"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TsFormatError, match=message):
        read_ts(path)
