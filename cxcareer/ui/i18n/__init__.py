"""Translations at run time: which compiled catalogs to load, compiling one when needed.

Only :mod:`cxcareer.ui.i18n.loader` imports Qt. The other modules use the standard library alone,
so the wheel build hook (``hatch_build.py``) and the tooling in ``tools/i18n`` (checking,
extracting and compiling every catalog, which the running app never needs) can use them before
Qt is importable.
"""
