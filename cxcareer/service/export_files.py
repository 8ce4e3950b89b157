"""Where an export may write, as the faces ask it: the store's one rule, through the service.

Why a service module: the CLI and the app check a name before anything is written (a plain
message, not an export half done) and their own writers (the PDF pack, the map, the heat-map)
write through the same safe steps; the rule itself is the store's
(:mod:`cxcareer.store.write_target`), whose writers (bundle, CSV) use it too. The faces use the
store's records and errors only, so they reach it here.
"""

from __future__ import annotations

from cxcareer.store.write_target import check_target, write_target

__all__ = ["check_target", "write_target"]
