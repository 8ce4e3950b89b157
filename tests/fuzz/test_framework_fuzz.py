"""1,200 bombed copies of the built-in framework: each refused with located errors, quickly.

Issue 13, "done when": a fuzz test of 1,000+ framework files never reaches the internal-error
path and finishes each file within 5 s. The bombs are in :mod:`tests.fuzz.bombs`; every one is
certain to make the file invalid, so each file must come back as :class:`FrameworkInvalid`
(nothing else), with every problem on a real line and no message repeating a bomb.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import pytest

from cxcareer.cli import main
from cxcareer.framework import FrameworkInvalid, load_text
from tests.fuzz.bombs import bombed_framework

FILES = 1200
PER_FILE_SECONDS = 5.0


@pytest.mark.slow
def test_bombed_frameworks_are_refused_with_lines_within_5_s_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(20261202)
    seen: Counter[str] = Counter()
    slowest = 0.0
    for index in range(FILES):
        kind = "json" if index % 2 else "yaml"
        text, names = bombed_framework(rng, kind)
        seen.update(names)
        name = f"fuzz-{index}.{kind}"
        started = time.monotonic()
        with pytest.raises(FrameworkInvalid) as caught:
            load_text(text, name)
        elapsed = time.monotonic() - started
        slowest = max(slowest, elapsed)
        assert elapsed < PER_FILE_SECONDS, (index, names, elapsed)
        assert caught.value.errors, (index, names)
        last_line = text.count("\n") + 1
        for problem in caught.value.problems:
            assert 1 <= problem.line <= last_line, (index, names, str(problem)[:300])
            assert len(problem.message) < 400, (index, names, problem.message[:300])
        if index % 100 == 0:  # and through the CLI: a plain refusal, never "internal error"
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            assert main(["framework", "check", str(path), "--lang", "en"]) == 1
            said = capsys.readouterr()
            assert "internal error" not in said.err
            assert "Traceback" not in said.err
    assert set(seen) == {
        "scale",
        "huge_number",
        "not_a_number",
        "deep",
        "long_text",
        "huge_list",
        "cycle",
        "wrong_type",
        "hidden_character",
        "duplicate_key",
    }
    print(f"{FILES} files, slowest {slowest:.2f} s")
