"""Counted things, for every face: "1 skill", "3 skills", never "skill(s)".

Each entry has one template per CLDR plural category of each language;
:func:`cxcareer.service.texts.say_count` picks the form (Brazilian Portuguese counts 0 and 1 as
singular). Screens put the counted phrase into their own sentence ("{moves}, {time}").
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = {
    "count_skills": {
        "en": {"one": "{count} skill", "other": "{count} skills"},
        "pt-BR": {"one": "{count} competência", "other": "{count} competências"},
    },
    "count_not_rated": {
        "en": {"one": "{count} skill not rated", "other": "{count} skills not rated"},
        "pt-BR": {
            "one": "{count} competência sem avaliação",
            "other": "{count} competências sem avaliação",
        },
    },
    "count_not_rated_short": {
        "en": {"one": "{count} not rated", "other": "{count} not rated"},
        "pt-BR": {"one": "{count} sem avaliação", "other": "{count} sem avaliação"},
    },
    "count_roles": {
        "en": {"one": "{count} role", "other": "{count} roles"},
        "pt-BR": {"one": "{count} cargo", "other": "{count} cargos"},
    },
    "count_points": {
        "en": {"one": "{count} point", "other": "{count} points"},
        "pt-BR": {"one": "{count} ponto", "other": "{count} pontos"},
    },
    "count_moves": {
        "en": {"one": "{count} move", "other": "{count} moves"},
        "pt-BR": {"one": "{count} passo", "other": "{count} passos"},
    },
    "count_errors": {
        "en": {"one": "{count} error", "other": "{count} errors"},
        "pt-BR": {"one": "{count} erro", "other": "{count} erros"},
    },
    "count_warnings": {
        "en": {"one": "{count} warning", "other": "{count} warnings"},
        "pt-BR": {"one": "{count} aviso", "other": "{count} avisos"},
    },
    "count_more_problems": {
        "en": {"one": "… and {count} more problem", "other": "… and {count} more problems"},
        "pt-BR": {"one": "… e mais {count} problema", "other": "… e mais {count} problemas"},
    },
    "count_problems": {
        "en": {"one": "{count} problem", "other": "{count} problems"},
        "pt-BR": {"one": "{count} problema", "other": "{count} problemas"},
    },
    "count_assessments": {
        "en": {"one": "{count} assessment", "other": "{count} assessments"},
        "pt-BR": {"one": "{count} avaliação", "other": "{count} avaliações"},
    },
    "count_evidence": {
        "en": {"one": "{count} piece of evidence", "other": "{count} pieces of evidence"},
        "pt-BR": {"one": "{count} evidência", "other": "{count} evidências"},
    },
    "count_actions": {
        "en": {"one": "{count} action", "other": "{count} actions"},
        "pt-BR": {"one": "{count} ação", "other": "{count} ações"},
    },
    "count_one_to_ones": {
        "en": {"one": "{count} one-to-one", "other": "{count} one-to-ones"},
        "pt-BR": {"one": "{count} conversa 1:1", "other": "{count} conversas 1:1"},
    },
    "count_days_late": {
        "en": {"one": "{count} day late", "other": "{count} days late"},
        "pt-BR": {"one": "{count} dia de atraso", "other": "{count} dias de atraso"},
    },
    "count_levels": {
        "en": {"one": "{count} level", "other": "{count} levels"},
        "pt-BR": {"one": "{count} nível", "other": "{count} níveis"},
    },
    "count_open_actions": {
        "en": {"one": "{count} open action", "other": "{count} open actions"},
        "pt-BR": {"one": "{count} ação aberta", "other": "{count} ações abertas"},
    },
    "count_overdue": {
        "en": {"one": "{count} overdue", "other": "{count} overdue"},
        "pt-BR": {"one": "{count} atrasada", "other": "{count} atrasadas"},
    },
}
