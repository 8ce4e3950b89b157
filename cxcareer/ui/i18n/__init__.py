"""Translations: finding Qt's Linguist tools, compiling ``.ts`` to ``.qm``, installing them.

Only :mod:`cxcareer.ui.i18n.loader` imports Qt. The other modules use the standard library alone,
so the wheel build hook (``hatch_build.py``) and ``tools/i18n_check.py`` can run them before Qt
is importable.
"""
