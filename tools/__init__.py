"""Development and CI tooling for cxcareer: run from a source checkout, never shipped.

Why outside the package: checking and refreshing the translation sources and compiling every
catalog at once are jobs for developers, CI and the wheel build, not for the running app; the
wheel ships only ``cxcareer`` (see ``pyproject.toml``).
"""
