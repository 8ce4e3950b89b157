"""Wheel build hook: compile ``resources/translations/*.ts`` into ``.qm`` before packing.

Why compile beside the ``.ts``: the wheel already takes the whole ``resources`` folder as
``cxcareer/resources`` (``force-include`` in ``pyproject.toml``), so catalogs written there ship
without a second mapping that could clash with a developer's own build. Only missing or
outdated catalogs are compiled, by the same build tool developers and CI run
(``python -m tools.i18n.build``, outside the package: the app does not need it). lrelease
comes from PySide6-Essentials, which ``[build-system] requires`` installs into the build
environment.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    """Compiles translation catalogs for the wheel (and editable wheel) targets."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        source = root / "resources" / "translations"
        if not source.is_dir():
            return
        sys.path.insert(0, str(root))
        try:
            build = importlib.import_module("tools.i18n.build")
            built = build.build_translations(source)
        finally:
            sys.path.remove(str(root))
        for qm in built:
            self.app.display_info(f"compiled {qm.relative_to(root)}")
