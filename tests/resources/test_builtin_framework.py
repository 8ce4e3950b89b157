"""The built-in framework is faithful to its three seed documents.

The checklist below was written by reading the seeds (``../shared/seeds``): every role, competency,
skill, tool family, KPI, tier and SFIA level they name, and where it must appear in the framework.
"""

from __future__ import annotations

import itertools
from collections import deque

import pytest

from cxcareer.framework import Framework, MoveKind, Text, Tier
from cxcareer.framework.builtin import builtin_path, load_builtin
from cxcareer.framework.load import check_file

# Seed 000 (CX competencies and roles) and seed 002 (support career path): role id per seed role.
SEED_ROLES = {
    "Diretor de Experiência do Cliente": "cx-director",
    "Gerente de Experiência do Cliente": "cx-manager",
    "Coordenador de experiência do cliente": "cx-coordinator",
    "Analista de Experiência do Cliente": "cx-analyst",
    "Assistente de Experiência do Cliente": "cx-assistant",
    "Representante de Suporte ao Cliente": "support-representative",
    "Especialista de Suporte ao Cliente": "support-specialist",
    "Líder de Equipe de Suporte ao Cliente": "support-team-lead",
    "Gerente de Desempenho de Suporte ao Cliente": "support-performance-manager",
    "Diretor de Suporte ao Cliente": "director-of-support",
    "Chefe de Experiência do Cliente": "head-of-cx",
    "Vice-Presidente de Suporte ao Cliente": "vp-customer-support",
    "Diretor de Atendimento ao Cliente (Chief Customer Officer)": "chief-customer-officer",
    "especialização em tecnologia de suporte ao cliente": "support-tools-specialist",
    "foco em garantia de qualidade": "qa-analyst",
    "papéis de experiência do cliente com escopo mais amplo": "customer-engagement-manager",
}

# Seed 000 competencies, seed 002 skills and tool families: skill id and a word of its pt-BR name.
SEED_SKILLS = {
    "Visão estratégica": ("strategic-vision", "Visão estratégica"),
    "Capacidade Analítica": ("analytical-capacity", "Capacidade analítica"),
    "Gestão de negócios": ("business-management", "Gestão de negócios"),
    "Liderança efetiva": ("effective-leadership", "Liderança efetiva"),
    "Design de experiência": ("experience-design", "Design de experiência"),
    "Comunicação inspiradora": ("inspiring-communication", "Comunicação inspiradora"),
    "Visão política": ("political-vision", "Visão política"),
    "Comunicação estratégica": ("strategic-communication", "Comunicação estratégica"),
    "Capacidade de executabilidade": ("executability", "executabilidade"),
    "Influência efetiva": ("effective-influence", "Influência efetiva"),
    "Habilidades Analíticas": ("analytical-capacity", "habilidades analíticas"),
    "Liderança e Mentoria": ("leadership-mentoring", "Liderança e mentoria"),
    "Habilidades de Comunicação": ("communication", "Comunicação"),
    "Habilidades de Resolução de Problemas": ("problem-solving", "Resolução de problemas"),
    "Empatia e Paciência": ("empathy-patience", "Empatia e paciência"),
    "Treinamento e Desenvolvimento": ("training-development", "Treinamento e desenvolvimento"),
    "Proeficiência Técnica": ("technical-proficiency", "Proficiência técnica"),
    "Habilidades Organizacionais": ("organisation", "Organização"),
    "Software de CRM": ("crm-tools", "CRM"),
    "Software de Help Desk": ("help-desk-tools", "help desk"),
    "Ferramentas de Análise de Dados": ("analytics-tools", "análise de dados"),
    "Ferramentas de Garantia de Qualidade": ("qa-tools", "garantia de qualidade"),
    "Plataformas de Treinamento (LMS)": ("learning-platforms", "LMS"),
    "Ferramentas de Coleta de Feedback": ("feedback-tools", "feedback"),
    "Ferramentas de Comunicação": ("communication-tools", "comunicação"),
    "Sistemas de Gestão do Conhecimento": ("knowledge-management", "gestão do conhecimento"),
    "Engajamento e fidelidade do cliente (CELO)": ("customer-engagement-loyalty", "CELO"),
}

# Seed 002 responsibilities that became practice skills.
SEED_PRACTICES = {
    "Avaliação de Qualidade": "quality-assurance",
    "Otimização de Processos": "process-improvement",
    "Gestão de Escalonamento": "escalation-management",
}

