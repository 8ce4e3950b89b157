"""Checks over the whole ladder, run once every field is valid.

Errors: promotions forming a cycle (a promotion must lead somewhere new). Warnings: roles no
entry role can reach, and requirement levels the skill does not describe — both leave the file
usable but usually mean something was forgotten.
"""

from __future__ import annotations

from collections import deque

from cxcareer.framework.checker import Checker, Path
from cxcareer.framework.model import Framework, MoveKind, RoleId

__all__ = ["check_ladder", "promotion_cycle"]


def promotion_cycle(framework: Framework) -> list[RoleId] | None:
    """One cycle of promotions (first role repeated at the end), or None.

    Iterative three-colour depth-first search, so a ladder of thousands of roles cannot exhaust
    the recursion limit.
    """
    promotions: dict[RoleId, list[RoleId]] = {role: [] for role in framework.roles}
    for move in framework.transitions:
        if move.kind is MoveKind.PROMOTION:
            promotions[move.source].append(move.target)
    state: dict[RoleId, int] = {}  # 1 = on the current path, 2 = finished
    for start in promotions:
        if start in state:
            continue
        stack = [(start, iter(promotions[start]))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            for child in children:
                if state.get(child) == 1:
                    return [*path[path.index(child) :], child]
                if child not in state:
                    state[child] = 1
                    path.append(child)
                    stack.append((child, iter(promotions[child])))
                    break
            else:
                state[node] = 2
                path.pop()
                stack.pop()
    return None


def _reachable(framework: Framework) -> set[RoleId]:
    moves: dict[RoleId, list[RoleId]] = {role: [] for role in framework.roles}
    for move in framework.transitions:
        moves[move.source].append(move.target)
    seen = {role.id for role in framework.entry_roles()}
    queue = deque(seen)
    while queue:
        for nxt in moves[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def check_ladder(
    framework: Framework, move_paths: dict[tuple[RoleId, RoleId], Path], check: Checker
) -> None:
    """Report promotion cycles (errors), unreachable roles and undescribed levels (warnings)."""
    cycle = promotion_cycle(framework)
    if cycle:
        shown = " → ".join(cycle)
        check.error(move_paths[(cycle[0], cycle[1])], f"promotions form a cycle: {shown}")
    role_index = {role_id: index for index, role_id in enumerate(framework.roles)}
    if not framework.entry_roles():
        check.warn(("roles",), "no role is marked 'entry: true', so nobody can start anywhere")
    else:
        reachable = _reachable(framework)
        for role_id in framework.roles:
            if role_id not in reachable:
                check.warn(
                    ("roles", role_index[role_id], "id"),
                    f"no entry role can reach '{role_id}' through the transitions",
                )
    for role_id, role in framework.roles.items():
        for req in role.requires:
            skill = framework.skills[req.skill]
            if req.level not in skill.levels:
                check.warn(
                    ("roles", role_index[role_id], "requires", req.skill),
                    f"skill '{req.skill}' has no descriptor for level {req.level}",
                )
