"""A small framework written for exact expectations, and a runner for the real CLI process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SMALL = """\
format: cxcareer/framework@1
id: tiny
version: "1"
name: {en: Tiny ladder, pt-BR: Escada mínima}
tracks:
  - {id: desk, name: {en: Desk, pt-BR: Balcão}}
skills:
  - id: talk
    name: {en: Talking, pt-BR: Conversa}
    levels: {1: {en: a, pt-BR: a}, 2: {en: b, pt-BR: b}, 3: {en: c, pt-BR: c}}
  - id: fix
    name: {en: Fixing, pt-BR: Conserto}
    levels: {1: {en: a, pt-BR: a}, 2: {en: b, pt-BR: b}, 3: {en: c, pt-BR: c}}
roles:
  - id: agent
    title: {en: Agent, pt-BR: Agente}
    level: 1
    track: desk
    entry: true
    requires: {talk: 1}
  - id: senior-agent
    title: {en: Senior agent, pt-BR: Agente sênior}
    level: 2
    track: desk
    requires: {talk: 2, fix: {level: 2, weight: 3}}
  - id: lead
    title: {en: Lead, pt-BR: Líder}
    level: 3
    track: desk
    requires: {talk: 3, fix: 3}
  - id: fixer
    title: {en: Fixer, pt-BR: Consertador}
    level: 2
    track: desk
    requires: {fix: 2}
  - id: hermit
    title: {en: Hermit, pt-BR: Eremita}
    level: 1
    entry: true
  - id: island
    title: {en: Island, pt-BR: Ilha}
    level: 2
transitions:
  - {from: agent, to: senior-agent, kind: promotion, months: 12}
  - {from: agent, to: fixer, kind: lateral, months: 3}
  - {from: senior-agent, to: lead, kind: promotion, months: 24}
  - {from: fixer, to: lead, kind: promotion, months: 30}
"""


@pytest.fixture
def small_framework(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def run_cli(
    *args: str, lang: str = "en_US.UTF-8", extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m cxcareer ARGS`` in a real process with a fixed locale (and ``extra_env``)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update({"LANG": lang, "LANGUAGE": "", "PYTHONIOENCODING": "utf-8", **(extra_env or {})})
    env.pop("CXCAREER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "cxcareer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
