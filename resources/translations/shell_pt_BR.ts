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
        <location filename="../../cxcareer/ui/main_window.py" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="234"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="235"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="236"/>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="248"/>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="249"/>
        <location filename="../../cxcareer/ui/opening.py" line="85"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="252"/>
        <source>Show or hide the people list</source>
        <translation>Mostrar ou ocultar a lista de pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="279"/>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="285"/>
        <source>Read-only: </source>
        <translation>Somente leitura: </translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="287"/>
        <source>Database location</source>
        <translation>Local do banco de dados</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../cxcareer/ui/opening.py" line="80"/>
        <location filename="../../cxcareer/ui/opening.py" line="81"/>
        <source>Opening your profile…</source>
        <extracomment>The main window&apos;s menu titles, translated in its context so both windows read the same.</extracomment>
        <translation>Abrindo o seu perfil…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/opening.py" line="82"/>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="42"/>
        <source>This database is open read-only.</source>
        <translation>Este banco de dados está aberto somente para leitura.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="47"/>
        <source>Outcome of the last step</source>
        <translation>Resultado da última etapa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="52"/>
        <source>Roles by track</source>
        <translation>Cargos por trilha</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="57"/>
        <source>Skills and levels</source>
        <translation>Competências e níveis</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="62"/>
        <source>0 · not yet</source>
        <translation>0 · ainda não</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="67"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="82"/>
        <source>Not rated yet.</source>
        <translation>Ainda sem avaliação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="87"/>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="92"/>
        <source>Add a target role</source>
        <translation>Adicionar um cargo-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="97"/>
        <source>Add a target…</source>
        <translation>Adicionar objetivo…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="102"/>
        <source>Choose current role…</source>
        <translation>Escolher cargo atual…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="107"/>
        <source>Show on the ladder</source>
        <translation>Mostrar na escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="115"/>
        <source>{date} ({late})</source>
        <translation>{date} ({late})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="120"/>
        <source>No particular skill</source>
        <translation>Nenhuma competência específica</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="125"/>
        <source>Say what the action is.</source>
        <translation>Diga qual é a ação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="130"/>
        <source>Say who owns the action.</source>
        <translation>Diga quem é o responsável pela ação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="135"/>
        <source>Export one-to-one pack</source>
        <translation>Exportar pacote da conversa 1:1</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="140"/>
        <source>Only in this database; never exported unless you choose to.</source>
        <translation>Só neste banco de dados; nunca exportadas, a menos que você escolha.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="147"/>
        <source>There is nobody to export yet.</source>
        <translation>Ainda não há ninguém para exportar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="152"/>
        <source>Import person bundle</source>
        <translation>Importar pacote da pessoa</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="230"/>
        <source>Rate {0}</source>
        <translation>Avaliar {0}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../cxcareer/ui/common/tasks.py" line="132"/>
        <source>Cancel</source>
        <extracomment>``progress(done, total)`` reports progress; it returns False once the person cancelled. Work shorter than this shows no dialog at all. Tasks still running, by number; only the UI thread reads or changes it.</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="132"/>
        <source>About cxcareer</source>
        <translation>Sobre o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="133"/>
        <source>&lt;p&gt;&lt;b&gt;cxcareer&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Plan careers in customer support and customer experience: where you stand, what comes next, what is missing.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;cxcareer&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Planeje carreiras em suporte ao cliente e experiência do cliente: onde você está, o que vem a seguir, o que falta.&lt;/p&gt;&lt;p&gt;Funciona offline; seus dados ficam no seu banco de dados.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="148"/>
        <source>How readiness is computed</source>
        <translation>Como a prontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="149"/>
        <source>Readiness for a role = {formula}

For every skill the role requires: the level you have, counted up to the level needed, times the requirement&apos;s weight; divided by the weighted levels needed. 100% means every requirement is met.</source>
        <translation>Prontidão para um cargo = {formula}

Para cada competência que o cargo exige: o nível que você tem, contado até o nível necessário, vezes o peso do requisito; dividido pelos níveis necessários ponderados. 100% significa que todos os requisitos foram atendidos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="170"/>
        <source>Set up my &amp;profile…</source>
        <translation>Configurar meu &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="171"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nova pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="172"/>
        <source>&amp;Import framework…</source>
        <translation>&amp;Importar framework…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="173"/>
        <source>Export ladder &amp;map…</source>
        <translation>Exportar &amp;mapa da escada…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="174"/>
        <source>Export one-to-one pac&amp;k (PDF)…</source>
        <translation>Exportar pacote da conversa 1:1 (PD&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="176"/>
        <source>Import person &amp;bundle…</source>
        <translation>Importar p&amp;acote da pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="175"/>
        <source>E&amp;xport person bundle…</source>
        <translation>E&amp;xportar pacote da pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="177"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="178"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referências…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="179"/>
        <source>&amp;Backups and database…</source>
        <translation>&amp;Backups e banco de dados…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="180"/>
        <source>How &amp;readiness is computed</source>
        <translation>Como a p&amp;rontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="181"/>
        <source>&amp;About cxcareer</source>
        <translation>&amp;Sobre o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="182"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="59"/>
        <source>This database is open in another cxcareer window{where} (process {pid}).

{path}

Open it read-only? You can look at everything but not change it.</source>
        <translation>Este banco de dados está aberto em outra janela do cxcareer{where} (processo {pid}).

{path}

Abrir somente para leitura? Você pode ver tudo, mas não alterar nada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="64"/>
        <source> on {host}</source>
        <translation> em {host}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="71"/>
        <source>Database in use</source>
        <translation>Banco de dados em uso</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="73"/>
        <source>Open read-only</source>
        <translation>Abrir somente para leitura</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="74"/>
        <location filename="../../cxcareer/ui/database_opening.py" line="110"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="30"/>
        <source>Cannot open the database</source>
        <translation>Não foi possível abrir o banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="101"/>
        <source>{problem}

cxcareer can set the damaged file aside (nothing is deleted) and continue from the newest good backup. Do that now?</source>
        <translation>{problem}

O cxcareer pode deixar o arquivo danificado de lado (nada é apagado) e continuar a partir do backup bom mais recente. Fazer isso agora?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="107"/>
        <location filename="../../cxcareer/ui/database_opening.py" line="114"/>
        <source>Damaged database</source>
        <translation>Banco de dados danificado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/database_opening.py" line="109"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="177"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="181"/>
        <source>Backed up.</source>
        <translation>Backup feito.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="226"/>
        <source>cxcareer could not start</source>
        <translation>Não foi possível iniciar o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="338"/>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="84"/>
        <source>undone</source>
        <extracomment>Aspects of the selected person that its snapshot is computed from.</extracomment>
        <translation>desfeito</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cxcareer/ui/common/errors.py" line="51"/>
        <source>Something unexpected went wrong ({kind}: {message}).</source>
        <extracomment>Errors whose message is written for people, shown as they are.</extracomment>
        <translation>Algo inesperado deu errado ({kind}: {message}).</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/errors.py" line="61"/>
        <source>cxcareer</source>
        <translation>cxcareer</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../cxcareer/ui/common/locale.py" line="32"/>
        <source>en</source>
        <extracomment>Translate with the tag of your language as cxcareer writes it: &quot;pt-BR&quot;. The app says its Qt-free texts (error sentences, dates, counts) in the language this names.</extracomment>
        <translation>pt-BR</translation>
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
