"""Every heading and sentence of the one-to-one pack, in English and Brazilian Portuguese.

Why not Qt Linguist: the pack is also written by ``cxcareer report`` on the command line, and
its words must not depend on which translators a window happened to install. Both languages sit
side by side, like :mod:`cxcareer.commands.messages`, so a missing translation shows in review
and a test checks that every key has both.
"""

from __future__ import annotations

from datetime import date

from cxcareer.framework.text import normalise_language

__all__ = ["REPORT_TEXTS", "format_date", "format_short_date", "pack_language", "rt"]

REPORT_TEXTS: dict[str, dict[str, str]] = {
    "title": {"en": "One-to-one pack", "pt-BR": "Pacote da conversa individual"},
    "generated": {"en": "Prepared on {date}", "pt-BR": "Preparado em {date}"},
    "page": {"en": "Page {page} of {pages}", "pt-BR": "Página {page} de {pages}"},
    "confidential": {
        "en": "Confidential: for the person and their manager",
        "pt-BR": "Confidencial: para a pessoa e sua liderança",
    },
    "person": {"en": "Person", "pt-BR": "Pessoa"},
    "email": {"en": "Email", "pt-BR": "E-mail"},
    "manager": {"en": "Manager", "pt-BR": "Liderança direta"},
    "current_role": {"en": "Current role", "pt-BR": "Função atual"},
    "targets": {"en": "Target roles", "pt-BR": "Funções-alvo"},
    "no_role": {"en": "not set", "pt-BR": "não definida"},
    "no_targets": {"en": "none chosen yet", "pt-BR": "nenhuma escolhida ainda"},
    "last_meeting": {"en": "Last one-to-one", "pt-BR": "Última conversa individual"},
    "never_met": {"en": "none recorded", "pt-BR": "nenhuma registrada"},
    "readiness_heading": {"en": "Readiness per target", "pt-BR": "Prontidão por função-alvo"},
    "readiness_intro": {
        "en": "Readiness = {formula}, over the role's requirements (w = weight; a level above "
        "the need counts as the need). Levels: the lower of self and manager ratings.",
        "pt-BR": "Prontidão = {formula}, sobre os requisitos da função (w = peso; um nível "
        "acima do exigido conta como o exigido). Níveis: o menor entre a autoavaliação e a "
        "avaliação da liderança.",
    },
    "readiness_line": {
        "en": "{percent} ready: {have} / {need} weighted points; {met} of {total} "
        "requirements met.",
        "pt-BR": "{percent} de prontidão: {have} / {need} pontos ponderados; {met} de {total} "
        "requisitos atendidos.",
    },
    "no_targets_text": {
        "en": "No target role is chosen yet, so there is no readiness to show.",
        "pt-BR": "Nenhuma função-alvo foi escolhida ainda, então não há prontidão a mostrar.",
    },
    "gaps_heading": {"en": "Top gaps", "pt-BR": "Principais lacunas"},
    "no_gaps": {
        "en": "Every requirement is met.",
        "pt-BR": "Todos os requisitos estão atendidos.",
    },
    "more_gaps": {
        "en": "…and {count} more skill(s) below the need.",
        "pt-BR": "…e mais {count} habilidade(s) abaixo do exigido.",
    },
    "col_skill": {"en": "Skill", "pt-BR": "Habilidade"},
    "col_have": {"en": "Has", "pt-BR": "Tem"},
    "col_need": {"en": "Needs", "pt-BR": "Precisa"},
    "col_missing": {"en": "Missing", "pt-BR": "Faltam"},
    "path_heading": {"en": "Best path", "pt-BR": "Melhor caminho"},
    "path_line": {
        "en": "{route}: about {months} months, {moves} move(s).",
        "pt-BR": "{route}: cerca de {months} meses, {moves} movimento(s).",
    },
    "path_here": {
        "en": "This is the current role.",
        "pt-BR": "Esta é a função atual.",
    },
    "path_none": {
        "en": "The framework has no path from the current role to this one.",
        "pt-BR": "O framework não tem caminho da função atual até esta.",
    },
    "path_no_role": {
        "en": "No current role is set, so no path can be drawn.",
        "pt-BR": "Não há função atual definida, então não é possível traçar um caminho.",
    },
    "compare_heading": {"en": "Self vs manager", "pt-BR": "Autoavaliação vs liderança"},
    "compare_intro": {
        "en": "Skills rated {flag} levels or more apart are flagged and listed first.",
        "pt-BR": "Habilidades com {flag} níveis ou mais de diferença são sinalizadas e vêm "
        "primeiro.",
    },
    "col_self": {"en": "Self", "pt-BR": "Própria"},
    "col_manager": {"en": "Manager", "pt-BR": "Liderança"},
    "col_needed": {"en": "Needed", "pt-BR": "Exigido"},
    "col_flag": {"en": "Talk about", "pt-BR": "Conversar"},
    "flag_mark": {"en": "apart by {diff}", "pt-BR": "diferença de {diff}"},
    "not_rated": {"en": "–", "pt-BR": "–"},
    "no_skills": {
        "en": "There are no skills to compare yet.",
        "pt-BR": "Ainda não há habilidades a comparar.",
    },
    "evidence_heading": {
        "en": "Evidence since the last one-to-one",
        "pt-BR": "Evidências desde a última conversa individual",
    },
    "evidence_heading_all": {"en": "Evidence", "pt-BR": "Evidências"},
    "evidence_since": {"en": "Since {date}.", "pt-BR": "Desde {date}."},
    "no_evidence": {
        "en": "No new evidence recorded.",
        "pt-BR": "Nenhuma evidência nova registrada.",
    },
    "col_date": {"en": "Date", "pt-BR": "Data"},
    "col_level": {"en": "Level", "pt-BR": "Nível"},
    "col_kind": {"en": "Kind", "pt-BR": "Tipo"},
    "col_what": {"en": "What happened", "pt-BR": "O que aconteceu"},
    "kind_work": {"en": "Work", "pt-BR": "Trabalho"},
    "kind_training": {"en": "Training", "pt-BR": "Treinamento"},
    "kind_feedback": {"en": "Feedback", "pt-BR": "Feedback"},
    "kind_certification": {"en": "Certification", "pt-BR": "Certificação"},
    "strength_claim": {"en": "claim", "pt-BR": "declaração"},
    "strength_example": {"en": "example", "pt-BR": "exemplo"},
    "strength_verified": {"en": "verified", "pt-BR": "verificada"},
    "actions_heading": {"en": "Open actions", "pt-BR": "Ações em aberto"},
    "no_actions": {"en": "No open actions.", "pt-BR": "Nenhuma ação em aberto."},
    "col_action": {"en": "Action", "pt-BR": "Ação"},
    "col_owner": {"en": "Owner", "pt-BR": "Responsável"},
    "col_due": {"en": "Due", "pt-BR": "Prazo"},
    "no_due": {"en": "no date", "pt-BR": "sem data"},
    "overdue": {"en": "overdue", "pt-BR": "atrasada"},
    "notes_heading": {
        "en": "Notes of the last one-to-one",
        "pt-BR": "Notas da última conversa individual",
    },
    "notes_meta": {"en": "{date}, by {author}", "pt-BR": "{date}, por {author}"},
    "shared_notes": {"en": "Shared notes", "pt-BR": "Notas compartilhadas"},
    "no_shared_notes": {"en": "No shared notes.", "pt-BR": "Sem notas compartilhadas."},
    "private_notes": {
        "en": "Private notes (not for sharing)",
        "pt-BR": "Notas privadas (não compartilhar)",
    },
    "no_private_notes": {"en": "No private notes.", "pt-BR": "Sem notas privadas."},
    "no_meeting": {
        "en": "No one-to-one has been recorded yet.",
        "pt-BR": "Nenhuma conversa individual foi registrada ainda.",
    },
    "private_banner": {
        "en": "Includes private notes",
        "pt-BR": "Inclui notas privadas",
    },
}

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "pt-BR": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho",
        "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
    ),
}  # fmt: skip


def pack_language(lang: str) -> str:
    """``"en"`` or ``"pt-BR"`` for any spelling a caller may pass (``pt_BR``, ``pt-br``...)."""
    chosen = normalise_language(lang)
    return chosen if chosen in _MONTHS else "en"


def rt(key: str, lang: str, **fmt: object) -> str:
    """The pack text ``key`` in ``lang`` (English when missing), formatted with ``fmt``."""
    entry = REPORT_TEXTS[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**fmt) if fmt else template


def format_date(day: date, lang: str) -> str:
    """A date as people write it: "5 March 2026" or "5 de março de 2026".

    >>> format_date(date(2026, 3, 5), "pt-BR")
    '5 de março de 2026'
    """
    month = _MONTHS[pack_language(lang)][day.month - 1]
    if pack_language(lang) == "pt-BR":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def format_short_date(day: date, lang: str) -> str:
    """A date for a narrow table column: "5 Mar 2026" or "05/03/2026".

    >>> format_short_date(date(2026, 3, 5), "en"), format_short_date(date(2026, 3, 5), "pt-BR")
    ('5 Mar 2026', '05/03/2026')
    """
    if pack_language(lang) == "pt-BR":
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {_MONTHS['en'][day.month - 1][:3]} {day.year}"
