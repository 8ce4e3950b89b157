"""The sample team of ``cxcareer --demo``, written down as data.

Why data apart from the code that stores it: the story of each person (where they started, where
they stand, what they proved, what was agreed in their one-to-ones) is easier to read and to keep
believable as one table, in both languages, than spread over service calls. Days are counted back
from the day the demo is built, so every run tells the same story with fresh dates.

The team: a Support Performance Manager and four people at different stages — a new Support
Representative, a Support Specialist ready for Team Lead, a Team Lead aiming at Performance
Manager and a CX Analyst moving across to the support track.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cxcareer.framework import Text
from cxcareer.store.records import EvidenceKind, EvidenceStrength

__all__ = [
    "MANAGER",
    "MEMBERS",
    "ActionSpec",
    "EvidenceSpec",
    "MeetingSpec",
    "PersonSpec",
]


def _t(en: str, pt: str) -> Text:
    return Text.of(en=en, pt_BR=pt)


@dataclass(frozen=True)
class EvidenceSpec:
    """Something the person did that shows ``skill`` at ``level``, ``days_ago`` days back."""

    skill: str
    level: int
    days_ago: int
    kind: EvidenceKind
    strength: EvidenceStrength
    text: Text


@dataclass(frozen=True)
class ActionSpec:
    """A plan action; ``due_in`` counts from today (negative: already due), ``done_days_ago``
    says when it was finished (None: still open)."""

    title: Text
    created_days_ago: int
    due_in: int | None
    done_days_ago: int | None = None
    skill: str | None = None
    target_role: str | None = None


@dataclass(frozen=True)
class MeetingSpec:
    """A one-to-one ``days_ago`` days back; ``agreed`` are indexes into the person's actions."""

    days_ago: int
    shared: Text
    private: Text
    agreed: tuple[int, ...] = ()


@dataclass(frozen=True)
class PersonSpec:
    """One person of the demo and their history.

    Self ratings move evenly from ``start`` to ``now`` over ``self_days`` (days back, oldest
    first); manager ratings follow the same curve over ``manager_days``, shifted per skill by
    ``manager_delta`` (a manager who sees some things differently).
    """

    name: str
    email: str
    role: str
    targets: tuple[str, ...]
    start: Mapping[str, int]
    now: Mapping[str, int]
    self_days: tuple[int, ...]
    manager_days: tuple[int, ...] = ()
    manager_delta: Mapping[str, int] = field(default_factory=dict)
    manager_comments: Mapping[str, Text] = field(default_factory=dict)
    evidence: tuple[EvidenceSpec, ...] = ()
    actions: tuple[ActionSpec, ...] = ()
    meetings: tuple[MeetingSpec, ...] = ()


MANAGER = PersonSpec(
    name="Mariana Albuquerque",
    email="mariana.albuquerque@example.com.br",
    role="support-performance-manager",
    targets=("director-of-support",),
    start={
        "strategic-vision": 3,
        "effective-leadership": 4,
        "business-management": 3,
        "analytical-capacity": 5,
        "strategic-communication": 4,
        "inspiring-communication": 3,
        "political-vision": 3,
        "process-improvement": 4,
        "technical-proficiency": 4,
        "cx-metrics": 5,
        "customer-engagement-loyalty": 4,
        "leadership-mentoring": 5,
        "training-development": 5,
        "communication": 5,
        "problem-solving": 5,
        "empathy-patience": 4,
        "organisation": 5,
        "quality-assurance": 4,
        "escalation-management": 4,
        "crm-tools": 4,
        "help-desk-tools": 4,
        "analytics-tools": 4,
        "qa-tools": 3,
        "learning-platforms": 3,
        "feedback-tools": 3,
        "communication-tools": 3,
        "knowledge-management": 4,
    },
    now={
        "strategic-vision": 4,
        "effective-leadership": 5,
        "business-management": 4,
        "analytical-capacity": 5,
        "strategic-communication": 4,
        "inspiring-communication": 4,
        "political-vision": 3,
        "process-improvement": 5,
        "technical-proficiency": 4,
        "cx-metrics": 5,
        "customer-engagement-loyalty": 4,
        "leadership-mentoring": 5,
        "training-development": 5,
        "communication": 5,
        "problem-solving": 5,
        "empathy-patience": 4,
        "organisation": 5,
        "quality-assurance": 4,
        "escalation-management": 4,
        "crm-tools": 4,
        "help-desk-tools": 4,
        "analytics-tools": 4,
        "qa-tools": 3,
        "learning-platforms": 3,
        "feedback-tools": 3,
        "communication-tools": 3,
        "knowledge-management": 4,
    },
    self_days=(170, 85, 20),
)

