"""Application services for the desktop app: everything a screen computes, without Qt.

Why a layer of its own: the PySide6 code stays thin and every rule a person can see — readiness,
ladder layout, table rows, meeting changes, report content, the demo team — is tested here
without a window. Nothing in this package imports Qt (import-linter checks it).
"""