# KPIs named by the seeds, the pt-BR words to find, and the roles whose texts must mention them.
SEED_KPIS = {
    "NPS": ("NPS", ["cx-coordinator", "cx-manager", "cx-director"]),
    "CSAT": ("CSAT", ["support-performance-manager", "cx-director"]),
    "churn": ("churn", ["cx-director"]),
    "LTV": ("LTV", ["cx-director"]),
    "recorrência": ("recorrência", ["cx-coordinator", "cx-manager", "cx-director"]),
    "fidelização": ("fidelização", ["cx-coordinator", "cx-manager", "cx-director"]),
    "índice de reclamação": ("reclamação", ["cx-coordinator", "cx-manager"]),
    "faturamento": ("faturamento", ["cx-director"]),
    "EBITDA": ("EBITDA", ["cx-director"]),
    "tempo de resposta": ("tempo de resposta", ["support-performance-manager"]),
    "tempo de resolução": ("tempo de resolução", ["support-performance-manager"]),
    "volume de chamados": ("volume de chamados", ["support-performance-manager"]),
    "OKRs": ("OKRs", ["cx-director"]),
}

# Seed 000 activities of each CX position, and seed 002's nine responsibilities and eight best
# practices of the performance manager: the role whose texts (pt-BR) must cover each, and a phrase.
SEED_ACTIVITIES = {
    "Diretor: liderar um time de lideranças": ("cx-director", "supervisores"),
    "Diretor: direcionar esforços e destravar barreiras": ("cx-director", "desbloquear"),
    "Diretor: OKRs e inovação": ("cx-director", "inovação"),
    "Diretor: reports para C-Levels e Conselho": ("cx-director", "conselho"),
    "Diretor: indicadores de Customer Success": ("cx-director", "customer success"),
    "Diretor: estratégias viáveis e escaláveis": ("cx-director", "escalem"),
    "Diretor: cultura com foco no cliente e parceria comercial": ("cx-director", "vendas"),
    "Diretor: ponte entre Customer e outras áreas": ("cx-director", "ponte"),
    "Diretor: melhorias de processo e eficiência": ("cx-director", "eficientes"),
    "Diretor: orçamento da área": ("cx-director", "orçamento"),
    "Gestor: estratégias e iniciativas de CX": ("cx-manager", "programas"),
    "Gestor: analisar feedback e dados": ("cx-manager", "dados"),
    "Gestor: interações consistentes nos pontos de contato": ("cx-manager", "qualquer canal"),
    "Gestor: colaborar com equipes multifuncionais": ("cx-manager", "produto, vendas"),
    "Gestor: monitorar métricas e relatórios": ("cx-manager", "relatório"),
    "Analista: modelos e métricas de atendimento": ("cx-analyst", "modelos de atendimento"),
    "Analista: processos, alçadas, fluxo e contingência": ("cx-analyst", "alçadas"),
    "Analista: modelo de contingência com autonomia": ("cx-analyst", "contingência"),
    "Nível operacional inclui auxiliares": ("cx-assistant", "auxiliar"),
    "Nível de supervisão": ("support-team-lead", "supervisão"),
    "GDS: monitoramento e análise de desempenho": ("support-performance-manager", "KPIs"),
    "GDS: liderança e coaching de equipe": ("support-performance-manager", "orientar"),
    "GDS: treinamento e desenvolvimento": ("support-performance-manager", "capacitação"),
    "GDS: avaliação de qualidade": ("support-performance-manager", "auditorias"),
    "GDS: otimização de processos": ("support-performance-manager", "otimizar"),
    "GDS: gestão de feedback do cliente": ("support-performance-manager", "redes sociais"),
    "GDS: integração de tecnologia": ("support-performance-manager", "tecnologias"),
    "GDS: relatórios e comunicação": ("support-performance-manager", "alta gestão"),
    "GDS: gestão de escalonamento": ("support-performance-manager", "protocolo de escalonamento"),
    "Boa prática: decisões baseadas em dados": ("support-performance-manager", "baseadas em dados"),
    "Boa prática: melhoria contínua": ("support-performance-manager", "melhoria contínua"),
    "Boa prática: empoderamento": ("support-performance-manager", "empoderadas"),
    "Boa prática: centrada no cliente": ("support-performance-manager", "centrada no cliente"),
    "Boa prática: comunicação eficaz": ("support-performance-manager", "comunicação clara"),
    "Boa prática: solução proativa": ("support-performance-manager", "proativa"),
    "Boa prática: aproveitar a tecnologia": ("support-performance-manager", "tecnologia"),
    "Boa prática: garantia de qualidade": ("support-performance-manager", "qualidade"),
}

# Seed 000 tiers for its three levels of roles.
SEED_TIERS = {
    "cx-director": Tier.STRATEGIC,
    "cx-manager": Tier.TACTICAL,
    "cx-coordinator": Tier.TACTICAL,
    "cx-analyst": Tier.OPERATIONAL,
    "cx-assistant": Tier.OPERATIONAL,
}

