"""Translation tooling: extract strings (lupdate), check the ``.ts`` files, compile them all.

Commands (from the checkout): ``python tools/i18n_check.py`` (the CI gate),
``python -m tools.i18n.update [AREA ...]`` (refresh the ``.ts`` files from the code) and
``python -m tools.i18n.build`` (compile them). The runtime half — finding lrelease, compiling
one catalog, loading catalogs into Qt — stays in :mod:`cxcareer.ui.i18n`.
"""
