"""What both faces say when something is refused: rules broken, ids unknown, levels off scale.

Why a section of its own: the command line and the desktop app refuse the same writes (the
service's rules, :mod:`cxcareer.service.rules`) and must say the very same sentence, in either
language (:func:`cxcareer.service.problems.describe_problem`). Keys of broken rules are
``refused_<rule>``.
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = {
    # Rules of the writes (service.rules.Refused)
    "refused_person_name": {
        "en": "a person needs a name",
        "pt-BR": "uma pessoa precisa de um nome",
    },
    "refused_action_title": {
        "en": "an action needs a title",
        "pt-BR": "uma ação precisa de um título",
    },
    "refused_action_owner": {
        "en": "an action needs an owner",
        "pt-BR": "uma ação precisa de um responsável",
    },
    "refused_meeting_author": {
        "en": "a one-to-one needs an author",
        "pt-BR": "uma conversa 1:1 precisa de um autor",
    },
    "refused_assessor_name": {
        "en": "a rating needs the name of who gave it",
        "pt-BR": "uma avaliação precisa do nome de quem a fez",
    },
    "refused_evidence_text": {
        "en": "evidence needs a description",
        "pt-BR": "uma evidência precisa de uma descrição",
    },
    "refused_verifier_name": {
        "en": "say who verified the evidence",
        "pt-BR": "diga quem verificou a evidência",
    },
    "refused_role_removed": {
        "en": "a current role can be changed but not removed",
        "pt-BR": "o cargo atual pode ser trocado, mas não removido",
    },
    "refused_confirm_name": {
        "en": "type {name} to confirm the deletion",
        "pt-BR": "digite {name} para confirmar a exclusão",
    },
    "refused_unknown_framework": {
        "en": "no imported framework '{id}' (imported: {known}); use 'cxcareer framework import'",
        "pt-BR": "nenhum framework importado '{id}' (importados: {known}); use "
        "'cxcareer framework import'",
    },
    "refused_sqlite_only": {
        "en": "{location} is a server database; use the server's own tools (pg_dump, "
        "pg_restore, amcheck) for this",
        "pt-BR": "{location} é um banco em servidor; use as ferramentas do servidor (pg_dump, "
        "pg_restore, amcheck) para isso",
    },
    "refused_file_exists": {
        "en": "{file} already exists; choose a new file name",
        "pt-BR": "{file} já existe; escolha um novo nome de arquivo",
    },
    # Ids and levels that were typed
    "unknown_role": {"en": "unknown role '{value}'", "pt-BR": "cargo desconhecido: '{value}'"},
    "unknown_skill": {
        "en": "unknown skill '{value}'",
        "pt-BR": "competência desconhecida: '{value}'",
    },
    "unknown_track": {"en": "unknown track '{value}'", "pt-BR": "trilha desconhecida: '{value}'"},
    "unknown_id": {
        "en": "unknown {kind} '{value}'",
        "pt-BR": "valor desconhecido para {kind}: '{value}'",
    },
    "closest": {"en": "closest: {ids}", "pt-BR": "mais próximos: {ids}"},
    "bad_level": {
        "en": "level {level} for skill '{skill}' is out of range: use {minimum} to {maximum}",
        "pt-BR": "nível {level} da competência '{skill}' fora da faixa: use de {minimum} a "
        "{maximum}",
    },
}
