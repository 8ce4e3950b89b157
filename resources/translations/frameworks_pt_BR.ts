<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>FrameworkBrowser</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="101"/>
        <source>Select a role, a skill or a level to read it here.</source>
        <translation>Selecione um cargo, uma competência ou um nível para lê-lo aqui.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="106"/>
        <source>{name} (level {level})</source>
        <translation>{name} (nível {level})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="116"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="117"/>
        <source>Filter roles, skills and descriptors</source>
        <translation>Filtrar cargos, competências e descritores</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="118"/>
        <source>Filter roles and skills</source>
        <translation>Filtrar cargos e competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="121"/>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="122"/>
        <source>Framework outline</source>
        <translation>Estrutura do framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/browser.py" line="125"/>
        <source>Details of the selected item</source>
        <translation>Detalhes do item selecionado</translation>
    </message>
</context>
<context>
    <name>FrameworkFile</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/framework_file.py" line="27"/>
        <source>Import framework</source>
        <translation>Importar framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/framework_file.py" line="29"/>
        <source>Framework files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Arquivos de framework (*.yaml *.yml *.json);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>FrameworksPage</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="231"/>
        <source>Browse</source>
        <translation>Navegar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="253"/>
        <source>Measure {name} on this version…</source>
        <translation>Avaliar {name} nesta versão…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="256"/>
        <source>Measure the selected person on this version…</source>
        <translation>Avaliar a pessoa selecionada nesta versão…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="262"/>
        <source>{name} is already measured on this version.</source>
        <translation>A avaliação de {name} já usa esta versão.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="312"/>
        <source>Imported {framework} from {file}.</source>
        <translation>{framework} importado de {file}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="314"/>
        <source>{framework} was already stored; nothing was added.</source>
        <translation>{framework} já estava armazenado; nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="379"/>
        <source>Import framework</source>
        <translation>Importar framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="284"/>
        <source>Checking {file}…</source>
        <translation>Verificando {file}…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="234"/>
        <source>Browse {framework}</source>
        <translation>Navegar por {framework}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="291"/>
        <source>Checking the framework file…</source>
        <translation>Verificando o arquivo de framework…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="304"/>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="327"/>
        <source>{file} was not imported: it has errors. Nothing was changed.</source>
        <translation>{file} não foi importado: ele tem erros. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="100"/>
        <source>Switch framework version</source>
        <translation>Trocar a versão do framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="110"/>
        <source>{name} is now measured on {version}.</source>
        <translation>A avaliação de {name} agora usa {version}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="369"/>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="377"/>
        <source>Framework versions</source>
        <translation>Versões de framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="372"/>
        <source>A framework describes the roles, skills and moves of a career. Every imported file is kept as a version, and each person is measured on one version at a time. Select a version to browse it.</source>
        <translation>Um framework descreve os cargos, as competências e os passos de uma carreira. Cada arquivo importado é guardado como uma versão, e cada pessoa é avaliada em uma versão por vez. Selecione uma versão para navegar por ela.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="378"/>
        <source>Import framework…</source>
        <translation>Importar framework…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/page.py" line="381"/>
        <source>Add a framework from a YAML or JSON file; it is checked first.</source>
        <translation>Adiciona um framework a partir de um arquivo YAML ou JSON; ele é verificado antes.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsBox</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="85"/>
        <source>Problems in the framework file</source>
        <translation>Problemas no arquivo de framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="86"/>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="87"/>
        <source>Hide problems</source>
        <translation>Ocultar problemas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="96"/>
        <source>Problems in {file}</source>
        <translation>Problemas em {file}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="97"/>
        <source>Errors: {errors}, warnings: {warnings}</source>
        <translation>Erros: {errors}, avisos: {warnings}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="101"/>
        <source>The file was imported; the warnings are worth a look.</source>
        <translation>O arquivo foi importado; vale a pena dar uma olhada nos avisos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_box.py" line="103"/>
        <source>Fix the errors in the file and import it again.</source>
        <translation>Corrija os erros no arquivo e importe-o de novo.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/outline_model.py" line="107"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/outline_model.py" line="107"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/outline_model.py" line="107"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/outline_model.py" line="139"/>
        <source>Roles of no track</source>
        <translation>Cargos sem trilha</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/outline_model.py" line="141"/>
        <source>Skills of no category</source>
        <translation>Competências sem categoria</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="50"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="51"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="52"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="53"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="54"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="67"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="68"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/problems_model.py" line="74"/>
        <source>whole file</source>
        <translation>arquivo inteiro</translation>
    </message>
</context>
<context>
    <name>SwitchQuestion</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="27"/>
        <source>Measure {name} on {new} instead of {old}?</source>
        <extracomment>How many names a confirmation lists before &quot;and N more&quot;.</extracomment>
        <translation>Avaliar {name} em {new} em vez de {old}?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="33"/>
        <source>These rated skills do not exist in {new}. Their ratings stay in the history but no longer count: {skills}.</source>
        <translation>Estas competências avaliadas não existem em {new}. As avaliações continuam no histórico, mas deixam de contar: {skills}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="44"/>
        <source>Every rated skill exists in {new}.</source>
        <translation>Todas as competências avaliadas existem em {new}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="50"/>
        <source>The current role {role} does not exist there and will be cleared.</source>
        <translation>O cargo atual {role} não existe nessa versão e será removido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="57"/>
        <source>These targets do not exist there and will be removed: {roles}.</source>
        <translation>Estes objetivos não existem nessa versão e serão removidos: {roles}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="62"/>
        <source>No rating is deleted: switching back makes them count again.</source>
        <translation>Nenhuma avaliação é apagada: ao voltar para a versão anterior, elas contam de novo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="66"/>
        <source>No rating is deleted.</source>
        <translation>Nenhuma avaliação é apagada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="70"/>
        <source>Switching back does not bring a cleared role or target back: choose it again then.</source>
        <translation>Voltar para a versão anterior não traz de volta um cargo ou objetivo removido: escolha-o outra vez nesse momento.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/switch_question.py" line="83"/>
        <source>{names} and {count} more</source>
        <translation>{names} e mais {count}</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="58"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="59"/>
        <source>Framework id</source>
        <translation>Id do framework</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="60"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="61"/>
        <source>Imported</source>
        <translation>Importado em</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="62"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="93"/>
        <source>{name} (built in)</source>
        <translation>{name} (embutido)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="106"/>
        <source>File: {file}</source>
        <translation>Arquivo: {file}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/frameworks/versions_model.py" line="108"/>
        <source>The selected person is measured on this version.</source>
        <translation>A pessoa selecionada é avaliada nesta versão.</translation>
    </message>
</context>
</TS>
