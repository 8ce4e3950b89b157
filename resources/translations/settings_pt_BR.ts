<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="33"/>
        <source>Backed up by hand</source>
        <translation>Feito manualmente</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="34"/>
        <source>When the app started</source>
        <translation>Ao abrir o aplicativo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="35"/>
        <source>While working</source>
        <translation>Durante o trabalho</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="36"/>
        <source>Before a database upgrade</source>
        <translation>Antes de atualizar o banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="37"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="38"/>
        <source>Before an import</source>
        <translation>Antes de uma importação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="39"/>
        <source>Before a deletion</source>
        <translation>Antes de uma exclusão</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="82"/>
        <source>Taken</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="82"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/backups_model.py" line="82"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="176"/>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="182"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="191"/>
        <source>Backed up to {file}.</source>
        <translation>Backup salvo em {file}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="213"/>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="220"/>
        <source>Checking the backup…</source>
        <translation>Verificando o backup…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="232"/>
        <source>This backup is damaged or is not a database. Nothing was changed.</source>
        <translation>Este backup está danificado ou não é um banco de dados. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="240"/>
        <source>This backup cannot be restored ({problem}). Nothing was changed.</source>
        <translation>Este backup não pode ser restaurado ({problem}). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="254"/>
        <source>Replace the data with the backup taken on {date}?

The data you have now is backed up first, so you can go back to it from this list. Changes made after {date} will not be in the restored data.</source>
        <translation>Substituir os dados pelo backup feito em {date}?

Antes, é feito um backup dos dados atuais, para que você possa voltar a eles por esta lista. As alterações feitas depois de {date} não estarão nos dados restaurados.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="263"/>
        <source>Restore backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="273"/>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="282"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="293"/>
        <source>Restored the backup taken on {date}.</source>
        <translation>O backup feito em {date} foi restaurado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="296"/>
        <source>The data from before the restore was saved as {file}.</source>
        <translation>Os dados de antes da restauração foram salvos como {file}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="323"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="329"/>
        <source>Checking the database…</source>
        <translation>Verificando o banco de dados…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="351"/>
        <source>Backups and database</source>
        <translation>Backups e banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="352"/>
        <source>Your data is stored in:</source>
        <translation>Seus dados ficam em:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="353"/>
        <source>Database location</source>
        <translation>Local do banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="354"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="358"/>
        <source>cxcareer backs your data up when it starts, every half hour while you work and before every import or restore, and keeps a thinned history of backups.</source>
        <translation>O cxcareer faz backup dos seus dados ao abrir, a cada meia hora enquanto você trabalha e antes de cada importação ou restauração, e mantém um histórico enxuto de backups.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="365"/>
        <source>This database is on a PostgreSQL server: back it up and restore it with the server&apos;s tools (pg_dump, pg_restore).</source>
        <translation>Este banco de dados está em um servidor PostgreSQL: faça o backup e a restauração com as ferramentas do servidor (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="369"/>
        <source>Backups, newest first</source>
        <translation>Backups, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="370"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="371"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="372"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="373"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar o backup selecionado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="374"/>
        <source>Show &amp;folder</source>
        <translation>Mostrar &amp;pasta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="375"/>
        <source>Show the backups folder</source>
        <translation>Mostrar a pasta de backups</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="380"/>
        <location filename="../../cxcareer/ui/settings/database_dialog.py" line="381"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckBox</name>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="43"/>
        <source>The database passed its integrity check.</source>
        <translation>O banco de dados passou na verificação de integridade.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="46"/>
        <source>The database is damaged or is not a cxcareer database.</source>
        <translation>O banco de dados está danificado ou não é um banco de dados do cxcareer.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="49"/>
        <source>Restore the newest backup that works: select it above and choose Restore.</source>
        <translation>Restaure o backup mais recente que funcione: selecione-o acima e escolha Restaurar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="55"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="56"/>
        <source>Reads the whole database to find damage; nothing is changed.</source>
        <translation>Lê o banco de dados inteiro em busca de danos; nada é alterado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="57"/>
        <source>&amp;Check database</source>
        <translation>&amp;Verificar banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="58"/>
        <source>Check database</source>
        <translation>Verificar banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/integrity_check_box.py" line="59"/>
        <source>Check result</source>
        <translation>Resultado da verificação</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="97"/>
        <source>Preferences</source>
        <extracomment>Each language by its own name, so anyone can find theirs whatever the current language is.</extracomment>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="99"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="100"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="101"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="103"/>
        <source>Same as the system</source>
        <translation>Igual ao do sistema</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="104"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="105"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="110"/>
        <source>Changes apply at once and are remembered the next time cxcareer starts.</source>
        <translation>As alterações valem na hora e são lembradas na próxima vez que o cxcareer abrir.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="114"/>
        <location filename="../../cxcareer/ui/settings/preferences.py" line="115"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
</TS>
