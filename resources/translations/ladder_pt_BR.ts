<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>LadderLegend</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/readiness_colours.py" line="40"/>
        <source>Ready (100%)</source>
        <translation>Pronto (100%)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/readiness_colours.py" line="41"/>
        <source>Almost (80–99%)</source>
        <translation>Quase (80–99%)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/readiness_colours.py" line="42"/>
        <source>Half way (50–79%)</source>
        <translation>Meio caminho (50–79%)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/readiness_colours.py" line="43"/>
        <source>Far (under 50%)</source>
        <translation>Longe (menos de 50%)</translation>
    </message>
</context>
<context>
    <name>LadderMap</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="143"/>
        <source>Level {level}</source>
        <extracomment>Lanes, headers, level names and legend (see :mod:`.map_backdrop` on why kept here).</extracomment>
        <translation>Nível {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="152"/>
        <source>{level} · {percent} ready</source>
        <translation>{level} · {percent} de prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="193"/>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="79"/>
        <source>Promotion</source>
        <translation>Promoção</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="193"/>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="81"/>
        <source>Lateral move</source>
        <translation>Movimentação lateral</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="47"/>
        <source>Other roles</source>
        <translation>Outros cargos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="58"/>
        <source>Level {level}
{name}</source>
        <translation>Nível {level}
{name}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="85"/>
        <source>Chosen route</source>
        <translation>Caminho escolhido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="86"/>
        <source>Current role</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/map_backdrop.py" line="87"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="207"/>
        <source>● You are here</source>
        <translation>● Você está aqui</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="209"/>
        <source>★ Target</source>
        <translation>★ Objetivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/ladder_map.py" line="211"/>
        <source>◆ On the route</source>
        <translation>◆ No caminho</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="206"/>
        <source>Career ladder: {framework}</source>
        <extracomment>The least room the role list and detail get beside the map, in average characters.</extracomment>
        <translation>Escada de carreira: {framework}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="209"/>
        <source>Career ladder of {name}: {framework}</source>
        <translation>Escada de carreira de {name}: {framework}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="220"/>
        <source>All tracks</source>
        <translation>Todas as trilhas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="264"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="265"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="266"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="272"/>
        <source>Export ladder map</source>
        <translation>Exportar mapa da escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="273"/>
        <source>ladder.png</source>
        <translation>escada.png</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="294"/>
        <source>The map could not be exported</source>
        <translation>Não foi possível exportar o mapa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="348"/>
        <source>Zoom in (Ctrl++ or Ctrl+wheel)</source>
        <translation>Aproximar (Ctrl++ ou Ctrl+roda do mouse)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="349"/>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="350"/>
        <source>Zoom out (Ctrl+- or Ctrl+wheel)</source>
        <translation>Afastar (Ctrl+- ou Ctrl+roda do mouse)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="351"/>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="352"/>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="355"/>
        <source>Show the whole ladder, or the person&apos;s own track when the whole would be too small to read (Ctrl+0)</source>
        <translation>Mostrar a escada inteira, ou só a trilha da pessoa quando a escada inteira ficaria pequena demais para ler (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="359"/>
        <source>Fit the ladder readably</source>
        <translation>Ajustar a escada sem perder a leitura</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="360"/>
        <location filename="../../cxcareer/ui/ladder/page.py" line="361"/>
        <source>Show one track or all tracks</source>
        <translation>Mostrar uma trilha ou todas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="364"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exportar mapa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="365"/>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Salvar o mapa como PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="366"/>
        <source>Export the map</source>
        <translation>Exportar o mapa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="367"/>
        <source>Ladder map</source>
        <translation>Mapa da escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="368"/>
        <source>Roles of the ladder, by track</source>
        <translation>Cargos da escada, por área</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/page.py" line="371"/>
        <source>Arrows or Tab: next role · Enter: detail · Shift+arrows: scroll · Ctrl++ / Ctrl+- / Ctrl+wheel: zoom · Ctrl+0: fit · drag to pan. Solid arrows are promotions, dashed arrows lateral moves.</source>
        <translation>Setas ou Tab: próximo cargo · Enter: detalhes · Shift+setas: rolar · Ctrl++ / Ctrl+- / Ctrl+roda: zoom · Ctrl+0: ajustar · arraste para mover. Setas contínuas são promoções; tracejadas, movimentações laterais.</translation>
    </message>
</context>
<context>
    <name>LadderRolesModel</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="117"/>
        <source>Role</source>
        <extracomment>The role id of a role row (None on a track row).</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="117"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="117"/>
        <source>Track</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="117"/>
        <source>Readiness</source>
        <translation>Prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="123"/>
        <source>Other roles</source>
        <translation>Outros cargos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="134"/>
        <source>{track} ({roles})</source>
        <translation>{track} ({roles})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="164"/>
        <source>{title} · you are here</source>
        <translation>{title} · você está aqui</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/roles_tree_model.py" line="166"/>
        <source>{title} · target</source>
        <translation>{title} · objetivo</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/moves_model.py" line="38"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/moves_model.py" line="38"/>
        <source>Move</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/moves_model.py" line="38"/>
        <source>Usually takes</source>
        <translation>Tempo usual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/moves_model.py" line="49"/>
        <source>promotion</source>
        <translation>promoção</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/moves_model.py" line="49"/>
        <source>lateral</source>
        <translation>lateral</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/moves_model.py" line="53"/>
        <source>Press Enter or double-click to open {role}.</source>
        <translation>Pressione Enter ou clique duas vezes para abrir {role}.</translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="41"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="42"/>
        <source>Needed</source>
        <translation>Exigido</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="43"/>
        <source>What is needed</source>
        <translation>O que se espera</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="44"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="45"/>
        <source>Where you are</source>
        <translation>Onde você está</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="67"/>
        <source>{skill} (weight {weight:g})</source>
        <translation>{skill} (peso {weight:g})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="74"/>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="84"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="77"/>
        <source>no person chosen</source>
        <translation>nenhuma pessoa escolhida</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="78"/>
        <source>met</source>
        <translation>atende</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/requirements_model.py" line="78"/>
        <source>below</source>
        <translation>abaixo</translation>
    </message>
</context>
<context>
    <name>RoleDetail</name>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="194"/>
        <source>Ways into {role}</source>
        <translation>Caminhos para chegar a {role}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="195"/>
        <source>Ways out of {role}</source>
        <translation>Caminhos a partir de {role}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="197"/>
        <source>What {role} asks for</source>
        <translation>O que {role} exige</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="201"/>
        <source>Other roles</source>
        <translation>Outros cargos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="202"/>
        <source>{track} · level {level} ({name})</source>
        <translation>{track} · nível {level} ({name})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="208"/>
        <source>{summary} · {percent} ready</source>
        <translation>{summary} · {percent} de prontidão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="218"/>
        <source>Ways in</source>
        <translation>Como chegar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="218"/>
        <source>Ways in: none (a starting role)</source>
        <translation>Como chegar: nenhum caminho (cargo de entrada)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="221"/>
        <source>Ways out</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="223"/>
        <source>Ways out: none (top of its ladder)</source>
        <translation>Próximos passos: nenhum (topo da escada)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="234"/>
        <source>Choose a role on the map or in the list to see its detail.</source>
        <translation>Escolha um cargo no mapa ou na lista para ver os detalhes.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="235"/>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="236"/>
        <source>What the role asks for</source>
        <translation>O que o cargo exige</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="237"/>
        <source>Requirements of the role</source>
        <translation>Requisitos do cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="238"/>
        <source>Ways into the role</source>
        <translation>Caminhos para chegar ao cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="239"/>
        <source>Ways out of the role</source>
        <translation>Caminhos a partir do cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/ladder/role_detail.py" line="240"/>
        <source>Role detail</source>
        <translation>Detalhes do cargo</translation>
    </message>
</context>
</TS>
