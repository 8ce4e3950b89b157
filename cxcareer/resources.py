"""Where the data shipped with the app (built-in frameworks, icons, translations) lives.

``resources/`` sits at the top of the source tree and is installed as ``cxcareer/resources``
inside the wheel (see ``pyproject.toml``). Both places are looked up so the same code works in a
source checkout, an editable install and a normal install.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["resource_path", "resources_root"]


@cache
def resources_root() -> Path:
    """The folder holding the shipped resources.

    Raises:
        FileNotFoundError: when neither the installed nor the source-tree folder exists, which
            means a broken installation.
    """
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if (candidate / "frameworks").is_dir():
            return candidate
    raise FileNotFoundError(
        f"cxcareer's resources folder is missing (looked in {package_dir / 'resources'} and "
        f"{package_dir.parent / 'resources'}); reinstall the package"
    )


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("frameworks", "x.yaml")``."""
    return resources_root().joinpath(*parts)
