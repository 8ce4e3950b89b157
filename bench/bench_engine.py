"""Speed figures for the career engine on a large generated framework.

Run ``python -m bench.bench_engine``. The framework (2,000 roles, 500 skills, 10,000 moves) comes
from :mod:`bench.generate` with a fixed seed, is written as JSON and YAML to a temporary folder
and loaded back with :func:`cxcareer.framework.load.load_file` (when the loader is present).
"""

from __future__ import annotations

import importlib
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import networkx as nx

from bench.generate import generate_document, to_framework, write_files
from cxcareer.framework.model import Framework, RoleId, SkillId
from cxcareer.graph import build_graph, next_moves, paths, readiness, what_if

__all__ = ["main"]

SEED = 7


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def _spread(label: str, samples: Sequence[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    print(f"{label:<44} median {_ms(median)}   p95 {_ms(p95)}   (n={len(ordered)})")


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _load_figures(json_path: Path, yaml_path: Path) -> Framework | None:
    try:
        load = importlib.import_module("cxcareer.framework.load")
    except ModuleNotFoundError:
        print("load + validate: skipped, cxcareer.framework.load is not there yet")
        return None
    loaded: Framework | None = None
    for label, path in (("JSON", json_path), ("YAML", yaml_path)):
        size = path.stat().st_size / 1024 / 1024
        start = time.perf_counter()
        loaded = load.load_file(path)
        seconds = time.perf_counter() - start
        print(f"{'load + validate ' + label + f' ({size:.1f} MB)':<44} {_ms(seconds)}")
    return loaded


def _levels_for(framework: Framework, role: RoleId) -> dict[SkillId, int]:
    """A person who meets every requirement of the role they hold."""
    return {req.skill: req.level for req in framework.roles[role].requires}


def _pairs(
    G: nx.DiGraph, framework: Framework, count: int, rng: random.Random
) -> list[tuple[RoleId, RoleId]]:
    roles = sorted(framework.roles)
    found: list[tuple[RoleId, RoleId]] = []
    while len(found) < count:
        source = rng.choice(roles)
        level = framework.roles[source].level
        far = sorted(r for r in nx.descendants(G, source) if framework.roles[r].level >= level + 2)
        if far:
            found.append((source, rng.choice(far)))
    return found


def main() -> None:
    rng = random.Random(SEED)
    doc = generate_document(seed=SEED)
    print(
        f"framework: {len(doc['roles'])} roles, {len(doc['skills'])} skills, "
        f"{len(doc['transitions'])} moves (seed {SEED})"
    )
    with tempfile.TemporaryDirectory() as folder:
        json_path, yaml_path = write_files(doc, Path(folder))
        loaded = _load_figures(json_path, yaml_path)
    framework = loaded if loaded is not None else to_framework(doc)

    start = time.perf_counter()
    G = build_graph(framework)
    print(f"{'build graph':<44} {_ms(time.perf_counter() - start)}")

    roles = sorted(framework.roles)
    sample = rng.sample(roles, 500)
    _spread(
        "next steps (per call)",
        [_timed(partial(next_moves, G, r, _levels_for(framework, r))) for r in sample],
    )

    levels = _levels_for(framework, roles[0])
    seconds = _timed(lambda: [readiness(G, r, levels) for r in roles])
    print(f"{f'readiness for every role ({len(roles)})':<44} {_ms(seconds)}")

    pairs = _pairs(G, framework, 50, rng)
    found: list[int] = []

    def best_three(source: RoleId, target: RoleId) -> None:
        found.append(len(paths(G, source, target, _levels_for(framework, source), k=3)))

    _spread("best path + 2 alternatives", [_timed(partial(best_three, *p)) for p in pairs])
    print(f"{'':<44} ({sum(found)} paths found for {len(pairs)} reachable pairs)")

    skills = sorted(framework.skills)
    samples = []
    for role in sample[:100]:
        base = _levels_for(framework, role)
        changes = {s: rng.randint(1, framework.scale.max) for s in rng.sample(skills, 3)}
        samples.append(_timed(partial(what_if, G, base, changes)))
    _spread("what-if (3 skills changed)", samples)


if __name__ == "__main__":
    main()
