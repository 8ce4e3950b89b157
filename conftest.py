"""What ``python -m pytest`` collects across the checkout: ``tests/`` and the package's
docstring examples (``testpaths`` and ``--doctest-modules`` in ``pyproject.toml``).

Why these are left out: ``cxcareer/store/migrations/env.py`` is Alembic's environment script.
It only runs inside an Alembic command (it reads ``alembic.context.config`` as it is imported),
so importing it on its own to look for examples fails, and it has none; the migrations are
tested through ``tests/store``.
"""

from __future__ import annotations

collect_ignore = ["cxcareer/store/migrations/env.py"]
