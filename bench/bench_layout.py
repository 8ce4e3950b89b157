"""How long the ladder map's layout takes for 200 and 2,000 roles.

Run ``python -m bench.bench_layout``. The layout is recomputed whenever the framework or the
language changes, so it must stay well under the time a person notices (about 100 ms) for a real
framework, and reasonable for a huge generated one.
"""

from __future__ import annotations

import time

from bench.generate import generate_document, to_framework
from cxcareer.service.ladder_layout import layout_ladder

__all__ = ["main"]


def main() -> None:
    """Print the best of three layout times for each size."""
    for roles, moves in ((200, 1000), (2000, 10000)):
        framework = to_framework(
            generate_document(roles=roles, skills=min(500, roles), moves=moves, seed=7)
        )
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            layout = layout_ladder(framework)
            best = min(best, time.perf_counter() - started)
        print(
            f"layout {roles:>5} roles, {len(layout.edges):>6} moves: {best * 1000:8.1f} ms "
            f"({layout.width:.0f} x {layout.height:.0f} px)"
        )


if __name__ == "__main__":
    main()
