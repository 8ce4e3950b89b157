"""The career engine: a NetworkX graph of roles and moves, and what a person can do on it.

Build the graph once with :func:`build_graph`, then ask it questions; every function takes the
graph first and a person's skill levels (skill id -> level, 0 when not given). No Qt, no database.
"""

from cxcareer.graph.build import build_graph, framework_of
from cxcareer.graph.errors import GraphError, InvalidLevelError
from cxcareer.graph.level_changes import what_if
from cxcareer.graph.levels import Levels, check_levels
from cxcareer.graph.next_moves import next_moves
from cxcareer.graph.path_search import MAX_EXPANSIONS, paths
from cxcareer.graph.readiness import READINESS_FORMULA, gap, readiness
from cxcareer.graph.results import (
    CareerPath,
    MissingSkill,
    NextMove,
    ReadinessChange,
    RoleGap,
    WhatIf,
    unrated_count,
)

__all__ = [
    "MAX_EXPANSIONS",
    "READINESS_FORMULA",
    "CareerPath",
    "GraphError",
    "InvalidLevelError",
    "Levels",
    "MissingSkill",
    "NextMove",
    "ReadinessChange",
    "RoleGap",
    "WhatIf",
    "build_graph",
    "check_levels",
    "framework_of",
    "gap",
    "next_moves",
    "paths",
    "readiness",
    "unrated_count",
    "what_if",
]
