"""Allow ``python -m cxcareer``."""

from cxcareer.cli import main

raise SystemExit(main())