# Seed 002 career path, in order: each stage must be reachable from the one before by promotions.
SEED_LADDER = [
    {"support-representative", "support-specialist"},
    {"support-team-lead"},
    {"support-performance-manager"},
    {"director-of-support", "head-of-cx"},
    {"vp-customer-support", "chief-customer-officer"},
]

# Seed 003: SFIA levels 3-6 of CELO and their level names.
SFIA_LEVELS = {3: "Aplica", 4: "Possibilita", 5: "Garante", 6: "Inicia"}
SFIA_LEVELS_EN = {3: "Apply", 4: "Enable", 5: "Ensure", 6: "Initiate"}


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_builtin()


def _texts(role_texts: list[Text]) -> str:
    return " ".join(text.get("pt-BR") + " " + text.get("en") for text in role_texts)


def test_loads_with_no_problem_at_all() -> None:
    report = check_file(builtin_path())
    assert [str(problem) for problem in report.problems] == []
    assert report.ok


@pytest.mark.parametrize(("seed_name", "role_id"), sorted(SEED_ROLES.items()))
def test_every_seed_role_is_present(framework: Framework, seed_name: str, role_id: str) -> None:
    role = framework.role(role_id)
    assert role.title.get("pt-BR")
    assert role.description
    assert role.responsibilities


@pytest.mark.parametrize(("seed_name", "expected"), sorted(SEED_SKILLS.items()))
def test_every_seed_skill_is_present(
    framework: Framework, seed_name: str, expected: tuple[str, str]
) -> None:
    skill_id, words = expected
    skill = framework.skill(skill_id)
    assert words.lower() in (skill.name.get("pt-BR") + skill.description.get("pt-BR")).lower()
    assert any(req.skill == skill_id for role in framework.roles.values() for req in role.requires)


@pytest.mark.parametrize(("seed_name", "skill_id"), sorted(SEED_PRACTICES.items()))
def test_every_seed_practice_is_present(
    framework: Framework, seed_name: str, skill_id: str
) -> None:
    assert framework.skill(skill_id).name.get("pt-BR")


@pytest.mark.parametrize(("activity", "where"), sorted(SEED_ACTIVITIES.items()))
def test_every_seed_activity_is_covered(
    framework: Framework, activity: str, where: tuple[str, str]
) -> None:
    role_id, words = where
    role = framework.role(role_id)
    assert words.lower() in _texts([role.description, *role.responsibilities]).lower(), activity


def test_cx_track_covers_teaching_and_bx(framework: Framework) -> None:
    description = framework.track("cx").description
    assert "BX" in description.get("pt-BR")
    assert "ensinar" in description.get("pt-BR")


@pytest.mark.parametrize(("kpi", "where"), sorted(SEED_KPIS.items()))
def test_every_kpi_is_watched_by_its_tier(
    framework: Framework, kpi: str, where: tuple[str, list[str]]
) -> None:
    words, role_ids = where
    for role_id in role_ids:
        role = framework.role(role_id)
        text = _texts([role.description, *role.responsibilities])
        assert words.lower() in text.lower(), (kpi, role_id)


def test_tool_families_are_tools(framework: Framework) -> None:
    tools = [s for s in framework.skills.values() if s.category.get("en") == "Tool"]
    assert len(tools) == 8


def test_sfia_celo_levels_3_to_6(framework: Framework) -> None:
    celo = framework.skill("customer-engagement-loyalty")
    assert sorted(celo.levels) == [3, 4, 5, 6]
    assert "SFIA" in framework.source.get("en")
    assert "CELO" in framework.source.get("pt-BR")
    for level, name in SFIA_LEVELS.items():
        assert framework.scale.name(level, "pt-BR").startswith(name)
        assert framework.scale.name(level, "en").startswith(SFIA_LEVELS_EN[level])
        assert celo.descriptor(level, "en")
        assert celo.descriptor(level, "pt-BR")
    needed = {
        req.level
        for role in framework.roles.values()
        for req in role.requires
        if req.skill == "customer-engagement-loyalty"
    }
    assert needed == {3, 4, 5, 6}


def test_tiers(framework: Framework) -> None:
    for role_id, tier in SEED_TIERS.items():
        assert framework.role(role_id).tier is tier
    assert all(role.tier is not None for role in framework.roles.values())


def test_every_text_has_both_languages(framework: Framework) -> None:
    texts: list[tuple[str, Text]] = [("name", framework.name), ("source", framework.source)]
    for skill in framework.skills.values():
        texts += [(skill.id, skill.name), (skill.id, skill.description)]
        texts += [(f"{skill.id}.{level}", text) for level, text in skill.levels.items()]
    for role in framework.roles.values():
        texts += [(role.id, role.title), (role.id, role.description)]
        texts += [(role.id, text) for text in role.responsibilities]
    for where, text in texts:
        assert set(text.languages()) == {"en", "pt-BR"}, where
        assert text.values["en"] != text.values["pt-BR"] or len(text.values["en"]) < 12, where


