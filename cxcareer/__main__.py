"""Allow ``python -m cxcareer`` (the app, or the CLI when a subcommand is given)."""

from cxcareer.launcher import main

raise SystemExit(main())
