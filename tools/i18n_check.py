"""CI gate for translations: ``python tools/i18n_check.py`` (exit status 1 lists what to fix).

Fails when ``lupdate`` finds a string in ``cxcareer/ui`` that is missing from its area's
``resources/translations/<area>_pt_BR.ts``, when an area with strings has no ``.ts``, or when a
pt-BR entry is unfinished, empty or breaks its placeholders. The logic lives in
:mod:`tools.i18n.check`, typed and tested with the rest of the tooling.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.i18n.check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(root=ROOT))
