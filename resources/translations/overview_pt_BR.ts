<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/actions_model.py" line="42"/>
        <source>Action</source>
        <extracomment>The action&apos;s id.</extracomment>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/actions_model.py" line="42"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/actions_model.py" line="42"/>
        <source>For role</source>
        <translation>Para o cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/actions_model.py" line="42"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/actions_model.py" line="75"/>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
</context>
<context>
    <name>NextMovesModel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/next_moves_model.py" line="42"/>
        <source>Next move / missing skill</source>
        <translation>Próximo passo / competência em falta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/next_moves_model.py" line="43"/>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/next_moves_model.py" line="44"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/next_moves_model.py" line="45"/>
        <source>Typical time</source>
        <translation>Tempo típico</translation>
    </message>
</context>
<context>
    <name>OverviewLabels</name>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="28"/>
        <source>not rated yet (0)</source>
        <translation>ainda sem avaliação (0)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="31"/>
        <source>You have: {have}. Needed: {need}.</source>
        <translation>Você tem: {have}. Necessário: {need}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="39"/>
        <source>Promotion</source>
        <translation>Promoção</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="40"/>
        <source>Lateral move</source>
        <translation>Movimentação lateral</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="45"/>
        <source>{percent} — ready</source>
        <translation>{percent} — pronto</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="235"/>
        <source>No current role chosen yet. Choose the role {name} holds today to see readiness, next moves and paths.</source>
        <translation>Nenhum cargo atual escolhido ainda. Escolha o cargo que {name} ocupa hoje para ver prontidão, próximos passos e caminhos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="239"/>
        <source>Choose current role…</source>
        <translation>Escolher cargo atual…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="243"/>
        <source>Current role: {role}</source>
        <translation>Cargo atual: {role}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="245"/>
        <source>Change current role…</source>
        <translation>Mudar cargo atual…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="256"/>
        <source>A person can have up to three targets.</source>
        <translation>Cada pessoa pode ter até três objetivos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="263"/>
        <source>Next moves appear here once a current role is chosen.</source>
        <translation>Os próximos passos aparecem aqui depois que um cargo atual for escolhido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="267"/>
        <source>No move leads on from this role in the framework: it is a top role.</source>
        <translation>Nenhum passo parte deste cargo no framework: é um cargo do topo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="274"/>
        <source>Show on the ladder</source>
        <translation>Mostrar na escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="275"/>
        <source>Show the current role on the ladder</source>
        <translation>Mostrar o cargo atual na escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="276"/>
        <source>Choose the current role</source>
        <translation>Escolher o cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="277"/>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="280"/>
        <source>No target roles yet. Add the role you are aiming for (up to three) to see how ready you are and the best route there.</source>
        <translation>Ainda não há cargos-alvo. Adicione o cargo que você quer alcançar (até três) para ver sua prontidão e o melhor caminho até lá.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="284"/>
        <source>Targets and their missing skills</source>
        <translation>Objetivos e as competências em falta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="285"/>
        <source>How is this computed?</source>
        <translation>Como isto é calculado?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="286"/>
        <source>Show how readiness is computed</source>
        <translation>Mostrar como a prontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="289"/>
        <source>Shows the readiness formula with this person&apos;s numbers for the selected target.</source>
        <translation>Mostra a fórmula da prontidão com os números desta pessoa para o objetivo selecionado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="292"/>
        <source>Add a target…</source>
        <translation>Adicionar objetivo…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="294"/>
        <source>Next moves</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="295"/>
        <source>Next moves and their missing skills</source>
        <translation>Próximos passos e as competências em falta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="296"/>
        <location filename="../../cxcareer/ui/overview/page.py" line="297"/>
        <source>Open plan actions</source>
        <translation>Ações abertas do plano</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="300"/>
        <source>No open actions in the development plan. Agree on a next action in a one-to-one.</source>
        <translation>Nenhuma ação aberta no plano de desenvolvimento. Combine uma próxima ação em uma conversa 1:1.</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="166"/>
        <source>How is readiness computed?</source>
        <translation>Como a prontidão é calculada?</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="90"/>
        <source>For every skill the role needs, take the smaller of your level and the level needed (a level above the one needed earns nothing extra) and multiply it by the skill&apos;s weight. Add these up and divide by the sum of weight × level needed over the same skills.</source>
        <translation>Para cada competência que o cargo exige, pegue o menor valor entre o seu nível e o nível exigido (um nível acima do exigido não soma nada a mais) e multiplique pelo peso da competência. Some esses valores e divida pela soma de peso × nível exigido das mesmas competências.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="96"/>
        <source>Readiness terms, one row per skill</source>
        <translation>Termos da prontidão, uma linha por competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="97"/>
        <source>Readiness formula</source>
        <translation>Fórmula da prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="111"/>
        <source>Choose a target to see how its readiness is computed.</source>
        <translation>Escolha um objetivo para ver como a prontidão dele é calculada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="115"/>
        <source>How readiness for {role} is computed</source>
        <translation>Como é calculada a prontidão para {role}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="118"/>
        <source>{role} lists no skill requirements, so readiness is 100%.</source>
        <translation>{role} não exige nenhuma competência, então a prontidão é 100%.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="125"/>
        <source>Readiness = {have} ÷ {need} = {percent}. You meet {met} of {total} requirements.</source>
        <translation>Prontidão = {have} ÷ {need} = {percent}. Você atende {met} de {total} requisitos.</translation>
    </message>
