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
    "unknown_id": {
        "en": "unknown {kind} '{value}'",
        "pt-BR": "{kind} desconhecida: '{value}'",
    },
    "closest": {"en": "closest: {ids}", "pt-BR": "mais próximas: {ids}"},
    "kind_role": {"en": "role", "pt-BR": "função"},
    "kind_skill": {"en": "skill", "pt-BR": "habilidade"},
    "kind_track": {"en": "track", "pt-BR": "trilha"},
    "bad_level": {
        "en": "level {level} for skill '{skill}' is out of range: use {minimum} to {maximum}",
        "pt-BR": "nível {level} da habilidade '{skill}' fora da faixa: use de {minimum} a "
        "{maximum}",
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
    "no_gui": {
        "en": "The desktop window is not part of this version yet; the commands below work today.",
        "pt-BR": "A janela do aplicativo ainda não faz parte desta versão; os comandos abaixo já "
        "funcionam.",
    },
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