_LUCAS = PersonSpec(
    name="Lucas Ferreira",
    email="lucas.ferreira@example.com.br",
    role="support-representative",
    targets=("support-specialist",),
    start={
        "communication": 1,
        "empathy-patience": 2,
        "problem-solving": 1,
        "technical-proficiency": 1,
        "organisation": 1,
        "executability": 1,
        "help-desk-tools": 1,
        "crm-tools": 1,
        "knowledge-management": 0,
        "escalation-management": 0,
        "analytical-capacity": 0,
    },
    now={
        "communication": 3,
        "empathy-patience": 3,
        "problem-solving": 2,
        "technical-proficiency": 2,
        "organisation": 2,
        "executability": 2,
        "help-desk-tools": 2,
        "crm-tools": 2,
        "knowledge-management": 2,
        "escalation-management": 1,
        "analytical-capacity": 1,
    },
    self_days=(100, 55, 12),
    manager_days=(90, 45, 7),
    manager_delta={"communication": -1, "help-desk-tools": 1},
    manager_comments={
        "communication": _t(
            "Clear on chat; phone calls still follow the script word for word.",
            "Claro no chat; nas ligações ainda segue o roteiro palavra por palavra.",
        ),
        "help-desk-tools": _t(
            "Already uses macros and views better than most of the team.",
            "Já usa macros e visualizações melhor que boa parte da equipe.",
        ),
    },
    evidence=(
        EvidenceSpec(
            "empathy-patience",
            3,
            30,
            EvidenceKind.FEEDBACK,
            EvidenceStrength.EXAMPLE,
            _t(
                "Customer praised the patience on a 40-minute billing call (CSAT 5/5).",
                "Cliente elogiou a paciência numa ligação de 40 minutos sobre cobrança (CSAT 5/5).",
            ),
        ),
        EvidenceSpec(
            "knowledge-management",
            2,
            20,
            EvidenceKind.WORK,
            EvidenceStrength.CLAIM,
            _t(
                "Updated three help-centre articles on password resets.",
                "Atualizou três artigos da central de ajuda sobre redefinição de senha.",
            ),
        ),
    ),
    actions=(
        ActionSpec(
            _t(
                "Finish the onboarding course on the help desk",
                "Concluir o curso de integração da ferramenta de atendimento",
            ),
            95,
            -60,
            done_days_ago=62,
            skill="help-desk-tools",
        ),
        ActionSpec(
            _t(
                "Shadow a specialist on escalated tickets",
                "Acompanhar um especialista em chamados escalados",
            ),
            45,
            -5,
            skill="escalation-management",
            target_role="support-specialist",
        ),
        ActionSpec(
            _t("Practise phone calls without the script", "Praticar ligações sem o roteiro"),
            45,
            21,
            skill="communication",
        ),
    ),
    meetings=(
        MeetingSpec(
            45,
            _t(
                "First month went well: queue targets met. Next: escalations and phone calls.",
                "O primeiro mês foi bom: metas da fila cumpridas. Próximo passo: escalonamentos "
                "e ligações.",
            ),
            _t("Keep an eye on confidence on the phone.", "Observar a segurança ao telefone."),
            agreed=(1, 2),
        ),
        MeetingSpec(
            12,
            _t(
                "Shadowing not started yet because of the holiday peak; moved to next sprint.",
                "O acompanhamento ainda não começou por causa do pico do feriado; ficou para o "
                "próximo sprint.",
            ),
            _t("Ask Camila to be his buddy.", "Pedir à Camila para ser a parceira dele."),
        ),
    ),
)

