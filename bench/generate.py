"""A deterministic, seeded generator of large ``cxcareer/framework@1`` documents for benchmarks.

The default document has 2,000 roles over 10 tracks and 7 levels, 500 skills and 10,000 moves.
Every role asks for 5-15 skills (about one in ten weighted), drawn mostly from its track's own
pool, at levels that grow with the role's level. Promotions only go one or two levels up (so
promotions form no cycle); lateral moves stay within a level, usually to another track.

>>> doc = generate_document(roles=40, skills=30, moves=120, seed=1)
>>> len(doc["roles"]), len(doc["skills"]), len(doc["transitions"])
(40, 30, 120)
>>> generate_document(roles=40, skills=30, moves=120, seed=1) == doc
True
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import yaml

from cxcareer.framework.model import (
    Framework,
    MoveKind,
    Requirement,
    Role,
    RoleId,
    Scale,
    Skill,
    SkillId,
    Tier,
    Track,
    TrackId,
    Transition,
)
from cxcareer.framework.text import Text

__all__ = ["generate_document", "to_framework", "write_files"]

Document = dict[str, Any]
LEVELS = 7


def _tier(level: int) -> str:
    if level <= 2:
        return Tier.OPERATIONAL.value
    return Tier.TACTICAL.value if level <= 5 else Tier.STRATEGIC.value


def generate_document(
    *, roles: int = 2000, skills: int = 500, moves: int = 10000, tracks: int = 10, seed: int = 7
) -> Document:
    """A framework document as plain JSON-compatible data (same seed, same document)."""
    rng = random.Random(seed)
    track_ids = [f"track-{t:02d}" for t in range(tracks)]
    skill_ids = [f"skill-{s:03d}" for s in range(skills)]
    pools = {t: skill_ids[i::tracks] for i, t in enumerate(track_ids)}
    role_docs: list[Document] = []
    cells: dict[tuple[int, str], list[str]] = {}
    for i in range(roles):
        track = track_ids[i % tracks]
        level = (i // tracks) % LEVELS + 1
        role_id = f"role-{i:04d}"
        cells.setdefault((level, track), []).append(role_id)
        chosen: dict[str, int | dict[str, float]] = {}
        for _ in range(rng.randint(5, 15)):
            pool = pools[track] if rng.random() < 0.8 else skill_ids
            skill = rng.choice(pool)
            need = max(1, min(LEVELS, level + rng.randint(-2, 1)))
            weighted = rng.random() < 0.1
            chosen[skill] = {"level": need, "weight": rng.choice([0.5, 2.0])} if weighted else need
        while len(chosen) < 5:
            chosen[rng.choice(skill_ids)] = max(1, level - 1)
        role_docs.append(
            {
                "id": role_id,
                "title": f"Role {i} ({track}, level {level})",
                "level": level,
                "track": track,
                "tier": _tier(level),
                "entry": level == 1,
                "requires": chosen,
            }
        )
    by_level = {lv: [r["id"] for r in role_docs if r["level"] == lv] for lv in range(1, 8)}
    level_of = {r["id"]: r["level"] for r in role_docs}
    track_of = {r["id"]: r["track"] for r in role_docs}
    seen: set[tuple[str, str]] = set()
    move_docs: list[Document] = []
    while len(move_docs) < moves:
        source = rng.choice(role_docs)["id"]
        level, track = level_of[source], track_of[source]
        if rng.random() < 0.7 and level < LEVELS:
            kind = MoveKind.PROMOTION.value
            up = level + (1 if rng.random() < 0.85 or level == LEVELS - 1 else 2)
            if not by_level.get(up):
                continue
            same = cells.get((up, track), [])
            target = rng.choice(same if same and rng.random() < 0.7 else by_level[up])
            months: int | None = rng.randint(12, 36)
        else:
            kind = MoveKind.LATERAL.value
            target = rng.choice(by_level[level])
            months = rng.randint(0, 12)
        if target == source or (source, target) in seen:
            continue
        seen.add((source, target))
        move = {"from": source, "to": target, "kind": kind, "months": months}
        if rng.random() < 0.1:
            del move["months"]
        move_docs.append(move)
    return {
        "format": "cxcareer/framework@1",
        "id": f"bench-{seed}",
        "version": "1",
        "name": f"Benchmark framework (seed {seed})",
        "scale": {"min": 1, "max": LEVELS},
        "tracks": [{"id": t, "name": f"Track {t}"} for t in track_ids],
        "skills": [
            {"id": s, "name": f"Skill {s}", "levels": {lv: f"{s} at {lv}" for lv in (1, 4, 7)}}
            for s in skill_ids
        ],
        "roles": role_docs,
        "transitions": move_docs,
    }


def write_files(doc: Document, directory: Path) -> tuple[Path, Path]:
    """Write ``doc`` as ``framework.json`` and ``framework.yaml`` in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    json_path = directory / "framework.json"
    yaml_path = directory / "framework.yaml"
    json_path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    yaml_path.write_text(
        yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return json_path, yaml_path


def _requirement(skill: str, spec: int | dict[str, Any]) -> Requirement:
    if isinstance(spec, int):
        return Requirement(SkillId(skill), spec)
    return Requirement(SkillId(skill), int(spec["level"]), float(spec.get("weight", 1.0)))


def to_framework(doc: Document) -> Framework:
    """A bare dict -> dataclass conversion of a generated document, without validation.

    Only for timing the engine while (or where) the real loader is not wanted; it trusts the
    document completely.
    """
    scale = Scale(min=doc["scale"]["min"], max=doc["scale"]["max"])
    tracks = {
        TrackId(t["id"]): Track(TrackId(t["id"]), Text.plain(t["name"])) for t in doc["tracks"]
    }
    skills = {
        SkillId(s["id"]): Skill(
            SkillId(s["id"]),
            Text.plain(s["name"]),
            levels={int(k): Text.plain(v) for k, v in s.get("levels", {}).items()},
        )
        for s in doc["skills"]
    }
    roles = {
        RoleId(r["id"]): Role(
            id=RoleId(r["id"]),
            title=Text.plain(r["title"]),
            level=r["level"],
            track=TrackId(r["track"]),
            tier=Tier(r["tier"]),
            entry=r["entry"],
            requires=tuple(_requirement(s, spec) for s, spec in r["requires"].items()),
        )
        for r in doc["roles"]
    }
    moves = tuple(
        Transition(RoleId(m["from"]), RoleId(m["to"]), MoveKind(m["kind"]), m.get("months"))
        for m in doc["transitions"]
    )
    return Framework(
        id=doc["id"],
        version=doc["version"],
        name=Text.plain(doc["name"]),
        roles=roles,
        skills=skills,
        tracks=tracks,
        transitions=moves,
        scale=scale,
    )