def test_every_required_level_has_a_descriptor(framework: Framework) -> None:
    for role in framework.roles.values():
        for req in role.requires:
            assert framework.skill(req.skill).descriptor(req.level, "pt-BR"), (role.id, req)


def test_promotions_go_up_and_moves_have_months(framework: Framework) -> None:
    for move in framework.transitions:
        assert move.months is not None
        assert move.months > 0
        if move.kind is MoveKind.PROMOTION:
            assert framework.role(move.target).level > framework.role(move.source).level


def test_the_seed_ladder_is_climbable_in_order(framework: Framework) -> None:
    promotions: dict[str, set[str]] = {}
    for move in framework.transitions:
        if move.kind is MoveKind.PROMOTION:
            promotions.setdefault(move.source, set()).add(move.target)

    def reachable(start: set[str]) -> set[str]:
        seen, queue = set(start), deque(start)
        while queue:
            for nxt in promotions.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    for lower, higher in itertools.pairwise(SEED_LADDER):
        for role_id in lower:
            assert higher & reachable({role_id}), (role_id, higher)
    assert all(framework.role(r).entry for r in SEED_LADDER[0])


def test_typical_months_follow_published_ladders(framework: Framework) -> None:
    months: dict[tuple[str, str], int | None] = {
        (m.source, m.target): m.months for m in framework.transitions
    }
    assert 12 <= (months[("support-representative", "support-specialist")] or 0) <= 24
    assert 24 <= (months[("support-specialist", "support-team-lead")] or 0) <= 48
    assert 36 <= (months[("support-team-lead", "support-performance-manager")] or 0) <= 60
    assert 60 <= (months[("support-performance-manager", "director-of-support")] or 0) <= 96


# Lateral moves the brief and seed 002 call for (support <-> CX, and into/out of the branches).
LATERAL_PAIRS = [
    ("support-representative", "cx-assistant"),
    ("support-specialist", "cx-analyst"),
    ("support-team-lead", "cx-coordinator"),
    ("support-performance-manager", "cx-manager"),
    ("director-of-support", "head-of-cx"),
    ("head-of-cx", "cx-director"),
    ("support-specialist", "qa-analyst"),
    ("support-specialist", "support-tools-specialist"),
    ("support-team-lead", "qa-lead"),
    ("support-team-lead", "support-technology-lead"),
]


@pytest.mark.parametrize(("one", "other"), LATERAL_PAIRS)
def test_lateral_moves_go_both_ways(framework: Framework, one: str, other: str) -> None:
    lateral = {(m.source, m.target) for m in framework.transitions if m.kind is MoveKind.LATERAL}
    assert (one, other) in lateral
    assert (other, one) in lateral


def test_every_role_is_reachable_from_an_entry_role(framework: Framework) -> None:
    moves: dict[str, set[str]] = {}
    for move in framework.transitions:
        moves.setdefault(move.source, set()).add(move.target)
    seen: set[str] = {role.id for role in framework.entry_roles()}
    queue = deque(seen)
    while queue:
        for nxt in moves.get(queue.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    assert seen == set(framework.roles)


def test_every_track_is_used_and_every_role_has_one(framework: Framework) -> None:
    used = {role.track for role in framework.roles.values()}
    assert None not in used
    assert used == set(framework.tracks)


def test_roles_are_fully_described(framework: Framework) -> None:
    for role in framework.roles.values():
        assert 3 <= len(role.responsibilities) <= 8, role.id
        assert role.requires, role.id
        core = [req for req in role.requires if req.weight == 2]
        assert core, role.id
        assert all(req.weight in (1, 2) for req in role.requires), role.id
        assert all(req.level in framework.scale for req in role.requires), role.id


def test_role_levels_follow_the_seed_ladders(framework: Framework) -> None:
    levels: dict[str, int] = {role_id: role.level for role_id, role in framework.roles.items()}
    assert levels["support-representative"] == levels["cx-assistant"] == 2
    assert levels["vp-customer-support"] == levels["chief-customer-officer"] == 7
    for lower, higher in itertools.pairwise(SEED_LADDER):
        assert max(levels[r] for r in lower) < min(levels[r] for r in higher)
    cx_ladder = ["cx-assistant", "cx-analyst", "cx-coordinator", "cx-manager", "cx-director"]
    assert [levels[r] for r in cx_ladder] == sorted(levels[r] for r in cx_ladder)