_CAMILA = PersonSpec(
    name="Camila Rodrigues",
    email="camila.rodrigues@example.com.br",
    role="support-specialist",
    targets=("support-team-lead",),
    start={
        "leadership-mentoring": 2,
        "escalation-management": 3,
        "effective-leadership": 2,
        "communication": 3,
        "problem-solving": 3,
        "organisation": 3,
        "training-development": 2,
        "analytical-capacity": 2,
        "quality-assurance": 2,
        "cx-metrics": 2,
        "help-desk-tools": 3,
        "empathy-patience": 3,
        "technical-proficiency": 3,
        "executability": 3,
        "crm-tools": 3,
        "knowledge-management": 3,
    },
    now={
        "leadership-mentoring": 4,
        "escalation-management": 4,
        "effective-leadership": 3,
        "communication": 4,
        "problem-solving": 4,
        "organisation": 4,
        "training-development": 3,
        "analytical-capacity": 3,
        "quality-assurance": 3,
        "cx-metrics": 3,
        "help-desk-tools": 4,
        "empathy-patience": 4,
        "technical-proficiency": 3,
        "executability": 3,
        "crm-tools": 3,
        "knowledge-management": 4,
    },
    self_days=(160, 110, 60, 14),
    manager_days=(150, 100, 50, 8),
    manager_delta={"knowledge-management": -1, "technical-proficiency": 1},
    manager_comments={
        "leadership-mentoring": _t(
            "Mentored both new hires this quarter; they ramped up two weeks faster.",
            "Foi mentora dos dois novos contratados neste trimestre; eles ganharam ritmo duas "
            "semanas mais rápido.",
        ),
    },
    evidence=(
        EvidenceSpec(
            "leadership-mentoring",
            4,
            40,
            EvidenceKind.WORK,
            EvidenceStrength.VERIFIED,
            _t(
                "Buddy for two new representatives; both passed probation early.",
                "Parceira de dois novos representantes; ambos passaram no período de "
                "experiência antes do prazo.",
            ),
        ),
        EvidenceSpec(
            "escalation-management",
            4,
            25,
            EvidenceKind.WORK,
            EvidenceStrength.EXAMPLE,
            _t(
                "Led the response to the payment outage: 120 tickets handled in one afternoon.",
                "Liderou a resposta à queda de pagamentos: 120 chamados atendidos em uma tarde.",
            ),
        ),
        EvidenceSpec(
            "training-development",
            3,
            15,
            EvidenceKind.TRAINING,
            EvidenceStrength.CLAIM,
            _t(
                "Ran the monthly product update session for the team.",
                "Conduziu a sessão mensal de novidades do produto para a equipe.",
            ),
        ),
    ),
    actions=(
        ActionSpec(
            _t(
                "Cover for the team lead during the holidays",
                "Substituir a líder de equipe nas férias",
            ),
            70,
            -30,
            done_days_ago=28,
            skill="effective-leadership",
            target_role="support-team-lead",
        ),
        ActionSpec(
            _t("Present the monthly CSAT review", "Apresentar a análise mensal de CSAT"),
            70,
            -40,
            done_days_ago=42,
            skill="cx-metrics",
        ),
        ActionSpec(
            _t("Take the internal leadership course", "Fazer o curso interno de liderança"),
            30,
            45,
            skill="effective-leadership",
            target_role="support-team-lead",
        ),
    ),
    meetings=(
        MeetingSpec(
            70,
            _t(
                "Talked about the Team Lead opening next quarter. Two stretch tasks agreed.",
                "Conversamos sobre a vaga de Líder de Equipe no próximo trimestre. Duas tarefas "
                "desafiadoras combinadas.",
            ),
            _t(
                "Strong candidate; check with HR about timing.",
                "Candidata forte; ver com o RH o prazo.",
            ),
            agreed=(0, 1),
        ),
        MeetingSpec(
            30,
            _t(
                "Both stretch tasks done well. Every Team Lead requirement is now met.",
                "As duas tarefas foram bem feitas. Todos os requisitos de Líder de Equipe estão "
                "atendidos.",
            ),
            _t(
                "Nominate her in the next promotion round.",
                "Indicá-la na próxima rodada de promoções.",
            ),
            agreed=(2,),
        ),
    ),
)

