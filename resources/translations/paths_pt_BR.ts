<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AimOrder</name>
    <message>
        <location filename="../../cxcareer/ui/paths/aim_order.py" line="49"/>
        <source>{role} · no route from here</source>
        <translation>{role} · nenhum caminho daqui</translation>
    </message>
</context>
<context>
    <name>PathCard</name>
    <message>
        <location filename="../../cxcareer/ui/paths/path_card.py" line="99"/>
        <source>Route {rank} (best)</source>
        <translation>Caminho {rank} (o melhor)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_card.py" line="101"/>
        <source>Route {rank}</source>
        <translation>Caminho {rank}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_card.py" line="106"/>
        <source>{points} to gain · {time} · {moves}</source>
        <extracomment>{points} is &quot;3 points&quot;, {time} &quot;6 months&quot; or &quot;about 2 years&quot;, {moves} &quot;2 moves&quot;.</extracomment>
        <translation>{points} a ganhar · {time} · {moves}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_card.py" line="113"/>
        <source>Choose route {rank} to see it on the ladder</source>
        <translation>Escolher o caminho {rank} para vê-lo na escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_card.py" line="116"/>
        <source>Steps of route {rank} and their missing skills</source>
        <translation>Passos do caminho {rank} e as competências em falta</translation>
    </message>
</context>
<context>
    <name>PathStepsModel</name>
    <message>
        <location filename="../../cxcareer/ui/paths/path_steps_model.py" line="45"/>
        <source>Step / missing skill</source>
        <translation>Passo / competência em falta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_steps_model.py" line="45"/>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_steps_model.py" line="52"/>
        <source>For a step: readiness today. For a skill: your level → needed.</source>
        <translation>Em um passo: a prontidão de hoje. Em uma competência: seu nível → exigido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_steps_model.py" line="73"/>
        <source>{kind} from {source} to {role}: {time}.</source>
        <extracomment>{time} is a typical duration: &quot;6 months&quot;, &quot;about 2 years&quot;.</extracomment>
        <translation>{kind} de {source} para {role}: {time}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_steps_model.py" line="85"/>
        <source>{number}. {role} · lateral move, {months}</source>
        <translation>{number}. {role} · movimentação lateral, {months}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/path_steps_model.py" line="88"/>
        <source>{number}. {role} · {months}</source>
        <translation>{number}. {role} · {months}</translation>
    </message>
</context>
<context>
    <name>PathsPage</name>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="170"/>
        <location filename="../../cxcareer/ui/paths/page.py" line="283"/>
        <source>Paths for {name}</source>
        <translation>Caminhos de {name}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="248"/>
        <source>Choose a current role on the Overview first: routes start from the role held today.</source>
        <translation>Escolha primeiro um cargo atual na Visão geral: os caminhos partem do cargo ocupado hoje.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="252"/>
        <source>{target} is the current role. Choose another role to aim for.</source>
        <translation>{target} é o cargo atual. Escolha outro cargo como objetivo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="257"/>
        <source>No route leads from {source} to {target} in this framework. Try a role on the same track or one level up.</source>
        <translation>Nenhum caminho leva de {source} a {target} neste framework. Tente um cargo da mesma trilha ou um nível acima.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="261"/>
        <source>One route from {source} to {target}.</source>
        <translation>Um caminho de {source} a {target}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="266"/>
        <source>{count} routes from {source} to {target}, best first: fewest points to gain, then shortest time.</source>
        <translation>{count} caminhos de {source} a {target}, o melhor primeiro: menos pontos a ganhar, depois menor tempo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="275"/>
        <source>Nobody is selected. Choose a person in the People list, or add one, to see their paths.</source>
        <translation>Ninguém está selecionado. Escolha uma pessoa na lista de pessoas, ou adicione uma, para ver os caminhos dela.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="279"/>
        <source>&amp;Aim for:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/page.py" line="280"/>
        <source>Target role for the routes</source>
        <translation>Cargo-alvo dos caminhos</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <location filename="../../cxcareer/ui/paths/skills_model.py" line="59"/>
        <source>{skill} (today: {level})</source>
        <extracomment>The skill id of a row.</extracomment>
        <translation>{skill} (hoje: {level})</translation>
    </message>
</context>
<context>
    <name>WhatIfChangesModel</name>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_changes_model.py" line="41"/>
        <source>Skill</source>
        <extracomment>The skill id of a row.</extracomment>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_changes_model.py" line="41"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_changes_model.py" line="41"/>
        <source>What if</source>
        <translation>E se</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="42"/>
        <source>Role</source>
        <extracomment>The role id of a row.</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="42"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="42"/>
        <source>What if</source>
        <translation>E se</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="42"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="73"/>
        <source>newly ready</source>
        <translation>passa a estar pronto</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="75"/>
        <source>a target</source>
        <translation>um objetivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_model.py" line="77"/>
        <source>a next move</source>
        <translation>um próximo passo</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="155"/>
        <source>What if</source>
        <translation>E se</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="206"/>
        <source>Already at the top of the scale.</source>
        <translation>Já está no topo da escala.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="238"/>
        <source>Raise one or more skills to see which roles would open up.</source>
        <translation>Eleve uma ou mais competências para ver quais cargos se abririam.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="243"/>
        <source>Newly ready: {roles}.</source>
        <translation>Passaria a estar pronto para: {roles}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="247"/>
        <source>Readiness rises, but no role becomes fully ready yet.</source>
        <translation>A prontidão sobe, mas nenhum cargo fica totalmente pronto ainda.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="250"/>
        <source>No role&apos;s readiness changes with these levels.</source>
        <translation>A prontidão de nenhum cargo muda com esses níveis.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="254"/>
        <source>What if…</source>
        <translation>E se…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="257"/>
        <source>Raise skills in imagination and see how readiness would change. Nothing is saved: the ratings stay as they are.</source>
        <translation>Eleve competências só na imaginação e veja como a prontidão mudaria. Nada é salvo: as avaliações continuam como estão.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="261"/>
        <source>&amp;Skill:</source>
        <translation>&amp;Competência:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="262"/>
        <source>Skill to raise</source>
        <translation>Competência a elevar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="263"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="264"/>
        <source>Imagined level</source>
        <translation>Nível imaginado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="265"/>
        <source>&amp;Raise</source>
        <translation>&amp;Elevar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="266"/>
        <source>Raise the skill to this level</source>
        <translation>Elevar a competência a este nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="267"/>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="268"/>
        <source>Raised skills</source>
        <translation>Competências elevadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="269"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="270"/>
        <source>Remove the selected raised skill</source>
        <translation>Remover a competência elevada selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="271"/>
        <source>Rese&amp;t all</source>
        <translation>Limpar &amp;tudo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="272"/>
        <source>Forget every raised skill</source>
        <translation>Esquecer todas as competências elevadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="273"/>
        <source>Roles that would change</source>
        <translation>Cargos que mudariam</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/paths/what_if_panel.py" line="274"/>
        <source>Roles whose readiness would change</source>
        <translation>Cargos cuja prontidão mudaria</translation>
    </message>
</context>
</TS>
