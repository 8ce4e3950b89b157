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
    <name>MovesModel</name>
    <message>
        <location filename="../../cxcareer/ui/overview/moves_model.py" line="54"/>
        <source>Role</source>
        <extracomment>The role id of a row. The readiness of a row (None for a role without requirements), for sorting and tests.</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/moves_model.py" line="54"/>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/moves_model.py" line="54"/>
        <source>Move and typical time</source>
        <translation>Passo e tempo típico</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/moves_model.py" line="70"/>
        <source>Press Enter or double-click to show it on the ladder.</source>
        <translation>Pressione Enter ou clique duas vezes para mostrá-lo na escada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/moves_model.py" line="80"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>OverviewLabels</name>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="33"/>
        <source>You have: {have}. Needed: {need}.</source>
        <translation>Você tem: {have}. Necessário: {need}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="41"/>
        <source>Promotion</source>
        <translation>Promoção</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/labels.py" line="42"/>
        <source>Lateral move</source>
        <translation>Movimentação lateral</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="219"/>
        <source>No current role chosen yet.</source>
        <translation>Nenhum cargo atual escolhido ainda.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="224"/>
        <source>Current role: {role}</source>
        <translation>Cargo atual: {role}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="226"/>
        <source>Change current role…</source>
        <translation>Mudar cargo atual…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="247"/>
        <source>No other target or move to list.</source>
        <translation>Nenhum outro objetivo ou passo para listar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="253"/>
        <source>A person can have up to three targets.</source>
        <translation>Cada pessoa pode ter até três objetivos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="259"/>
        <source>Targets and other moves ({count})</source>
        <translation>Objetivos e outros passos ({count})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="262"/>
        <source>Open plan actions ({count})</source>
        <translation>Ações abertas do plano ({count})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="270"/>
        <source>Targets and other moves</source>
        <translation>Objetivos e outros passos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="274"/>
        <source>Shows the readiness formula with this person&apos;s numbers for the selected role.</source>
        <translation>Mostra a fórmula da prontidão com os números desta pessoa para o cargo selecionado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="281"/>
        <source>No open actions in the development plan. Add a suggested action above, or agree on one in a one-to-one.</source>
        <translation>Nenhuma ação aberta no plano de desenvolvimento. Adicione uma ação sugerida acima ou combine uma numa conversa 1:1.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="320"/>
        <source>Add “{action}” to the plan</source>
        <translation>Adicionar “{action}” ao plano</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="244"/>
        <source>Next moves appear here once a current role is chosen.</source>
        <translation>Os próximos passos aparecem aqui depois que um cargo atual for escolhido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="268"/>
        <source>Show the current role on the ladder</source>
        <translation>Mostrar o cargo atual na escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="269"/>
        <source>Choose the current role</source>
        <translation>Escolher o cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="238"/>
        <source>No target roles yet. Add the role you are aiming for (up to three) to see how ready you are and the best route there.</source>
        <translation>Ainda não há cargos-alvo. Adicione o cargo que você quer alcançar (até três) para ver sua prontidão e o melhor caminho até lá.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="271"/>
        <source>How is this computed?</source>
        <translation>Como isto é calculado?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="272"/>
        <source>Show how readiness is computed</source>
        <translation>Mostrar como a prontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/page.py" line="278"/>
        <source>Open plan actions</source>
        <translation>Ações abertas do plano</translation>
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
        <location filename="../../cxcareer/ui/overview/readiness_panel.py" line="119"/>
        <source>{role} lists no skill requirements, so there is no readiness to measure.</source>
        <translation>{role} não lista requisitos de competência, então não há prontidão a medir.</translation>
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
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="45"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="46"/>
        <source>Weight (w)</source>
        <translation>Peso (w)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="47"/>
        <source>You have</source>
        <translation>Você tem</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="48"/>
        <source>Needed</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="49"/>
        <source>w × min(have, need)</source>
        <translation>w × min(tem, exigido)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="50"/>
        <source>w × need</source>
        <translation>w × exigido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="58"/>
        <source>A level above the one needed counts only up to the one needed.</source>
        <translation>Um nível acima do exigido conta só até o nível exigido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="72"/>
        <source>Nobody has rated this skill yet: it counts as 0 until rated.</source>
        <translation>Ninguém avaliou esta competência ainda: ela conta como 0 até ser avaliada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="75"/>
        <source>Met: you have the level this role needs.</source>
        <translation>Atendido: você tem o nível que este cargo exige.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="76"/>
        <source>Levels to gain: {points}.</source>
        <translation>Níveis a ganhar: {points}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="81"/>
        <source>{skill} ✓</source>
        <translation>{skill} ✓</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/readiness_terms_model.py" line="83"/>
        <source>{not_rated} (0)</source>
        <translation>{not_rated} (0)</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="190"/>
        <source>Your target</source>
        <extracomment>The room a skill&apos;s name gets on the card, in average characters.</extracomment>
        <translation>Seu objetivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="190"/>
        <source>Suggested next move</source>
        <translation>Próximo passo sugerido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="196"/>
        <source>Readiness: {value}</source>
        <translation>Prontidão: {value}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="203"/>
        <source>{unrated}: they count as 0 until rated, so rate them first.</source>
        <translation>{unrated}: contam como 0 até serem avaliadas, então avalie-as primeiro.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="212"/>
        <source>The framework lists no skill requirements for this role, so there is no readiness to measure.</source>
        <translation>O framework não lista requisitos de competência para este cargo, então não há prontidão a medir.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="217"/>
        <source>You meet every skill requirement of this role.</source>
        <translation>Você atende todos os requisitos de competência deste cargo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="228"/>
        <source>{percent} ready</source>
        <translation>{percent} de prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="241"/>
        <source>choose a current role to see the route</source>
        <translation>escolha um cargo atual para ver o caminho</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="243"/>
        <source>no route from the current role</source>
        <translation>nenhum caminho a partir do cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="246"/>
        <source>typically {time}</source>
        <translation>normalmente {time}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="266"/>
        <source>Rate {skill} on the Skills page</source>
        <translation>Avaliar {skill} na tela Competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="267"/>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="289"/>
        <source>Rate {skill}</source>
        <translation>Avaliar {skill}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="270"/>
        <source>{have} → {need}</source>
        <translation>{have} → {need}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="271"/>
        <source>{skill}: level {have}, needed {need}</source>
        <translation>{skill}: nível {have}, exigido {need}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="275"/>
        <source>{not_rated} → {need}</source>
        <translation>{not_rated} → {need}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="278"/>
        <source>{skill}: not rated, needed {need}</source>
        <translation>{skill}: sem avaliação, exigido {need}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="283"/>
        <source>Not rated yet: rate it to see the gap and a suggested action.</source>
        <translation>Ainda sem avaliação: avalie para ver a lacuna e uma ação sugerida.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="288"/>
        <source>Rate…</source>
        <translation>Avaliar…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="292"/>
        <source>In the plan ✓</source>
        <translation>No plano ✓</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="294"/>
        <source>{skill} already has an open plan action</source>
        <translation>{skill} já tem uma ação aberta no plano</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="298"/>
        <source>Add to plan</source>
        <translation>Adicionar ao plano</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="300"/>
        <source>Add the suggested action for {skill} to the plan</source>
        <translation>Adicionar ao plano a ação sugerida para {skill}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="305"/>
        <source>Your next move</source>
        <translation>Seu próximo passo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="308"/>
        <source>Where do you stand today?</source>
        <translation>Onde você está hoje?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="311"/>
        <source>Choose the role {name} holds today, or add a target role: the overview then shows the move to work on, how ready {name} is and what to practise.</source>
        <translation>Escolha o cargo que {name} ocupa hoje ou adicione um cargo-alvo: a visão geral passa a mostrar o passo a trabalhar, a prontidão de {name} e o que praticar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="320"/>
        <source>No move leads on from this role in the framework. Add a target role to see how ready you are for it and what to practise.</source>
        <translation>Nenhum passo parte deste cargo no framework. Adicione um cargo-alvo para ver sua prontidão para ele e o que praticar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="355"/>
        <source>See the routes…</source>
        <translation>Ver os caminhos…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="356"/>
        <source>See the routes to the recommended role</source>
        <translation>Ver os caminhos até o cargo recomendado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="357"/>
        <source>Rate skills…</source>
        <translation>Avaliar competências…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="358"/>
        <source>Rate the skills not rated yet</source>
        <translation>Avaliar as competências ainda sem avaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="359"/>
        <source>Top skills to develop</source>
        <translation>Principais competências a desenvolver</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/recommendation_card.py" line="360"/>
        <source>Recommended next move</source>
        <translation>Próximo passo recomendado</translation>
    </message>
</context>
<context>
    <name>RolePickerDialog</name>
    <message>
        <location filename="../../cxcareer/ui/overview/role_picker.py" line="71"/>
        <source>Current role</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/role_picker.py" line="72"/>
        <source>The role {name} holds today:</source>
        <translation>O cargo que {name} ocupa hoje:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/overview/role_picker.py" line="95"/>
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
</TS>
