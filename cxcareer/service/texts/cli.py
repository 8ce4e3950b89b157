"""What only the command line says: results, refusals and its option hints.

Labels it shares with the PDF pack (column headers, "Manager", "Current role") are in
:mod:`.shared`; counts and durations come from :mod:`cxcareer.service.formats`.
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = {
    # cxcareer server init|grant|revoke, cxcareer key …
    "server_ready": {
        "en": "{server} is set up: row-level security on every table, people's logins join "
        "{member} (HR also {hr}). Next: cxcareer server grant PERSON --login ROLE",
        "pt-BR": "{server} está configurado: segurança por linha em todas as tabelas, os "
        "logins das pessoas entram em {member} (RH também em {hr}). Próximo passo: "
        "cxcareer server grant PESSOA --login PAPEL",
    },
    "server_granted": {
        "en": "{name} now connects as '{login}'",
        "pt-BR": "{name} agora se conecta como '{login}'",
    },
    "server_granted_hr": {
        "en": "{name} now connects as '{login}', with HR access (everyone but private notes)",
        "pt-BR": "{name} agora se conecta como '{login}', com acesso de RH (todos, exceto "
        "anotações privadas)",
    },
    "server_login_created": {
        "en": "The login '{login}' was created without a password: set one (ALTER ROLE … "
        "PASSWORD, or \\password in psql) or allow its certificate or GSSAPI in pg_hba.conf",
        "pt-BR": "O login '{login}' foi criado sem senha: defina uma (ALTER ROLE … PASSWORD, "
        "ou \\password no psql) ou permita o certificado ou GSSAPI dele no pg_hba.conf",
    },
    "server_revoked": {
        "en": "{name} no longer connects as '{login}' (the login itself was kept)",
        "pt-BR": "{name} não se conecta mais como '{login}' (o login em si foi mantido)",
    },
    "key_created": {
        "en": "Your private-notes key is in {file}. Only this key opens your private notes on "
        "the company server; nobody else has it, not even the administrator. If it is lost and "
        "has no backup, those notes can never be read again, by anyone. Back it up now: "
        "cxcareer key backup FILE (on a USB stick or in a password manager)",
        "pt-BR": "Sua chave de anotações privadas está em {file}. Só esta chave abre suas "
        "anotações privadas no servidor da empresa; ninguém mais a tem, nem o administrador. "
        "Se ela se perder e não houver cópia, essas anotações nunca mais poderão ser lidas, "
        "por ninguém. Faça a cópia agora: cxcareer key backup ARQUIVO (num pendrive ou num "
        "gerenciador de senhas)",
    },
    "key_write_down": {
        "en": "Key {fingerprint}: keep this line somewhere safe and private; anyone holding it "
        "can read your private notes",
        "pt-BR": "Chave {fingerprint}: guarde esta linha num lugar seguro e reservado; quem a "
        "tiver pode ler suas anotações privadas",
    },
    "key_backed_up": {
        "en": "Key {fingerprint} copied to {file}; keep that file away from this computer",
        "pt-BR": "Chave {fingerprint} copiada para {file}; guarde esse arquivo longe deste "
        "computador",
    },
    "key_restored": {
        "en": "Key {fingerprint} is back on this computer; notes sealed with it open again",
        "pt-BR": "A chave {fingerprint} voltou a este computador; as anotações trancadas com "
        "ela abrem de novo",
    },
    # cxcareer framework check|show
    "framework_valid": {
        "en": "{file}: valid framework '{id}' version {version} ({roles}, {skills})",
        "pt-BR": "{file}: framework válido '{id}' versão {version} ({roles}, {skills})",
    },
    "framework_invalid": {
        "en": "{file}: invalid framework, {errors}",
        "pt-BR": "{file}: framework inválido, {errors}",
    },
    "warning_prefix": {"en": "warning", "pt-BR": "aviso"},
    "framework_heading": {
        "en": "{name} ({id}, version {version})",
        "pt-BR": "{name} ({id}, versão {version})",
    },
    "no_track": {"en": "Other roles", "pt-BR": "Outros cargos"},
    "skills_heading": {"en": "Skills", "pt-BR": "Competências"},
    "col_role": {"en": "Role", "pt-BR": "Cargo"},
    "col_tier": {"en": "Tier", "pt-BR": "Camada"},
    "col_category": {"en": "Category", "pt-BR": "Categoria"},
    "col_readiness": {"en": "Readiness", "pt-BR": "Prontidão"},
    "col_kind": {"en": "Move", "pt-BR": "Passo"},
    "col_months": {"en": "Typical time", "pt-BR": "Tempo típico"},
    "entry_mark": {"en": "entry", "pt-BR": "entrada"},
    "tier_operational": {"en": "operational", "pt-BR": "operacional"},
    "tier_tactical": {"en": "tactical", "pt-BR": "tático"},
    "tier_strategic": {"en": "strategic", "pt-BR": "estratégico"},
    "kind_promotion": {"en": "Promotion", "pt-BR": "Promoção"},
    "kind_lateral": {"en": "Lateral move", "pt-BR": "Movimentação lateral"},
    # cxcareer next|path
    "next_heading": {"en": "Next moves", "pt-BR": "Próximos passos"},
    "no_moves": {
        "en": "There are no moves out of this role in this framework.",
        "pt-BR": "Nenhum passo parte deste cargo neste framework.",
    },
    "missing_none": {"en": "nothing missing", "pt-BR": "nada em falta"},
    "path_heading": {
        "en": "Paths from {source} to {target}",
        "pt-BR": "Caminhos de {source} até {target}",
    },
    "path_item": {
        "en": "{rank}. {points} to gain, {duration}, {moves}",
        "pt-BR": "{rank}. {points} a ganhar, {duration}, {moves}",
    },
    "no_path": {
        "en": "There is no path from {source} to {target} in this framework.",
        "pt-BR": "Não há caminho de {source} até {target} neste framework.",
    },
    # What was typed (unknown ids and levels: texts.problems)
    "bad_skill_arg": {
        "en": "expected SKILL=LEVEL with a whole number, got '{value}'",
        "pt-BR": "esperado COMPETÊNCIA=NÍVEL com um número inteiro, recebido '{value}'",
    },
    "need_role": {
        "en": "say which role you hold: --role ROLE",
        "pt-BR": "informe o cargo que você ocupa: --role CARGO",
    },
    "need_from_to": {
        "en": "say where the path starts and ends: --from ROLE --to ROLE",
        "pt-BR": "informe onde o caminho começa e termina: --from CARGO --to CARGO",
    },
    "need_to": {
        "en": "say where the path ends: --to ROLE",
        "pt-BR": "informe onde o caminho termina: --to CARGO",
    },
    "person_or_role": {
        "en": "give either --person or --role/--from, not both",
        "pt-BR": "informe --person ou --role/--from, não ambos",
    },
    "need_person_role": {
        "en": "{name} has no current role; set one with 'cxcareer person edit {name} --role ROLE'",
        "pt-BR": "{name} não tem cargo atual; defina com 'cxcareer person edit {name} --role "
        "CARGO'",
    },
    "bad_date": {
        "en": "expected a date YYYY-MM-DD, got '{value}'",
        "pt-BR": "esperada uma data AAAA-MM-DD, recebido '{value}'",
    },
    "cannot_read": {
        "en": "cannot read {file}: {reason}",
        "pt-BR": "não foi possível ler {file}: {reason}",
    },
    "cannot_write": {
        "en": "cannot write {file}: {reason}",
        "pt-BR": "não foi possível gravar {file}: {reason}",
    },
    "is_folder": {"en": "it is a folder", "pt-BR": "é uma pasta"},
    "desktop_libraries_missing": {
        "en": "the desktop app cannot start because system libraries it needs are missing; "
        "install them with: {command}",
        "pt-BR": "o aplicativo não pode abrir porque faltam bibliotecas do sistema de que ele "
        "precisa; instale-as com: {command}",
    },
    "desktop_no_display": {
        "en": "the desktop app cannot start because there is no screen to open its window on "
        "(DISPLAY is not set); start it from a desktop session, or use the command line: "
        "cxcareer --help",
        "pt-BR": "o aplicativo não pode abrir porque não há tela onde abrir a janela (DISPLAY "
        "não está definido); abra-o numa sessão da área de trabalho ou use a linha de comando: "
        "cxcareer --help",
    },
    "bug": {
        "en": "internal error ({kind}: {message}). This is a bug in cxcareer; please report it "
        "with the command you ran. Set CXCAREER_DEBUG=1 to see the details.",
        "pt-BR": "erro interno ({kind}: {message}). Isto é um defeito do cxcareer; por favor, "
        "relate-o com o comando que você executou. Defina CXCAREER_DEBUG=1 para ver os detalhes.",
    },
    "bad_db": {"en": "bad --db value: {reason}", "pt-BR": "valor inválido em --db: {reason}"},
    # cxcareer person|assess|action|meeting
    "no_people": {
        "en": "No people yet: add one with 'cxcareer person add'.",
        "pt-BR": "Ainda não há pessoas: adicione com 'cxcareer person add'.",
    },
    "col_id": {"en": "Id", "pt-BR": "Id"},
    "col_name": {"en": "Name", "pt-BR": "Nome"},
    "col_source": {"en": "Rated by", "pt-BR": "Avaliado por"},
    "col_status": {"en": "Status", "pt-BR": "Situação"},
    "col_framework": {"en": "Framework", "pt-BR": "Framework"},
    "col_added": {"en": "Added", "pt-BR": "Adicionados"},
    "col_updated": {"en": "Updated", "pt-BR": "Atualizados"},
    "col_version": {"en": "Version", "pt-BR": "Versão"},
    "col_file": {"en": "File", "pt-BR": "Arquivo"},
    "col_imported": {"en": "Imported", "pt-BR": "Importado"},
    "levels_self": {
        "en": "Current levels (self ratings)",
        "pt-BR": "Níveis atuais (autoavaliação)",
    },
    "levels_manager": {
        "en": "Current levels (manager ratings)",
        "pt-BR": "Níveis atuais (avaliação do gestor)",
    },
    "levels_min": {
        "en": "Current levels (the lower of the self and manager ratings)",
        "pt-BR": "Níveis atuais (o menor entre a autoavaliação e a avaliação do gestor)",
    },
    "no_levels": {"en": "no ratings yet", "pt-BR": "nenhuma avaliação ainda"},
    "history_line": {"en": "History: {counts}.", "pt-BR": "Histórico: {counts}."},
    "person_saved": {"en": "Saved {name} ({id}).", "pt-BR": "Pessoa salva: {name} ({id})."},
    "assessment_saved": {
        "en": {
            "one": "Recorded {count} rating for {name} (assessment {id}).",
            "other": "Recorded {count} ratings for {name} (assessment {id}).",
        },
        "pt-BR": {
            "one": "{count} nível registrado para {name} (avaliação {id}).",
            "other": "{count} níveis registrados para {name} (avaliação {id}).",
        },
    },
    "no_actions": {"en": "No actions.", "pt-BR": "Nenhuma ação."},
    "status_open": {"en": "open", "pt-BR": "aberta"},
    "status_done": {"en": "done", "pt-BR": "concluída"},
    "status_dropped": {"en": "dropped", "pt-BR": "abandonada"},
    "action_status_saved": {
        "en": "'{title}' is now {status}.",
        "pt-BR": "'{title}' agora está {status}.",
    },
    "meeting_saved": {
        "en": "Recorded the {day} one-to-one with {name} ({id}).",
        "pt-BR": "Conversa 1:1 de {day} com {name} registrada ({id}).",
    },
    # cxcareer export|import|export-csv|framework import|list
    "exported": {
        "en": "Exported {name} to {file}: {counts}.",
        "pt-BR": "Exportação de {name} gravada em {file}: {counts}.",
    },
    "signed_as": {
        "en": "Signed as {name} with key {fingerprint}.",
        "pt-BR": "Assinado como {name} com a chave {fingerprint}.",
    },
    "signed_by_new": {
        "en": "Signed by {name}, key {fingerprint}: a new key, now trusted for {name}.",
        "pt-BR": "Assinado por {name}, chave {fingerprint}: uma chave nova, agora confiável "
        "para {name}.",
    },
    "signed_by_known": {
        "en": "Signed by {name}, key {fingerprint} (the known key).",
        "pt-BR": "Assinado por {name}, chave {fingerprint} (a chave conhecida).",
    },
    "signed_by_changed": {
        "en": "WARNING: signed by {name} with a CHANGED key {fingerprint} (was {old}), "
        "accepted with --trust-new-key.",
        "pt-BR": "ATENÇÃO: assinado por {name} com uma chave que MUDOU, {fingerprint} (antes "
        "{old}), aceita com --trust-new-key.",
    },
    "signed_by_unvouched": {
        "en": "WARNING: signed by {name}, already in this database, with a key never trusted "
        "before {fingerprint}, accepted with --trust-new-key.",
        "pt-BR": "ATENÇÃO: assinado por {name}, que já está neste banco de dados, com uma chave "
        "nunca confiada antes, {fingerprint}, aceita com --trust-new-key.",
    },
    "bundle_invalid": {
        "en": "{file}: not imported, {problems}; nothing was changed",
        "pt-BR": "{file}: não importado, {problems}; nada foi alterado",
    },
    "import_nothing_new": {
        "en": "{file}: nothing new, everything in it was already here.",
        "pt-BR": "{file}: nada novo, tudo já estava aqui.",
    },
    "imported": {"en": "Imported {file}:", "pt-BR": "{file} importado:"},
    "import_progress": {
        "en": "Importing {file}: {done} of {total} entries",
        "pt-BR": "Importando {file}: {done} de {total} itens",
    },
    "read_only_refuses": {
        "en": "'cxcareer {command}' changes the database, so it does not run with --read-only; "
        "nothing was changed. Run it again without --read-only.",
        "pt-BR": "'cxcareer {command}' altera o banco de dados, por isso não é executado com "
        "--read-only; nada foi alterado. Execute-o de novo sem --read-only.",
    },
    "kind_name_framework": {"en": "Framework versions", "pt-BR": "Versões de framework"},
    "kind_name_person": {"en": "People", "pt-BR": "Pessoas"},
    "kind_name_assessments": {"en": "Assessments", "pt-BR": "Avaliações"},
    "kind_name_actions": {"en": "Actions", "pt-BR": "Ações"},
    "kind_name_meetings": {"en": "One-to-ones", "pt-BR": "Conversas 1:1"},
    "csv_written": {
        "en": {
            "one": "Wrote {count} rating to {file}.",
            "other": "Wrote {count} ratings to {file}.",
        },
        "pt-BR": {
            "one": "{count} nível gravado em {file}.",
            "other": "{count} níveis gravados em {file}.",
        },
    },
    "framework_imported": {
        "en": "Imported framework '{id}' version {version} ({vid}).",
        "pt-BR": "Framework '{id}' versão {version} importado ({vid}).",
    },
    "framework_already": {
        "en": "Framework '{id}' version {version} was already imported ({vid}).",
        "pt-BR": "O framework '{id}' versão {version} já estava importado ({vid}).",
    },
    # cxcareer report
    "report_written": {
        "en": "Wrote the one-to-one pack of {name} to {file} ({paper}, {lang}).",
        "pt-BR": "Pacote da conversa 1:1 de {name} gravado em {file} ({paper}, {lang}).",
    },
    "report_private": {
        "en": "It includes private notes: do not share it.",
        "pt-BR": "Ele inclui anotações privadas: não o compartilhe.",
    },
    # cxcareer db
    "backup_put_off": {
        "en": "Note: no backup was taken this time, as there is not enough free space (it "
        "needs about {needed}, and {free} is free); it will be taken once there is room.",
        "pt-BR": "Observação: desta vez nenhum backup foi feito, pois não há espaço livre "
        "suficiente (ele precisa de cerca de {needed}, e há {free} livres); ele será feito "
        "quando houver espaço.",
    },
    "no_database": {
        "en": "There is no database at {location} yet.",
        "pt-BR": "Ainda não há banco de dados em {location}.",
    },
    "check_ok": {
        "en": "{location}: integrity check passed.",
        "pt-BR": "{location}: verificação de integridade aprovada.",
    },
    "damaged_no_backup": {
        "en": "{location} is damaged. It was set aside as {aside} (nothing deleted); there is no "
        "usable backup, so cxcareer will start with an empty database.",
        "pt-BR": "{location} está danificado. Foi guardado como {aside} (nada foi apagado); não "
        "há backup utilizável, então o cxcareer começará com um banco vazio.",
    },
    "damaged_restore": {
        "en": "{location} is damaged. It was set aside as {aside} (nothing deleted). Restore the "
        "newest good backup with: cxcareer db restore {backup}",
        "pt-BR": "{location} está danificado. Foi guardado como {aside} (nada foi apagado). "
        "Restaure o backup bom mais recente com: cxcareer db restore {backup}",
    },
    "backup_written": {"en": "Backup written: {file}", "pt-BR": "Backup gravado: {file}"},
    "restore_needs_yes": {
        "en": "restoring replaces the current data and there is no terminal to confirm on; "
        "add --yes to restore anyway (the current data is backed up first)",
        "pt-BR": "restaurar substitui os dados atuais e não há terminal para confirmar; "
        "adicione --yes para restaurar mesmo assim (os dados atuais são salvos antes)",
    },
    "restore_question": {
        "en": "Replace the data in {db} with {file}? The current data is backed up first.",
        "pt-BR": "Substituir os dados de {db} por {file}? Os dados atuais são salvos antes.",
    },
    "restore_cancelled": {"en": "Nothing was restored.", "pt-BR": "Nada foi restaurado."},
    "backup_damaged": {
        "en": "the backup {file} is damaged or is not a database; nothing was changed. "
        "Choose another backup from the 'backups' folder",
        "pt-BR": "o backup {file} está danificado ou não é um banco de dados; nada foi alterado. "
        "Escolha outro backup da pasta 'backups'",
    },
    # After the store's db_corrupt sentence, in the CLI: the commands that get the data back.
    "db_corrupt_commands": {
        "en": "To restore the newest good backup, run: cxcareer db check --db {location} "
        "(it sets the damaged file aside and says which backup to restore).",
        "pt-BR": "Para restaurar o backup bom mais recente, execute: cxcareer db check --db "
        "{location} (ele guarda o arquivo danificado à parte e diz qual backup restaurar).",
    },
    "not_a_backup": {
        "en": "{file} is not a cxcareer database; nothing was changed",
        "pt-BR": "{file} não é um banco de dados do cxcareer; nada foi alterado",
    },
    "backup_too_new": {
        "en": "{file} comes from a newer cxcareer (schema {revision}); nothing was changed",
        "pt-BR": "{file} vem de um cxcareer mais novo (esquema {revision}); nada foi alterado",
    },
    "restored": {
        "en": "Restored {db} from {file}.",
        "pt-BR": "{db} restaurado a partir de {file}.",
    },
    "previous_saved": {
        "en": "The data it had before was saved as {file}.",
        "pt-BR": "Os dados anteriores foram salvos em {file}.",
    },
    "info_location": {"en": "Database: {location}", "pt-BR": "Banco de dados: {location}"},
    "info_size": {"en": "  size: {size}", "pt-BR": "  tamanho: {size}"},
    "info_revision": {
        "en": "  schema revision: {revision} (this cxcareer: {head})",
        "pt-BR": "  revisão do esquema: {revision} (este cxcareer: {head})",
    },
    "info_backup": {
        "en": {
            "one": "  last backup: {last} ({count} kept)",
            "other": "  last backup: {last} ({count} kept)",
        },
        "pt-BR": {
            "one": "  último backup: {last} ({count} guardado)",
            "other": "  último backup: {last} ({count} guardados)",
        },
    },
    "none": {"en": "none", "pt-BR": "nenhum"},
}
