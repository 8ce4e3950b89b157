"""Turn a parsed framework document into a :class:`Framework`, reporting every problem at once.

The field checks are in :mod:`~cxcareer.framework.validate_fields` and
:mod:`~cxcareer.framework.validate_roles`; the whole-ladder checks
(promotion cycles, reachability, descriptors) are in :mod:`cxcareer.framework.ladder_checks`.
The cycle check runs on every file, over the moves that could be read, so a cycle is reported
alongside any other error. A :class:`Framework` is built only when no error was found; the
bounds every value must keep are in :mod:`cxcareer.framework.limits`.
"""

from __future__ import annotations

from typing import Any

from cxcareer.framework.checker import Checker, shown
from cxcareer.framework.ladder_checks import check_ladder, report_promotion_cycle
from cxcareer.framework.model import FORMAT, Framework
from cxcareer.framework.text import Text
from cxcareer.framework.validate_fields import (
    check_scale,
    check_skills,
    check_tracks,
    check_version,
    declared_ids,
)
from cxcareer.framework.validate_roles import check_roles, check_transitions

__all__ = ["validate_document"]

_TOP_REQUIRED = ("format", "id", "version", "name", "roles")
_TOP_OPTIONAL = ("description", "source", "scale", "tracks", "skills", "transitions")


def validate_document(doc: Any, check: Checker) -> Framework | None:
    """Check ``doc`` (already parsed) and build the framework, or return None on any error."""
    top = check.mapping(doc, (), _TOP_REQUIRED, _TOP_OPTIONAL)
    if top is None:
        return None
    if "format" in top and top["format"] != FORMAT:
        check.error(("format",), f"expected '{FORMAT}', found {shown(top['format'])}")
    framework_id = check.identifier(top["id"], ("id",)) if "id" in top else None
    version = check_version(top["version"], check) if "version" in top else None
    name = check.text(top["name"], ("name",)) if "name" in top else None
    scale = check_scale(top.get("scale"), check)
    tracks = check_tracks(top.get("tracks", []), check)
    skills = check_skills(top.get("skills", []), scale, check)
    declared_skills = declared_ids(top.get("skills"))
    roles = check_roles(
        top.get("roles", []), scale, declared_ids(top.get("tracks")), skills, declared_skills, check
    )
    transitions = check_transitions(
        top.get("transitions", []), declared_ids(top.get("roles")), check
    )
    if "roles" in top and isinstance(top["roles"], list) and not top["roles"]:
        check.error(("roles",), "at least one role is required")
    report_promotion_cycle(transitions, check)
    if check.failed:
        return None
    framework = Framework(
        id=framework_id or "",
        version=str(version),
        name=name or Text(),
        roles=roles,
        skills=skills,
        tracks=tracks,
        transitions=tuple(move for move, _ in transitions.values()),
        scale=scale,
        description=check.optional_text(top, "description", ()),
        source=check.optional_text(top, "source", ()),
    )
    check_ladder(framework, check)
    return framework
