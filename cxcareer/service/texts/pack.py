"""What only the one-to-one pack (the PDF) says: its headings, notes and explanations.

Why not Qt Linguist: ``cxcareer report`` writes the same pack from the command line, and its
words must not depend on which translators a window happened to install. Keys start with
``pack_``; labels the pack shares with the CLI are in :mod:`.shared`.
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = {
    "pack_title": {"en": "One-to-one pack", "pt-BR": "Pacote da conversa 1:1"},
    "pack_generated": {"en": "Prepared on {date}", "pt-BR": "Preparado em {date}"},
    "pack_page": {"en": "Page {page} of {pages}", "pt-BR": "Página {page} de {pages}"},
    "pack_confidential": {
        "en": "Confidential: for the person and their manager",
        "pt-BR": "Confidencial: para a pessoa e seu gestor",
    },
    "pack_private_banner": {"en": "Includes private notes", "pt-BR": "Inclui anotações privadas"},
    "pack_person": {"en": "Person", "pt-BR": "Pessoa"},
    "pack_email": {"en": "Email", "pt-BR": "E-mail"},
    "pack_no_role": {"en": "not set", "pt-BR": "não definido"},
    "pack_no_targets": {"en": "none chosen yet", "pt-BR": "nenhum escolhido ainda"},
    "pack_last_meeting": {"en": "Last one-to-one", "pt-BR": "Última conversa 1:1"},
    "pack_never_met": {"en": "none recorded", "pt-BR": "nenhuma registrada"},
    "pack_levels_rule": {
        "en": "Levels: the lower of the self and manager ratings.",
        "pt-BR": "Níveis: o menor entre a autoavaliação e a avaliação do gestor.",
    },
    "pack_readiness_line": {
        "en": "{percent} ready: {have} / {need} weighted points; {met} of {total} "
        "requirements met.",
        "pt-BR": "{percent} de prontidão: {have} / {need} pontos ponderados; {met} de {total} "
        "requisitos atendidos.",
    },
    "pack_no_targets_text": {
        "en": "No target role is chosen yet, so there is no readiness to show.",
        "pt-BR": "Nenhum cargo-alvo foi escolhido ainda, então não há prontidão a mostrar.",
    },
    "pack_gaps_heading": {"en": "Top gaps", "pt-BR": "Principais lacunas"},
    "pack_no_gaps": {
        "en": "Every requirement is met.",
        "pt-BR": "Todos os requisitos estão atendidos.",
    },
    "pack_more_gaps": {
        "en": {
            "one": "…and {count} more skill below the need.",
            "other": "…and {count} more skills below the need.",
        },
        "pt-BR": {
            "one": "…e mais {count} competência abaixo do exigido.",
            "other": "…e mais {count} competências abaixo do exigido.",
        },
    },
    "pack_col_have": {"en": "Has", "pt-BR": "Tem"},
    "pack_col_need": {"en": "Needs", "pt-BR": "Precisa"},
    "pack_path_heading": {"en": "Best path", "pt-BR": "Melhor caminho"},
    "pack_path_line": {
        "en": "{route}: {duration}, {moves}.",
        "pt-BR": "{route}: {duration}, {moves}.",
    },
    "pack_path_none": {
        "en": "The framework has no path from the current role to this one.",
        "pt-BR": "O framework não tem caminho do cargo atual até este.",
    },
    "pack_path_no_role": {
        "en": "No current role is set, so no path can be drawn.",
        "pt-BR": "Não há cargo atual definido, então não é possível traçar um caminho.",
    },
    "pack_compare_heading": {
        "en": "Self and manager ratings",
        "pt-BR": "Autoavaliação e avaliação do gestor",
    },
    "pack_compare_intro": {
        "en": "Skills rated {flag} levels or more apart are flagged and listed first.",
        "pt-BR": "Competências com {flag} níveis ou mais de diferença são sinalizadas e vêm "
        "primeiro.",
    },
    "pack_col_self": {"en": "Self", "pt-BR": "Autoavaliação"},
    "pack_col_needed": {"en": "Needed", "pt-BR": "Exigido"},
    "pack_col_flag": {"en": "Talk about", "pt-BR": "Conversar"},
    "pack_flag_mark": {"en": "apart by {diff}", "pt-BR": "diferença de {diff}"},
    "pack_not_rated": {"en": "–", "pt-BR": "–"},
    "pack_no_skills": {
        "en": "There are no skills to compare yet.",
        "pt-BR": "Ainda não há competências a comparar.",
    },
    "pack_evidence_heading": {
        "en": "Evidence since the last one-to-one",
        "pt-BR": "Evidências desde a última conversa 1:1",
    },
    "pack_evidence_since": {"en": "Since {date}.", "pt-BR": "Desde {date}."},
    "pack_no_evidence": {
        "en": "No new evidence recorded.",
        "pt-BR": "Nenhuma evidência nova registrada.",
    },
    "pack_col_date": {"en": "Date", "pt-BR": "Data"},
    "pack_col_kind": {"en": "Kind", "pt-BR": "Tipo"},
    "pack_col_what": {"en": "What happened", "pt-BR": "O que aconteceu"},
    "pack_kind_work": {"en": "Work", "pt-BR": "Trabalho"},
    "pack_kind_training": {"en": "Training", "pt-BR": "Treinamento"},
    "pack_kind_feedback": {"en": "Feedback", "pt-BR": "Feedback"},
    "pack_kind_certification": {"en": "Certification", "pt-BR": "Certificação"},
    "pack_strength_claim": {"en": "claim", "pt-BR": "declaração"},
    "pack_strength_example": {"en": "example", "pt-BR": "exemplo"},
    "pack_strength_verified": {"en": "verified", "pt-BR": "verificada"},
    "pack_actions_heading": {"en": "Open actions", "pt-BR": "Ações em aberto"},
    "pack_no_actions": {"en": "No open actions.", "pt-BR": "Nenhuma ação em aberto."},
    "pack_col_action": {"en": "Action", "pt-BR": "Ação"},
    "pack_no_due": {"en": "no date", "pt-BR": "sem data"},
    "pack_overdue": {"en": "overdue", "pt-BR": "atrasada"},
    "pack_notes_heading": {
        "en": "Notes of the last one-to-one",
        "pt-BR": "Anotações da última conversa 1:1",
    },
    "pack_notes_meta": {"en": "{date}, by {author}", "pt-BR": "{date}, por {author}"},
    "pack_shared_notes": {"en": "Shared notes", "pt-BR": "Anotações compartilhadas"},
    "pack_private_notes": {
        "en": "Private notes (not for sharing)",
        "pt-BR": "Anotações privadas (não compartilhar)",
    },
    "pack_no_private_notes": {"en": "No private notes.", "pt-BR": "Sem anotações privadas."},
    "pack_no_meeting": {
        "en": "No one-to-one has been recorded yet.",
        "pt-BR": "Nenhuma conversa 1:1 foi registrada ainda.",
    },
}
