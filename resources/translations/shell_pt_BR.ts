<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../cxcareer/ui/common/form_dialog.py" line="41"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="219"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="220"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="221"/>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="222"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="233"/>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="234"/>
        <location filename="../../cxcareer/ui/opening.py" line="84"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="237"/>
        <source>Show or hide the people list</source>
        <translation>Mostrar ou ocultar a lista de pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="260"/>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="266"/>
        <source>Read-only: </source>
        <translation>Somente leitura: </translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="268"/>
        <source>Database location</source>
        <translation>Local do banco de dados</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../cxcareer/ui/opening.py" line="79"/>
        <location filename="../../cxcareer/ui/opening.py" line="80"/>
        <source>Opening your profile…</source>
        <extracomment>The main window&apos;s menu titles, translated in its context so both windows read the same.</extracomment>
        <translation>Abrindo o seu perfil…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/opening.py" line="81"/>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="187"/>
        <source>This database is open read-only.</source>
        <translation>Este banco de dados está aberto somente para leitura.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="203"/>
        <source>Rate {0}</source>
        <translation>Avaliar {0}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../cxcareer/ui/common/tasks.py" line="69"/>
        <source>Cancel</source>
        <extracomment>``progress(done, total)`` reports progress; it returns False once the person cancelled. Work shorter than this shows no dialog at all.</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="134"/>
        <source>About cxcareer</source>
        <translation>Sobre o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="135"/>
        <source>&lt;p&gt;&lt;b&gt;cxcareer&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Plan careers in customer support and customer experience: where you stand, what comes next, what is missing.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;cxcareer&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Planeje carreiras em suporte ao cliente e experiência do cliente: onde você está, o que vem a seguir, o que falta.&lt;/p&gt;&lt;p&gt;Funciona offline; seus dados ficam no seu banco de dados.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="147"/>
        <source>How readiness is computed</source>
        <translation>Como a prontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="148"/>
        <source>Readiness for a role = {formula}

For every skill the role requires: the level you have, counted up to the level needed, times the requirement&apos;s weight; divided by the weighted levels needed. 100% means every requirement is met.</source>
        <translation>Prontidão para um cargo = {formula}

