"""The pack's body as the HTML subset QTextDocument lays out: headings, key facts, bordered tables.

Why HTML: QTextDocument breaks tables across pages and repeats their header rows by itself, so
a long comparison never loses its column names. Every text from the database goes through
:func:`html.escape`; nothing a person typed can change the layout. Pure Python, so the markup
is tested without painting.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from cxcareer.service.formats import format_date, format_months, format_number, percent
from cxcareer.service.readiness_words import readiness_label
from cxcareer.service.report_content import (
    FLAG_DIFFERENCE,
    ReportContent,
    TargetSection,
)
from cxcareer.service.texts import say, say_count
from cxcareer.ui.common.palette import PRINT

__all__ = ["ACCENT", "pack_html"]

#: The pack's one colour: headings and rules. All its colours are the print palette's.
ACCENT = PRINT.heading
_BORDER = PRINT.border
_HEAD_BG = PRINT.table_head_fill
_FLAG_BG = PRINT.flag_fill
_WARN = PRINT.error
_MUTED = PRINT.muted

#: Space after a table. Not a CSS margin on the table: Qt then lets the next line straddle a
#: page break (it is cut off on both pages).
_GAP = "<p style='margin: 0; font-size: 5pt;'>&nbsp;</p>"

_STYLE = f"""
h1 {{ color: {ACCENT}; font-size: 17pt; margin-bottom: 2px; }}
h2 {{ color: {ACCENT}; font-size: 12.5pt; margin-top: 16px; margin-bottom: 6px; }}
h3 {{ font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
th {{ background-color: {_HEAD_BG}; font-weight: bold; text-align: left; }}
.muted {{ color: {_MUTED}; }}
.warn {{ color: {_WARN}; font-weight: bold; }}
.private {{ color: {_WARN}; }}
"""


def pack_html(content: ReportContent) -> str:
    """The whole body of the pack (header and footer are painted on each page separately)."""
    lang = content.lang
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(say('pack_title', lang))}</h1>",
        f"<p style='font-size: 14pt;'><b>{escape(content.name)}</b></p>",
        _facts(content),
        _readiness(content),
        _comparison(content),
        _evidence(content),
        _actions(content),
        _notes(content),
        "</body></html>",
    ]
    return "".join(parts)


def _table(headers: Sequence[str], rows: Sequence[str], widths: Sequence[int] = ()) -> str:
    """A full-width table with a shaded header row (repeated on every page it spans)."""
    cells = []
    for index, header in enumerate(headers):
        width = f" width='{widths[index]}%'" if index < len(widths) else ""
        cells.append(f"<th{width}>{escape(header)}</th>")
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='4' "
        f"style='border-collapse: collapse; border-color: {_BORDER}; border-style: solid;'>"
        f"<thead><tr>{''.join(cells)}</tr></thead><tbody>{''.join(rows)}</tbody></table>{_GAP}"
    )


def _row(cells: Sequence[str], *, shade: str = "", centred: Sequence[int] = ()) -> str:
    """One body row; columns whose index is in ``centred`` (the numbers) are centred."""
    background = f" bgcolor='{shade}'" if shade else ""
    tds = (
        f"<td align='center'>{cell}</td>" if index in centred else f"<td>{cell}</td>"
        for index, cell in enumerate(cells)
    )
    return f"<tr{background}>{''.join(tds)}</tr>"


def _multiline(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _facts(content: ReportContent) -> str:
    lang = content.lang
    targets = ", ".join(t.role for t in content.targets) or say("pack_no_targets", lang)
    met = (
        format_date(content.meeting.held_on, lang, "long")
        if content.meeting is not None
        else say("pack_never_met", lang)
    )
    facts = [
        (say("label_current_role", lang), content.current_role or say("pack_no_role", lang)),
        (say("label_targets", lang), targets),
        (say("pack_last_meeting", lang), met),
    ]
    if content.manager:
        facts.insert(0, (say("label_manager", lang), content.manager))
    if content.email:
        facts.insert(0, (say("pack_email", lang), content.email))
    rows = "".join(
        f"<tr><td width='28%' bgcolor='{_HEAD_BG}'><b>{escape(key)}</b></td>"
        f"<td>{escape(value)}</td></tr>"
        for key, value in facts
    )
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='4' "
        f"style='border-collapse: collapse; border-color: {_BORDER}; border-style: solid;'>"
        f"{rows}</table>{_GAP}"
    )


def _readiness(content: ReportContent) -> str:
    lang = content.lang
    parts = [f"<h2>{escape(say('readiness_per_target', lang))}</h2>"]
    if not content.targets:
        parts.append(f"<p>{escape(say('pack_no_targets_text', lang))}</p>")
        return "".join(parts)
    rule = say("readiness_formula", lang, formula=say("readiness_formula_terms", lang))
    intro = f"{rule} {say('pack_levels_rule', lang)}"
    parts.append(f"<p class='muted'>{escape(intro)}</p>")
    for target in content.targets:
        parts.append(_target(target, lang))
    return "".join(parts)


def _target(target: TargetSection, lang: str) -> str:
    shown = readiness_label(target, lang)
    if target.requirements:
        line = say(
            "pack_readiness_line",
            lang,
            percent=percent(target.readiness, lang),
            have=format_number(target.have_total, lang),
            need=format_number(target.need_total, lang),
            met=target.met,
            total=target.requirements,
        )
    else:
        line = say("readiness_no_requirements", lang)
    parts = [
        f"<h3>{escape(target.role)} — {escape(shown)}</h3>",
        f"<p>{escape(line)}</p>",
        f"<p><b>{escape(say('pack_gaps_heading', lang))}</b></p>",
    ]
    if target.gaps:
        rows = [
            _row(
                [
                    escape(g.skill),
                    str(g.have) if g.rated else escape(say("level_not_rated", lang)),
                    str(g.need),
                    f"<b>{g.missing}</b>" if g.rated else say("pack_not_rated", lang),
                ],
                centred=(1, 2, 3),
            )
            for g in target.gaps
        ]
        headers = [
            say(k, lang) for k in ("label_skill", "pack_col_have", "pack_col_need", "label_missing")
        ]
        parts.append(_table(headers, rows, (58, 14, 14, 14)))
        if target.more_gaps:
            more = say_count("pack_more_gaps", target.more_gaps, lang)
            parts.append(f"<p class='muted'>{escape(more)}</p>")
    else:
        parts.append(f"<p>{escape(say('pack_no_gaps', lang))}</p>")
    parts.append(
        f"<p><b>{escape(say('pack_path_heading', lang))}:</b> {escape(_path(target, lang))}</p>"
    )
    return "".join(parts)


def _path(target: TargetSection, lang: str) -> str:
    if target.path is None:
        reasons = {"here": "path_here", "no-role": "pack_path_no_role"}
        return say(reasons.get(target.path_reason, "pack_path_none"), lang)
    return say(
        "pack_path_line",
        lang,
        route=" → ".join(target.path),
        duration=format_months(target.path_months, lang),
        moves=say_count("count_moves", target.path_moves, lang),
    )


def _level(value: int | None, lang: str) -> str:
    return say("pack_not_rated", lang) if value is None else str(value)


def _comparison(content: ReportContent) -> str:
    lang = content.lang
    parts = [f"<h2>{escape(say('pack_compare_heading', lang))}</h2>"]
    if not content.comparison:
        parts.append(f"<p>{escape(say('pack_no_skills', lang))}</p>")
        return "".join(parts)
    parts.append(
        f"<p class='muted'>{escape(say('pack_compare_intro', lang, flag=FLAG_DIFFERENCE))}</p>"
    )
    rows = []
    for line in content.comparison:
        flag = ""
        if line.flagged and line.difference is not None:
            mark = say("pack_flag_mark", lang, diff=abs(line.difference))
            flag = f"<span class='warn'>⚑ {escape(mark)}</span>"
        rows.append(
            _row(
                [
                    escape(line.skill),
                    _level(line.self_level, lang),
                    _level(line.manager_level, lang),
                    str(line.needed) if line.needed else say("pack_not_rated", lang),
                    flag,
                ],
                shade=_FLAG_BG if line.flagged else "",
                centred=(1, 2, 3),
            )
        )
    headers = [
        say(k, lang)
        for k in (
            "label_skill",
            "pack_col_self",
            "label_manager",
            "pack_col_needed",
            "pack_col_flag",
        )
    ]
    parts.append(_table(headers, rows, (37, 13, 15, 13, 22)))
    return "".join(parts)


def _evidence(content: ReportContent) -> str:
    lang = content.lang
    since = content.evidence_since is not None
    heading = "pack_evidence_heading" if since else "label_evidence"
    parts = [f"<h2>{escape(say(heading, lang))}</h2>"]
    if content.evidence_since is not None:
        day = format_date(content.evidence_since, lang, "long")
        parts.append(f"<p class='muted'>{escape(say('pack_evidence_since', lang, date=day))}</p>")
    if not content.evidence:
        parts.append(f"<p>{escape(say('pack_no_evidence', lang))}</p>")
        return "".join(parts)
    rows = [
        _row(
            [
                escape(format_date(item.observed_on, lang)),
                escape(item.skill),
                str(item.level),
                escape(
                    f"{say('pack_kind_' + item.kind, lang)} "
                    f"({say('pack_strength_' + item.strength, lang)})"
                ),
                _multiline(item.text),
            ],
            centred=(2,),
        )
        for item in content.evidence
    ]
    headers = [
        say(k, lang)
        for k in ("pack_col_date", "label_skill", "label_level", "pack_col_kind", "pack_col_what")
    ]
    parts.append(_table(headers, rows, (14, 22, 9, 17, 38)))
    return "".join(parts)


def _actions(content: ReportContent) -> str:
    lang = content.lang
    parts = [f"<h2>{escape(say('pack_actions_heading', lang))}</h2>"]
    if not content.actions:
        parts.append(f"<p>{escape(say('pack_no_actions', lang))}</p>")
        return "".join(parts)
    rows = []
    for action in content.actions:
        due = format_date(action.due_on, lang) if action.due_on else say("pack_no_due", lang)
        due_cell = escape(due)
        if action.overdue:
            due_cell += f"<br><span class='warn'>{escape(say('pack_overdue', lang))}</span>"
        rows.append(
            _row([_multiline(action.title), escape(action.skill), escape(action.owner), due_cell])
        )
    headers = [say(k, lang) for k in ("pack_col_action", "label_skill", "label_owner", "label_due")]
    parts.append(_table(headers, rows, (44, 22, 18, 16)))
    return "".join(parts)


def _notes(content: ReportContent) -> str:
    lang = content.lang
    parts = [f"<h2>{escape(say('pack_notes_heading', lang))}</h2>"]
    meeting = content.meeting
    if meeting is None:
        parts.append(f"<p>{escape(say('pack_no_meeting', lang))}</p>")
        return "".join(parts)
    day = format_date(meeting.held_on, lang, "long")
    meta = say("pack_notes_meta", lang, date=day, author=meeting.author)
    parts.append(f"<p class='muted'>{escape(meta)}</p>")
    parts.append(f"<h3>{escape(say('pack_shared_notes', lang))}</h3>")
    shared = _multiline(meeting.shared) or escape(say("no_shared_notes", lang))
    parts.append(f"<p>{shared}</p>")
    if meeting.private is not None:
        private = _multiline(meeting.private) or escape(say("pack_no_private_notes", lang))
        parts.append(
            f"<table width='100%' border='1' cellspacing='0' cellpadding='6' "
            f"style='border-collapse: collapse; border-color: {_WARN}; border-style: solid;'>"
            f"<tr><td><p class='private'><b>{escape(say('pack_private_notes', lang))}</b></p>"
            f"<p>{private}</p></td></tr></table>"
        )
    return "".join(parts)
