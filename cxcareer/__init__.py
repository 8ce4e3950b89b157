"""cxcareer: offline career planning for customer support and customer experience people.

The package is layered so the desktop app stays thin: ``cxcareer.framework`` (career framework
types, loading, validation) at the core, ``cxcareer.graph`` (the NetworkX career engine) above it,
then the store, the CLI and finally ``cxcareer.ui`` (the only package that imports Qt).
"""

__version__ = "0.1.0"