Para cada competência que o cargo exige: o nível que você tem, contado até o nível necessário, vezes o peso do requisito; dividido pelos níveis necessários ponderados. 100% significa que todos os requisitos foram atendidos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="169"/>
        <source>Set up my &amp;profile…</source>
        <translation>Configurar meu &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="170"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nova pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="171"/>
        <source>&amp;Import framework…</source>
        <translation>&amp;Importar framework…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="172"/>
        <source>Export ladder &amp;map…</source>
        <translation>Exportar &amp;mapa da escada…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="173"/>
        <source>Export one-to-one pac&amp;k (PDF)…</source>
        <translation>Exportar pacote da reunião individual (PD&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="175"/>
        <source>Import person &amp;bundle…</source>
        <translation>Importar p&amp;acote da pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="174"/>
        <source>E&amp;xport person bundle…</source>
        <translation>E&amp;xportar pacote da pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="177"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referências…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="178"/>
        <source>&amp;Backups and database…</source>
        <translation>&amp;Backups e banco de dados…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="179"/>
        <source>How &amp;readiness is computed</source>
        <translation>Como a p&amp;rontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="180"/>
        <source>&amp;About cxcareer</source>
        <translation>&amp;Sobre o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="181"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="91"/>
        <source>This database is open in another cxcareer window{where} (process {pid}).

{path}

Open it read-only? You can look at everything but not change it.</source>
        <translation>Este banco de dados está aberto em outra janela do cxcareer{where} (processo {pid}).

{path}

Abrir somente para leitura? Você pode ver tudo, mas não alterar nada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="96"/>
        <source> on {host}</source>
        <translation> em {host}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="103"/>
        <source>Database in use</source>
        <translation>Banco de dados em uso</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="105"/>
        <source>Open read-only</source>
        <translation>Abrir somente para leitura</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="106"/>
        <location filename="../../cxcareer/ui/app.py" line="154"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="115"/>
        <location filename="../../cxcareer/ui/app.py" line="129"/>
        <location filename="../../cxcareer/ui/app.py" line="142"/>
        <location filename="../../cxcareer/ui/app.py" line="397"/>
        <location filename="../../cxcareer/ui/app.py" line="450"/>
        <source>Cannot open the database</source>
        <translation>Não foi possível abrir o banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="145"/>
        <source>{problem}

cxcareer can set the damaged file aside (nothing is deleted) and continue from the newest good backup. Do that now?</source>
        <translation>{problem}

O cxcareer pode deixar o arquivo danificado de lado (nada é apagado) e continuar a partir do backup bom mais recente. Fazer isso agora?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="151"/>
        <location filename="../../cxcareer/ui/app.py" line="159"/>
        <source>Damaged database</source>
        <translation>Banco de dados danificado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="153"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="276"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="280"/>
        <source>Backed up.</source>
        <translation>Backup feito.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="349"/>
        <source>cxcareer could not start</source>
        <translation>Não foi possível iniciar o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="463"/>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="59"/>
        <source>undone</source>
        <translation>desfeito</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cxcareer/ui/common/errors.py" line="45"/>
        <source>Something unexpected went wrong ({kind}: {message}).</source>
        <extracomment>Errors whose message is written for people, shown as they are.</extracomment>
        <translation>Algo inesperado deu errado ({kind}: {message}).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/errors.py" line="55"/>
        <source>cxcareer</source>
        <translation>cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="29"/>
        <source>The disk holding {location} is full, so the last change was not saved. Everything saved before is intact. Free some space and try again.</source>
        <translation>O disco onde está {location} está cheio, por isso a última alteração não foi salva. Tudo o que foi salvo antes está intacto. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="35"/>
        <source>{location} cannot be written (the file or its folder is read-only). You can still look at your data; to make changes, check the permissions of the file and its folder, or move it to a folder you can write to.</source>
        <translation>Não é possível gravar em {location} (o arquivo ou a pasta dele é somente leitura). Você ainda pode consultar seus dados; para fazer alterações, verifique as permissões do arquivo e da pasta dele, ou mova-o para uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="42"/>
        <source>{location} is busy: another program is writing to it. Nothing was changed. Wait a moment and try again, or close the other program.</source>
        <translation>{location} está ocupado: outro programa está gravando nele. Nada foi alterado. Aguarde um momento e tente de novo, ou feche o outro programa.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="48"/>
        <source>{location} is damaged or is not a cxcareer database. Nothing was changed. Restore it from a backup (cxcareer keeps them in the &apos;backups&apos; folder next to it).</source>
        <translation>{location} está danificado ou não é um banco de dados do cxcareer. Nada foi alterado. Restaure-o a partir de um backup (o cxcareer guarda os backups na pasta &apos;backups&apos; ao lado dele).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="61"/>
        <source>process {pid}</source>
        <extracomment>Who holds the database open; in pt-BR with its preposition (&quot;no processo 42&quot;).</extracomment>
        <translation>no processo {pid}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="64"/>
        <source>another process</source>
        <extracomment>Who holds the database open; in pt-BR with its preposition (&quot;em outro processo&quot;).</extracomment>
        <translation>em outro processo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="67"/>
        <source>{holder} on {host}</source>
        <extracomment>{holder} is &quot;process 42&quot; or &quot;another process&quot;; {host} is a computer&apos;s name.</extracomment>
        <translation>{holder} no computador {host}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="80"/>
        <source>{location} was created by a newer version of cxcareer (schema {revision}); it has not been changed. Update cxcareer to open it.</source>
        <translation>{location} foi criado por uma versão mais nova do cxcareer (esquema {revision}); ele não foi alterado. Atualize o cxcareer para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/store_messages.py" line="88"/>
        <source>{location} is open for writing in {holder}. Close that cxcareer first, or open this one read-only.</source>
        <extracomment>{holder} is &quot;process 42&quot;, &quot;another process&quot; or &quot;process 42 on laptop&quot;; in pt-BR their preposition is part of them (&quot;no processo 42&quot;).</extracomment>
        <translation>{location} está aberto para gravação {holder}. Feche aquele cxcareer primeiro, ou abra este somente para leitura.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="34"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="35"/>
        <source>Ladder</source>
        <translation>Escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="36"/>
        <source>Skills</source>
        <translation>Competências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="37"/>
        <source>Paths</source>
        <translation>Caminhos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="38"/>
        <source>Self vs manager</source>
        <translation>Autoavaliação vs. gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="39"/>
        <source>One-to-one</source>
        <translation>Conversa 1:1</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="40"/>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/pages.py" line="41"/>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
</context>
</TS>
