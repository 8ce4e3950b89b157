"""Every sentence and heading the CLI prints, in English and Brazilian Portuguese.

The CLI does not use Qt, so it cannot use Qt Linguist; this small catalogue keeps both
languages side by side so a missing translation is visible in review (and a test checks that
every key has both).
"""

from __future__ import annotations

import os

from cxcareer.framework.text import normalise_language

__all__ = ["CATALOGUE", "locale_language", "t"]

CATALOGUE: dict[str, dict[str, str]] = {
    "framework_valid": {
        "en": "{file}: valid framework '{id}' version {version} ({roles} roles, {skills} skills)",
        "pt-BR": "{file}: framework válido '{id}' versão {version} ({roles} funções, "
        "{skills} habilidades)",
    },
    "framework_invalid": {
        "en": "{file}: invalid framework, {count} error(s)",
        "pt-BR": "{file}: framework inválido, {count} erro(s)",
    },
    "warnings_count": {
        "en": "{count} warning(s)",
        "pt-BR": "{count} aviso(s)",
    },
    "warning_prefix": {"en": "warning", "pt-BR": "aviso"},
    "error_prefix": {"en": "error", "pt-BR": "erro"},
    "framework_heading": {
        "en": "{name} ({id}, version {version})",
        "pt-BR": "{name} ({id}, versão {version})",
    },
    "no_track": {"en": "Other roles", "pt-BR": "Outras funções"},
    "roles_heading": {"en": "Roles", "pt-BR": "Funções"},
    "skills_heading": {"en": "Skills", "pt-BR": "Habilidades"},
    "col_level": {"en": "level", "pt-BR": "nível"},
    "col_role": {"en": "role", "pt-BR": "função"},
    "col_tier": {"en": "tier", "pt-BR": "camada"},
    "col_skill": {"en": "skill", "pt-BR": "habilidade"},
    "col_category": {"en": "category", "pt-BR": "categoria"},
    "col_readiness": {"en": "readiness", "pt-BR": "prontidão"},
    "col_kind": {"en": "move", "pt-BR": "movimento"},
    "col_months": {"en": "months", "pt-BR": "meses"},
    "entry_mark": {"en": "entry", "pt-BR": "entrada"},
    "tier_operational": {"en": "operational", "pt-BR": "operacional"},
    "tier_tactical": {"en": "tactical", "pt-BR": "tático"},
    "tier_strategic": {"en": "strategic", "pt-BR": "estratégico"},
    "kind_promotion": {"en": "promotion", "pt-BR": "promoção"},
    "kind_lateral": {"en": "lateral", "pt-BR": "lateral"},
    "unknown_months": {"en": "?", "pt-BR": "?"},
    "current_role": {"en": "Current role: {title} ({id})", "pt-BR": "Função atual: {title} ({id})"},
    "next_heading": {"en": "Next moves", "pt-BR": "Próximos passos"},
    "no_moves": {
        "en": "There are no moves out of this role in this framework.",
        "pt-BR": "Não há movimentos a partir desta função neste framework.",
    },
    "missing_none": {"en": "nothing missing", "pt-BR": "nada faltando"},
    "missing_heading": {"en": "missing", "pt-BR": "faltando"},
    "formula": {
        "en": "Readiness = {formula} over the role's requirements (w = weight).",
        "pt-BR": "Prontidão = {formula} sobre os requisitos da função (w = peso).",
    },
    "path_heading": {
        "en": "Paths from {source} to {target}",
        "pt-BR": "Caminhos de {source} até {target}",
    },
    "path_item": {
        "en": "{rank}. gap {gap} points, {months} months, {moves} move(s)",
        "pt-BR": "{rank}. lacuna de {gap} pontos, {months} meses, {moves} movimento(s)",
    },
    "no_path": {
        "en": "There is no path from {source} to {target} in this framework.",
        "pt-BR": "Não há caminho de {source} até {target} neste framework.",
    },
    "bad_skill_arg": {
        "en": "expected SKILL=LEVEL with a whole number, got '{value}'",
        "pt-BR": "esperado HABILIDADE=NÍVEL com um número inteiro, recebido '{value}'",
    },
    "need_role": {
        "en": "say which role you hold: --role ROLE",
        "pt-BR": "informe a função que você ocupa: --role FUNÇÃO",
    },
    "need_from_to": {
        "en": "say where the path starts and ends: --from ROLE --to ROLE",
        "pt-BR": "informe onde o caminho começa e termina: --from FUNÇÃO --to FUNÇÃO",
    },
    "cannot_read": {
        "en": "cannot read {file}: {reason}",
        "pt-BR": "não foi possível ler {file}: {reason}",
    },
    "bug": {
        "en": "internal error ({kind}: {message}). This is a bug in cxcareer; please report it "
        "with the command you ran. Set CXCAREER_DEBUG=1 to see the details.",
        "pt-BR": "erro interno ({kind}: {message}). Isto é um defeito do cxcareer; por favor, "
        "relate-o com o comando que você executou. Defina CXCAREER_DEBUG=1 para ver os detalhes.",
    },
    "bad_db": {"en": "bad --db value: {reason}", "pt-BR": "valor inválido em --db: {reason}"},
    "no_people": {
        "en": "No people yet: add one with 'cxcareer person add'.",
        "pt-BR": "Ainda não há pessoas: adicione com 'cxcareer person add'.",
    },
    "col_id": {"en": "id", "pt-BR": "id"},
    "col_name": {"en": "name", "pt-BR": "nome"},
    "col_targets": {"en": "targets", "pt-BR": "objetivos"},
    "col_source": {"en": "rated by", "pt-BR": "avaliado por"},
    "col_status": {"en": "status", "pt-BR": "situação"},
    "col_due": {"en": "due", "pt-BR": "prazo"},
    "col_owner": {"en": "owner", "pt-BR": "responsável"},
    "col_added": {"en": "added", "pt-BR": "adicionados"},
    "col_updated": {"en": "updated", "pt-BR": "atualizados"},
    "col_version": {"en": "version", "pt-BR": "versão"},
    "col_file": {"en": "file", "pt-BR": "arquivo"},
    "framework_label": {"en": "framework", "pt-BR": "framework"},
    "manager_label": {"en": "manager", "pt-BR": "gestor(a)"},
    "levels_heading": {
        "en": "Current levels (basis: {basis})",
        "pt-BR": "Níveis atuais (base: {basis})",
    },
    "basis_self": {"en": "self", "pt-BR": "autoavaliação"},
    "basis_manager": {"en": "manager", "pt-BR": "gestor(a)"},
    "basis_min": {"en": "lower of self and manager", "pt-BR": "menor entre auto e gestor(a)"},
    "no_levels": {"en": "no ratings yet", "pt-BR": "nenhuma avaliação ainda"},
    "readiness_heading": {"en": "Readiness for targets", "pt-BR": "Prontidão para os objetivos"},
    "history_line": {
        "en": "History: {assessments} assessment(s), {evidence} evidence, {actions} action(s), "
        "{meetings} meeting(s)",
        "pt-BR": "Histórico: {assessments} avaliação(ões), {evidence} evidência(s), {actions} "
        "ação(ões), {meetings} reunião(ões)",
    },
    "person_saved": {"en": "Saved {name} ({id}).", "pt-BR": "{name} salvo(a) ({id})."},
    "assessment_saved": {
        "en": "Recorded {count} rating(s) for {name} (assessment {id}).",
        "pt-BR": "{count} nota(s) registrada(s) para {name} (avaliação {id}).",
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
        "pt-BR": "Reunião individual de {day} com {name} registrada ({id}).",
    },
    "need_person_role": {
        "en": "{name} has no current role; set one with 'cxcareer person edit {name} --role ROLE'",
        "pt-BR": "{name} não tem função atual; defina com 'cxcareer person edit {name} --role "
        "FUNÇÃO'",
    },
    "person_or_role": {
        "en": "give either --person or --role/--from, not both",
        "pt-BR": "informe --person ou --role/--from, não ambos",
    },
    "need_to": {
        "en": "say where the path ends: --to ROLE",
        "pt-BR": "informe onde o caminho termina: --to FUNÇÃO",
    },
    "exported": {
        "en": "Exported {name} to {file}: {assessments} assessment(s), {evidence} evidence, "
        "{actions} action(s), {meetings} meeting(s).",
        "pt-BR": "{name} exportado(a) para {file}: {assessments} avaliação(ões), {evidence} "
        "evidência(s), {actions} ação(ões), {meetings} reunião(ões).",
    },
    "bundle_invalid": {
        "en": "{file}: not imported, {count} problem(s); nothing was changed",
        "pt-BR": "{file}: não importado, {count} problema(s); nada foi alterado",
    },
    "import_nothing_new": {
        "en": "{file}: nothing new, everything in it was already here.",
        "pt-BR": "{file}: nada novo, tudo já estava aqui.",
    },
    "imported": {"en": "Imported {file}:", "pt-BR": "{file} importado:"},
    "kind_name_framework": {"en": "framework versions", "pt-BR": "versões de framework"},
    "kind_name_person": {"en": "people", "pt-BR": "pessoas"},
    "kind_name_assessments": {"en": "assessments", "pt-BR": "avaliações"},
    "kind_name_evidence": {"en": "evidence", "pt-BR": "evidências"},
    "kind_name_actions": {"en": "actions", "pt-BR": "ações"},
    "kind_name_meetings": {"en": "meetings", "pt-BR": "reuniões"},
    "csv_written": {
        "en": "Wrote {rows} rating(s) to {file}.",
        "pt-BR": "{rows} nota(s) gravada(s) em {file}.",
    },
    "framework_imported": {
        "en": "Imported framework '{id}' version {version} ({vid}).",
        "pt-BR": "Framework '{id}' versão {version} importado ({vid}).",
    },
    "framework_already": {
        "en": "Framework '{id}' version {version} was already imported ({vid}).",
        "pt-BR": "O framework '{id}' versão {version} já estava importado ({vid}).",
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
        "en": "the backup {file} is damaged ({problem}); nothing was changed",
        "pt-BR": "o backup {file} está danificado ({problem}); nada foi alterado",
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
    "info_size": {"en": "  size: {size} bytes", "pt-BR": "  tamanho: {size} bytes"},
    "info_revision": {
        "en": "  schema revision: {revision} (this cxcareer: {head})",
        "pt-BR": "  revisão do esquema: {revision} (este cxcareer: {head})",
    },
    "info_backup": {
        "en": "  last backup: {last} ({count} kept)",
        "pt-BR": "  último backup: {last} ({count} guardados)",
    },
    "none": {"en": "none", "pt-BR": "nenhum"},
    "bad_date": {
        "en": "expected a date YYYY-MM-DD, got '{value}'",
        "pt-BR": "esperada uma data AAAA-MM-DD, recebido '{value}'",
    },
    # The store's errors about the database itself (cxcareer.store.errors / sqlite_errors);
    # the English must stay identical to the store's own text (tests compare them).
    "db_disk_full": {
        "en": "The disk holding {location} is full, so the last change was not saved. "
        "Everything saved before is intact. Free some space and try again.",
        "pt-BR": "O disco onde está {location} está cheio, por isso a última alteração não foi "
        "salva. Tudo o que foi salvo antes está intacto. Libere espaço e tente de novo.",
    },
    "db_read_only": {
        "en": "{location} cannot be written (the file or its folder is read-only). "
        "You can still look at your data; to make changes, check the permissions of the file "
        "and its folder, or move it to a folder you can write to.",
        "pt-BR": "Não é possível gravar em {location} (o arquivo ou a pasta dele é somente "
        "leitura). Você ainda pode consultar seus dados; para fazer alterações, verifique as "
        "permissões do arquivo e da pasta dele, ou mova-o para uma pasta em que você possa "
        "gravar.",
    },
    "db_locked": {
        "en": "{location} is busy: another program is writing to it. Nothing was changed. "
        "Wait a moment and try again, or close the other program.",
        "pt-BR": "{location} está ocupado: outro programa está gravando nele. Nada foi "
        "alterado. Aguarde um momento e tente de novo, ou feche o outro programa.",
    },
    "db_corrupt": {
        "en": "{location} is damaged or is not a cxcareer database. Nothing was changed. "
        "Restore it from a backup (cxcareer keeps them in the 'backups' folder next to it).",
        "pt-BR": "{location} está danificado ou não é um banco de dados do cxcareer. Nada foi "
        "alterado. Restaure-o a partir de um backup (o cxcareer guarda os backups na pasta "
        "'backups' ao lado dele).",
    },
    "db_too_new": {
        "en": "{location} was created by a newer version of cxcareer (schema {revision}); "
        "it has not been changed. Update cxcareer to open it.",
        "pt-BR": "{location} foi criado por uma versão mais nova do cxcareer (esquema "
        "{revision}); ele não foi alterado. Atualize o cxcareer para abri-lo.",
    },
    # {holder} is db_holder_pid or db_holder_unknown, maybe inside db_holder_host; in pt-BR the
    # preposition ("no processo", "em outro processo") lives in the holder, not in db_in_use.
    "db_in_use": {
        "en": "{location} is open for writing in {holder}. Close that cxcareer first, "
        "or open this one read-only.",
        "pt-BR": "{location} está aberto para gravação {holder}. Feche aquele cxcareer "
        "primeiro, ou abra este somente para leitura.",
    },
    "db_holder_pid": {"en": "process {pid}", "pt-BR": "no processo {pid}"},
    "db_holder_unknown": {"en": "another process", "pt-BR": "em outro processo"},
    "db_holder_host": {"en": "{holder} on {host}", "pt-BR": "{holder} no computador {host}"},
}


def locale_language() -> str:
    """The app language implied by the environment's locale (``LC_ALL`` wins, as in POSIX)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX"):
            return normalise_language(value.split(":", 1)[0])
    return "en"


def t(key: str, lang: str, **fmt: object) -> str:
    """The message ``key`` in ``lang`` (English when missing), formatted with ``fmt``."""
    entry = CATALOGUE[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**fmt) if fmt else template
