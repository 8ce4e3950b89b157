"""The sentences of the store's errors about the database, in both languages, written once.

Why in the store: the store raises these errors with their English sentence (``str(error)``,
for logs and for callers that show it as it is) and keeps the facts the sentence is made of
(``location``, ``revision``, ``pid``, ``host``), so that the CLI and the desktop app can say the
same sentence in the reader's language. Both come from the entries below, so the English of an
error and the English a face shows can never drift apart; the service's catalogue takes them in
as its ``store`` section (:mod:`cxcareer.service.texts.store`).
"""

from __future__ import annotations

__all__ = ["ERROR_TEXTS", "english"]

ERROR_TEXTS: dict[str, dict[str, str]] = {
    "db_disk_full": {
        "en": "The disk holding {location} is full, so the last change was not saved. "
        "Everything saved before is intact. Free some space and try again.",
        "pt-BR": "O disco onde está {location} está cheio, por isso a última alteração não foi "
        "salva. Tudo o que foi salvo antes está intacto. Libere espaço e tente de novo.",
    },
    "backup_no_room": {
        "en": "There is not enough free space for a backup of {location}: it needs about "
        "{needed}, and {free} is free. Nothing was changed. Free some space and try again.",
        "pt-BR": "Não há espaço livre suficiente para um backup de {location}: ele precisa de "
        "cerca de {needed}, e há {free} livres. Nada foi alterado. Libere espaço e tente de "
        "novo.",
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
    # Why a file was not written (cxcareer.store.write_target); {file} is the name as given.
    "target_empty": {
        "en": "No file name was given, so nothing was written. Name the file to write.",
        "pt-BR": "Nenhum nome de arquivo foi informado, por isso nada foi gravado. Informe o "
        "arquivo a gravar.",
    },
    "target_folder": {
        "en": "{file} is a folder, so nothing was written. Name a file to write (inside it, "
        "if you like).",
        "pt-BR": "{file} é uma pasta, por isso nada foi gravado. Informe um arquivo a gravar "
        "(dentro dela, se quiser).",
    },
    "target_no_folder": {
        "en": "{folder} is not an existing folder, so {file} was not written.",
        "pt-BR": "{folder} não é uma pasta existente, por isso {file} não foi gravado.",
    },
    "target_exists": {
        "en": "{file} already exists and was not replaced. Choose another name, or add "
        "--force to replace it.",
        "pt-BR": "{file} já existe e não foi substituído. Escolha outro nome, ou acrescente "
        "--force para substituí-lo.",
    },
    "target_link": {
        "en": "{file} is a symbolic link; cxcareer never writes through a link, so nothing "
        "was written. Name the file itself, or another one.",
        "pt-BR": "{file} é um link simbólico; o cxcareer nunca grava através de um link, por "
        "isso nada foi gravado. Informe o próprio arquivo, ou outro.",
    },
    "target_special": {
        "en": "{file} is not an ordinary file (a pipe, a device or a socket), so nothing was "
        "written. Choose another name.",
        "pt-BR": "{file} não é um arquivo comum (é um pipe, um dispositivo ou um socket), por "
        "isso nada foi gravado. Escolha outro nome.",
    },
    "target_database": {
        "en": "{file} is a database; an export never replaces one, so nothing was written. "
        "Choose another name.",
        "pt-BR": "{file} é um banco de dados; uma exportação nunca substitui um, por isso nada "
        "foi gravado. Escolha outro nome.",
    },
    "target_database_part": {
        "en": "{file} belongs to the database {database} (SQLite or cxcareer keeps it beside "
        "the database), so nothing was written. Choose another name.",
        "pt-BR": "{file} faz parte do banco de dados {database} (o SQLite ou o cxcareer o "
        "mantém ao lado do banco), por isso nada foi gravado. Escolha outro nome.",
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
    "server_not_granted": {
        "en": "You are connected to the company server as '{role}', but that login is not "
        "given to anyone here. Ask the server's administrator to run: "
        "cxcareer server grant PERSON --login {role}",
        "pt-BR": "Você está conectado ao servidor da empresa como '{role}', mas esse login não "
        "está atribuído a ninguém aqui. Peça ao administrador do servidor para executar: "
        "cxcareer server grant PESSOA --login {role}",
    },
    "server_needs_upgrade": {
        "en": "The company server's database is at an older schema ({revision}) than this "
        "cxcareer. Nothing was changed. Only its administrator can upgrade it, with: "
        "cxcareer server init --db URL",
        "pt-BR": "O banco de dados do servidor da empresa está em um esquema mais antigo "
        "({revision}) que este cxcareer. Nada foi alterado. Só o administrador pode "
        "atualizá-lo, com: cxcareer server init --db URL",
    },
    "server_not_allowed": {
        "en": "The company server did not allow changing {what}: connected as '{role}', "
        "you change your own profile, self ratings, evidence and plan, and your reports' "
        "manager ratings, verifications, actions and one-to-ones. Nothing was changed.",
        "pt-BR": "O servidor da empresa não permitiu alterar {what}: conectado como "
        "'{role}', você altera seu próprio perfil, autoavaliações, evidências e plano, e as "
        "avaliações de gestor, verificações, ações e conversas 1:1 dos seus liderados. Nada foi "
        "alterado.",
    },
    "server_history": {
        "en": "The company server keeps {what} exactly as written: they cannot be changed or "
        "removed. Nothing was changed.",
        "pt-BR": "O servidor da empresa guarda {what} sem alterações: o que foi registrado não "
        "pode ser alterado nem removido. Nada foi alterado.",
    },
    "server_what_data": {"en": "this data", "pt-BR": "estes dados"},
    "server_what_people": {"en": "people's profiles", "pt-BR": "os perfis das pessoas"},
    "server_what_person_targets": {"en": "the target roles", "pt-BR": "os cargos-alvo"},
    "server_what_framework_versions": {
        "en": "the stored frameworks",
        "pt-BR": "os frameworks guardados",
    },
    "server_what_assessments": {"en": "the ratings", "pt-BR": "as avaliações"},
    "server_what_evidence": {"en": "the evidence", "pt-BR": "as evidências"},
    "server_what_actions": {
        "en": "the development actions",
        "pt-BR": "as ações de desenvolvimento",
    },
    "server_what_action_status_changes": {
        "en": "the actions' status history",
        "pt-BR": "o histórico de status das ações",
    },
    "server_what_meetings": {"en": "the one-to-ones", "pt-BR": "as conversas 1:1"},
    "server_what_private_notes": {"en": "the private notes", "pt-BR": "as anotações privadas"},
    "db_holder_pid": {"en": "process {pid}", "pt-BR": "no processo {pid}"},
    "db_holder_unknown": {"en": "another process", "pt-BR": "em outro processo"},
    "db_holder_host": {"en": "{holder} on {host}", "pt-BR": "{holder} no computador {host}"},
}


def english(key: str, **facts: object) -> str:
    """The English sentence ``key``, filled in with ``facts``."""
    return ERROR_TEXTS[key]["en"].format(**facts)
