<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="65"/>
        <source>Person</source>
        <extracomment>Person, role, aim, readiness; skill columns follow. The numeric value a column sorts by. The person id of a row.</extracomment>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="65"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="65"/>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="65"/>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="73"/>
        <source>{skill}: levels missing for each person&apos;s aim</source>
        <translation>{skill}: níveis que faltam para o objetivo de cada pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="103"/>
        <source>{person}: {skill} is not required for {aim}</source>
        <translation>{person}: {skill} não é exigida para {aim}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="107"/>
        <source>{person}: {skill} meets {aim}</source>
        <translation>{person}: {skill} atende a {aim}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="111"/>
        <source>{person}: {skill} is {levels} below {aim}</source>
        <extracomment>{levels} is &quot;1 level&quot; or &quot;2 levels&quot;.</extracomment>
        <translation>{person}: {skill} está {levels} abaixo de {aim}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="128"/>
        <source>{person}: {skill} is not rated yet ({aim} needs it)</source>
        <translation>{person}: {skill} ainda sem avaliação ({aim} exige essa competência)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="144"/>
        <source>{role} (next move)</source>
        <translation>{role} (próximo passo)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/team_model.py" line="165"/>
        <source>No target set: showing the best next promotion.</source>
        <translation>Sem objetivo definido: mostrando a melhor próxima promoção.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="136"/>
        <source>Team of {name}</source>
        <extracomment>Role and aim columns are at most about this many characters wide.</extracomment>
        <translation>Equipe de {name}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="138"/>
        <source>Everyone</source>
        <translation>Todas as pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="140"/>
        <source>Everyone you can see</source>
        <translation>Todas as pessoas que você pode ver</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="210"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="233"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="250"/>
        <source>Export team heat-map</source>
        <translation>Exportar mapa de calor da equipe</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="264"/>
        <source>Saved {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="274"/>
        <source>Team readiness and skill gaps</source>
        <translation>Prontidão da equipe e lacunas de competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="275"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="276"/>
        <source>Whose team</source>
        <translation>Equipe de quem</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="277"/>
        <source>Include &amp;archived people</source>
        <translation>Incluir pessoas &amp;arquivadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="278"/>
        <source>Include archived people</source>
        <translation>Incluir pessoas arquivadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="279"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="280"/>
        <source>Export the heat-map as CSV</source>
        <translation>Exportar o mapa de calor como CSV</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="281"/>
        <source>Export P&amp;NG…</source>
        <translation>Exportar P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="282"/>
        <source>Export the heat-map as a PNG picture</source>
        <translation>Exportar o mapa de calor como imagem PNG</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="283"/>
        <source>Team heat-map</source>
        <translation>Mapa de calor da equipe</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="286"/>
        <source>Readiness is for each person&apos;s first target (or, with no target, their best next promotion). Skill cells show how many levels are missing: 0 = met, — = not required. Click a column to sort; press Enter to open a person.</source>
        <translation>A prontidão é para o primeiro objetivo de cada pessoa (ou, sem objetivo, para a melhor próxima promoção). As células de competência mostram quantos níveis faltam: 0 = atendida, — = não exigida. Clique numa coluna para ordenar; pressione Enter para abrir uma pessoa.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/team/page.py" line="292"/>
        <source>Nobody here yet. Add people and set their manager to see a team.</source>
        <translation>Ninguém aqui ainda. Adicione pessoas e defina o gestor delas para ver uma equipe.</translation>
    </message>
</context>
</TS>