</context>
<context>
    <name>ReadinessTermsModel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="44"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="45"/>
        <source>Weight (w)</source>
        <translation>Peso (w)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="46"/>
        <source>You have</source>
        <translation>Você tem</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="47"/>
        <source>Needed</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="48"/>
        <source>w × min(have, need)</source>
        <translation>w × min(tem, exigido)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="49"/>
        <source>w × need</source>
        <translation>w × exigido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="57"/>
        <source>A level above the one needed counts only up to the one needed.</source>
        <translation>Um nível acima do exigido conta só até o nível exigido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="72"/>
        <source>Met: you have the level this role needs.</source>
        <translation>Atendido: você tem o nível que este cargo exige.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="73"/>
        <source>Levels to gain: {points}.</source>
        <translation>Níveis a ganhar: {points}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="78"/>
        <source>{skill} ✓</source>
        <translation>{skill} ✓</translation>
    </message>
</context>
<context>
    <name>RolePickerDialog</name>
    <message>
        <location filename="../../cxcareer/ui/overview/role_picker.py" line="72"/>
        <source>Current role</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/role_picker.py" line="73"/>
        <source>The role {name} holds today:</source>
        <translation>O cargo que {name} ocupa hoje:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/role_picker.py" line="96"/>
        <source>A role {name} is aiming for:</source>
        <translation>Um cargo que {name} quer alcançar:</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/roles_model.py" line="77"/>
        <source>{title} (level {level})</source>
        <extracomment>The role id of a row.</extracomment>
        <translation>{title} (nível {level})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/roles_model.py" line="78"/>
        <source>{title} ({track}, level {level})</source>
        <translation>{title} ({track}, nível {level})</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="46"/>
        <source>Target / missing skill</source>
        <translation>Objetivo / competência em falta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="47"/>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="48"/>
        <source>Points to gain</source>
        <translation>Pontos a ganhar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="49"/>
        <source>Best route</source>
        <translation>Melhor caminho</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="72"/>
        <source>Main target</source>
        <translation>Objetivo principal</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="92"/>
        <source>Choose a current role first</source>
        <translation>Escolha primeiro um cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="94"/>
        <source>No route from the current role</source>
        <translation>Nenhum caminho a partir do cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/targets_model.py" line="96"/>
        <source>{moves}, {time}</source>
        <extracomment>{moves} is &quot;2 moves&quot;, {time} &quot;6 months&quot; or &quot;about 2 years&quot;.</extracomment>
        <translation>{moves}, {time}</translation>
    </message>
</context>
</TS>
