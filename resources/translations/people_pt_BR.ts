<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="48"/>
        <source>Edit action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="48"/>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="50"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="51"/>
        <source>e.g. Shadow a team lead for two weeks</source>
        <translation>ex.: Acompanhar um líder de equipe por duas semanas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="53"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="54"/>
        <source>Due by</source>
        <translation>Prazo até</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="55"/>
        <source>Has a due date</source>
        <translation>Tem prazo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="60"/>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="65"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="78"/>
        <source>Target role</source>
        <translation>Cargo-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="79"/>
        <source>No particular role</source>
        <translation>Nenhum cargo específico</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="96"/>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="97"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="98"/>
        <source>Due date:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="99"/>
        <source>&amp;Skill:</source>
        <translation>&amp;Competência:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/action_dialog.py" line="100"/>
        <source>&amp;Target role:</source>
        <translation>Cargo-&amp;alvo:</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="68"/>
        <source>Skill</source>
        <extracomment>The skill id of a row. True on rows whose self and manager levels are two or more apart.</extracomment>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="69"/>
        <source>Self</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="70"/>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="71"/>
        <source>Needed</source>
        <translation>Necessário</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="72"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="73"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="118"/>
        <source>{0} apart — talk about it</source>
        <translation>{0} de distância — conversem sobre isso</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="120"/>
        <source>agree</source>
        <translation>concordam</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="130"/>
        <source>Needed for {0}</source>
        <translation>Necessário para {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_model.py" line="132"/>
        <source>Manager level minus self level: {0:+d}</source>
        <translation>Nível do gestor menos autoavaliação: {0:+d}</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_page.py" line="69"/>
        <source>&amp;Skills: self vs manager</source>
        <extracomment>What this screen shows of a person: both sides&apos; ratings, evidence and the plan.</extracomment>
        <translation>&amp;Competências: autoavaliação vs. gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_page.py" line="70"/>
        <source>Development &amp;plan</source>
        <translation>&amp;Plano de desenvolvimento</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_page.py" line="71"/>
        <source>Comparison and plan</source>
        <translation>Comparação e plano</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_page.py" line="72"/>
        <source>Choose a person in the People list, or add one.</source>
        <translation>Escolha uma pessoa na lista Pessoas ou adicione uma.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/comparison_page.py" line="87"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>DeletePersonDialog</name>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="40"/>
        <source>Delete {0}?</source>
        <translation>Excluir {0}?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="41"/>
        <source>This deletes {name} and everything recorded about them.</source>
        <translation>Isto exclui {name} e tudo o que foi registrado sobre essa pessoa.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="43"/>
        <source>Assessments: {ratings} · Evidence: {evidence} · Plan actions: {actions} · One-to-ones: {meetings}</source>
        <translation>Avaliações: {ratings} · Evidências: {evidence} · Ações do plano: {actions} · Conversas 1:1: {meetings}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="52"/>
        <source>A backup of the whole database is saved first, so it can be restored.</source>
        <translation>Antes, é salvo um backup de todo o banco de dados, para que possa ser restaurado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="54"/>
        <source>This database lives on a server: make sure it is backed up there.</source>
        <translation>Este banco de dados fica em um servidor: confirme que há backup lá.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="56"/>
        <source>To hide someone and keep their history, archive them instead.</source>
        <translation>Para ocultar alguém e manter o histórico, arquive a pessoa em vez de excluir.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="59"/>
        <source>Type &lt;b&gt;{0}&lt;/b&gt; to confirm:</source>
        <translation>Digite &lt;b&gt;{0}&lt;/b&gt; para confirmar:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="62"/>
        <source>Type the person&apos;s name to confirm</source>
        <translation>Digite o nome da pessoa para confirmar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="66"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Excluir definitivamente</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="67"/>
        <source>Delete for good</source>
        <translation>Excluir definitivamente</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="70"/>
        <source>&amp;Archive instead</source>
        <translation>&amp;Arquivar em vez disso</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/delete_dialog.py" line="71"/>
        <source>Archive instead</source>
        <translation>Arquivar em vez disso</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="44"/>
        <source>Add evidence for {0}</source>
        <translation>Adicionar evidência de {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="46"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="54"/>
        <source>Level shown</source>
        <translation>Nível demonstrado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="64"/>
        <source>Strength</source>
        <translation>Força</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="71"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="74"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="76"/>
        <source>What was done, for whom, with what result — in a sentence or two.</source>
        <translation>O que foi feito, para quem, com qual resultado — em uma ou duas frases.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="79"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="80"/>
        <source>Optional: ticket, document or certificate URL</source>
        <translation>Opcional: URL do ticket, documento ou certificado</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="82"/>
        <source>&amp;Skill:</source>
        <translation>&amp;Competência:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="83"/>
        <source>&amp;Level shown:</source>
        <translation>&amp;Nível demonstrado:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="85"/>
        <source>S&amp;trength:</source>
        <translation>&amp;Força:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="86"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="87"/>
        <source>&amp;What happened:</source>
        <translation>O que &amp;aconteceu:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="88"/>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_dialog.py" line="105"/>
        <source>Describe what happened.</source>
        <translation>Descreva o que aconteceu.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_model.py" line="58"/>
        <source>Date</source>
        <extracomment>The evidence entry&apos;s id.</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_model.py" line="59"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_model.py" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_model.py" line="61"/>
        <source>Strength</source>
        <translation>Força</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_model.py" line="62"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_model.py" line="63"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="68"/>
        <source>Evidence for the selected skill</source>
        <translation>Evidências da competência selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="69"/>
        <source>&amp;Add evidence…</source>
        <translation>&amp;Adicionar evidência…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="70"/>
        <source>Add evidence</source>
        <translation>Adicionar evidência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="71"/>
        <source>Mark &amp;verified</source>
        <translation>Marcar como &amp;verificada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="72"/>
        <source>Mark the selected evidence verified</source>
        <translation>Marcar a evidência selecionada como verificada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="83"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="85"/>
        <source>Evidence for {0}</source>
        <translation>Evidências de {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="132"/>
        <source>Evidence is verified by someone else, such as the manager, not on your own profile.</source>
        <translation>A evidência é verificada por outra pessoa, como o gestor, e não no seu próprio perfil.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="137"/>
        <source>Vouch for this evidence as the manager.</source>
        <translation>Confirmar esta evidência como gestor.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/evidence_panel.py" line="119"/>
        <source>On the company server each person adds their own evidence.</source>
        <translation>No servidor da empresa, cada pessoa adiciona as próprias evidências.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../cxcareer/ui/people/history_model.py" line="43"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/history_model.py" line="43"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/history_model.py" line="43"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/history_model.py" line="43"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>PeopleDock</name>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="118"/>
        <source>Filter by name or email</source>
        <translation>Filtrar por nome ou e-mail</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="119"/>
        <source>Filter people</source>
        <translation>Filtrar pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="120"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="121"/>
        <source>Show &amp;archived people</source>
        <translation>Mostrar pessoas a&amp;rquivadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="122"/>
        <source>Show archived people</source>
        <translation>Mostrar pessoas arquivadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="123"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="125"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="126"/>
        <source>Edit the selected person</source>
        <translation>Editar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="127"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="128"/>
        <source>Delete the selected person</source>
        <translation>Excluir a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="129"/>
        <source>This is &amp;me</source>
        <translation>Esta pessoa sou &amp;eu</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="130"/>
        <source>The selected person is me</source>
        <translation>A pessoa selecionada sou eu</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="132"/>
        <source>Your own profile is listed under Me; people you manage under My team.</source>
        <translation>Seu próprio perfil aparece em Eu; as pessoas que você gerencia, em Minha equipe.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="228"/>
        <source>Un&amp;archive</source>
        <translation>Desarq&amp;uivar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="229"/>
        <source>Show the selected person again</source>
        <translation>Mostrar a pessoa selecionada novamente</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="231"/>
        <source>A&amp;rchive</source>
        <translation>Arqui&amp;var</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="232"/>
        <source>Archive the selected person</source>
        <translation>Arquivar a pessoa selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="271"/>
        <source>Added {0}.</source>
        <translation>Pessoa adicionada: {0}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="295"/>
        <source>Saved {0}.</source>
        <translation>Pessoa salva: {0}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="308"/>
        <source>Archived {0}. Tick “Show archived people” to see them again.</source>
        <translation>Pessoa arquivada: {0}. Marque “Mostrar pessoas arquivadas” para ver novamente.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="313"/>
        <source>{0} is back in the list.</source>
        <translation>{0} voltou para a lista.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="341"/>
        <source>Backing up and deleting {0}…</source>
        <translation>Fazendo backup e excluindo {0}…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="352"/>
        <source>Deleted {0}. A backup from just before is kept at {1}</source>
        <translation>Pessoa excluída: {0}. Um backup de logo antes está guardado em {1}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/dock.py" line="357"/>
        <source>Deleted {0}.</source>
        <translation>Pessoa excluída: {0}.</translation>
    </message>
</context>
<context>
    <name>PeopleLabels</name>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="31"/>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="32"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="33"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="34"/>
        <source>Certification</source>
        <translation>Certificação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="41"/>
        <source>Claim</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="42"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="43"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="50"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="51"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="52"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="59"/>
        <source>Self</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/labels.py" line="61"/>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
</context>
<context>
    <name>PeopleTreeModel</name>
    <message>
        <location filename="../../cxcareer/ui/people/people_model.py" line="77"/>
        <source>Me</source>
        <extracomment>The person&apos;s id on a person row (None on a heading).</extracomment>
        <translation>Eu</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/people_model.py" line="78"/>
        <source>My team</source>
        <translation>Minha equipe</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/people_model.py" line="79"/>
        <source>Others</source>
        <translation>Outras pessoas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/people_model.py" line="134"/>
        <source>{0} (archived)</source>
        <translation>{0} (arquivado/a)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/people_model.py" line="150"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="45"/>
        <source>Edit person</source>
        <translation>Editar pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="45"/>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="51"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="53"/>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="54"/>
        <source>No manager</source>
        <translation>Sem gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="71"/>
        <source>On the company server HR changes names.</source>
        <translation>No servidor da empresa, quem muda nomes é o RH.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="75"/>
        <source>No current role</source>
        <translation>Sem cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="75"/>
        <source>Current role</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="78"/>
        <source>No target</source>
        <translation>Sem cargo-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="78"/>
        <source>Target role {0}</source>
        <translation>Cargo-alvo {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="87"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="88"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Gestor:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="89"/>
        <source>&amp;Current role:</source>
        <translation>&amp;Cargo atual:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="90"/>
        <source>&amp;Main target:</source>
        <translation>Cargo-alvo &amp;principal:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="91"/>
        <source>Second &amp;target:</source>
        <translation>&amp;Segundo cargo-alvo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="92"/>
        <source>Thi&amp;rd target:</source>
        <translation>&amp;Terceiro cargo-alvo:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="135"/>
        <source>Type a name.</source>
        <translation>Digite um nome.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="137"/>
        <source>The same target role is chosen twice.</source>
        <translation>O mesmo cargo-alvo foi escolhido duas vezes.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="72"/>
        <source>On the company server only HR changes managers.</source>
        <translation>No servidor da empresa, só o RH altera gestores.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/person_dialog.py" line="101"/>
        <source>Unchanged (not visible to you)</source>
        <translation>Sem alteração (não visível para você)</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="66"/>
        <source>Action</source>
        <extracomment>The action&apos;s id. True on open actions past their due date.</extracomment>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="67"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="68"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="69"/>
        <source>Skill</source>
        <translation>Competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="70"/>
        <source>Target role</source>
        <translation>Cargo-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="71"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="119"/>
        <source>{status} — {late}</source>
        <translation>{status} — {late}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_model.py" line="124"/>
        <source>{0} on {1}</source>
        <translation>{0} em {1}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="90"/>
        <source>Show &amp;finished and dropped</source>
        <translation>Mostrar &amp;concluídas e abandonadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="91"/>
        <source>Show finished and dropped actions</source>
        <translation>Mostrar ações concluídas e abandonadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="92"/>
        <source>Development plan</source>
        <translation>Plano de desenvolvimento</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="94"/>
        <source>&amp;New action…</source>
        <translation>&amp;Nova ação…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="94"/>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="95"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="95"/>
        <source>Edit the selected action</source>
        <translation>Editar a ação selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="96"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como c&amp;oncluída</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="96"/>
        <source>Mark the selected action done</source>
        <translation>Marcar a ação selecionada como concluída</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="97"/>
        <source>Dro&amp;p</source>
        <translation>A&amp;bandonar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="97"/>
        <source>Drop the selected action</source>
        <translation>Abandonar a ação selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="98"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="98"/>
        <source>Reopen the selected action</source>
        <translation>Reabrir a ação selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="135"/>
        <source>No actions yet. Add one for a skill to grow.</source>
        <translation>Ainda não há ações. Adicione uma para desenvolver uma competência.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/plan_panel.py" line="214"/>
        <source>Mark “{0}” {1}</source>
        <translation>Marcar “{0}” como {1}</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="64"/>
        <source>Rate &amp;as:</source>
        <translation>Avaliar &amp;como:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="64"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="64"/>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentário:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="68"/>
        <source>Rate as</source>
        <translation>Avaliar como</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="69"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="70"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="71"/>
        <source>Why this level?</source>
        <translation>Por que este nível?</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="72"/>
        <source>The comment is kept with the rating in its history.</source>
        <translation>O comentário fica guardado com a avaliação no histórico.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="73"/>
        <source>&amp;Record rating</source>
        <translation>&amp;Registrar avaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/rating_form.py" line="74"/>
        <source>Record rating</source>
        <translation>Registrar avaliação</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="110"/>
        <source>&amp;Roles:</source>
        <translation>Car&amp;gos:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="111"/>
        <source>Roles to compare</source>
        <translation>Cargos a comparar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="114"/>
        <source>⚠ marks skills where self and manager are {0} or more levels apart; they come first.</source>
        <translation>⚠ marca as competências em que autoavaliação e gestor estão a {0} ou mais níveis de distância; elas aparecem primeiro.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="118"/>
        <source>Self and manager levels by skill</source>
        <translation>Níveis da autoavaliação e do gestor por competência</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="119"/>
        <source>Rating history of the selected skill</source>
        <translation>Histórico de avaliações da competência selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="133"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="136"/>
        <source>History of {0}</source>
        <translation>Histórico de {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="148"/>
        <source>Current and target roles</source>
        <translation>Cargo atual e cargos-alvo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="151"/>
        <source>{0} (current)</source>
        <translation>{0} (atual)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="153"/>
        <source>{0} (target)</source>
        <translation>{0} (objetivo)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/people/skills_panel.py" line="156"/>
        <source>All skills (no role chosen)</source>
        <translation>Todas as competências (nenhum cargo escolhido)</translation>
    </message>
</context>
</TS>
