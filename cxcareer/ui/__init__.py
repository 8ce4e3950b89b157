"""The PySide6 desktop interface: the only package that imports Qt."""

from cxcareer.ui.qt_workarounds import make_bools_immortal

make_bools_immortal()
