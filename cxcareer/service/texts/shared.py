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
    "size_bytes": {
        "en": {"one": "{count} byte", "other": "{count} bytes"},
        "pt-BR": {"one": "{count} byte", "other": "{count} bytes"},
    },
}