_RAFAEL = PersonSpec(
    name="Rafael Oliveira",
    email="rafael.oliveira@example.com.br",
    role="support-team-lead",
    targets=("support-performance-manager", "qa-lead"),
    start={
        "analytical-capacity": 3,
        "leadership-mentoring": 4,
        "training-development": 3,
        "cx-metrics": 3,
        "communication": 4,
        "problem-solving": 4,
        "empathy-patience": 4,
        "technical-proficiency": 3,
        "organisation": 4,
        "effective-leadership": 3,
        "quality-assurance": 3,
        "process-improvement": 2,
        "escalation-management": 4,
        "customer-engagement-loyalty": 2,
        "crm-tools": 3,
        "help-desk-tools": 3,
        "analytics-tools": 2,
        "qa-tools": 2,
        "learning-platforms": 1,
        "feedback-tools": 2,
        "communication-tools": 3,
        "knowledge-management": 3,
    },
    now={
        "analytical-capacity": 4,
        "leadership-mentoring": 4,
        "training-development": 4,
        "cx-metrics": 4,
        "communication": 4,
        "problem-solving": 4,
        "empathy-patience": 4,
        "technical-proficiency": 3,
        "organisation": 4,
        "effective-leadership": 3,
        "quality-assurance": 4,
        "process-improvement": 3,
        "escalation-management": 4,
        "customer-engagement-loyalty": 3,
        "crm-tools": 3,
        "help-desk-tools": 4,
        "analytics-tools": 3,
        "qa-tools": 3,
        "learning-platforms": 2,
        "feedback-tools": 2,
        "communication-tools": 3,
        "knowledge-management": 3,
    },
    self_days=(165, 120, 75, 30, 6),
    manager_days=(155, 105, 60, 20),
    manager_delta={"analytical-capacity": -1, "effective-leadership": 1, "learning-platforms": 1},
    manager_comments={
        "analytical-capacity": _t(
            "Reports are accurate but still describe rather than explain; aim for root causes.",
            "Os relatórios são precisos, mas ainda descrevem em vez de explicar; buscar as causas.",
        ),
    },
    evidence=(
        EvidenceSpec(
            "cx-metrics",
            4,
            50,
            EvidenceKind.WORK,
            EvidenceStrength.VERIFIED,
            _t(
                "Built the weekly FCR and backlog dashboard the whole floor now uses.",
                "Criou o painel semanal de FCR e backlog que toda a operação usa hoje.",
            ),
        ),
        EvidenceSpec(
            "quality-assurance",
            4,
            22,
            EvidenceKind.CERTIFICATION,
            EvidenceStrength.EXAMPLE,
            _t(
                "COPC quality coordinator certificate.",
                "Certificado de coordenador de qualidade COPC.",
            ),
        ),
    ),
    actions=(
        ActionSpec(
            _t(
                "Lead the quarterly workforce planning",
                "Conduzir o planejamento trimestral de escala",
            ),
            80,
            -20,
            skill="analytical-capacity",
            target_role="support-performance-manager",
        ),
        ActionSpec(
            _t(
                "Run a process-improvement pilot on refunds",
                "Conduzir um piloto de melhoria de processo em reembolsos",
            ),
            80,
            -35,
            done_days_ago=33,
            skill="process-improvement",
        ),
        ActionSpec(
            _t(
                "Set up the team's training plan in the LMS",
                "Montar o plano de treinamento da equipe na plataforma de ensino",
            ),
            25,
            30,
            skill="learning-platforms",
        ),
    ),
    meetings=(
        MeetingSpec(
            80,
            _t(
                "Agreed on a year-long plan towards Performance Manager: planning and analysis "
                "first.",
                "Combinamos um plano de um ano rumo a Gerente de Desempenho: planejamento e "
                "análise primeiro.",
            ),
            _t("Needs more exposure to finance.", "Precisa de mais contato com a área financeira."),
            agreed=(0, 1),
        ),
        MeetingSpec(
            25,
            _t(
                "Refund pilot cut handling time by 18%. Workforce planning is late: agreed to "
                "pair with Mariana on it.",
                "O piloto de reembolsos reduziu o tempo de atendimento em 18%. O planejamento "
                "de escala está atrasado: combinamos fazê-lo junto com a Mariana.",
            ),
            _t("", ""),
            agreed=(2,),
        ),
    ),
)

