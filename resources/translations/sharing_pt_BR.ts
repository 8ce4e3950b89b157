<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="67"/>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="166"/>
        <source>Export person bundle</source>
        <translation>Exportar pacote da pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="72"/>
        <source>Save one person&apos;s profile, ratings, evidence, plan and one-to-ones in a file that another cxcareer can import, for example your manager&apos;s laptop. Importing merges: nothing on the other side is lost.</source>
        <translation>Salve o perfil, as avaliações, as evidências, o plano e as conversas 1:1 de uma pessoa em um arquivo que outro cxcareer pode importar, por exemplo o notebook do seu gestor. A importação mescla: nada do outro lado é perdido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="80"/>
        <source>Person to export</source>
        <translation>Pessoa a exportar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="86"/>
        <source>Include my private &amp;notes</source>
        <translation>Incluir minhas a&amp;notações privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="87"/>
        <source>Include private one-to-one notes</source>
        <translation>Incluir as anotações privadas das conversas 1:1</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="91"/>
        <source>Private one-to-one notes will leave this database: anyone who gets the file can read them, and the other cxcareer will store them. Only include them when the file goes to your own other computer.</source>
        <translation>As anotações privadas das conversas 1:1 vão sair deste banco de dados: quem receber o arquivo poderá lê-las, e o outro cxcareer vai guardá-las. Inclua-as somente quando o arquivo for para outro computador seu.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="97"/>
        <source>Warning about private notes</source>
        <translation>Aviso sobre as anotações privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="103"/>
        <source>File to save</source>
        <translation>Arquivo a salvar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="107"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="108"/>
        <source>Choose the file to save</source>
        <translation>Escolher o arquivo a salvar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="116"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="121"/>
        <source>&amp;Person:</source>
        <translation>P&amp;essoa:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="124"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="132"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="133"/>
        <source>Export the bundle</source>
        <translation>Exportar o pacote</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="168"/>
        <source>cxcareer bundles (*.cxbundle.json);;All files (*)</source>
        <translation>Pacotes do cxcareer (*.cxbundle.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="189"/>
        <source>Choose the file to save.</source>
        <translation>Escolha o arquivo a salvar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_dialog.py" line="224"/>
        <source>{file} already exists. Press Export again to replace it, or choose another name.</source>
        <translation>{file} já existe. Clique em Exportar de novo para substituí-lo ou escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="57"/>
        <source>Exporting {file}…</source>
        <translation>Exportando {file}…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="71"/>
        <source>Bundle exported</source>
        <translation>Pacote exportado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="80"/>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="89"/>
        <source>Saved the bundle of {name} to {path}.</source>
        <translation>O pacote de {name} foi salvo em {path}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="94"/>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="98"/>
        <source>Signed as {name}, key {fingerprint}.</source>
        <translation>Assinado como {name}, chave {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="103"/>
        <source>Private one-to-one notes are included: keep the file safe.</source>
        <translation>As anotações privadas das conversas 1:1 estão incluídas: guarde o arquivo em local seguro.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/export_flow.py" line="105"/>
        <source>Private one-to-one notes were left out.</source>
        <translation>As anotações privadas das conversas 1:1 ficaram de fora.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="67"/>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="106"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="126"/>
        <source>Bundle imported</source>
        <translation>Pacote importado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="133"/>
        <source>Imported {file}</source>
        <translation>{file} importado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="142"/>
        <source>Imported {file}.</source>
        <translation>{file} foi importado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="144"/>
        <source>The person was added.</source>
        <translation>A pessoa foi adicionada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="146"/>
        <source>The person&apos;s profile was updated.</source>
        <translation>O perfil da pessoa foi atualizado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="148"/>
        <source>Their framework version was added.</source>
        <translation>A versão do framework dessa pessoa foi adicionada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="153"/>
        <source>{kind}: {added} new, {updated} updated</source>
        <translation>{kind}: {added} novas, {updated} atualizadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="160"/>
        <source>Nothing new: everything was already here.</source>
        <translation>Nada de novo: tudo já estava aqui.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/import_flow.py" line="162"/>
        <source>A backup was saved first: {path}</source>
        <translation>Antes, foi salvo um backup: {path}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="60"/>
        <source>Who signed the file</source>
        <translation>Quem assinou o arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="64"/>
        <source>I compared this key with {name}: trust it</source>
        <translation>Comparei esta chave com {name}: confiar nela</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="66"/>
        <source>Trust this key</source>
        <translation>Confiar nesta chave</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="83"/>
        <source>What the import adds and updates</source>
        <translation>O que a importação adiciona e atualiza</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="104"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="106"/>
        <source>Import the bundle</source>
        <translation>Importar o pacote</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="111"/>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="147"/>
        <source>Warning: the key that signed this file for {name} has CHANGED. Known key: {old}. This file: {new}. Someone else may be writing as {name}: import only after {name} confirms the new key, by phone or in person.</source>
        <translation>Atenção: a chave que assinou este arquivo por {name} MUDOU. Chave conhecida: {old}. Este arquivo: {new}. Outra pessoa pode estar escrevendo em nome de {name}: importe só depois que {name} confirmar a nova chave, por telefone ou pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="153"/>
        <source>Warning: {name} is already in this database, but no key was ever trusted for them, and this file&apos;s key {new} is new. Someone else may be writing as {name}: import only after {name} confirms this key, by phone or in person.</source>
        <translation>Atenção: {name} já está neste banco de dados, mas nenhuma chave foi confiada para essa pessoa, e a chave deste arquivo, {new}, é nova. Outra pessoa pode estar escrevendo em nome de {name}: importe só depois que {name} confirmar esta chave, por telefone ou pessoalmente.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="159"/>
        <source>Signed by {name} with key {key}. This key is new here: compare it with {name} (by phone or in person); importing trusts it for {name} from now on.</source>
        <translation>Assinado por {name} com a chave {key}. Esta chave é nova aqui: compare-a com {name} (por telefone ou pessoalmente); ao importar, ela passa a ser a chave confiável de {name}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="162"/>
        <source>Signed by {name} with key {key}, the key known for them.</source>
        <translation>Assinado por {name} com a chave {key}, a chave já conhecida.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="167"/>
        <source>Import {file}?</source>
        <translation>Importar {file}?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="172"/>
        <source>{name} is not in this database yet and will be added.</source>
        <translation>A pessoa {name} ainda não está neste banco de dados e será adicionada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="177"/>
        <source>{local} is already here. Their profile was edited more recently in the file, so it will be updated (the name becomes {name}).</source>
        <translation>{local} já está aqui. O perfil foi editado mais recentemente no arquivo, então será atualizado (o nome passa a ser {name}).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="182"/>
        <source>{name} is already here. Their profile was edited more recently in the file, so it will be updated.</source>
        <translation>{name} já está aqui. O perfil foi editado mais recentemente no arquivo, então será atualizado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="185"/>
        <source>{name} is already here; the file&apos;s history is merged into theirs.</source>
        <translation>{name} já está aqui; o histórico do arquivo é mesclado ao histórico daqui.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="195"/>
        <source>The file uses {framework}, which is not here yet; it will be added.</source>
        <translation>O arquivo usa {framework}, que ainda não está aqui; ele será adicionado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="197"/>
        <source>{framework} is already here.</source>
        <translation>{framework} já está aqui.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="204"/>
        <source>The file carries private one-to-one notes written by {authors}. They will be stored in this database.</source>
        <translation>O arquivo traz anotações privadas de conversas 1:1 escritas por {authors}. Elas serão guardadas neste banco de dados.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="210"/>
        <source>Everything in this file is already here; importing changes nothing.</source>
        <translation>Tudo o que há neste arquivo já está aqui; importar não muda nada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_dialog.py" line="212"/>
        <source>Nothing here is overwritten or removed. A backup of this database is taken first.</source>
        <translation>Nada aqui é sobrescrito nem removido. Antes, é feito um backup deste banco de dados.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_model.py" line="39"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_model.py" line="40"/>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_model.py" line="41"/>
        <source>New here</source>
        <translation>Novas aqui</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/preview_model.py" line="42"/>
        <source>Updated here</source>
        <translation>Atualizadas aqui</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/problems_dialog.py" line="33"/>
        <source>Bundle not imported</source>
        <translation>Pacote não importado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/problems_dialog.py" line="36"/>
        <source>{file} cannot be imported. Nothing was changed. Problems found ({count}):</source>
        <translation>{file} não pode ser importado. Nada foi alterado. Problemas encontrados ({count}):</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/problems_dialog.py" line="44"/>
        <source>Problems in the file</source>
        <translation>Problemas no arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/problems_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../cxcareer/ui/sharing/labels.py" line="17"/>
        <source>Ratings</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/labels.py" line="18"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/labels.py" line="19"/>
        <source>Plan actions</source>
        <translation>Ações do plano</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/labels.py" line="20"/>
        <source>One-to-ones</source>
        <translation>Conversas 1:1</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/sharing/bundle_dialogs.py" line="74"/>
        <source>cxcareer bundles (*.cxbundle.json *.json);;All files (*)</source>
        <extracomment>Flows without a parent widget are kept alive here until they finish.</extracomment>
        <translation>Pacotes do cxcareer (*.cxbundle.json *.json);;Todos os arquivos (*)</translation>
    </message>
</context>
</TS>
