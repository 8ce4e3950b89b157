"""Find strings that reach ``translate()`` through a helper lupdate cannot follow.

Why: a shortcut such as ``def _tr(text): return QCoreApplication.translate("app", text)`` works
at run time, but lupdate only extracts literal arguments of ``tr``/``translate`` themselves, so
every ``_tr("Quit")`` stays out of the ``.ts`` file and out of the check — the pt-BR app would
silently show English. This module spots such helpers and the literals passed to them.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

__all__ = ["HiddenString", "hidden_strings", "translate_helpers"]


@dataclass(frozen=True)
class HiddenString:
    """A literal handed to a translate helper."""

    line: int
    helper: str
    context: str
    text: str

    def advice(self) -> str:
        """How to make lupdate see it."""
        shown = self.text if len(self.text) <= 50 else self.text[:47] + "..."
        return (
            f"{shown!r} goes through {self.helper}(), which lupdate cannot see, so it is never "
            f"translated: write QCoreApplication.translate({self.context!r}, ...) there, or "
            f"{self.helper}(QT_TRANSLATE_NOOP({self.context!r}, ...))"
        )


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "translate"
    return isinstance(func, ast.Name) and func.id == "translate"


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def translate_helpers(tree: ast.AST) -> dict[str, str]:
    """Functions calling ``translate(<literal context>, <own parameter>)``: name → context."""
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {arg.arg for arg in node.args.args}
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and _is_translate(call.func)):
                continue
            if len(call.args) < 2:
                continue
            context = _literal(call.args[0])
            text = call.args[1]
            if context is not None and isinstance(text, ast.Name) and text.id in params:
                helpers[node.name] = context
    return helpers


def hidden_strings(path: Path) -> list[HiddenString]:
    """Literals passed to this module's translate helpers, in line order.

    A file that does not parse gives an empty list (the linters report it).
    """
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (SyntaxError, UnicodeDecodeError):
        return []
    helpers = translate_helpers(tree)
    if not helpers:
        return []
    found: list[HiddenString] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        context = helpers.get(node.func.id)
        text = _literal(node.args[0]) if node.args else None
        if context is not None and text is not None:
            found.append(HiddenString(node.lineno, node.func.id, context, text))
    return sorted(found, key=lambda hidden: hidden.line)
