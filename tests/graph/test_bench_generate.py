"""The benchmark generator keeps the promises the benchmark relies on."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import yaml

from bench.generate import generate_document, to_framework, write_files
from cxcareer.framework import MoveKind
from cxcareer.graph import build_graph


def test_generated_document_is_deterministic_and_well_formed(tmp_path: Path) -> None:
    doc = generate_document(roles=200, skills=60, moves=900, seed=3)
    assert doc == generate_document(roles=200, skills=60, moves=900, seed=3)
    assert doc != generate_document(roles=200, skills=60, moves=900, seed=4)
    assert (len(doc["roles"]), len(doc["skills"]), len(doc["transitions"])) == (200, 60, 900)
    assert {r["level"] for r in doc["roles"]} == set(range(1, 8))
    assert all(5 <= len(r["requires"]) <= 15 for r in doc["roles"])

    framework = to_framework(doc)
    G = build_graph(framework)
    assert G.number_of_edges() == 900  # no duplicate moves, no self-moves
    level = {r.id: r.level for r in framework.roles.values()}
    promotions = nx.DiGraph()
    for move in framework.transitions:
        if move.kind is MoveKind.PROMOTION:
            assert level[move.target] > level[move.source]
            promotions.add_edge(move.source, move.target)
        else:
            assert level[move.target] == level[move.source]
    assert nx.is_directed_acyclic_graph(promotions)

    json_path, yaml_path = write_files(doc, tmp_path)
    assert json.loads(json_path.read_text(encoding="utf-8"))["roles"] == doc["roles"]
    assert (
        yaml.safe_load(yaml_path.read_text(encoding="utf-8"))["transitions"] == doc["transitions"]
    )
