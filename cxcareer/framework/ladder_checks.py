"""Checks over the whole ladder.

Errors: promotions forming a cycle (a promotion must lead somewhere new) — checked on every
file, even one with other errors, over the moves that could be read
(:func:`report_promotion_cycle`), so one run reports every problem. Warnings: roles no
entry role can reach, and requirement levels the skill does not describe — both leave the file
usable but usually mean something was forgotten.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from cxcareer.framework.checker import Checker, Path
from cxcareer.framework.model import Framework, MoveKind, RoleId, Transition

__all__ = ["check_ladder", "promotion_cycle", "report_promotion_cycle"]


def promotion_cycle(moves: Iterable[Transition]) -> list[RoleId] | None:
    """One cycle of promotions among ``moves`` (first role repeated at the end), or None.

    Iterative three-colour depth-first search, so a ladder of thousands of roles cannot exhaust
    the recursion limit.
    """
    promotions: dict[RoleId, list[RoleId]] = {}
    for move in moves:
        if move.kind is MoveKind.PROMOTION:
            promotions.setdefault(move.source, []).append(move.target)
            promotions.setdefault(move.target, [])
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


def report_promotion_cycle(
    moves: dict[tuple[RoleId, RoleId], tuple[Transition, Path]], check: Checker
) -> None:
    """Report a promotion cycle among ``moves`` (each with its path) as an error."""
    cycle = promotion_cycle(move for move, _ in moves.values())
    if cycle:
        shown = " → ".join(cycle)
        check.error(moves[(cycle[0], cycle[1])][1], f"promotions form a cycle: {shown}")


def check_ladder(framework: Framework, check: Checker) -> None:
    """Report unreachable roles and undescribed levels (warnings) of a valid framework."""
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
