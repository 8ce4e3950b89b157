"""How wide a drop-down asks to be: room for a few characters, not for its longest entry.

Why one helper: Qt's default sizes a combo box to its longest entry, so one long role title,
level name or manager's name ("Gerente de Desempenho de Suporte ao Cliente (nível 5)") made
whole pages wider than a 1024-pixel screen in Portuguese. A box sized this way still grows with
the room its layout gives it; only when the window is narrow is a long entry elided in the box
(whole in its list).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

__all__ = ["ask_room_for"]


def ask_room_for(combo: QComboBox, characters: int) -> None:
    """Make ``combo`` ask for about ``characters`` average characters of width."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
