<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cxcareer/ui/about_dialog.py" line="37"/>
        <source>About cxcareer</source>
        <translation>Sobre o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/about_dialog.py" line="42"/>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/about_dialog.py" line="46"/>
        <source>Plans careers in customer support and customer experience: where you stand, what comes next and what is missing. It works offline; your data stays in your database.</source>
        <translation>Planeja carreiras em suporte e experiência do cliente: onde você está, qual é o próximo passo e o que falta. Funciona sem internet; seus dados ficam no seu banco de dados.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/about_dialog.py" line="53"/>
        <source>Free software under the MIT licence. The built-in framework cites SFIA 9 (customer engagement and loyalty, CELO) as a reference; SFIA is © SFIA Foundation (sfia-online.org). Made with Qt {qt}, PySide6, NetworkX and SQLAlchemy.</source>
        <translation>Software livre sob a licença MIT. O framework incluído cita o SFIA 9 (engajamento e fidelidade do cliente, CELO) como referência; o SFIA é © SFIA Foundation (sfia-online.org). Feito com Qt {qt}, PySide6, NetworkX e SQLAlchemy.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/about_dialog.py" line="65"/>
        <source>Database location</source>
        <translation>Local do banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/about_dialog.py" line="68"/>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../cxcareer/ui/common/file_dialogs.py" line="120"/>
        <source>Not saved</source>
        <translation>Arquivo não salvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/file_dialogs.py" line="127"/>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/file_dialogs.py" line="128"/>
        <source>{name} already exists in {folder}.</source>
        <translation>{name} já existe em {folder}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/file_dialogs.py" line="135"/>
        <source>Replacing it loses what it holds now.</source>
        <translation>Ao substituí-lo, o que ele contém agora será perdido.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/file_dialogs.py" line="138"/>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="95"/>
        <source>Your profile is not set up yet</source>
        <translation>Seu perfil ainda não foi configurado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="97"/>
        <source>cxcareer shows where you stand in your career, how ready you are for the roles you aim at and which skills to develop next.</source>
        <translation>O cxcareer mostra onde você está na sua carreira, qual é a sua prontidão para os cargos que você almeja e quais competências desenvolver a seguir.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="101"/>
        <source>Nobody is selected</source>
        <translation>Ninguém selecionado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="103"/>
        <source>Choose a person in the People list to see where they stand, or set up your own profile.</source>
        <translation>Escolha uma pessoa na lista Pessoas para ver onde ela está, ou configure o seu próprio perfil.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="109"/>
        <source>What you can do now:</source>
        <translation>O que você pode fazer agora:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="111"/>
        <source>Set up your profile: your role, where you would like to go and a first rating of your skills, in about five minutes.</source>
        <translation>Configurar o seu perfil: seu cargo, aonde você gostaria de chegar e uma primeira avaliação das suas competências, em cerca de cinco minutos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="115"/>
        <source>Add the people you manage, to prepare one-to-ones and follow your team&apos;s readiness.</source>
        <translation>Incluir as pessoas de quem você é gestor, para preparar conversas 1:1 e acompanhar a prontidão da sua equipe.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="119"/>
        <source>Explore the ladder: every role of the framework, what each requires and how they connect, no profile needed.</source>
        <translation>Explorar a escada: todos os cargos do framework, o que cada um exige e como se conectam, sem precisar de perfil.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/first_steps.py" line="124"/>
        <source>Explore the ladder</source>
        <translation>Explorar a escada</translation>
    </message>
