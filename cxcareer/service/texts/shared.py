"""Words and sentences more than one face says: labels, counts, durations, the readiness rule.

Why a section of their own: these are the texts that used to be copied (the CLI's "level" and
the pack's "Level", three spellings of the readiness formula); each now exists once here.
Labels are capitalised; a face that needs one mid-sentence writes a sentence entry instead.
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = {
    # Labels (table headers, "Label: value" lines) shared by the CLI and the PDF pack.
    "label_action": {"en": "Action", "pt-BR": "Ação"},
    "label_current_role": {"en": "Current role", "pt-BR": "Cargo atual"},
    "label_due": {"en": "Due", "pt-BR": "Prazo"},
    "label_framework": {"en": "Framework", "pt-BR": "Framework"},
    "label_level": {"en": "Level", "pt-BR": "Nível"},
    "label_manager": {"en": "Manager", "pt-BR": "Gestor"},
    "label_owner": {"en": "Owner", "pt-BR": "Responsável"},
    "label_readiness": {"en": "Readiness", "pt-BR": "Prontidão"},
    "label_role": {"en": "Role", "pt-BR": "Cargo"},
    "label_self": {"en": "Self", "pt-BR": "Autoavaliação"},
    "label_skill": {"en": "Skill", "pt-BR": "Competência"},
    "label_status": {"en": "Status", "pt-BR": "Situação"},
    "label_targets": {"en": "Target roles", "pt-BR": "Cargos-alvo"},
    "readiness_per_target": {"en": "Readiness per target", "pt-BR": "Prontidão por objetivo"},
    "readiness_formula": {
        "en": "Readiness = {formula} over the role's requirements (w = weight; a level above "
        "the need counts as the need).",
        "pt-BR": "Prontidão = {formula} sobre os requisitos do cargo (w = peso; um nível acima "
        "do exigido conta como o exigido).",
    },
    # Stored values in words.
    "move_promotion": {"en": "Promotion", "pt-BR": "Promoção"},
    "move_lateral": {"en": "Lateral move", "pt-BR": "Movimentação lateral"},
    "action_open": {"en": "open", "pt-BR": "aberta"},
    "action_done": {"en": "done", "pt-BR": "concluída"},
    "action_dropped": {"en": "dropped", "pt-BR": "abandonada"},
    "evidence_work": {"en": "Work", "pt-BR": "Trabalho"},
    "evidence_training": {"en": "Training", "pt-BR": "Treinamento"},
    "evidence_feedback": {"en": "Feedback", "pt-BR": "Feedback"},
    "evidence_certification": {"en": "Certification", "pt-BR": "Certificação"},
    "strength_claim": {"en": "claim", "pt-BR": "declaração"},
    "strength_example": {"en": "example", "pt-BR": "exemplo"},
    "strength_verified": {"en": "verified", "pt-BR": "verificada"},
    # Durations (cxcareer.service.formats.format_months).
    "duration_months": {
        "en": {"one": "{count} month", "other": "{count} months"},
        "pt-BR": {"one": "{count} mês", "other": "{count} meses"},
    },
    "duration_years": {
        "en": {"one": "about {years} year", "other": "about {years} years"},
        "pt-BR": {"one": "cerca de {years} ano", "other": "cerca de {years} anos"},
    },
    "duration_not_given": {"en": "not given", "pt-BR": "não informado"},
    # Counts: never "skill(s)".
    "size_bytes": {
        "en": {"one": "{count} byte", "other": "{count} bytes"},
        "pt-BR": {"one": "{count} byte", "other": "{count} bytes"},
    },
    "count_skills": {
        "en": {"one": "{count} skill", "other": "{count} skills"},
        "pt-BR": {"one": "{count} competência", "other": "{count} competências"},
    },
    "count_roles": {
        "en": {"one": "{count} role", "other": "{count} roles"},
        "pt-BR": {"one": "{count} cargo", "other": "{count} cargos"},
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
}
