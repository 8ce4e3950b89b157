"""The PySide6 desktop interface: the only package that imports Qt."""

from cxcareer.ui.qt_workarounds import make_singletons_immortal

make_singletons_immortal()
