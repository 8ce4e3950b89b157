"""Words and sentences more than one face says: labels, counts, durations, the readiness rule.

Why a section of their own: these are the texts that used to be copied (the CLI's "level" and
the pack's "Level", three spellings of the readiness formula); each now exists once here.
Labels are capitalised; a face that needs one mid-sentence writes a sentence entry instead.
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = {
    # Labels (table headers, "Label: value" lines) the CLI and the PDF pack both show.
    "label_current_role": {"en": "Current role", "pt-BR": "Cargo atual"},
    "label_due": {"en": "Due", "pt-BR": "Prazo"},
    "label_level": {"en": "Level", "pt-BR": "Nível"},
    "label_evidence": {"en": "Evidence", "pt-BR": "Evidências"},
    "label_manager": {"en": "Manager", "pt-BR": "Gestor"},
    "label_missing": {"en": "Missing", "pt-BR": "Em falta"},
    "label_owner": {"en": "Owner", "pt-BR": "Responsável"},
    "label_skill": {"en": "Skill", "pt-BR": "Competência"},
    "label_targets": {"en": "Target roles", "pt-BR": "Cargos-alvo"},
    # Sentences the pack, the CLI or the app's screens all say.
    "path_here": {"en": "This is the current role.", "pt-BR": "Este é o cargo atual."},
    "no_shared_notes": {"en": "No shared notes.", "pt-BR": "Sem anotações compartilhadas."},
    "readiness_per_target": {"en": "Readiness per target", "pt-BR": "Prontidão por objetivo"},
    # The formula itself, in each language's words (en: cxcareer.graph.READINESS_FORMULA).
    "readiness_formula_terms": {
        "en": "sum(w * min(have, need)) / sum(w * need)",
        "pt-BR": "soma(p × mín(tem, exigido)) / soma(p × exigido)",
    },
    "readiness_formula": {
        "en": "Readiness = {formula} over the role's requirements (w = weight; a level above "
        "the need counts as the need).",
        "pt-BR": "Prontidão = {formula} sobre os requisitos do cargo (p = peso; um nível acima "
        "do exigido conta como o exigido).",
    },
    # Readiness as every face says it (cxcareer.service.readiness_words).
    "level_not_rated": {"en": "not rated", "pt-BR": "sem avaliação"},
    "readiness_no_requirements": {
        "en": "no requirements defined",
        "pt-BR": "nenhum requisito definido",
    },
    "readiness_with_unrated": {"en": "{percent} · {unrated}", "pt-BR": "{percent} · {unrated}"},
    # A suggested development action (the Overview's top skills), built from the framework's
    # descriptor of the level to reach; {descriptor} has no closing full stop.
    "suggested_action_descriptor": {
        "en": "Practise {skill}: ask your manager for a chance to show “{descriptor}”",
        "pt-BR": "Pratique {skill}: peça ao seu gestor uma oportunidade de mostrar “{descriptor}”",
    },
    "suggested_action_level": {
        "en": "Practise {skill} up to {level}: ask your manager for work that calls for it",
        "pt-BR": "Pratique {skill} até {level}: peça ao seu gestor uma oportunidade de usá-la "
        "no trabalho",
    },
    # Durations (cxcareer.service.formats.format_months).
    "duration_months": {
        "en": {"one": "{count} month", "other": "{count} months"},
        "pt-BR": {"one": "{count} mês", "other": "{count} meses"},
    },
    "duration_years": {
        "en": {"one": "about {count} year", "other": "about {count} years"},
        "pt-BR": {"one": "cerca de {count} ano", "other": "cerca de {count} anos"},
    },
    "duration_not_given": {"en": "not given", "pt-BR": "não informado"},
    "size_bytes": {
        "en": {"one": "{count} byte", "other": "{count} bytes"},
        "pt-BR": {"one": "{count} byte", "other": "{count} bytes"},
    },
}
