<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="79"/>
        <source>Rating history</source>
        <translation>Histórico de avaliações</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="87"/>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="118"/>
        <source>Choose a skill to see its ratings over time.</source>
        <translation>Escolha uma competência para ver as avaliações ao longo do tempo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="90"/>
        <source>{skill} has not been rated yet.</source>
        <translation>{skill} ainda não foi avaliada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="91"/>
        <source>Ratings of {skill}, oldest first:</source>
        <translation>Avaliações de {skill}, da mais antiga para a mais recente:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="96"/>
        <source>{date}: self, {level}</source>
        <translation>{date}: autoavaliação, {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="98"/>
        <source>{date}: manager, {level}</source>
        <translation>{date}: gestor, {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="251"/>
        <source>Self</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/history_chart.py" line="252"/>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../../cxcareer/ui/skills/level_delegate.py" line="151"/>
        <source>Self level of {skill}</source>
        <extracomment>Where each combo item keeps the skill&apos;s descriptor for its level. The width the open list&apos;s text wraps at (0: Qt&apos;s own width).</extracomment>
        <translation>Nível na autoavaliação de {skill}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/level_delegate.py" line="153"/>
        <source>Manager level of {skill}</source>
        <translation>Nível dado pelo gestor em {skill}</translation>
    </message>
</context>
<context>
    <name>SkillTips</name>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="26"/>
        <source>Not rated by the person yet. Press F2 or Enter to rate.</source>
        <translation>A pessoa ainda não se avaliou. Pressione F2 ou Enter para avaliar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="30"/>
        <source>Not rated by a manager yet. Press F2 or Enter to rate.</source>
        <translation>Nenhum gestor avaliou ainda. Pressione F2 ou Enter para avaliar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="36"/>
        <source>Self: {level}</source>
        <translation>Autoavaliação: {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="40"/>
        <source>Manager: {level}</source>
        <translation>Gestor: {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="50"/>
        <source>Rated on {date}</source>
        <translation>Avaliada em {date}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="59"/>
        <source>{target} needs {level}</source>
        <translation>{target} exige {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="71"/>
        <source>Gap: the current level ({level}) is {points} below it.</source>
        <translation>Lacuna: o nível atual ({level}) está {points} abaixo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/cell_tips.py" line="77"/>
        <source>Met: the current level is {level}.</source>
        <translation>Atendido: o nível atual é {level}.</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="223"/>
        <source>Choose a person in the list to see and rate their skills.</source>
        <translation>Escolha uma pessoa na lista para ver e avaliar as competências dela.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="224"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="225"/>
        <source>Skill name or category</source>
        <translation>Nome ou categoria da competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="226"/>
        <source>Filter skills</source>
        <translation>Filtrar competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="228"/>
        <source>Shows only skills whose name or category holds every word (Ctrl+F).</source>
        <translation>Mostra só as competências cujo nome ou categoria contém todas as palavras (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="230"/>
        <source>Show &amp;all skills</source>
        <translation>Mostrar &amp;todas as competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="231"/>
        <source>Show all skills</source>
        <translation>Mostrar todas as competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="233"/>
        <source>List every skill of the framework, not only those the roles ask for.</source>
        <translation>Lista todas as competências do modelo, não só as que os cargos pedem.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="238"/>
        <source>One row per skill. Press F2 or Enter on a self or manager level to change it, the arrow keys to choose, Enter to record and Escape to cancel.</source>
        <translation>Uma linha por competência. Pressione F2 ou Enter num nível da autoavaliação ou do gestor para alterá-lo, as setas para escolher, Enter para registrar e Esc para cancelar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="242"/>
        <source>Selected skill</source>
        <translation>Competência selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="264"/>
        <source>This database is open read-only: levels are shown but cannot be changed.</source>
        <translation>Este banco de dados está aberto somente para leitura: os níveis aparecem, mas não podem ser alterados.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="268"/>
        <source>No current role or target is chosen yet, so every skill is listed. Select a self or manager level and press F2 or Enter to change it.</source>
        <translation>Ainda não há cargo atual nem objetivo escolhido, por isso todas as competências aparecem. Selecione um nível da autoavaliação ou do gestor e pressione F2 ou Enter para alterá-lo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="272"/>
        <source>Select a self or manager level and press F2 or Enter to change it; Ctrl+Z undoes the change. A warning sign marks a level below what a target needs (measured on the lower of the self and manager levels).</source>
        <translation>Selecione um nível da autoavaliação ou do gestor e pressione F2 ou Enter para alterá-lo; Ctrl+Z desfaz a alteração. Um sinal de alerta marca um nível abaixo do que um objetivo exige (medido pelo menor entre a autoavaliação e o nível do gestor).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="284"/>
        <source>No skill matches “{query}”.</source>
        <translation>Nenhuma competência corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="288"/>
        <source>Showing {shown} of {skills}.</source>
        <extracomment>{skills} is &quot;12 skills&quot;.</extracomment>
        <translation>Mostrando {shown} de {skills}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="298"/>
        <source>Gaps for {target}: {count}.</source>
        <translation>Lacunas para {target}: {count}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="301"/>
        <source>No gaps for {target}.</source>
        <translation>Nenhuma lacuna para {target}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="305"/>
        <source>{target}: {unrated}.</source>
        <extracomment>{unrated} is &quot;3 skills not rated&quot;.</extracomment>
        <translation>{target}: {unrated}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="315"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="316"/>
        <source>Select a skill to see its levels over time.</source>
        <translation>Selecione uma competência para ver os níveis ao longo do tempo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="319"/>
        <source>History of {skill}</source>
        <translation>Histórico de {skill}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="336"/>
        <source>Self: {own}. Manager: {manager}.</source>
        <translation>Autoavaliação: {own}. Gestor: {manager}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="347"/>
        <source>{target} needs {level}: {not_rated}</source>
        <translation>{target} exige {level}: {not_rated}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="353"/>
        <source>{target} needs {level}: {points} to go.</source>
        <translation>{target} exige {level}: faltam {points}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/page.py" line="359"/>
        <source>{target} needs {level}: met.</source>
        <translation>{target} exige {level}: atendido.</translation>
    </message>
</context>
<context>
    <name>SkillsTableModel</name>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="198"/>
        <source>Skill</source>
        <extracomment>Characters per line of a target&apos;s column header. What the Skills table shows of a person: their roles, levels and the framework.</extracomment>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="200"/>
        <source>Self</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="202"/>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="204"/>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="207"/>
        <source>Needed for {target}</source>
        <translation>Exigido para {target}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="211"/>
        <source>The person&apos;s own latest rating. Press F2 or Enter to change it.</source>
        <translation>A autoavaliação mais recente da pessoa. Pressione F2 ou Enter para alterá-la.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="213"/>
        <source>The manager&apos;s latest rating. Press F2 or Enter to change it.</source>
        <translation>A avaliação mais recente do gestor. Pressione F2 ou Enter para alterá-la.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="215"/>
        <source>When the latest self or manager rating was given.</source>
        <translation>Quando foi feita a autoavaliação ou a avaliação do gestor mais recente.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="217"/>
        <source>The skills the current role and the targets ask for.</source>
        <translation>As competências que o cargo atual e os objetivos exigem.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="224"/>
        <source>The level this target asks for. A warning sign marks a gap: the lower of the self and manager levels is below it.</source>
        <translation>O nível que este objetivo exige. Um sinal de alerta marca uma lacuna: o menor entre a autoavaliação e o nível do gestor está abaixo dele.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="284"/>
        <source>Category: {category}</source>
        <translation>Categoria: {category}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="288"/>
        <source>Neither the current role nor a target asks for it.</source>
        <translation>Nem o cargo atual nem um objetivo a exigem.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="328"/>
        <source>{target} does not ask for this skill.</source>
        <translation>{target} não exige esta competência.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="335"/>
        <source>{level}, gap of {points}</source>
        <translation>{level}, lacuna de {points}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="355"/>
        <location filename="../../cxcareer/ui/skills/skills_model.py" line="359"/>
        <source>Never rated</source>
        <translation>Nunca avaliada</translation>
    </message>
</context>
</TS>