_JULIANA = PersonSpec(
    name="Juliana Santos",
    email="juliana.santos@example.com.br",
    role="cx-analyst",
    targets=("support-specialist", "qa-analyst"),
    start={
        "analytical-capacity": 3,
        "executability": 3,
        "experience-design": 3,
        "effective-influence": 2,
        "communication": 3,
        "process-improvement": 2,
        "cx-metrics": 3,
        "customer-engagement-loyalty": 3,
        "feedback-tools": 3,
        "analytics-tools": 3,
        "problem-solving": 2,
        "empathy-patience": 3,
        "technical-proficiency": 1,
        "escalation-management": 1,
        "help-desk-tools": 1,
        "crm-tools": 2,
        "knowledge-management": 1,
        "quality-assurance": 2,
        "qa-tools": 1,
        "organisation": 3,
    },
    now={
        "analytical-capacity": 4,
        "executability": 3,
        "experience-design": 3,
        "effective-influence": 3,
        "communication": 3,
        "process-improvement": 3,
        "cx-metrics": 4,
        "customer-engagement-loyalty": 3,
        "feedback-tools": 4,
        "analytics-tools": 3,
        "problem-solving": 3,
        "empathy-patience": 3,
        "technical-proficiency": 2,
        "escalation-management": 2,
        "help-desk-tools": 2,
        "crm-tools": 3,
        "knowledge-management": 2,
        "quality-assurance": 2,
        "qa-tools": 2,
        "organisation": 3,
    },
    self_days=(130, 70, 18),
    manager_days=(120, 60, 10),
    manager_delta={"help-desk-tools": -1, "communication": 1},
    evidence=(
        EvidenceSpec(
            "analytical-capacity",
            4,
            35,
            EvidenceKind.WORK,
            EvidenceStrength.VERIFIED,
            _t(
                "Churn analysis linking slow first replies to cancellations.",
                "Análise de churn que relacionou primeiras respostas lentas a cancelamentos.",
            ),
        ),
        EvidenceSpec(
            "help-desk-tools",
            2,
            10,
            EvidenceKind.TRAINING,
            EvidenceStrength.CLAIM,
            _t(
                "Two weeks on the support queue to learn the help desk.",
                "Duas semanas na fila de suporte para aprender a ferramenta de atendimento.",
            ),
        ),
    ),
    actions=(
        ActionSpec(
            _t(
                "Spend one day a week on the support queue",
                "Passar um dia por semana na fila de suporte",
            ),
            60,
            -10,
            skill="help-desk-tools",
            target_role="support-specialist",
        ),
        ActionSpec(
            _t(
                "Write the escalation guide for product bugs",
                "Escrever o guia de escalonamento para bugs do produto",
            ),
            60,
            -25,
            done_days_ago=26,
            skill="escalation-management",
        ),
        ActionSpec(
            _t(
                "Learn the QA scorecard with the quality team",
                "Aprender o formulário de qualidade com a equipe de QA",
            ),
            20,
            40,
            skill="qa-tools",
            target_role="qa-analyst",
        ),
    ),
    meetings=(
        MeetingSpec(
            60,
            _t(
                "Wants to move across to support to get closer to customers. Plan: queue time "
                "and escalations.",
                "Quer migrar para o suporte para ficar mais perto dos clientes. Plano: tempo na "
                "fila e escalonamentos.",
            ),
            _t(
                "Talk to the CX manager about backfilling.",
                "Conversar com o gerente de CX sobre a reposição.",
            ),
            agreed=(0, 1),
        ),
        MeetingSpec(
            18,
            _t(
                "Escalation guide published. Queue days keep slipping: block them in the calendar.",
                "Guia de escalonamento publicado. Os dias na fila continuam escapando: "
                "bloqueá-los na agenda.",
            ),
            _t("", ""),
            agreed=(2,),
        ),
    ),
)

#: The people reporting to :data:`MANAGER`, in the order the demo adds them.
MEMBERS: tuple[PersonSpec, ...] = (_LUCAS, _CAMILA, _RAFAEL, _JULIANA)
