"""Suite-wide settings: headless Qt, and the guard that no test opens a network socket."""

from __future__ import annotations

import os

# Widgets are driven offscreen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests choose their language explicitly; never inherit the developer's locale by accident.
os.environ.setdefault("CXCAREER_DEBUG", "0")

pytest_plugins = ["tests.no_network"]
