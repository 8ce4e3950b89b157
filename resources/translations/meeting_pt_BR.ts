<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AgendaBox</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="84"/>
        <source>Open actions</source>
        <translation>Ações abertas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="85"/>
        <source>Open actions to go through</source>
        <translation>Ações abertas para revisar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="92"/>
        <source>No open actions. Agree new ones on the right.</source>
        <translation>Nenhuma ação aberta. Combine novas ações à direita.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="94"/>
        <source>Tick an action when it is done. Ctrl+Z undoes a tick.</source>
        <translation>Marque uma ação quando estiver concluída. Ctrl+Z desfaz a marcação.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="110"/>
        <source>Mark “{0}” done</source>
        <translation>Marcar “{0}” como concluída</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="112"/>
        <source>Reopen “{0}”</source>
        <translation>Reabrir “{0}”</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/agenda_model.py" line="58"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/agenda_model.py" line="58"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/agenda_model.py" line="88"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/agenda_model.py" line="88"/>
        <source>not done yet</source>
        <translation>ainda não concluída</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="62"/>
        <source>Since the last meeting</source>
        <translation>Desde a última conversa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="63"/>
        <source>Changes since the last meeting</source>
        <translation>Mudanças desde a última conversa</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="95"/>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="95"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="123"/>
        <source>Ratings ({0})</source>
        <translation>Avaliações ({0})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="125"/>
        <source>Evidence ({0})</source>
        <translation>Evidências ({0})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="126"/>
        <source>Actions ({0})</source>
        <translation>Ações ({0})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="140"/>
        <source>self</source>
        <translation>autoavaliação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="140"/>
        <source>manager</source>
        <translation>gestor</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="144"/>
        <source>{skill}: first {who} rating, {after}</source>
        <translation>{skill}: primeira avaliação ({who}), {after}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="148"/>
        <source>{arrow} {skill}: {who} rating {before} → {after}</source>
        <translation>{arrow} {skill}: avaliação ({who}) {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="154"/>
        <source>{skill} at level {level}: {text} ({kind}, {strength})</source>
        <translation>{skill} no nível {level}: {text} ({kind}, {strength})</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="162"/>
        <source>New action: {0}</source>
        <translation>Nova ação: {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="163"/>
        <source>Done: {0}</source>
        <translation>Concluída: {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="164"/>
        <source>Dropped: {0}</source>
        <translation>Abandonada: {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/changes_model.py" line="165"/>
        <source>Reopened: {0}</source>
        <translation>Reaberta: {0}</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="58"/>
        <source>A PDF for {0}: profile, progress, plan and one-to-one notes.</source>
        <extracomment>Languages a pack can be written in, with their names in their own language.</extracomment>
        <translation>Um PDF para {0}: perfil, progresso, plano e anotações das conversas 1:1.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="64"/>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="65"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="66"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="70"/>
        <source>Language of the pack</source>
        <translation>Idioma do pacote</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="74"/>
        <source>Include &amp;private notes</source>
        <translation>Incluir anotações &amp;privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="75"/>
        <source>Include private notes</source>
        <translation>Incluir anotações privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="82"/>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="88"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="89"/>
        <source>Choose where to save the PDF</source>
        <translation>Escolher onde salvar o PDF</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="104"/>
        <source>⚠ Private notes will be in the PDF. Anyone you send it to can read them.</source>
        <translation>⚠ As anotações privadas estarão no PDF. Qualquer pessoa que recebê-lo poderá lê-las.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/export_dialog.py" line="109"/>
        <source>Private notes stay out of the PDF. They are only in this database; tick the box only if you mean to share them.</source>
        <translation>As anotações privadas ficam fora do PDF. Elas existem só neste banco de dados; marque a caixa apenas se quiser compartilhá-las.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="32"/>
        <source>One-to-one with {0}, {1}</source>
        <translation>Conversa 1:1 com {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="34"/>
        <source>Meeting record</source>
        <translation>Registro da conversa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="39"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="48"/>
        <source>Written by {0}</source>
        <translation>Escrita por {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="49"/>
        <source>Shared notes</source>
        <translation>Anotações compartilhadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="51"/>
        <source>Actions agreed</source>
        <translation>Ações combinadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="52"/>
        <source>None.</source>
        <translation>Nenhuma.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="60"/>
        <source>Private notes</source>
        <translation>Anotações privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="72"/>
        <source>Open actions carried over</source>
        <translation>Ações abertas trazidas da conversa anterior</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="80"/>
        <source>owner: {0}</source>
        <translation>responsável: {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_dialog.py" line="82"/>
        <source>due {0}</source>
        <translation>prazo {0}</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_header.py" line="49"/>
        <source>Meeting da&amp;te:</source>
        <translation>Da&amp;ta da conversa:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_header.py" line="50"/>
        <source>Meeting date</source>
        <translation>Data da conversa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_header.py" line="52"/>
        <source>E&amp;xport pack…</source>
        <translation>E&amp;xportar pacote…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_header.py" line="53"/>
        <source>Export the one-to-one pack as PDF</source>
        <translation>Exportar o pacote da conversa 1:1 em PDF</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/meeting_header.py" line="54"/>
        <source>Export the one-to-one pack as PDF (Ctrl+P)</source>
        <translation>Exportar o pacote da conversa 1:1 em PDF (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="240"/>
        <source>One-to-one with {0}</source>
        <extracomment>A one-to-one shows every kind of record about its person.</extracomment>
        <translation>Conversa 1:1 com {0}</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="244"/>
        <source>No earlier meeting: everything up to this date is shown.</source>
        <translation>Nenhuma conversa anterior: tudo até esta data é mostrado.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="246"/>
        <source>Nothing recorded yet for this person.</source>
        <translation>Nada registrado ainda para esta pessoa.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="250"/>
        <source>Last meeting: {0}, with {1}.</source>
        <translation>Última conversa: {0}, com {1}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="253"/>
        <source>Nothing changed since the meeting of {0}.</source>
        <translation>Nada mudou desde a conversa de {0}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="257"/>
        <source>No meetings recorded yet.</source>
        <translation>Nenhuma conversa registrada ainda.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="277"/>
        <source>Your manager records your one-to-ones.</source>
        <translation>Seu gestor registra suas conversas 1:1.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="279"/>
        <source>Only their manager records their one-to-ones.</source>
        <translation>Só o gestor da pessoa registra as conversas 1:1 dela.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="281"/>
        <source>Write a note or agree an action to save the meeting.</source>
        <translation>Escreva uma anotação ou combine uma ação para salvar a conversa.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="320"/>
        <source>Saved the meeting of {0}.</source>
        <translation>Conversa de {0} salva.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="382"/>
        <location filename="../../cxcareer/ui/meeting/page.py" line="386"/>
        <source>Exported the pack to {0}.</source>
        <translation>Pacote exportado para {0}.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/page.py" line="389"/>
        <source>Exporting the one-to-one pack…</source>
        <translation>Exportando o pacote da conversa 1:1…</translation>
    </message>
</context>
<context>
    <name>NewActionForm</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="117"/>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="118"/>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="119"/>
        <source>e.g. Lead the next escalation review</source>
        <translation>ex.: Conduzir a próxima revisão de escalonamentos</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="120"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="121"/>
        <source>Owner of the new action</source>
        <translation>Responsável pela nova ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="122"/>
        <source>Due by</source>
        <translation>Prazo até</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="123"/>
        <source>The new action has a due date</source>
        <translation>A nova ação tem prazo</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="124"/>
        <source>Due date of the new action</source>
        <translation>Prazo da nova ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="125"/>
        <source>S&amp;kill:</source>
        <translation>&amp;Competência:</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="126"/>
        <source>Skill of the new action</source>
        <translation>Competência da nova ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="127"/>
        <source>A&amp;dd action</source>
        <translation>A&amp;dicionar ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="128"/>
        <source>Add the new action to this meeting</source>
        <translation>Adicionar a nova ação a esta conversa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="129"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="130"/>
        <source>Remove the selected agreed action</source>
        <translation>Remover a ação combinada selecionada</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_action_form.py" line="131"/>
        <source>Actions agreed in this meeting</source>
        <translation>Ações combinadas nesta conversa</translation>
    </message>
</context>
<context>
    <name>NewActionsModel</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_actions_model.py" line="64"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_actions_model.py" line="64"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/new_actions_model.py" line="64"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>NobodySelected</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/nobody_selected.py" line="37"/>
        <source>Nobody is selected. Choose a person in the People list, or add one to prepare a one-to-one with them.</source>
        <translation>Ninguém selecionado. Escolha uma pessoa na lista Pessoas, ou adicione uma, para preparar uma conversa 1:1.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/nobody_selected.py" line="41"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Adicionar uma pessoa…</translation>
    </message>
</context>
<context>
    <name>NoteKeyDialog</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="45"/>
        <source>Your private-notes key</source>
        <translation>Sua chave de anotações privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="47"/>
        <source>Your private notes are locked with a key of your own</source>
        <translation>Suas anotações privadas são trancadas com uma chave só sua</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="50"/>
        <source>On the company server your private notes are stored locked, and only the key now kept on this computer opens them: not your colleagues, not HR, not the server&apos;s administrator. If this key is lost and there is no copy, those notes can never be read again, by anyone. Save a copy now and keep it away from this computer (a USB stick, a password manager), or write down the line below.</source>
        <translation>No servidor da empresa suas anotações privadas ficam guardadas trancadas, e só a chave agora guardada neste computador as abre: nem seus colegas, nem o RH, nem o administrador do servidor. Se esta chave se perder e não houver cópia, essas anotações nunca mais poderão ser lidas, por ninguém. Salve uma cópia agora e guarde-a longe deste computador (um pendrive, um gerenciador de senhas), ou anote a linha abaixo.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="62"/>
        <source>Your key</source>
        <translation>Sua chave</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="63"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="65"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvar uma cópia…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="78"/>
        <source>Save the note</source>
        <translation>Salvar a anotação</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="91"/>
        <source>Copied. Paste it into a password manager, then clear it.</source>
        <translation>Copiada. Cole-a num gerenciador de senhas e depois apague-a da área de transferência.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="99"/>
        <source>Save a copy of your key</source>
        <translation>Salvar uma cópia da sua chave</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="101"/>
        <source>Key files (*.key)</source>
        <translation>Arquivos de chave (*.key)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/note_key_dialog.py" line="115"/>
        <source>A copy is in {0}. Keep it safe.</source>
        <translation>Há uma cópia em {0}. Guarde-a em segurança.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/notes_panel.py" line="68"/>
        <source>S&amp;hared notes</source>
        <translation>Anotações compartil&amp;hadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/notes_panel.py" line="69"/>
        <source>Shared notes</source>
        <translation>Anotações compartilhadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/notes_panel.py" line="71"/>
        <source>What you talked about and agreed. The person can read these.</source>
        <translation>O que vocês conversaram e combinaram. A pessoa pode ler estas anotações.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/notes_panel.py" line="73"/>
        <source>&amp;Private notes</source>
        <translation>Anotações &amp;privadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/notes_panel.py" line="75"/>
        <source>Private notes, only for you</source>
        <translation>Anotações privadas, só para você</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/notes_panel.py" line="76"/>
        <source>Only you will see these.</source>
        <translation>Só você verá estas anotações.</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/pack_export.py" line="51"/>
        <source>PDF export is not part of this build.</source>
        <translation>A exportação em PDF não faz parte desta versão.</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/pack_export.py" line="62"/>
        <source>Save the one-to-one pack</source>
        <translation>Salvar o pacote da conversa 1:1</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/pack_export.py" line="64"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PastMeetingsBox</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="140"/>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="141"/>
        <source>Past meetings</source>
        <translation>Conversas anteriores</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="142"/>
        <source>Op&amp;en…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/review_boxes.py" line="143"/>
        <source>Open the selected past meeting</source>
        <translation>Abrir a conversa anterior selecionada</translation>
    </message>
</context>
<context>
    <name>PastMeetingsModel</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/past_meetings_model.py" line="51"/>
        <source>Date</source>
        <extracomment>The meeting&apos;s id.</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/past_meetings_model.py" line="51"/>
        <source>Shared notes</source>
        <translation>Anotações compartilhadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/past_meetings_model.py" line="51"/>
        <source>Actions agreed</source>
        <translation>Ações combinadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/past_meetings_model.py" line="71"/>
        <source>(no shared notes)</source>
        <translation>(sem anotações compartilhadas)</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/past_meetings_model.py" line="73"/>
        <source>{0} (+ private notes)</source>
        <translation>{0} (+ anotações privadas)</translation>
    </message>
</context>
<context>
    <name>RecordColumn</name>
    <message>
        <location filename="../../cxcareer/ui/meeting/record_column.py" line="85"/>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/record_column.py" line="86"/>
        <source>New actions agreed</source>
        <translation>Novas ações combinadas</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/record_column.py" line="87"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Salvar conversa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/record_column.py" line="88"/>
        <source>Save this meeting</source>
        <translation>Salvar esta conversa</translation>
    </message>
    <message>
        <location filename="../../cxcareer/ui/meeting/record_column.py" line="89"/>
        <source>Save this meeting (Ctrl+Enter)</source>
        <translation>Salvar esta conversa (Ctrl+Enter)</translation>
    </message>
</context>
</TS>