</context>
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
        <location filename="../../cxcareer/ui/main_window.py" line="241"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="242"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="243"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="244"/>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="245"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="256"/>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="257"/>
        <location filename="../../cxcareer/ui/opening.py" line="85"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="260"/>
        <source>Show or hide the people list</source>
        <translation>Mostrar ou ocultar a lista de pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="289"/>
        <source>demo</source>
        <translation>demonstração</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="286"/>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="296"/>
        <source>Demo data: all of it is deleted when you quit</source>
        <translation>Dados de demonstração: tudo é apagado ao sair</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="297"/>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="306"/>
        <source>Read-only: </source>
        <translation>Somente leitura: </translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="308"/>
        <source>Database location</source>
        <translation>Local do banco de dados</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="303"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/main_window.py" line="305"/>
        <source>{who} · company server</source>
        <translation>{who} · servidor da empresa</translation>
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
        <location filename="../../cxcareer/ui/common/phrases.py" line="43"/>
        <source>This database is open read-only.</source>
        <translation>Este banco de dados está aberto somente para leitura.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="48"/>
        <source>Outcome of the last step</source>
        <translation>Resultado da última etapa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="53"/>
        <source>Roles by track</source>
        <translation>Cargos por trilha</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="58"/>
        <source>Find a role by part of its title</source>
        <translation>Encontre um cargo por parte do título</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="63"/>
        <source>Skills and levels</source>
        <translation>Competências e níveis</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="68"/>
        <source>0 · not yet</source>
        <translation>0 · ainda não</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="73"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="88"/>
        <source>Not rated yet.</source>
        <translation>Ainda sem avaliação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="93"/>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="98"/>
        <source>Add a target role</source>
        <translation>Adicionar um cargo-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="103"/>
        <source>Add a target…</source>
        <translation>Adicionar objetivo…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="108"/>
        <source>Choose current role…</source>
        <translation>Escolher cargo atual…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="113"/>
        <source>Show on the ladder</source>
        <translation>Mostrar na escada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="121"/>
        <source>{date} ({late})</source>
        <translation>{date} ({late})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="126"/>
        <source>No particular skill</source>
        <translation>Nenhuma competência específica</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="131"/>
        <source>Say what the action is.</source>
        <translation>Diga qual é a ação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="136"/>
        <source>Say who owns the action.</source>
        <translation>Diga quem é o responsável pela ação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="141"/>
        <source>Export one-to-one pack</source>
        <translation>Exportar pacote da conversa 1:1</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="146"/>
        <source>Only in this database; never exported unless you choose to.</source>
        <translation>Só neste banco de dados; nunca exportadas, a menos que você escolha.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="153"/>
        <source>There is nobody to export yet.</source>
        <translation>Ainda não há ninguém para exportar.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/common/phrases.py" line="158"/>
        <source>Import person bundle</source>
        <translation>Importar pacote da pessoa</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="283"/>
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
        <location filename="../../cxcareer/ui/actions.py" line="137"/>
        <source>How readiness is computed</source>
        <translation>Como a prontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="138"/>
        <source>Readiness for a role = {formula}

For every skill the role requires: the level you have, counted up to the level needed, times the requirement&apos;s weight; divided by the weighted levels needed. 100% means every requirement is met.</source>
        <translation>Prontidão para um cargo = {formula}

Para cada competência que o cargo exige: o nível que você tem, contado até o nível necessário, vezes o peso do requisito; dividido pelos níveis necessários ponderados. 100% significa que todos os requisitos foram atendidos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="158"/>
        <source>Set up my &amp;profile…</source>
        <translation>Configurar meu &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="159"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nova pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="160"/>
        <source>&amp;Import framework…</source>
        <translation>&amp;Importar framework…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="161"/>
        <source>Export ladder &amp;map…</source>
        <translation>Exportar &amp;mapa da escada…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="162"/>
        <source>Export one-to-one pac&amp;k (PDF)…</source>
        <translation>Exportar pacote da conversa 1:1 (PD&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="164"/>
        <source>Import person &amp;bundle…</source>
        <translation>Importar p&amp;acote da pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="163"/>
        <source>E&amp;xport person bundle…</source>
        <translation>E&amp;xportar pacote da pessoa…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="166"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referências…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="167"/>
        <source>&amp;Backups and database…</source>
        <translation>&amp;Backups e banco de dados…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="168"/>
        <source>How &amp;readiness is computed</source>
        <translation>Como a p&amp;rontidão é calculada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/actions.py" line="169"/>
        <source>&amp;About cxcareer</source>
        <translation>&amp;Sobre o cxcareer</translation>
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
        <location filename="../../cxcareer/ui/app.py" line="186"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="190"/>
        <source>Backed up.</source>
        <translation>Backup feito.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="233"/>
        <source>cxcareer could not start</source>
        <translation>Não foi possível iniciar o cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/app.py" line="341"/>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <location filename="../../cxcareer/ui/controller.py" line="90"/>
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
