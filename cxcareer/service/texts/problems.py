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
    "refused_signer_unknown": {
        "en": "a bundle is signed as you: say which person you are (in the app, select "
        "yourself and press 'This is me'; on the command line, add --as PERSON)",
        "pt-BR": "um pacote é assinado em seu nome: diga qual pessoa você é (no aplicativo, "
        "selecione a si mesmo e clique em 'Esta pessoa sou eu'; na linha de comando, "
        "acrescente --as PESSOA)",
    },
    "refused_signer_key_changed": {
        "en": "the key that signed this bundle for {name} has CHANGED (known key {old}, this "
        "bundle {new}); nothing was imported. Compare the new key with {name} by phone or in "
        "person, and only then accept it",
        "pt-BR": "a chave que assinou este pacote por {name} MUDOU (chave conhecida {old}, este "
        "pacote {new}); nada foi importado. Compare a nova chave com {name} por telefone ou "
        "pessoalmente e só então aceite-a",
    },
    "refused_signer_key_unvouched": {
        "en": "{name} is already in this database, but no key was ever trusted for them, and "
        "this bundle's key {new} is new; nothing was imported. Compare the key with {name} by "
        "phone or in person, and only then accept it",
        "pt-BR": "{name} já está neste banco de dados, mas nenhuma chave foi confiada para essa "
        "pessoa, e a chave deste pacote, {new}, é nova; nada foi importado. Compare a chave com "
        "{name} por telefone ou pessoalmente e só então aceite-a",
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
    # A company server: who writes is who is connected (service.company_identity)
    "refused_assessor_is_you": {
        "en": "on the company server a rating is recorded under your own name ({name}); "
        "leave out --assessor",
        "pt-BR": "no servidor da empresa a avaliação fica registrada com o seu próprio nome "
        "({name}); não use --assessor",
    },
    "refused_self_rating_of_other": {
        "en": "a self rating is given by the person themself; as {name}, rate your reports "
        "as their manager (--by manager)",
        "pt-BR": "a autoavaliação é feita pela própria pessoa; como {name}, avalie seus "
        "liderados como gestor (--by manager)",
    },
    "refused_manager_rating_of_self": {
        "en": "you cannot give yourself a manager rating; rate yourself with --by self",
        "pt-BR": "você não pode se dar uma avaliação de gestor; avalie-se com --by self",
    },
    "refused_author_is_you": {
        "en": "on the company server a one-to-one is recorded under your own name ({name}); "
        "leave out --author",
        "pt-BR": "no servidor da empresa a conversa 1:1 fica registrada com o seu próprio nome "
        "({name}); não use --author",
    },
    "refused_verifier_is_you": {
        "en": "on the company server evidence is verified under your own name ({name})",
        "pt-BR": "no servidor da empresa a evidência é verificada com o seu próprio nome ({name})",
    },
    "refused_key_missing": {
        "en": "private notes on the company server are locked with your own key, and this "
        "computer has none yet; make one with 'cxcareer key create' (and keep its backup)",
        "pt-BR": "as anotações privadas no servidor da empresa são trancadas com a sua própria "
        "chave, e este computador ainda não tem uma; crie-a com 'cxcareer key create' (e "
        "guarde a cópia de segurança)",
    },
    "refused_server_needs_postgresql": {
        "en": "{location} is a SQLite file; a company server is a PostgreSQL database "
        "(--db postgresql+psycopg://ADMIN@HOST/DATABASE)",
        "pt-BR": "{location} é um arquivo SQLite; o servidor da empresa é um banco PostgreSQL "
        "(--db postgresql+psycopg://ADMIN@SERVIDOR/BANCO)",
    },
    "refused_key_exists": {
        "en": "{file} already exists; a key is never replaced (notes sealed with it would be lost)",
        "pt-BR": "{file} já existe; uma chave nunca é substituída (as anotações trancadas com "
        "ela se perderiam)",
    },
    "refused_key_unreadable": {
        "en": "{file} cannot be read (there is no key there yet, or it is not readable)",
        "pt-BR": "não é possível ler {file} (ainda não há chave ali, ou ela não pode ser lida)",
    },
    "refused_key_bad": {
        "en": "{file} is not a cxcareer private-notes key",
        "pt-BR": "{file} não é uma chave de anotações privadas do cxcareer",
    },
    "refused_signing_file_bad": {
        "en": "{file} is damaged, or not the bundle signing key or trusted keys of cxcareer; it "
        "is never replaced on its own: move it aside and a new one is made (people who trusted "
        "your old key are then warned that it changed)",
        "pt-BR": "{file} está danificado, ou não é a chave de assinatura de pacotes nem a lista "
        "de chaves confiáveis do cxcareer; ele nunca é substituído sozinho: mova-o para outro "
        "lugar e um novo é criado (quem confiava na sua chave antiga será avisado de que ela "
        "mudou)",
    },
    "note_locked": {
        "en": "[locked: this private note needs key {fingerprint}, which is not on this "
        "computer; restore your key backup with 'cxcareer key restore FILE']",
        "pt-BR": "[trancada: esta anotação privada precisa da chave {fingerprint}, que não está "
        "neste computador; restaure a cópia da sua chave com 'cxcareer key restore ARQUIVO']",
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
