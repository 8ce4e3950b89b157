<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="40"/>
        <source>Nothing was saved yet.</source>
        <translation>Nada foi salvo ainda.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="46"/>
        <source>Could not read your profile: {0}</source>
        <translation>Não foi possível ler o seu perfil: {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="50"/>
        <source>Your profile is ready, &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Seu perfil está pronto, &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="53"/>
        <source>Current role: {0}.</source>
        <translation>Cargo atual: {0}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="56"/>
        <source>Ready for {role}: {percent}</source>
        <translation>Prontidão para {role}: {percent}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="61"/>
        <source>Skills rated: {0}</source>
        <translation>Competências avaliadas: {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="65"/>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="66"/>
        <source>Here is where you stand.</source>
        <translation>Veja onde você está.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/finish_page.py" line="69"/>
        <source>The Overview shows your readiness and next moves; Skills holds your ratings and Paths the ways to your targets. Ask your manager to add their ratings, and run this set-up again any time from File › Set up my profile.</source>
        <translation>A Visão geral mostra a sua prontidão e os próximos passos; em Competências ficam as suas avaliações e em Caminhos, os caminhos até os seus objetivos. Peça ao seu gestor para incluir as avaliações dele e refaça esta configuração quando quiser em Arquivo › Configurar meu perfil.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/language_page.py" line="63"/>
        <source>Welcome to cxcareer</source>
        <extracomment>Each language named in itself, so anyone can find theirs whatever is showing now.</extracomment>
        <translation>Boas-vindas ao cxcareer</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/language_page.py" line="64"/>
        <source>A few steps to see where you stand and what comes next.</source>
        <translation>Alguns passos para ver onde você está e o que vem a seguir.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/language_page.py" line="67"/>
        <source>Four short steps, about five minutes in all:&lt;ol&gt;&lt;li&gt;your name;&lt;/li&gt;&lt;li&gt;the role you hold today;&lt;/li&gt;&lt;li&gt;up to three roles you would like to reach;&lt;/li&gt;&lt;li&gt;a first rating of a few skills.&lt;/li&gt;&lt;/ol&gt;Everything is saved as you go. Skip any step and come back later from File › Set up my profile.</source>
        <translation>Quatro etapas curtas, cerca de cinco minutos ao todo:&lt;ol&gt;&lt;li&gt;seu nome;&lt;/li&gt;&lt;li&gt;o cargo que você ocupa hoje;&lt;/li&gt;&lt;li&gt;até três cargos que você gostaria de alcançar;&lt;/li&gt;&lt;li&gt;uma primeira avaliação de algumas competências.&lt;/li&gt;&lt;/ol&gt;Tudo é salvo à medida que você avança. Pule qualquer etapa e volte depois em Arquivo › Configurar meu perfil.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/language_page.py" line="75"/>
        <source>Language of the app:</source>
        <translation>Idioma do aplicativo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/language_page.py" line="77"/>
        <source>This database is open read-only: nothing you enter here can be saved.</source>
        <translation>Este banco de dados está aberto somente para leitura: nada do que você digitar aqui poderá ser salvo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/language_page.py" line="80"/>
        <source>Language: {0}</source>
        <translation>Idioma: {0}</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/wizard.py" line="162"/>
        <source>Set up my profile</source>
        <extracomment>Rating pages get ids from here on, so they sort between the targets and the last page. The app icon in each page&apos;s header, beside its title. The smallest size, in average characters and lines of the app&apos;s font: room for a tree of roles and for paragraphs that read as paragraphs, whatever the font size.</extracomment>
        <translation>Configurar meu perfil</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/wizard.py" line="164"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/wizard.py" line="165"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/wizard.py" line="166"/>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/wizard.py" line="167"/>
        <source>&amp;Skip for now</source>
        <translation>&amp;Pular por enquanto</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/wizard.py" line="173"/>
        <source>Close the set-up; what you entered so far is kept (Esc does the same).</source>
        <translation>Fecha a configuração; o que você já informou fica salvo (Esc faz o mesmo).</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="76"/>
        <source>About you</source>
        <translation>Sobre você</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="77"/>
        <source>Your profile is stored in this database only.</source>
        <translation>Seu perfil fica guardado apenas neste banco de dados.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="78"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="79"/>
        <source>&amp;Email (optional):</source>
        <translation>&amp;E-mail (opcional):</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="80"/>
        <source>e.g. Ana Souza</source>
        <translation>ex.: Ana Souza</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="81"/>
        <source>e.g. ana.souza@example.com</source>
        <translation>ex.: ana.souza@exemplo.com.br</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="82"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="83"/>
        <source>Email (optional)</source>
        <translation>E-mail (opcional)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="86"/>
        <source>Your name is how you appear to your manager in one-to-ones and team views. The email is only shown, never used to send anything.</source>
        <translation>É com o seu nome que você aparece para o seu gestor nas conversas 1:1 e nas visões da equipe. O e-mail é apenas exibido, nunca usado para enviar nada.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/profile_page.py" line="90"/>
        <source>This does not look like an email address.</source>
        <translation>Isto não parece um endereço de e-mail.</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/rating_page.py" line="91"/>
        <source>Rate your skills ({number} of {total})</source>
        <translation>Avalie suas competências ({number} de {total})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/rating_page.py" line="97"/>
        <source>Pick the level that describes you today. “Not yet” is a fine answer.</source>
        <translation>Escolha o nível que descreve você hoje. “Ainda não” é uma ótima resposta.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/rating_page.py" line="102"/>
        <source>These are the skills of your current role and of your next move. Your manager can add their view later.</source>
        <translation>Estas são as competências do seu cargo atual e do seu próximo passo. Seu gestor pode incluir a visão dele depois.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/rating_page.py" line="106"/>
        <source>Skills to rate</source>
        <translation>Competências a avaliar</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_page.py" line="92"/>
        <source>Select the role you have today.</source>
        <translation>Selecione o cargo que você ocupa hoje.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_page.py" line="99"/>
        <source>An entry role: people often start their career here.</source>
        <translation>Um cargo de entrada: muitas pessoas começam a carreira por aqui.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_page.py" line="119"/>
        <source>Your current role</source>
        <translation>Seu cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_page.py" line="121"/>
        <source>Pick the role closest to what you do today. Roles are grouped by track.</source>
        <translation>Escolha o cargo mais próximo do que você faz hoje. Os cargos estão agrupados por trilha.</translation>
    </message>
</context>
<context>
    <name>RoleTreeModel</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_tree_model.py" line="115"/>
        <source>Other roles</source>
        <extracomment>Item data role holding a role row&apos;s id (None on track rows). Item data role: True on entry roles (where people often start). Internal id of track rows; a role row&apos;s internal id is its track&apos;s row plus one.</extracomment>
        <translation>Outros cargos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_tree_model.py" line="133"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/role_tree_model.py" line="133"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
</context>
<context>
    <name>SkillRatingBox</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/skill_rating_box.py" line="115"/>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/skill_rating_box.py" line="131"/>
        <source>I have not used this skill yet.</source>
        <translation>Ainda não usei esta competência.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/skill_rating_box.py" line="133"/>
        <source>{skill}: {level}</source>
        <translation>{skill}: {level}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/skill_rating_box.py" line="145"/>
        <source>Your role needs {level}.</source>
        <translation>Seu cargo pede {level}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/skill_rating_box.py" line="151"/>
        <source>{role} needs {level}.</source>
        <translation>{role} pede {level}.</translation>
    </message>
</context>
<context>
    <name>TargetListModel</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/target_list_model.py" line="155"/>
        <source>{title} (target {n})</source>
        <extracomment>Item data role holding the row&apos;s role id.</extracomment>
        <translation>{title} (objetivo {n})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/target_list_model.py" line="161"/>
        <source>No path from your role</source>
        <translation>Sem caminho a partir do seu cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/target_list_model.py" line="166"/>
        <source>{moves} · {time}</source>
        <extracomment>{moves} is &quot;2 moves&quot;, {time} &quot;6 months&quot; or &quot;about 2 years&quot;.</extracomment>
        <translation>{moves} · {time}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/target_list_model.py" line="193"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/target_list_model.py" line="193"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/target_list_model.py" line="193"/>
        <source>From your role</source>
        <translation>A partir do seu cargo</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="89"/>
        <source>No target yet. You can also choose targets later on the Paths screen.</source>
        <translation>Nenhum objetivo ainda. Você também pode escolher objetivos depois, na tela Caminhos.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="93"/>
        <source>Main target: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Objetivo principal: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="95"/>
        <source>Also: {0}.</source>
        <translation>Também: {0}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="109"/>
        <source>Where would you like to go?</source>
        <translation>Aonde você gostaria de chegar?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="112"/>
        <source>Tick up to three roles, the main one first. Roles you can reach from your current role are listed first.</source>
        <translation>Marque até três cargos, começando pelo principal. Os cargos que você pode alcançar a partir do seu cargo atual aparecem primeiro.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="118"/>
        <source>Target roles</source>
        <translation>Cargos-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="119"/>
        <source>Also list roles with no path from my current role</source>
        <translation>Listar também cargos sem caminho a partir do meu cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/onboarding/targets_page.py" line="122"/>
        <source>You can choose up to three targets; untick one to choose another.</source>
        <translation>Você pode escolher até três objetivos; desmarque um para escolher outro.</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <location filename="../../cxcareer/ui/onboarding/base_page.py" line="45"/>
        <source>This database is open read-only; nothing can be saved.</source>
        <translation>Este banco de dados está aberto somente para leitura; nada pode ser salvo.</translation>
    </message>
</context>
</TS>
