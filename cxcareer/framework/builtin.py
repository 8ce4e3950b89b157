"""The framework shipped with cxcareer (``resources/frameworks/cx-support.yaml``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cxcareer.framework.cache import parse_framework
from cxcareer.framework.model import Framework
from cxcareer.resources import resource_path

__all__ = ["BUILTIN_ID", "builtin_bytes", "builtin_path", "load_builtin"]

#: The id of the built-in framework.
BUILTIN_ID = "cx-support"


def builtin_path() -> Path:
    """Where the built-in framework file is installed."""
    return resource_path("frameworks", f"{BUILTIN_ID}.yaml")


def builtin_bytes() -> bytes:
    """The built-in framework file's exact bytes (the store keeps them as a version)."""
    return builtin_path().read_bytes()


@cache
def load_builtin() -> Framework:
    """The built-in framework, parsed once per process (or read from the framework cache)."""
    return parse_framework(builtin_bytes(), str(builtin_path()))
