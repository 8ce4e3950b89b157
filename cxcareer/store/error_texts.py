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


def english(key: str, **facts: object) -> str:
    """The English sentence ``key``, filled in with ``facts``."""
    return ERROR_TEXTS[key]["en"].format(**facts)
