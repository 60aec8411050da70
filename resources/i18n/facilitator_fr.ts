<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Action plan</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Add action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Ajouter l&apos;action {0}</translation>
    </message>
    <message>
        <source>Adopt {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Adopter {0}</translation>
    </message>
    <message>
        <source>Adopt {0} priorities</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Adopter {0} priorités</translation>
    </message>
    <message>
        <source>Change the statement of {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Modifier l&apos;énoncé de {0}</translation>
    </message>
    <message>
        <source>Delete action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Supprimer l&apos;action {0}</translation>
    </message>
    <message>
        <source>Edit action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Modifier l&apos;action {0}</translation>
    </message>
    <message>
        <source>Take back the decision on {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Revenir sur la décision concernant {0}</translation>
    </message>
    <message>
        <source>Update {0} action(s)</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Mettre à jour {0} action(s)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>&amp;Action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Budget estimate</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Budget estimé</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>(pas encore de responsable)</translation>
    </message>
    <message>
        <source>Edit action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Find a member</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Chercher un membre</translation>
    </message>
    <message>
        <source>New action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>No due date</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>No partner chosen.</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Aucun partenaire choisi.</translation>
    </message>
    <message>
        <source>No start date</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Pas de date de début</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source>Partners: {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Partenaires&#xa0;: {0}</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>What will be done, e.g. Train 40 growers</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Ce qui sera fait, p. ex. Former 40 producteurs</translation>
    </message>
    <message>
        <source>e.g. 12,500</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>p. ex. 12 500</translation>
    </message>
    <message>
        <source>e.g. XCD</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>p. ex. HTG</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message numerus="yes">
        <source>%n action(s): {0} open, {1} late or overdue, {2} done.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>
            <numerusform>%n action&#xa0;: en cours&#xa0;: {0}, en retard ou échues&#xa0;: {1}, terminées&#xa0;: {2}.</numerusform>
            <numerusform>%n actions&#xa0;: en cours&#xa0;: {0}, en retard ou échues&#xa0;: {1}, terminées&#xa0;: {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Indicateurs…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>&amp;Review open actions…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Revoir les actions en cours…</translation>
    </message>
    <message>
        <source>&amp;Take back…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Revenir sur…</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>Action added.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Action ajoutée.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <source>Add an action to an adopted priority (Ctrl+N)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Ajouter une action à une priorité adoptée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Adopt a priority first (Results tab of a closed round), then plan its actions.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Adoptez d&apos;abord une priorité (onglet Résultats d&apos;un tour clos), puis planifiez ses actions.</translation>
    </message>
    <message>
        <source>All leads</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All workshops</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Tous les ateliers</translation>
    </message>
    <message>
        <source>Decision on “{0}” taken back.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Décision sur «&#xa0;{0}&#xa0;» annulée.</translation>
    </message>
    <message>
        <source>Decision statement</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Énoncé de la décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Delete action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete the action “{0}”?</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Supprimer l&apos;action «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Supprimer l&apos;action sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Deleted the action “{0}”.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>L&apos;action «&#xa0;{0}&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Edit &amp;statement…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Modifier l&apos;é&amp;noncé…</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Edit the selected action (Enter)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Modifier l&apos;action sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>I&amp;mport from workbook…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>I&amp;mporter depuis le classeur…</translation>
    </message>
    <message>
        <source>Import an indicator</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Importer un indicateur</translation>
    </message>
    <message>
        <source>Import the action plan</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Importer le plan d&apos;action</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Indicateurs de l&apos;action</translation>
    </message>
    <message>
        <source>Its action plan goes with it: {0} action(s) and their indicators.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Son plan d&apos;action disparaît avec elle&#xa0;: {0} action(s) et leurs indicateurs.</translation>
    </message>
    <message>
        <source>Its {0} indicator(s) go with it.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Ses {0} indicateur(s) disparaissent avec elle.</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>New action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>No decision yet: adopt priorities on the Results tab of a closed vote round.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Pas encore de décision&#xa0;: adoptez des priorités dans l&apos;onglet Résultats d&apos;un tour de vote clos.</translation>
    </message>
    <message>
        <source>No open action to review.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Aucune action en cours à revoir.</translation>
    </message>
    <message>
        <source>Open (not done or dropped)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>En cours (ni terminées ni abandonnées)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>Review open actions</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Revoir les actions en cours</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Showing {0} of {1}. </source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0} sur {1} affichées. </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Take back a decision</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Revenir sur une décision</translation>
    </message>
    <message>
        <source>Take back the Action plan and Indicators sheets of a workshop workbook (Export menu) that members filled in: every change is shown before anything is saved</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Reprendre les feuilles Plan d&apos;action et Indicateurs d&apos;un classeur d&apos;atelier (menu Exporter) remplies par les membres&#xa0;: chaque modification est montrée avant que rien ne soit enregistré</translation>
    </message>
    <message>
        <source>Take back the decision to adopt “{0}”?</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Revenir sur la décision d&apos;adopter «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The selected action&apos;s indicators (Ctrl+I)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Les indicateurs de l&apos;action sélectionnée (Ctrl+I)</translation>
    </message>
    <message>
        <source>Update the status of every open action in one table, as a workshop starts (Ctrl+R)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Mettre à jour l&apos;état de toutes les actions en cours dans un seul tableau, au début d&apos;un atelier (Ctrl+R)</translation>
    </message>
    <message>
        <source>What the cluster decided and committed to, across workshops: adopt priorities on a closed round&apos;s Results tab, then plan their actions here and follow them up.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Ce que la grappe a décidé et ce à quoi elle s&apos;est engagée, d&apos;un atelier à l&apos;autre&#xa0;: adoptez des priorités dans l&apos;onglet Résultats d&apos;un tour clos, puis planifiez ici leurs actions et suivez-les.</translation>
    </message>
    <message>
        <source>What the members decided about “{0}”:</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Ce que les membres ont décidé à propos de «&#xa0;{0}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Budget</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0} — échéance dépassée</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, now {3} {4}{5}</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0}&#xa0;: {1} → {2}, actuellement {3} {4}{5}</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>&amp;Adopt</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>&amp;Adopter</translation>
    </message>
    <message>
        <source>(ties at the cut are all adopted)</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>(les ex æquo à la limite sont tous adoptés)</translation>
    </message>
    <message>
        <source>Adopt</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Adopt priorities</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Adopter des priorités</translation>
    </message>
    <message>
        <source>Adopt priorities — {0}</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Adopter des priorités — {0}</translation>
    </message>
    <message>
        <source>All that reached &amp;consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Toutes celles qui ont atteint le &amp;consensus</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Beats</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Bat</translation>
    </message>
    <message>
        <source>Decision &amp;statement (what the members decided)</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>É&amp;noncé de la décision (ce que les membres ont décidé)</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>How many of the top priorities</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Combien des premières priorités</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>The members adopt these {0} priorities as the cluster&apos;s priorities.</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Les membres adoptent ces {0} priorités comme priorités de la grappe.</translation>
    </message>
    <message>
        <source>The members adopt “{0}” as a priority of the cluster.</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Les membres adoptent «&#xa0;{0}&#xa0;» comme priorité de la grappe.</translation>
    </message>
    <message>
        <source>The priorities &amp;ticked below</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Les priorités &amp;cochées ci-dessous</translation>
    </message>
    <message>
        <source>The t&amp;op</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Les &amp;premières</translation>
    </message>
    <message>
        <source>This round&apos;s method does not say which priorities reached consensus (gradients of agreement does).</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>La méthode de ce tour ne dit pas quelles priorités ont atteint le consensus (les gradients d&apos;accord le disent).</translation>
    </message>
    <message>
        <source>Votes</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Wins-losses</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Victoires-défaites</translation>
    </message>
    <message>
        <source>adopted already</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>déjà adoptée</translation>
    </message>
    <message>
        <source>consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>consensus</translation>
    </message>
    <message>
        <source>no consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>pas de consensus</translation>
    </message>
</context>
<context>
    <name>AnonymityChoice</name>
    <message>
        <source>Anonymity (locked at the first ballot)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Anonymat (verrouillé dès le premier bulletin)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Representative</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Membre votant</translation>
    </message>
    <message>
        <source>{0}: observer, present but never offered a ballot</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}&#xa0;: observateur, présent mais ne reçoit jamais de bulletin</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>&amp;New member arriving…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Arrivée d&apos;un &amp;nouveau membre…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(type not set)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>(type non défini)</translation>
    </message>
    <message>
        <source>1 inactive member is hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 membre inactif est masqué —</translation>
    </message>
    <message>
        <source>1 member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>1 member who is not active is hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 membre non actif est masqué —</translation>
    </message>
    <message>
        <source>1 member who is not active is shown</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 membre non actif est affiché</translation>
    </message>
    <message>
        <source>1 observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 observateur</translation>
    </message>
    <message>
        <source>1 voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 membre votant</translation>
    </message>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Établissement d&apos;enseignement / de formation</translation>
    </message>
    <message>
        <source>Add all &amp;active members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ajouter tous les membres &amp;actifs</translation>
    </message>
    <message>
        <source>Add as &amp;observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ajouter comme &amp;observateurs</translation>
    </message>
    <message>
        <source>Add as &amp;voting members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ajouter comme membres &amp;votants</translation>
    </message>
    <message>
        <source>Already checked in: {0}</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Présence déjà enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Bailleur de fonds / organisation internationale</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agence de développement économique / ONG</translation>
    </message>
    <message>
        <source>Everyone chosen is already checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Toutes les personnes choisies sont déjà enregistrées</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institution financière</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Hide them</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Les masquer</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agence de promotion des investissements / des exportations</translation>
    </message>
    <message>
        <source>Make observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Passer en observateur</translation>
    </message>
    <message>
        <source>Make voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Passer en membre votant</translation>
    </message>
    <message>
        <source>Member type</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Type de membre</translation>
    </message>
    <message>
        <source>New member arriving</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Arrivée d&apos;un nouveau membre</translation>
    </message>
    <message>
        <source>New member arriving…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Arrivée d&apos;un nouveau membre…</translation>
    </message>
    <message>
        <source>No active member matches “{0}”; {1} is not active (Show them, above the list)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Aucun membre actif ne correspond à «&#xa0;{0}&#xa0;»&#xa0;; {1} n&apos;est pas actif (Les afficher, au-dessus de la liste)</translation>
    </message>
    <message>
        <source>No active member matches “{0}”; {1} members who are not active do (Show them, above the list)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Aucun membre actif ne correspond à «&#xa0;{0}&#xa0;»&#xa0;; {1} membres non actifs y correspondent (Les afficher, au-dessus de la liste)</translation>
    </message>
    <message>
        <source>No member matches “{0}”</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Aucun membre ne correspond à «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observateurs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisme de normalisation</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisme de réglementation</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institut de recherche / d&apos;essais</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Roster</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Chercher dans la liste des membres</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Association sectorielle / chambre</translation>
    </message>
    <message>
        <source>Show them</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Someone not on the roster yet: add them to the roster and tick them as present (Ctrl+N)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Quelqu&apos;un qui n&apos;est pas encore dans la liste&#xa0;: l&apos;y ajouter et le cocher comme présent (Ctrl+N)</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check a member in as a voting member, or pick members on the left (Ctrl+click for several) and add them; observers (a ministry officer, a journalist) are never offered a ballot. Double-click a role or representative to change it.</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tapez un nom et appuyez sur Entrée pour enregistrer la présence d&apos;un membre votant, ou choisissez des membres à gauche (Ctrl+clic pour plusieurs) et ajoutez-les&#xa0;; les observateurs (un agent d&apos;un ministère, un journaliste) ne reçoivent jamais de bulletin. Double-cliquez sur un rôle ou un représentant pour le changer.</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check in…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tapez un nom et appuyez sur Entrée pour enregistrer la présence…</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Membre votant</translation>
    </message>
    <message>
        <source>{0} checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}&#xa0;: présence enregistrée</translation>
    </message>
    <message>
        <source>{0} checked in as an observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}&#xa0;: présence enregistrée comme observateur</translation>
    </message>
    <message>
        <source>{0} checked in as observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}&#xa0;: présence enregistrée comme observateurs</translation>
    </message>
    <message>
        <source>{0} inactive members are hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} membres inactifs sont masqués —</translation>
    </message>
    <message>
        <source>{0} is already checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>La présence de {0} est déjà enregistrée</translation>
    </message>
    <message>
        <source>{0} members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} membres</translation>
    </message>
    <message>
        <source>{0} members match “{1}”: choose one (arrow keys, then Enter)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} membres correspondent à «&#xa0;{1}&#xa0;»&#xa0;: choisissez-en un (flèches, puis Entrée)</translation>
    </message>
    <message>
        <source>{0} members who are not active (inactive or prospective) are hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} membres non actifs (inactifs ou potentiels) sont masqués —</translation>
    </message>
    <message>
        <source>{0} members who are not active are shown</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} membres non actifs sont affichés</translation>
    </message>
    <message>
        <source>{0} observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} observateurs</translation>
    </message>
    <message>
        <source>{0} voting members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} membres votants</translation>
    </message>
</context>
<context>
    <name>AttributionDialog</name>
    <message>
        <source>Search members…</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Chercher des membres…</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Qui l&apos;a dit&#xa0;?</translation>
    </message>
    <message>
        <source>present</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>présent</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n (entry|entries), oldest first, in local time.</source>
        <extracomment>audit_view.py</extracomment>
        <translation>
            <numerusform>%n entrée, de la plus ancienne à la plus récente, en heure locale.</numerusform>
            <numerusform>%n entrées, de la plus ancienne à la plus récente, en heure locale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: {0}</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Journal d&apos;audit&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Ballot corrected</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Bulletin corrigé</translation>
    </message>
    <message>
        <source>Ballot deleted</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Bulletin supprimé</translation>
    </message>
    <message>
        <source>Ballot recorded</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Bulletin enregistré</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Round closed</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Tour clos</translation>
    </message>
    <message>
        <source>Round deleted</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Tour supprimé</translation>
    </message>
    <message>
        <source>Round opened</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Tour ouvert</translation>
    </message>
    <message>
        <source>Round reopened</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Tour rouvert</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Paramètres du tour modifiés</translation>
    </message>
    <message>
        <source>Show-of-hands totals recorded</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Totaux à main levée enregistrés</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who / how</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Qui / comment</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n option(s)</source>
        <extracomment>audit_view.py</extracomment>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <extracomment>operation.py</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>operation.py</extracomment>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message numerus="yes">
        <source>%n entered ballot(s) (is|are) not shown here: tick Show entered ballots to see or correct (it|them).</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>%n bulletin saisi n&apos;est pas affiché ici&#xa0;: cochez Afficher les bulletins saisis pour le voir ou le corriger.</numerusform>
            <numerusform>%n bulletins saisis ne sont pas affichés ici&#xa0;: cochez Afficher les bulletins saisis pour les voir ou les corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record this ballot</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>&amp;Enregistrer ce bulletin</translation>
    </message>
    <message>
        <source>(choose who handed it in)</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>(choisissez qui l&apos;a remis)</translation>
    </message>
    <message>
        <source>Ballot of {0} saved.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Bulletin de {0} enregistré.</translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Abandonner ce brouillon</translation>
    </message>
    <message>
        <source>Draft for {0} discarded.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Brouillon de {0} abandonné.</translation>
    </message>
    <message>
        <source>For a screen others can see: every other row shows — instead of its numbers (Ctrl+H in the grid). On by default in anonymous and secret rounds.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Pour un écran que d&apos;autres peuvent voir&#xa0;: les autres lignes affichent — au lieu de leurs chiffres (Ctrl+H dans la grille). Activé par défaut dans les tours anonymes et secrets.</translation>
    </message>
    <message>
        <source>Handed in by (puts them on the register; the ballot keeps no name):</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Remis par (inscrit sur le registre&#xa0;; le bulletin ne garde aucun nom)&#xa0;:</translation>
    </message>
    <message>
        <source>It has problems: go to the row to see them.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Il y a des problèmes&#xa0;: allez à la ligne pour les voir.</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Bulletin suivant</translation>
    </message>
    <message>
        <source>Off: ballots already recorded leave the grid, names and all, so a screen others can see shows only who is still to vote. Off by default in anonymous rounds. For the room, use the presenter view (F5): it never shows the grid.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Désactivé&#xa0;: les bulletins déjà enregistrés quittent la grille, noms compris, pour qu&apos;un écran visible par d&apos;autres ne montre que les personnes qui doivent encore voter. Désactivé par défaut dans les tours anonymes. Pour la salle, utilisez la vue présentateur (F5)&#xa0;: elle ne montre jamais la grille.</translation>
    </message>
    <message>
        <source>Pri&amp;vacy: numbers only in the row being typed</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>&amp;Confidentialité&#xa0;: chiffres seulement dans la ligne en cours de saisie</translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Mode confidentiel</translation>
    </message>
    <message>
        <source>Secret ballot recorded.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Bulletin secret enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Secret round: type one ballot paper at a time, and choose who handed it in (they go on the register, so nobody votes twice; the ballot keeps no name). %n ballot(s) recorded here since this round was opened on screen.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>Tour secret&#xa0;: saisissez un bulletin papier à la fois et choisissez qui l&apos;a remis (inscrit sur le registre, pour que personne ne vote deux fois&#xa0;; le bulletin ne garde aucun nom). %n bulletin enregistré ici depuis l&apos;ouverture de ce tour à l&apos;écran.</numerusform>
            <numerusform>Tour secret&#xa0;: saisissez un bulletin papier à la fois et choisissez qui l&apos;a remis (inscrit sur le registre, pour que personne ne vote deux fois&#xa0;; le bulletin ne garde aucun nom). %n bulletins enregistrés ici depuis l&apos;ouverture de ce tour à l&apos;écran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show entered &amp;ballots</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Afficher les &amp;bulletins saisis</translation>
    </message>
    <message>
        <source>The member has already voted another way: drop what was typed for them here.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Le membre a déjà voté par une autre voie&#xa0;: abandonnez ce qui a été saisi ici pour lui.</translation>
    </message>
    <message>
        <source>This round is closed: reopen it to enter or correct ballots.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Ce tour est clos&#xa0;: rouvrez-le pour saisir ou corriger des bulletins.</translation>
    </message>
    <message>
        <source>This secret round is closed. Secret ballots are never listed one by one: see the Results tab.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Ce tour secret est clos. Les bulletins secrets ne sont jamais listés un par un&#xa0;: voir l&apos;onglet Résultats.</translation>
    </message>
    <message>
        <source>Type a number and press Tab or Enter to move on. A row is recorded when you finish it (Enter on its last option, or move to another row) and it has no problem. Tick Paper (Space, or Ctrl+P) for a paper ballot you type in.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Tapez un nombre et appuyez sur Tab ou Entrée pour avancer. Une ligne est enregistrée quand vous la terminez (Entrée sur sa dernière option, ou en passant à une autre ligne) et qu&apos;elle n&apos;a aucun problème. Cochez Papier (Espace ou Ctrl+P) pour un bulletin papier que vous saisissez.</translation>
    </message>
    <message>
        <source>{0}: being typed; finish the row to record it.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}&#xa0;: saisie en cours&#xa0;; terminez la ligne pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>{0}: no problem so far; finish the row to record it.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}&#xa0;: aucun problème pour l&apos;instant&#xa0;; terminez la ligne pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>{0}: not recorded</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}&#xa0;: non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not recorded</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>… et %n autre ligne non enregistrée</numerusform>
            <numerusform>… et %n autres lignes non enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotGridModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Already {0}: this draft will not be recorded</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Déjà {0}&#xa0;: ce brouillon ne sera pas enregistré</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Dots used</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Points utilisés</translation>
    </message>
    <message>
        <source>Given</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Données</translation>
    </message>
    <message>
        <source>Not recorded: it has problems (privacy mode hides them; go to the row to see them).</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Non enregistré&#xa0;: il y a des problèmes (le mode confidentiel les masque&#xa0;; allez à la ligne pour les voir).</translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Ranked</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Classées</translation>
    </message>
    <message>
        <source>Rated</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Notées</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Voter</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Votant</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>modifié, non enregistré</translation>
    </message>
    <message>
        <source>feasibility</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>faisabilité</translation>
    </message>
    <message>
        <source>grid</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>grille</translation>
    </message>
    <message>
        <source>impact</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>impact</translation>
    </message>
    <message>
        <source>import</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>importation</translation>
    </message>
    <message>
        <source>kiosk</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>kiosque</translation>
    </message>
    <message>
        <source>paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>papier</translation>
    </message>
    <message>
        <source>show of hands</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>main levée</translation>
    </message>
    <message>
        <source>typing…</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>saisie en cours…</translation>
    </message>
    <message>
        <source>voted</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté</translation>
    </message>
    <message>
        <source>voted (entered at {0})</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté (saisi à {0})</translation>
    </message>
    <message>
        <source>voted by phone</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté par téléphone</translation>
    </message>
    <message>
        <source>voted by phone at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté par téléphone à {0}</translation>
    </message>
    <message>
        <source>voted in a file imported at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté dans un fichier importé à {0}</translation>
    </message>
    <message>
        <source>voted in an imported file</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté dans un fichier importé</translation>
    </message>
    <message>
        <source>voted on paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté sur papier</translation>
    </message>
    <message>
        <source>voted on paper (typed in at {0})</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté sur papier (saisi à {0})</translation>
    </message>
    <message>
        <source>voted on the kiosk</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté au kiosque</translation>
    </message>
    <message>
        <source>voted on the kiosk at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>a voté au kiosque à {0}</translation>
    </message>
    <message>
        <source>{0}, entered by {1}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>{0}, saisi par {1}</translation>
    </message>
    <message>
        <source>{0}: the member&apos;s own ballot, not changed here (delete it to let them vote again)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>{0}&#xa0;: le bulletin du membre lui-même, non modifiable ici (supprimez-le pour qu&apos;il puisse voter à nouveau)</translation>
    </message>
    <message>
        <source>⚠ not recorded</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>⚠ non enregistré</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>⚠ {0}</translation>
    </message>
</context>
<context>
    <name>BallotImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx or .csv): the first column names the voter, then one column per option headed by its name as printed on the ballot; each cell holds the number written on the sheet, blank when none. Nothing is imported unless every row is right.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Un tableur (.xlsx ou .csv)&#xa0;: la première colonne nomme le votant, puis une colonne par option, avec pour titre son nom tel qu&apos;imprimé sur le bulletin&#xa0;; chaque cellule contient le nombre écrit sur la feuille, vide s&apos;il n&apos;y en a pas. Rien n&apos;est importé tant qu&apos;une ligne n&apos;est pas correcte.</translation>
    </message>
    <message>
        <source>Ballot matrix</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Matrice des bulletins</translation>
    </message>
    <message>
        <source>Ballots from another file</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Bulletins d&apos;un autre fichier</translation>
    </message>
    <message>
        <source>Blank matrix saved to {0}.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Matrice vierge enregistrée dans {0}.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import ballots: {0}</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importer des bulletins&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Import paper ballots</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importer des bulletins papier</translation>
    </message>
    <message>
        <source>No column for: {0} (left blank on every ballot).</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Aucune colonne pour&#xa0;: {0} (laissé vide sur chaque bulletin).</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) ready to import once you say who handed in the sheets without a name (below).</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n bulletin prêt à importer dès que vous aurez indiqué qui a remis les feuilles sans nom (ci-dessous).</numerusform>
            <numerusform>%n bulletins prêts à importer dès que vous aurez indiqué qui a remis les feuilles sans nom (ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) ready to import.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n bulletin prêt à importer.</numerusform>
            <numerusform>%n bulletins prêts à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without any number (is|are) skipped.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n ligne sans aucun nombre est ignorée.</numerusform>
            <numerusform>%n lignes sans aucun nombre sont ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n ballot(s)</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>Importer %n bulletin</numerusform>
            <numerusform>Importer %n bulletins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s) below. Fix the file and choose it again.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>Rien ne peut être importé&#xa0;: %n problème ci-dessous. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
            <numerusform>Rien ne peut être importé&#xa0;: %n problèmes ci-dessous. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper ballots typed in</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Bulletins papier saisis</translation>
    </message>
    <message>
        <source>Reading the file was cancelled; choose it again.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>La lecture du fichier a été annulée&#xa0;; choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Record them as:</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Les enregistrer comme&#xa0;:</translation>
    </message>
    <message>
        <source>Save a &amp;blank matrix…</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Enregistrer une matrice &amp;vierge…</translation>
    </message>
    <message>
        <source>Save a blank matrix</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Enregistrer une matrice vierge</translation>
    </message>
    <message>
        <source>Secret round: leave the voter cell blank (the sheets carry no name); you will be asked who handed them in.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Tour secret&#xa0;: laissez vide la cellule du votant (les feuilles ne portent aucun nom)&#xa0;; on vous demandera qui les a remises.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Who handed in the sheet without a name? Tick that member: they go on the register as having voted, so that nobody votes twice. The ballot keeps no name.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Qui a remis la feuille sans nom&#xa0;? Cochez ce membre&#xa0;: il est inscrit sur le registre comme ayant voté, pour que personne ne vote deux fois. Le bulletin ne garde aucun nom.</translation>
    </message>
    <message>
        <source>Who handed in the {0} sheets without a name? Tick one member per sheet: they go on the register as having voted, so that nobody votes twice. Who handed in which sheet is not kept.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Qui a remis les {0} feuilles sans nom&#xa0;? Cochez un membre par feuille&#xa0;: ils sont inscrits sur le registre comme ayant voté, pour que personne ne vote deux fois. Qui a remis quelle feuille n&apos;est pas conservé.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} ticked. Only %n voting member(s) (has|have) not voted yet, fewer than the sheets without a name: check the file (a sheet counted twice?) before importing.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>{0} sur {1} cochés. Seul %n membre votant n&apos;a pas encore voté, moins que de feuilles sans nom&#xa0;: vérifiez le fichier (une feuille comptée deux fois&#xa0;?) avant d&apos;importer.</numerusform>
            <numerusform>{0} sur {1} cochés. Seuls %n membres votants n&apos;ont pas encore voté, moins que de feuilles sans nom&#xa0;: vérifiez le fichier (une feuille comptée deux fois&#xa0;?) avant d&apos;importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} ticked.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>{0} sur {1} cochés.</translation>
    </message>
    <message>
        <source>{0} of {1} ticked. Import stays off until exactly {1} are ticked: each ballot needs the member who handed it in, so that nobody votes twice.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>{0} sur {1} cochés. L&apos;importation reste désactivée tant qu&apos;il n&apos;y en a pas exactement {1} de cochés&#xa0;: chaque bulletin a besoin du membre qui l&apos;a remis, pour que personne ne vote deux fois.</translation>
    </message>
</context>
<context>
    <name>BallotTableView</name>
    <message>
        <source>Clear the cell</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Suppr, Retour arrière</translation>
    </message>
    <message>
        <source>Next option (after the last: the row is recorded)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Option suivante (après la dernière&#xa0;: la ligne est enregistrée)</translation>
    </message>
    <message>
        <source>Paper ballot</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Bulletin papier</translation>
    </message>
    <message>
        <source>Paper ballot (in the Paper column)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Bulletin papier (dans la colonne Papier)</translation>
    </message>
    <message>
        <source>Previous option</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Option précédente</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Tab, Entrée</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>One category per line:</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Une catégorie par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Priority categories</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Catégories de priorité</translation>
    </message>
    <message>
        <source>Restore the Greenbook objective areas</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Rétablir les domaines d&apos;objectifs du Greenbook</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copy details</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Sorry: the app hit a problem it did not expect ({0}).
Everything you entered before this was saved. You can keep working.

The details were written to:
{1}</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Désolé&#xa0;: l&apos;application a rencontré un problème imprévu ({0}).
Tout ce que vous avez saisi avant a été enregistré. Vous pouvez continuer à travailler.

Les détails ont été écrits dans&#xa0;:
{1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <extracomment>date_field.py</extracomment>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <extracomment>date_field.py</extracomment>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <extracomment>date_field.py</extracomment>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Type a date like {0}, or pick one on the calendar (Alt+Down). Leave it empty for none.</source>
        <extracomment>date_field.py</extracomment>
        <translation>Tapez une date comme {0}, ou choisissez-la dans le calendrier (Alt+Bas). Laissez vide s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>“{0}” is not a date: write it like {1}, or pick it on the calendar (leave it empty for none).</source>
        <extracomment>date_field.py</extracomment>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la comme {1}, ou choisissez-la dans le calendrier (laissez vide s&apos;il n&apos;y en a pas).</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Actions</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Adopted</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>How the vote placed it</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Sa place au vote</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;FAQ handout (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;Fiche FAQ (PDF)…</translation>
    </message>
    <message>
        <source>A PDF report of the open workshop (or the latest one) for members and funders</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Un rapport PDF de l&apos;atelier ouvert (ou du plus récent) pour les membres et les bailleurs de fonds</translation>
    </message>
    <message>
        <source>An export is already running; wait for it to finish.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Une exportation est déjà en cours&#xa0;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cluster FAQ handout</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Fiche FAQ de la grappe</translation>
    </message>
    <message>
        <source>Every figure of the open workshop (or the latest one) in an Excel workbook</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Tous les chiffres de l&apos;atelier ouvert (ou du plus récent) dans un classeur Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportation annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export the FAQ handout</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter la fiche FAQ</translation>
    </message>
    <message>
        <source>Export the member roster</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter la liste des membres</translation>
    </message>
    <message>
        <source>Export the workshop report</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter le rapport de l&apos;atelier</translation>
    </message>
    <message>
        <source>Export the workshop workbook</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter le classeur de l&apos;atelier</translation>
    </message>
    <message>
        <source>Member r&amp;oster…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Liste des &amp;membres…</translation>
    </message>
    <message>
        <source>Open the file</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Préparation de l&apos;exportation…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Enregistré&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
    <message>
        <source>Workshop &amp;report (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;Rapport de l&apos;atelier (PDF)…</translation>
    </message>
    <message>
        <source>Workshop &amp;workbook (Excel)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;Classeur de l&apos;atelier (Excel)…</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <source>&amp;Search:</source>
        <extracomment>faq_page.py</extracomment>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>1 question matches</source>
        <extracomment>faq_page.py</extracomment>
        <translation>1 question correspond</translation>
    </message>
    <message>
        <source>A+</source>
        <extracomment>faq_page.py</extracomment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>A−</source>
        <extracomment>faq_page.py</extracomment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Cluster FAQ handout.pdf</source>
        <extracomment>faq_page.py</extracomment>
        <translation>FAQ de la grappe.pdf</translation>
    </message>
    <message>
        <source>Export FAQ handout</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Exporter la fiche FAQ</translation>
    </message>
    <message>
        <source>Export FAQ handout…</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Exporter la fiche FAQ…</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <source>Full screen: the answer alone</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Plein écran&#xa0;: la réponse seule</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Larger text, for the projector ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texte plus grand, pour le projecteur ({key})</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Put this answer on the presenter view, the window for the projector (F5 shows or hides it): it follows the question chosen here and its scrolling</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Mettre cette réponse dans la vue présentateur, la fenêtre pour le projecteur (F5 l&apos;affiche ou la masque)&#xa0;: elle suit la question choisie ici et son défilement</translation>
    </message>
    <message>
        <source>The answer alone, full screen on this screen, in large type (F11; Esc to leave). With a projector as a second screen, use Show on projector.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>La réponse seule, en plein écran sur cet écran, en gros caractères (F11&#xa0;; Échap pour quitter). Avec un projecteur comme second écran, utilisez Afficher au projecteur.</translation>
    </message>
    <message>
        <source>No question matches</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Aucune question ne correspond</translation>
    </message>
    <message>
        <source>No question or answer contains “{query}”.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Aucune question ni réponse ne contient «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Open it</source>
        <extracomment>faq_page.py</extracomment>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Questions</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Save the whole FAQ as a PDF to print for members</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Enregistrer toute la FAQ en PDF, à imprimer pour les membres</translation>
    </message>
    <message>
        <source>Saved the FAQ handout to {path}.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Fiche FAQ enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Search questions and answers ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Rechercher dans les questions et réponses ({key})</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Rechercher dans la FAQ</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Afficher au pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Smaller text ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texte plus petit ({key})</translation>
    </message>
    <message>
        <source>The FAQ is empty.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>La FAQ est vide.</translation>
    </message>
    <message>
        <source>The handout could not be written because of an unexpected error. The details are in {log}.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>La fiche n&apos;a pas pu être écrite à cause d&apos;une erreur imprévue. Les détails sont dans {log}.</translation>
    </message>
    <message>
        <source>{count} questions match</source>
        <extracomment>faq_page.py</extracomment>
        <translation>{count} questions correspondent</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {name}.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The file is saved here:
{path}</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Le fichier est enregistré ici&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The file is {path}</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Le dossier n&apos;a pas pu être ouvert non plus. Le fichier est {path}</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>Cancel</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading a file</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Lecture d&apos;un fichier</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Lecture de {0}…</translation>
    </message>
</context>
<context>
    <name>FontSizeControl</name>
    <message>
        <source>A+</source>
        <extracomment>swot_style.py</extracomment>
        <translation>A+</translation>
    </message>
    <message>
        <source>A−</source>
        <extracomment>swot_style.py</extracomment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <extracomment>swot_style.py</extracomment>
        <translation>Texte plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <extracomment>swot_style.py</extracomment>
        <translation>Texte plus petit (Ctrl+−)</translation>
    </message>
    <message>
        <source>{0} pt</source>
        <extracomment>swot_style.py</extracomment>
        <translation>{0} pt</translation>
    </message>
</context>
<context>
    <name>HandsDialog</name>
    <message>
        <source>Abstain</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Accord, avec un point de désaccord mineur</translation>
    </message>
    <message>
        <source>Block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Count the hands at each gradient for each option. Gradients: {0}</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Comptez les mains à chaque gradient pour chaque option. Gradients&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Disagree but will not block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>En désaccord, mais sans blocage</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Discussion supplémentaire nécessaire</translation>
    </message>
    <message>
        <source>Record totals</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Enregistrer les totaux</translation>
    </message>
    <message>
        <source>Show of hands: {0}</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>À main levée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Soutien avec réserves</translation>
    </message>
    <message>
        <source>Totals are recorded as a show of hands, not as individual ballots.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Les totaux sont enregistrés comme un vote à main levée, pas comme des bulletins individuels.</translation>
    </message>
    <message>
        <source>Type how many hands went up for each option.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Tapez combien de mains se sont levées pour chaque option.</translation>
    </message>
    <message>
        <source>Type the dots each option received (count the flip chart).</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Tapez les points reçus par chaque option (comptez-les sur le tableau de conférence).</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Adhésion totale</translation>
    </message>
    <message>
        <source>{0} in all.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>{0} au total.</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>Abstain</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Accord, avec un point de désaccord mineur</translation>
    </message>
    <message>
        <source>Block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Disagree but will not block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>En désaccord, mais sans blocage</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>Hands</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Mains</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Discussion supplémentaire nécessaire</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Soutien avec réserves</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Adhésion totale</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Check</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Santé de la grappe</translation>
    </message>
    <message>
        <source>Factor {0}: {1}</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Facteur {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Measured</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Measured on the roster against the success factors of the Cluster Initiative Greenbook.</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Mesuré sur la liste des membres d&apos;après les facteurs de succès du Cluster Initiative Greenbook.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Open the page with these figures</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Ouvrir la page avec ces chiffres</translation>
    </message>
    <message>
        <source>Success factor</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Facteur de succès</translation>
    </message>
    <message>
        <source>Threshold</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>not met</source>
        <extracomment>health_panel.py</extracomment>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>health_panel.py</extracomment>
        <translation>atteint</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>health_panel.py</extracomment>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Country</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Animateur</translation>
    </message>
    <message>
        <source>&amp;Maturity</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Maturité</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>home_page.py</extracomment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Cluster &amp;type</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Type de grappe</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <extracomment>home_page.py</extracomment>
        <translation>Santé de la grappe</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <extracomment>home_page.py</extracomment>
        <translation>Profil de la grappe</translation>
    </message>
    <message>
        <source>Emerging</source>
        <extracomment>home_page.py</extracomment>
        <translation>Émergente</translation>
    </message>
    <message>
        <source>Established</source>
        <extracomment>home_page.py</extracomment>
        <translation>Établie</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <extracomment>home_page.py</extracomment>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Potential</source>
        <extracomment>home_page.py</extracomment>
        <translation>Potentielle</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <extracomment>home_page.py</extracomment>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>home_page.py</extracomment>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <extracomment>home_page.py</extracomment>
        <translation>Grappe sans nom</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Changes to members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Modifications des membres</translation>
    </message>
    <message>
        <source>&amp;Changes to members ({0})</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Modifications des membres ({0})</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Import: add 1 member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importer&#xa0;: ajouter 1 membre</translation>
    </message>
    <message>
        <source>&amp;Import: add {0} members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importer&#xa0;: ajouter {0} membres</translation>
    </message>
    <message>
        <source>&amp;Import: add {0}, update {1}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importer&#xa0;: ajouter {0}, mettre à jour {1}</translation>
    </message>
    <message>
        <source>&amp;Import: update 1 member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importer&#xa0;: mettre à jour 1 membre</translation>
    </message>
    <message>
        <source>&amp;Import: update {0} members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importer&#xa0;: mettre à jour {0} membres</translation>
    </message>
    <message>
        <source>&amp;Keep every roster value</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Garder toutes les valeurs de la liste</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Les ignorer</translation>
    </message>
    <message>
        <source>&amp;Take every value from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Prendre toutes les valeurs du fichier</translation>
    </message>
    <message>
        <source>&amp;Update them, field by field</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Les mettre à jour, champ par champ</translation>
    </message>
    <message>
        <source>(1 warning)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>(1 avertissement)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>({0} warnings)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>({0} avertissements)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changes to members already in the roster</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Modifications des membres déjà dans la liste</translation>
    </message>
    <message>
        <source>Choose the column that holds the organisation name: without it no row can be imported.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Choisissez la colonne qui contient le nom de l&apos;organisation&#xa0;: sans elle, aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Column {0} imports into</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>La colonne {0} s&apos;importe dans</translation>
    </message>
    <message>
        <source>Dates written like 12/05/2022:</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Dates écrites comme 12/05/2022&#xa0;:</translation>
    </message>
    <message>
        <source>Day first: 12/05/2022 is 12 May</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Jour d&apos;abord&#xa0;: 12/05/2022 est le 12 mai</translation>
    </message>
    <message>
        <source>Do not import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Error: left out</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Erreur&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <source>Examples</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>For each member already in the roster, the fields the file would change. Ticked: the file&apos;s value is taken; not ticked: the roster&apos;s value stays. Suggested: an accented spelling is kept over the same name without accents, an empty cell never erases a value, the file&apos;s notes are added below the roster&apos;s (never replacing them). Tick or untick a member to choose for all its fields.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Pour chaque membre déjà dans la liste, les champs que le fichier changerait. Coché&#xa0;: la valeur du fichier est prise&#xa0;; non coché&#xa0;: la valeur de la liste reste. Suggéré&#xa0;: une orthographe accentuée est gardée plutôt que le même nom sans accents, une cellule vide n&apos;efface jamais une valeur, les notes du fichier s&apos;ajoutent sous celles de la liste (sans jamais les remplacer). Cochez ou décochez un membre pour choisir pour tous ses champs.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import members from {0}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Importer des membres depuis {0}</translation>
    </message>
    <message>
        <source>Imports into</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>S&apos;importe dans</translation>
    </message>
    <message>
        <source>In the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>In the roster now</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Dans la liste actuellement</translation>
    </message>
    <message>
        <source>In the roster: nothing changes</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Dans la liste&#xa0;: rien ne change</translation>
    </message>
    <message>
        <source>Left out</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Laissée de côté</translation>
    </message>
    <message>
        <source>Member and field</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Membre et champ</translation>
    </message>
    <message>
        <source>Members already in the roster:</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Membres déjà dans la liste&#xa0;:</translation>
    </message>
    <message>
        <source>Month first: 12/05/2022 is 5 December</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Mois d&apos;abord&#xa0;: 12/05/2022 est le 5 décembre</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>No row of column titles was recognised in {0}. Choose below what each column holds; the first row is read as titles.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Aucune ligne de titres de colonnes n&apos;a été reconnue dans {0}. Choisissez ci-dessous ce que contient chaque colonne&#xa0;; la première ligne est lue comme titres.</translation>
    </message>
    <message>
        <source>Not ticked: the roster&apos;s value stays</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Non coché&#xa0;: la valeur de la liste reste</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rows in error cannot be imported as they are: they are left out. To fix one, double-click its organisation name and type the right one. Warnings import: the doubtful field is left empty and what the file said is kept in the member&apos;s notes. A row that repeats an earlier row of the file is skipped: the first one counts.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Les lignes en erreur ne peuvent pas être importées telles quelles&#xa0;: elles sont laissées de côté. Pour en corriger une, double-cliquez sur le nom de l&apos;organisation et tapez le bon. Les avertissements s&apos;importent&#xa0;: le champ douteux reste vide et ce que disait le fichier est gardé dans les notes du membre. Une ligne qui répète une ligne précédente du fichier est ignorée&#xa0;: la première compte.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>N&apos;afficher que les lignes avec des problèmes</translation>
    </message>
    <message>
        <source>Skipped: already in the roster</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Ignorée&#xa0;: déjà dans la liste</translation>
    </message>
    <message>
        <source>Skipped: same as row {0}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Ignorée&#xa0;: identique à la ligne {0}</translation>
    </message>
    <message>
        <source>Su&amp;ggested choices</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Choix su&amp;ggérés</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Suggéré parce que</translation>
    </message>
    <message>
        <source>Ticked: the file&apos;s value is taken</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Coché&#xa0;: la valeur du fichier est prise</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Updates “{0}” (1 field)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Met à jour «&#xa0;{0}&#xa0;» (1 champ)</translation>
    </message>
    <message>
        <source>Updates “{0}” ({1} fields)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Met à jour «&#xa0;{0}&#xa0;» ({1} champs)</translation>
    </message>
    <message>
        <source>What happens</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Work it out (day first when unsure)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Le déduire (jour d&apos;abord en cas de doute)</translation>
    </message>
    <message>
        <source>every value from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>toutes les valeurs du fichier</translation>
    </message>
    <message>
        <source>nothing changes: every roster value stays</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>rien ne change&#xa0;: toutes les valeurs de la liste restent</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>{0} (row {1})</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>{0} (ligne {1})</translation>
    </message>
    <message>
        <source>{0} of {1} values from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>{0} sur {1} valeurs du fichier</translation>
    </message>
    <message numerus="yes">
        <source>{0}: column titles found on row {1}, %n row(s) with data below them. Check what each column holds; columns set to “Do not import” are left out.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>
            <numerusform>{0}&#xa0;: titres de colonnes trouvés à la ligne {1}, %n ligne de données en dessous. Vérifiez ce que contient chaque colonne&#xa0;; les colonnes réglées sur «&#xa0;Ne pas importer&#xa0;» sont laissées de côté.</numerusform>
            <numerusform>{0}&#xa0;: titres de colonnes trouvés à la ligne {1}, %n lignes de données en dessous. Vérifiez ce que contient chaque colonne&#xa0;; les colonnes réglées sur «&#xa0;Ne pas importer&#xa0;» sont laissées de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Actual</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Baseline</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Situation de départ</translation>
    </message>
    <message>
        <source>Date measured</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Date de mesure</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>&amp;Add</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Ajouter l&apos;indicateur {0}</translation>
    </message>
    <message>
        <source>Delete indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Supprimer l&apos;indicateur {0}</translation>
    </message>
    <message>
        <source>Edit indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Modifier l&apos;indicateur {0}</translation>
    </message>
    <message>
        <source>How the action&apos;s result is measured: where it started (baseline), where it should get (target), where it is (actual), in which unit, from which source and when. Type in a cell to change it; Ctrl+Z undoes.</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Comment le résultat de l&apos;action est mesuré&#xa0;: d&apos;où il part (situation de départ), où il doit arriver (cible), où il en est (réel), dans quelle unité, selon quelle source et quand. Tapez dans une cellule pour la changer&#xa0;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Indicators — {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Indicateurs — {0}</translation>
    </message>
    <message>
        <source>New indicator, e.g. Growers trained</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Nouvel indicateur, p. ex. Producteurs formés</translation>
    </message>
</context>
<context>
    <name>KioskStartDialog</name>
    <message>
        <source>&amp;PIN</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <extracomment>kiosk.py</extracomment>
        <translation>&amp;Répéter le code PIN</translation>
    </message>
    <message>
        <source>Members will vote one after another on this laptop, full screen: each sees only their own ballot, never the results. To leave the kiosk, press Esc and type this PIN (at least {0} digits).</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Les membres voteront l&apos;un après l&apos;autre sur cet ordinateur portable, en plein écran&#xa0;: chacun ne voit que son propre bulletin, jamais les résultats. Pour quitter le kiosque, appuyez sur Échap et tapez ce code PIN (au moins {0} chiffres).</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Démarrer le kiosque</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Démarrer le kiosque</translation>
    </message>
    <message>
        <source>The PIN must be at least {0} digits.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Le code PIN doit comporter au moins {0} chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator PIN:</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Code PIN de l&apos;animateur&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitator: Esc and the PIN to leave the kiosk.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Animateur&#xa0;: Échap et le code PIN pour quitter le kiosque.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>Voting: {0}</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Vote&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Wrong PIN: the kiosk stays open.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Code PIN erroné&#xa0;: le kiosque reste ouvert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <extracomment>main_window.py</extracomment>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;Version {1}&lt;/p&gt;&lt;p&gt;Run cluster workshops offline: the FAQ, the member roster, SWOT and TOWS, consensus voting, and the workbook and report to take home.&lt;/p&gt;</source>
        <extracomment>main_window.py</extracomment>
        <translation>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;Version {1}&lt;/p&gt;&lt;p&gt;Animez les ateliers de votre grappe hors ligne&#xa0;: la FAQ, la liste des membres, SWOT et TOWS, le vote par consensus, et le classeur et le rapport à emporter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>main_window.py</extracomment>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>main_window.py</extracomment>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Copy saved to {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Copie enregistrée dans {0}</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>main_window.py</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>main_window.py</extracomment>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <extracomment>main_window.py</extracomment>
        <translation>Partout</translation>
    </message>
    <message>
        <source>FAQ</source>
        <extracomment>main_window.py</extracomment>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>main_window.py</extracomment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>main_window.py</extracomment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>New cluster</source>
        <extracomment>main_window.py</extracomment>
        <translation>Nouvelle grappe</translation>
    </message>
    <message>
        <source>New cluster workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Nouvel espace de travail de grappe</translation>
    </message>
    <message>
        <source>No backup was made on opening</source>
        <extracomment>main_window.py</extracomment>
        <translation>Aucune sauvegarde n&apos;a été faite à l&apos;ouverture</translation>
    </message>
    <message>
        <source>No secret round is open with ballots now: a backup was made.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Aucun tour secret avec des bulletins n&apos;est ouvert maintenant&#xa0;: une sauvegarde a été faite.</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ouvrir l&apos;espace de travail de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open cluster workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ouvrir un espace de travail de grappe</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ouvert&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ouverture de votre espace de travail…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <extracomment>main_window.py</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Priorities</source>
        <extracomment>main_window.py</extracomment>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Replace {0} with the backup made {1}?

The current file is not deleted: it is kept beside it as {2}.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Remplacer {0} par la sauvegarde faite {1}&#xa0;?

Le fichier actuel n&apos;est pas supprimé&#xa0;: il est gardé à côté sous le nom {2}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>main_window.py</extracomment>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup made {0}. The earlier file is kept as {1}.</source>
        <extracomment>main_window.py</extracomment>
        <translation>La sauvegarde faite {0} a été restaurée. Le fichier précédent est gardé sous le nom {1}.</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>main_window.py</extracomment>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>main_window.py</extracomment>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Enregistrer une copie de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Still opening a workspace: open {0} with File &gt; Open once it is shown.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Un espace de travail est encore en cours d&apos;ouverture&#xa0;: ouvrez {0} avec Fichier &gt; Ouvrir quand il sera affiché.</translation>
    </message>
    <message>
        <source>TOWS</source>
        <extracomment>main_window.py</extracomment>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>The app was started again to open {0}.

Close {1} and open it here?</source>
        <extracomment>main_window.py</extracomment>
        <translation>L&apos;application a été relancée pour ouvrir {0}.

Fermer {1} et l&apos;ouvrir ici&#xa0;?</translation>
    </message>
    <message>
        <source>There are no backups of {0} yet. One is made each time it is opened.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Il n&apos;y a pas encore de sauvegarde de {0}. Une sauvegarde est faite à chaque ouverture.</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>main_window.py</extracomment>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Why?</source>
        <extracomment>main_window.py</extracomment>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Workshop: {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Atelier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>{0}

{1} has {2} backup(s). Restore one now? The damaged file is kept beside it.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0}

{1} a {2} sauvegarde(s). En restaurer une maintenant&#xa0;? Le fichier endommagé est gardé à côté.</translation>
    </message>
    <message>
        <source>{0} is itself a backup (it is in the backups folder). Open the workspace it was made from and restore from there.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0} est lui-même une sauvegarde (il est dans le dossier des sauvegardes). Ouvrez l&apos;espace de travail dont il provient et restaurez depuis celui-ci.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Revert</source>
        <extracomment>member_form.py</extracomment>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>member_form.py</extracomment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>member_form.py</extracomment>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>member_form.py</extracomment>
        <translation>(non défini)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <extracomment>member_form.py</extracomment>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer.</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <extracomment>member_form.py</extracomment>
        <translation>Oublier les modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>New member: {0}</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nouveau membre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>member_form.py</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <extracomment>member_form.py</extracomment>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Save member</source>
        <extracomment>member_form.py</extracomment>
        <translation>Enregistrer le membre</translation>
    </message>
    <message>
        <source>Save this member (Ctrl+S)</source>
        <extracomment>member_form.py</extracomment>
        <translation>Enregistrer ce membre (Ctrl+S)</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name to start.</source>
        <extracomment>member_form.py</extracomment>
        <translation>Tapez le nom de l&apos;organisation pour commencer.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>member_form.py</extracomment>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Animateur</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>New workshop</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>e.g. Priority-setting workshop</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>p. ex. Atelier de choix des priorités</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>&amp;All the options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>&amp;Toutes les options</translation>
    </message>
    <message>
        <source>1 block</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>1 blocage</translation>
    </message>
    <message>
        <source>Apply the &amp;multi-voting rule (drop items with too few votes)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Appliquer la règle du vote &amp;multiple (écarter les éléments ayant trop peu de voix)</translation>
    </message>
    <message>
        <source>Carry over to the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Reporter au nouveau tour</translation>
    </message>
    <message>
        <source>Chosen by hand: the options ticked go on.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Choisies à la main&#xa0;: les options cochées continuent.</translation>
    </message>
    <message>
        <source>Consensus in “{0}”: {1}.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Consensus dans «&#xa0;{0}&#xa0;»&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>How many of the top options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Combien des premières options</translation>
    </message>
    <message>
        <source>Method of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Méthode du nouveau tour</translation>
    </message>
    <message>
        <source>Next round from {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tour suivant à partir de {0}</translation>
    </message>
    <message>
        <source>Only after a gradients-of-agreement round with ballots.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Seulement après un tour de gradients d&apos;accord avec des bulletins.</translation>
    </message>
    <message>
        <source>Options of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Options du nouveau tour</translation>
    </message>
    <message>
        <source>Options of {0}, best first (ticked: in the new round):</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Options de {0}, de la meilleure à la moins bonne (cochées&#xa0;: dans le nouveau tour)&#xa0;:</translation>
    </message>
    <message>
        <source>Round {0}: after multi-voting</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tour {0}&#xa0;: après le vote multiple</translation>
    </message>
    <message>
        <source>Round {0}: all options again</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tour {0}&#xa0;: toutes les options à nouveau</translation>
    </message>
    <message>
        <source>Round {0}: blocked options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tour {0}&#xa0;: options bloquées</translation>
    </message>
    <message>
        <source>Round {0}: options without consensus</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tour {0}&#xa0;: options sans consensus</translation>
    </message>
    <message>
        <source>Round {0}: top {1}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tour {0}&#xa0;: les {1} premières</translation>
    </message>
    <message>
        <source>Start round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Lancer le tour</translation>
    </message>
    <message>
        <source>T&amp;itle of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>T&amp;itre du nouveau tour</translation>
    </message>
    <message>
        <source>The &amp;blocked options, at least one 7 ({0} of {1})</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Les options &amp;bloquées, au moins un 7 ({0} sur {1})</translation>
    </message>
    <message>
        <source>The &amp;top</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Les &amp;premières</translation>
    </message>
    <message>
        <source>The engine says: {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Le moteur de calcul dit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The options &amp;without consensus ({0} of {1})</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Les options &amp;sans consensus ({0} sur {1})</translation>
    </message>
    <message>
        <source>The round has no valid ballots.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Le tour n&apos;a aucun bulletin valide.</translation>
    </message>
    <message>
        <source>The rule counts votes: dots or approval rounds.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>La règle compte des voix&#xa0;: tours par points ou par approbation.</translation>
    </message>
    <message>
        <source>Top k: the options ranked best in “{0}”, k as set above.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Les k premières&#xa0;: les options les mieux classées dans «&#xa0;{0}&#xa0;», k étant fixé ci-dessus.</translation>
    </message>
    <message>
        <source>at least {0} % at 1-3</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>au moins {0} % à 1-3</translation>
    </message>
    <message>
        <source>everyone at {0} or better</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>tout le monde à {0} ou mieux</translation>
    </message>
    <message>
        <source>no block (7)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>aucun blocage (7)</translation>
    </message>
    <message>
        <source>options (ties at the cut stay)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>options (les ex æquo à la limite restent)</translation>
    </message>
    <message>
        <source>spread (IQR) at most {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>dispersion (EIQ) d&apos;au plus {0}</translation>
    </message>
    <message>
        <source>support {0} % ({1} % needed)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>soutien {0} % ({1} % nécessaires)</translation>
    </message>
    <message>
        <source>{0} blocks</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} blocages</translation>
    </message>
    <message>
        <source>{0} of {1} options ticked</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} sur {1} options cochées</translation>
    </message>
    <message>
        <source>{0} — consensus (support {1} %)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} — consensus (soutien {1} %)</translation>
    </message>
    <message>
        <source>{0} — no consensus: {1}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} — pas de consensus&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <extracomment>member_form.py</extracomment>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>— not set —</source>
        <extracomment>member_form.py</extracomment>
        <translation>— non définie —</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>A copy is made each time a workspace is opened.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Une copie est faite à chaque ouverture d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Vote par approbation</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups kept per workspace</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Sauvegardes gardées par espace de travail</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Changes at once. A window open beside this one (the presenter view, the kiosk) may keep some texts until it is opened again.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Change aussitôt. Une fenêtre ouverte à côté de celle-ci (la vue présentateur, le kiosque) peut garder certains textes jusqu&apos;à ce qu&apos;elle soit rouverte.</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Consensus: largest spread (IQR), 0 = no limit</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Consensus&#xa0;: plus grande dispersion (EIQ), 0 = sans limite</translation>
    </message>
    <message>
        <source>Consensus: support needed (%)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Consensus&#xa0;: soutien nécessaire (%)</translation>
    </message>
    <message>
        <source>Copeland (Condorcet)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Copeland (Condorcet)</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Default voting method</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Méthode de vote par défaut</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Vote par points</translation>
    </message>
    <message>
        <source>Enlarges the SWOT board, FAQ and results for the room.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Agrandit le tableau SWOT, la FAQ et les résultats pour la salle.</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Nom de l&apos;animateur</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Général</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Gradients d&apos;accord</translation>
    </message>
    <message>
        <source>Gradients of agreement: share of members at 1-3 for consensus.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Gradients d&apos;accord&#xa0;: part des membres à 1-3 pour le consensus.</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Second tour instantané</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Leave empty to keep the backups in the app&apos;s own folder.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Laissez vide pour garder les sauvegardes dans le dossier de l&apos;application.</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Most dots per voter</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Nombre maximal de points par votant</translation>
    </message>
    <message>
        <source>Only the settings on this tab; the other tabs keep theirs</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Seulement les paramètres de cet onglet&#xa0;; les autres onglets gardent les leurs</translation>
    </message>
    <message>
        <source>Pre-fills the facilitator of new workshops and ballots you enter.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Préremplit l&apos;animateur des nouveaux ateliers et des bulletins que vous saisissez.</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme database</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Base de données du programme</translation>
    </message>
    <message>
        <source>Projector font scale (%)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Taille du texte pour le projecteur (%)</translation>
    </message>
    <message>
        <source>Put back the defaults of the {tab} tab? The settings on the other tabs stay as they are. Nothing is saved until you click OK or Apply.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Rétablir les valeurs par défaut de l&apos;onglet {tab}&#xa0;? Les paramètres des autres onglets restent tels quels. Rien n&apos;est enregistré avant que vous cliquiez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <source>Ranking (Borda count)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Classement (méthode Borda)</translation>
    </message>
    <message>
        <source>Restore this tab&apos;s defaults</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Rétablir les valeurs par défaut de cet onglet</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Comme l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Score / rating</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Score / notation</translation>
    </message>
    <message>
        <source>Take the password out of the programme database&apos;s address (keep postgresql://name@server/database). The settings file is plain text: the app asks for the password when the server wants one, and keeps it only while it runs or in the computer&apos;s keyring.</source>
        <extracomment>options.py</extracomment>
        <translation>Retirez le mot de passe de l&apos;adresse de la base de données du programme (gardez postgresql://nom@serveur/base). Le fichier des paramètres est en texte clair&#xa0;: l&apos;application demande le mot de passe quand le serveur le réclame, et ne le garde que tant qu&apos;elle est ouverte ou dans le coffre à mots de passe de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The default budget is about a third of the options, never above this.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Le budget par défaut est d&apos;environ un tiers des options, jamais plus que ceci.</translation>
    </message>
    <message>
        <source>The programme database&apos;s address cannot be read. It looks like postgresql://name@server/database (ask the programme office for it).</source>
        <extracomment>options.py</extracomment>
        <translation>L&apos;adresse de la base de données du programme est illisible. Elle a la forme postgresql://nom@serveur/base (demandez-la au bureau du programme).</translation>
    </message>
    <message>
        <source>The programme database&apos;s address looks like postgresql://name@server/database (ask the programme office for it).</source>
        <extracomment>options.py</extracomment>
        <translation>L&apos;adresse de la base de données du programme a la forme postgresql://nom@serveur/base (demandez-la au bureau du programme).</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Where File &gt; Send to Programme Database sends this workspace, for example postgresql://maria@db.example.org/programme. No password here: the app asks for it when the server wants one.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Où Fichier &gt; Envoyer à la base de données du programme envoie cet espace de travail, par exemple postgresql://maria@db.example.org/programme. Pas de mot de passe ici&#xa0;: l&apos;application le demande quand le serveur le réclame.</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <source>Export the FAQ handout (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter la fiche FAQ (PDF)…</translation>
    </message>
    <message>
        <source>Export the member roster…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter la liste des membres…</translation>
    </message>
    <message>
        <source>Export the report (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter le rapport (PDF)…</translation>
    </message>
    <message>
        <source>Export the workbook (Excel)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporter le classeur (Excel)…</translation>
    </message>
    <message>
        <source>Exports are not available here.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Les exportations ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>What to take home from this workshop. The workbook holds every figure, ballot and audit entry; the report is a PDF to send to members and the funder.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Ce qu&apos;on emporte de cet atelier. Le classeur contient tous les chiffres, bulletins et entrées d&apos;audit&#xa0;; le rapport est un PDF à envoyer aux membres et au bailleur de fonds.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source> dots</source>
        <extracomment>round_dialog.py</extracomment>
        <translation> points</translation>
    </message>
    <message>
        <source>Consensus also needs no block (7).</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Le consensus exige aussi l&apos;absence de blocage (7).</translation>
    </message>
    <message>
        <source>Dots per voter</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Points par votant</translation>
    </message>
    <message>
        <source>Largest spread (IQR)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Plus grande dispersion (EIQ)</translation>
    </message>
    <message>
        <source>Most dots on one option</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Nombre maximal de points sur une option</translation>
    </message>
    <message>
        <source>Rate impact and feasibility (gives the 2x2 matrix of quick wins)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Noter l&apos;impact et la faisabilité (donne la matrice 2x2 des gains rapides)</translation>
    </message>
    <message>
        <source>Scale</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Support needed (share at 1-3)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Soutien nécessaire (part à 1-3)</translation>
    </message>
    <message>
        <source>This method has no parameters.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Cette méthode n&apos;a pas de paramètres.</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>(no name given)</source>
        <extracomment>programme_send.py</extracomment>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>Database {database} on {server}, as {name}.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Base de données {database} sur {server}, en tant que {name}.</translation>
    </message>
    <message>
        <source>Keep it in this computer&apos;s keyring</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Le garder dans le coffre à mots de passe de cet ordinateur</translation>
    </message>
    <message>
        <source>Otherwise the app forgets it when it is closed.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Sinon, l&apos;application l&apos;oublie à sa fermeture.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Programme database password</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Mot de passe de la base de données du programme</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>The app keeps it until it is closed, never in a file.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>L&apos;application le garde jusqu&apos;à sa fermeture, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>(skipped) </source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>(ignorée) </translation>
    </message>
    <message>
        <source>Add the duplicates too</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Ajouter aussi les doublons</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Category for all</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Catégorie pour toutes</translation>
    </message>
    <message>
        <source>One priority per line, e.g. typed up from a flip chart.
Blank lines are ignored; bullets and numbers are removed.</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Une priorité par ligne, p. ex. recopiées d&apos;un tableau de conférence.
Les lignes vides sont ignorées&#xa0;; les puces et numéros sont retirés.</translation>
    </message>
    <message>
        <source>Paste a list of priorities</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Coller une liste de priorités</translation>
    </message>
    <message>
        <source>What will be added:</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Ce qui sera ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>{0}  — duplicate of {1}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>{0}  — doublon de {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} to add, %n flagged as (a duplicate|duplicates).</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>
            <numerusform>{0} à ajouter, %n signalée comme doublon.</numerusform>
            <numerusform>{0} à ajouter, %n signalées comme doublons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneVotingWindow</name>
    <message numerus="yes">
        <source>%n code(s) not used yet.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n code pas encore utilisé.</numerusform>
            <numerusform>%n codes pas encore utilisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) saved to {0}: swap (it|them) for the slips of everyone who has not voted yet. The old unused codes no longer work.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n nouveau code enregistré dans {0}&#xa0;: échangez-le contre la fiche de la personne qui n&apos;a pas encore voté. Les anciens codes non utilisés ne fonctionnent plus.</numerusform>
            <numerusform>%n nouveaux codes enregistrés dans {0}&#xa0;: échangez-les contre les fiches de tous ceux qui n&apos;ont pas encore voté. Les anciens codes non utilisés ne fonctionnent plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter code(s) saved to {0}.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n code de vote enregistré dans {0}.</numerusform>
            <numerusform>%n codes de vote enregistrés dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop voting by phone</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Arrêter le vote par téléphone</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>New code</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>New code for one member (a slip was lost)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Nouveau code pour un membre (une fiche a été perdue)…</translation>
    </message>
    <message>
        <source>No voter codes yet: use Voter codes to print them.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Pas encore de codes de vote&#xa0;: utilisez Codes de vote pour les imprimer.</translation>
    </message>
    <message>
        <source>PDF slips (*.pdf)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Fiches PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print codes for everyone who has not voted (PDF)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Imprimer des codes pour tous ceux qui n&apos;ont pas voté (PDF)…</translation>
    </message>
    <message>
        <source>Put the address, its QR code and the turnout on the presenter view, the window for the projector (F5 shows or hides it)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Mettre l&apos;adresse, son code QR et la participation dans la vue présentateur, la fenêtre pour le projecteur (F5 l&apos;affiche ou la masque)</translation>
    </message>
    <message>
        <source>Replace the unused codes (a slip was lost)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Remplacer les codes non utilisés (une fiche a été perdue)…</translation>
    </message>
    <message>
        <source>Save those codes as CSV…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Enregistrer ces codes en CSV…</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Afficher au &amp;projecteur</translation>
    </message>
    <message>
        <source>The new code of {0} is {1}. Their old code no longer works.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Le nouveau code de {0} est {1}. Son ancien code ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The voter codes of this round were issued on another computer: they do not work here. Use Voter codes to issue new codes here.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Les codes de vote de ce tour ont été émis sur un autre ordinateur&#xa0;: ils ne fonctionnent pas ici. Utilisez Codes de vote pour émettre de nouveaux codes ici.</translation>
    </message>
    <message>
        <source>Vote on your phone: {0}</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Votez sur votre téléphone&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Voter &amp;codes</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Codes de vote</translation>
    </message>
    <message>
        <source>Voter codes</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Codes de vote</translation>
    </message>
    <message>
        <source>Voting by phone was stopped.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Le vote par téléphone a été arrêté.</translation>
    </message>
    <message>
        <source>Who lost their code?</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Qui a perdu son code&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>{0} codes not used yet. %n of the members given a code no longer (votes|vote) here: the round takes no more phone votes than the others can cast (Replace the unused codes takes the slips out of play).</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>{0} codes pas encore utilisés. %n des membres ayant reçu un code ne vote plus ici&#xa0;: le tour n&apos;accepte pas plus de votes par téléphone que les autres ne peuvent en émettre (Remplacer les codes non utilisés met les fiches hors jeu).</numerusform>
            <numerusform>{0} codes pas encore utilisés. %n des membres ayant reçu un code ne votent plus ici&#xa0;: le tour n&apos;accepte pas plus de votes par téléphone que les autres ne peuvent en émettre (Remplacer les codes non utilisés met les fiches hors jeu).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>&amp;Apply all</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>&amp;Tout appliquer</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Après</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Import the action plan — {0}</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Importer le plan d&apos;action — {0}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rows the app cannot take</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Lignes que l&apos;application ne peut pas reprendre</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2} ({3})</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>{0}, ligne {1}&#xa0;: {2} ({3})</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Candidate priorities</source>
        <extracomment>presenter.py</extracomment>
        <translation>Priorités candidates</translation>
    </message>
    <message>
        <source>FAQ answer (the one open on the FAQ page)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Réponse de la FAQ (celle ouverte sur la page FAQ)</translation>
    </message>
    <message>
        <source>Join by phone (address and QR code)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Rejoindre par téléphone (adresse et code QR)</translation>
    </message>
    <message>
        <source>Presenter view: blank the projector and back</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vue présentateur&#xa0;: mettre le projecteur au noir et revenir</translation>
    </message>
    <message>
        <source>Presenter view: fill the screen and back (one screen)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vue présentateur&#xa0;: remplir l&apos;écran et revenir (un seul écran)</translation>
    </message>
    <message>
        <source>Presenter view: hide it</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vue présentateur&#xa0;: la masquer</translation>
    </message>
    <message>
        <source>Presenter view: page through a long FAQ answer</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vue présentateur&#xa0;: parcourir une longue réponse de la FAQ</translation>
    </message>
    <message>
        <source>Results (those put up from the Results tab)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Résultats (ceux affichés depuis l&apos;onglet Résultats)</translation>
    </message>
    <message>
        <source>SWOT board</source>
        <extracomment>presenter.py</extracomment>
        <translation>Tableau SWOT</translation>
    </message>
    <message>
        <source>TOWS strategies</source>
        <extracomment>presenter.py</extracomment>
        <translation>Stratégies TOWS</translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <extracomment>presenter.py</extracomment>
        <translation>Titre de l&apos;atelier</translation>
    </message>
    <message>
        <source>Turnout of the open round</source>
        <extracomment>presenter.py</extracomment>
        <translation>Participation au tour ouvert</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>&amp;Blank the projector</source>
        <extracomment>presenter.py</extracomment>
        <translation>Mettre le projecteur au &amp;noir</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vue &amp;présentateur</translation>
    </message>
    <message>
        <source>&amp;Show the presenter view</source>
        <extracomment>presenter.py</extracomment>
        <translation>&amp;Afficher la vue présentateur</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>presenter.py</extracomment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>No results are up yet: choose the round on the Results tab and press Show on projector.</source>
        <extracomment>presenter.py</extracomment>
        <translation>Aucun résultat n&apos;est encore affiché&#xa0;: choisissez le tour dans l&apos;onglet Résultats et appuyez sur Afficher au projecteur.</translation>
    </message>
    <message>
        <source>Open a workshop first: the projector shows the workshop open on the Workshops page.</source>
        <extracomment>presenter.py</extracomment>
        <translation>Ouvrez d&apos;abord un atelier&#xa0;: le projecteur montre l&apos;atelier ouvert sur la page Ateliers.</translation>
    </message>
    <message>
        <source>Put this &amp;page on the projector</source>
        <extracomment>presenter.py</extracomment>
        <translation>Mettre cette &amp;page au projecteur</translation>
    </message>
    <message>
        <source>The window for the projector: on the second screen when there is one</source>
        <extracomment>presenter.py</extracomment>
        <translation>La fenêtre pour le projecteur&#xa0;: sur le second écran s&apos;il y en a un</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view — {0}</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vue présentateur — {0}</translation>
    </message>
</context>
<context>
    <name>PrioritiesSlide</name>
    <message>
        <source>Candidate priorities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Priorités candidates</translation>
    </message>
    <message>
        <source>No candidate priorities yet.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Pas encore de priorités candidates.</translation>
    </message>
</context>
<context>
    <name>PrioritiesTab</name>
    <message>
        <source>&amp;Add…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Paste a list…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Coller une liste…</translation>
    </message>
    <message>
        <source>Add priority</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Ajouter une priorité</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate (priority|priorities)</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n priorité candidate</numerusform>
            <numerusform>%n priorités candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n (priority|priorities).</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n priorité ajoutée.</numerusform>
            <numerusform>%n priorités ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Catégories…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the priority “{0}”?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Supprimer la priorité «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {0} priorities?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Supprimer {0} priorités&#xa0;?</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>From a &amp;SWOT item…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>À partir d&apos;un élément &amp;SWOT…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Paste priorities</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Coller des priorités</translation>
    </message>
    <message>
        <source>Priority from a SWOT item</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Priorité à partir d&apos;un élément SWOT</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidate priorities members will vote on, in ballot order. Promote TOWS strategies on the TOWS tab, or add them here.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Les priorités candidates sur lesquelles les membres voteront, dans l&apos;ordre du bulletin. Promouvez des stratégies TOWS dans l&apos;onglet TOWS, ou ajoutez-les ici.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>“{0}” is already a candidate priority. Add it again?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>«&#xa0;{0}&#xa0;» est déjà une priorité candidate. L&apos;ajouter à nouveau&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>&amp;Category</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Candidate priority</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Priorité candidate</translation>
    </message>
    <message>
        <source>Comes from {0}: {1}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Provient de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PriorityModel</name>
    <message>
        <source>#</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Liste collée</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>TOWS</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Typed</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>ProgrammeSend</name>
    <message>
        <source>Copy this workspace into the programme office&apos;s database (set its address in Settings)</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Copier cet espace de travail dans la base de données du bureau du programme (son adresse se règle dans les Paramètres)</translation>
    </message>
    <message>
        <source>No programme database is set yet. Open Settings to type its address (the programme office gives it)?</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Aucune base de données du programme n&apos;est encore indiquée. Ouvrir les Paramètres pour saisir son adresse (le bureau du programme la fournit)&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was sent to the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Rien n&apos;a été envoyé à la base de données du programme.</translation>
    </message>
    <message>
        <source>Sen&amp;d to Programme Database…</source>
        <extracomment>programme_send.py</extracomment>
        <translation>&amp;Envoyer à la base de données du programme…</translation>
    </message>
    <message>
        <source>Send to the programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envoyer à la base de données du programme</translation>
    </message>
    <message>
        <source>Sending cancelled: nothing was changed in the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envoi annulé&#xa0;: rien n&apos;a été modifié dans la base de données du programme.</translation>
    </message>
    <message>
        <source>Sending was cancelled. Nothing was changed in the programme database; you can send again at any time.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>L&apos;envoi a été annulé. Rien n&apos;a été modifié dans la base de données du programme&#xa0;; vous pouvez envoyer de nouveau à tout moment.</translation>
    </message>
    <message>
        <source>Sending “{workspace}” to the database {database} on {server}…</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envoi de «&#xa0;{workspace}&#xa0;» à la base de données {database} sur {server}…</translation>
    </message>
    <message>
        <source>Sent to the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envoyé à la base de données du programme.</translation>
    </message>
    <message>
        <source>The programme database asks for a password.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>La base de données du programme demande un mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the login. Type the password again (the name is the one in Settings), or Cancel: nothing is sent.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Le serveur a refusé la connexion. Saisissez de nouveau le mot de passe (le nom est celui des Paramètres), ou Annuler&#xa0;: rien n&apos;est envoyé.</translation>
    </message>
</context>
<context>
    <name>ProjectedPriorityModel</name>
    <message>
        <source>#</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>One prompt per line: a short question the room can answer.</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Une question d&apos;amorce par ligne&#xa0;: une question courte à laquelle la salle peut répondre.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Prompts on the board</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Questions d&apos;amorce sur le tableau</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Membre votant</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. Restoring puts the current file aside (it is kept, renamed, beside it) and a copy of the chosen backup in its place.</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Sauvegardes de {0}, de la plus récente à la plus ancienne. La restauration met le fichier actuel de côté (il est gardé, renommé, à côté) et une copie de la sauvegarde choisie à sa place.</translation>
    </message>
    <message>
        <source>Ballots</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Rounds</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>before an update</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>illisible</translation>
    </message>
    <message>
        <source>on opening</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>à l&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <source>No ballots yet</source>
        <extracomment>result_chart.py</extracomment>
        <translation>Pas encore de bulletins</translation>
    </message>
</context>
<context>
    <name>ResultsSlide</name>
    <message>
        <source>Move</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Rang</translation>
    </message>
    <message>
        <source>The results of a secret round are shown here once it is closed.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Les résultats d&apos;un tour secret s&apos;affichent ici une fois celui-ci clos.</translation>
    </message>
    <message>
        <source>The results will be shown here.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Les résultats seront affichés ici.</translation>
    </message>
    <message>
        <source>{0} (still open: not the final result)</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>{0} (encore ouvert&#xa0;: pas le résultat final)</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>{0}&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) left out: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>%n bulletin écarté&#xa0;: {0}</numerusform>
            <numerusform>%n bulletins écartés&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <extracomment>results_tab.py</extracomment>
        <translation>&amp;Adopter…</translation>
    </message>
    <message>
        <source>Academic / training institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Établissement d&apos;enseignement / de formation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement {0}: W = {1:.2f} → {2:.2f} ({3:+.2f}).</source>
        <extracomment>results_tab.py</extracomment>
        <translation>L&apos;accord {0}&#xa0;: W = {1:.2f} → {2:.2f} ({3:+.2f}).</translation>
    </message>
    <message>
        <source>All voters</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Tous les votants</translation>
    </message>
    <message>
        <source>All voters ({0})</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Tous les votants ({0})</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Beats</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Bat</translation>
    </message>
    <message>
        <source>Blocks</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <source>Compared with {0}.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Comparé à {0}.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Consensus reached: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consensus atteint&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Bailleur de fonds / organisation internationale</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Agence de développement économique / ONG</translation>
    </message>
    <message>
        <source>Figures per option</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Chiffres par option</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Institution financière</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Firms only</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Entreprises seulement</translation>
    </message>
    <message>
        <source>First: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Première&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Hide results</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>results_tab.py</extracomment>
        <translation>EIQ</translation>
    </message>
    <message>
        <source>Impact and feasibility</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Impact et faisabilité</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Agence de promotion des investissements / des exportations</translation>
    </message>
    <message>
        <source>Kendall&apos;s W with tie correction: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>W de Kendall avec correction des ex æquo&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No ballots counted yet.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Aucun bulletin compté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Pas encore de consensus</translation>
    </message>
    <message>
        <source>No vote round yet: start one on the Voting tab.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Pas encore de tour de vote&#xa0;: lancez-en un dans l&apos;onglet Vote.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Only: Academic / training institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Établissement d&apos;enseignement / de formation</translation>
    </message>
    <message>
        <source>Only: Community-based organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Organisation communautaire</translation>
    </message>
    <message>
        <source>Only: Donor / international organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Bailleur de fonds / organisation internationale</translation>
    </message>
    <message>
        <source>Only: Economic development agency / NGO</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Agence de développement économique / ONG</translation>
    </message>
    <message>
        <source>Only: Financial institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Institution financière</translation>
    </message>
    <message>
        <source>Only: Government ministry</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Ministère</translation>
    </message>
    <message>
        <source>Only: Investment / export promotion agency</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Agence de promotion des investissements / des exportations</translation>
    </message>
    <message>
        <source>Only: Quality standards body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Organisme de normalisation</translation>
    </message>
    <message>
        <source>Only: Regulatory body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Organisme de réglementation</translation>
    </message>
    <message>
        <source>Only: Research / testing institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Institut de recherche / d&apos;essais</translation>
    </message>
    <message>
        <source>Only: Sector association / chamber</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Seulement&#xa0;: Association sectorielle / chambre</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Option</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Place before</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Rang avant</translation>
    </message>
    <message>
        <source>Place now</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Rang maintenant</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>Put these results on the presenter view, the window for the projector (F5 shows or hides it). Nothing goes there until you press this.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Mettre ces résultats dans la vue présentateur, la fenêtre pour le projecteur (F5 l&apos;affiche ou la masque). Rien n&apos;y apparaît tant que vous n&apos;appuyez pas sur ce bouton.</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Organisme de normalisation</translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Record what the members decided: adopt priorities of this closed round (one, the top ones, or all that reached consensus) with a statement. Their action plans are on the Action plan page.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consignez ce que les membres ont décidé&#xa0;: adoptez des priorités de ce tour clos (une, les premières, ou toutes celles qui ont atteint le consensus) avec un énoncé. Leurs plans d&apos;action sont sur la page Plan d&apos;action.</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Organisme de réglementation</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Institut de recherche / d&apos;essais</translation>
    </message>
    <message>
        <source>Results of</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Résultats de</translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Secret round: member types are not stored with secret ballots, so only all voters can be shown.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Tour secret&#xa0;: les types de membres ne sont pas enregistrés avec les bulletins secrets, seuls tous les votants ensemble peuvent donc être montrés.</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Association sectorielle / chambre</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Afficher au pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Show results</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>Since the previous round</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Depuis le tour précédent</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Support (1-3)</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Soutien (1-3)</translation>
    </message>
    <message>
        <source>Support before</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Soutien avant</translation>
    </message>
    <message>
        <source>Support now</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Soutien maintenant</translation>
    </message>
    <message>
        <source>Take off the pro&amp;jector</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Retirer du pro&amp;jecteur</translation>
    </message>
    <message>
        <source>The member types that voted in this round, with their ballots</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Les types de membres qui ont voté à ce tour, avec leurs bulletins</translation>
    </message>
    <message>
        <source>The round is still open: these are not final results.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Le tour est encore ouvert&#xa0;: ce ne sont pas les résultats définitifs.</translation>
    </message>
    <message>
        <source>Tie for first: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ex æquo en tête&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Vote weights</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Pondération des voix</translation>
    </message>
    <message>
        <source>Voters</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Votes</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Weighted votes</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Voix pondérées</translation>
    </message>
    <message>
        <source>Weighted votes (every ballot {0})</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Voix pondérées (chaque bulletin {0})</translation>
    </message>
    <message>
        <source>Weighted votes: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Voix pondérées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Wins-losses</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Victoires-défaites</translation>
    </message>
    <message>
        <source>consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>consensus</translation>
    </message>
    <message>
        <source>fell</source>
        <extracomment>results_tab.py</extracomment>
        <translation>a baissé</translation>
    </message>
    <message>
        <source>firms</source>
        <extracomment>results_tab.py</extracomment>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>results_tab.py</extracomment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>no consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>pas de consensus</translation>
    </message>
    <message>
        <source>no type</source>
        <extracomment>results_tab.py</extracomment>
        <translation>sans type</translation>
    </message>
    <message>
        <source>not carried on</source>
        <extracomment>results_tab.py</extracomment>
        <translation>non reportée</translation>
    </message>
    <message>
        <source>others {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>autres {0}</translation>
    </message>
    <message>
        <source>reached consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>a atteint le consensus</translation>
    </message>
    <message>
        <source>reached consensus in round {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>a atteint le consensus au tour {0}</translation>
    </message>
    <message>
        <source>rose</source>
        <extracomment>results_tab.py</extracomment>
        <translation>a augmenté</translation>
    </message>
    <message>
        <source>stayed</source>
        <extracomment>results_tab.py</extracomment>
        <translation>est resté stable</translation>
    </message>
    <message>
        <source>tie</source>
        <extracomment>results_tab.py</extracomment>
        <translation>égalité</translation>
    </message>
    <message>
        <source>tied winner</source>
        <extracomment>results_tab.py</extracomment>
        <translation>gagnante ex æquo</translation>
    </message>
    <message>
        <source>winner</source>
        <extracomment>results_tab.py</extracomment>
        <translation>gagnante</translation>
    </message>
    <message numerus="yes">
        <source>{0} is open: %n of {1} voters (has|have) voted. Results stay hidden while people vote; press Show results to see them on this screen.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>{0} est ouvert&#xa0;: %n votant sur {1} a voté. Les résultats restent masqués pendant le vote&#xa0;; appuyez sur Afficher les résultats pour les voir sur cet écran.</numerusform>
            <numerusform>{0} est ouvert&#xa0;: %n votants sur {1} ont voté. Les résultats restent masqués pendant le vote&#xa0;; appuyez sur Afficher les résultats pour les voir sur cet écran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n ballot(s) counted</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>{0} · %n bulletin compté</numerusform>
            <numerusform>{0} · %n bulletins comptés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;Save all</source>
        <extracomment>action_review.py</extracomment>
        <translation>&amp;Tout enregistrer</translation>
    </message>
    <message>
        <source>Review open actions</source>
        <extracomment>action_review.py</extracomment>
        <translation>Revoir les actions en cours</translation>
    </message>
    <message>
        <source>{0} action(s) from earlier workshops are still open ({1} overdue).

Start this workshop by reviewing them with the room?</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} action(s) d&apos;ateliers précédents sont encore en cours ({1} échues).

Commencer cet atelier en les passant en revue avec la salle&#xa0;?</translation>
    </message>
    <message>
        <source>{0} action(s) updated.</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} action(s) mise(s) à jour.</translation>
    </message>
    <message>
        <source>{0} open action(s), {1} overdue. Ask each lead how it stands, set its status and a note, then Save all: everything is saved together (Ctrl+Z undoes it).</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} action(s) en cours, {1} échue(s). Demandez à chaque responsable où elle en est, réglez son état et une note, puis Tout enregistrer&#xa0;: tout est enregistré ensemble (Ctrl+Z l&apos;annule).</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} (échue)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Établissement d&apos;enseignement / de formation</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Bailleur de fonds / organisation internationale</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agence de développement économique / ONG</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institution financière</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agence de promotion des investissements / des exportations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Prospective</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisme de normalisation</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisme de réglementation</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institut de recherche / d&apos;essais</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Association sectorielle / chambre</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>
… and {0} more</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
… et {0} de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>%n membre exporté vers {0}.</numerusform>
            <numerusform>%n membres exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Nouveau membre</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Ajouter un membre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Ajouter le membre {0}</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Choisir les colonnes à afficher</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Delete member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Supprimer le membre {0}</translation>
    </message>
    <message>
        <source>Delete members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Supprimer des membres</translation>
    </message>
    <message>
        <source>Delete the selected members (Delete)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Supprimer les membres sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Delete these {0} members?
{1}{2}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Supprimer ces {0} membres&#xa0;?
{1}{2}</translation>
    </message>
    <message>
        <source>Delete {0} from the roster?</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Supprimer {0} de la liste des membres&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {0} members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Supprimer {0} membres</translation>
    </message>
    <message>
        <source>Deleted {0} members.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} membres supprimés.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} supprimé.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <extracomment>roster_page.py</extracomment>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Edit member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Modifier le membre {0}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Exporter la liste des membres</translation>
    </message>
    <message>
        <source>Export the roster to Excel or CSV</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Exporter la liste des membres vers Excel ou CSV</translation>
    </message>
    <message>
        <source>Import members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Import members from an Excel or CSV file</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importer des membres depuis un fichier Excel ou CSV</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} importé&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>New member: type the name, then save (Ctrl+S).</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Nouveau membre&#xa0;: tapez le nom, puis enregistrez (Ctrl+S).</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Enregistré&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Search members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Chercher des membres</translation>
    </message>
    <message>
        <source>Search name, contact or locality</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Chercher un nom, un contact ou une localité</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} of %n member(s)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>{0} affiché(s) sur %n membre</numerusform>
            <numerusform>{0} affichés sur %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Tableurs (*.xlsx *.csv);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The member being edited cannot be saved:
{0}

Discard the changes?</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Le membre en cours de modification ne peut pas être enregistré&#xa0;:
{0}

Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The record that they voted ({0}) goes with them.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>La trace de leur vote ({0}) disparaît avec eux.</translation>
    </message>
    <message numerus="yes">
        <source>They are taken off %n action(s) as a partner.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Ils sont retirés comme partenaires de %n action.</numerusform>
            <numerusform>Ils sont retirés comme partenaires de %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lead %n action(s); (it|they) will have no lead.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Ils sont responsables de %n action&#xa0;; elle n&apos;aura plus de responsable.</numerusform>
            <numerusform>Ils sont responsables de %n actions&#xa0;; elles n&apos;auront plus de responsable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Membre non enregistré</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>type not set {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>type non défini {0}</translation>
    </message>
    <message>
        <source>{0} attendance record(s) go with them.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} enregistrement(s) de présence disparaissent avec eux.</translation>
    </message>
    <message>
        <source>{0} ballot(s) they cast stay, without their name.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} bulletin(s) qu&apos;ils ont déposé(s) restent, sans leur nom.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message numerus="yes">
        <source>%n phone code(s) (was|were) issued for this round. A secret round&apos;s slips name nobody and the others&apos; name a member, so changing to or from secret withdraws them: their slips stop working, and new ones must be printed after the change.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>
            <numerusform>%n code téléphone a été émis pour ce tour. Les fiches d&apos;un tour secret ne nomment personne et celles des autres nomment un membre&#xa0;: passer au secret ou en sortir les retire donc, leurs fiches cessent de fonctionner et il faut en imprimer de nouvelles après le changement.</numerusform>
            <numerusform>%n codes téléphone ont été émis pour ce tour. Les fiches d&apos;un tour secret ne nomment personne et celles des autres nomment un membre&#xa0;: passer au secret ou en sortir les retire donc, leurs fiches cessent de fonctionner et il faut en imprimer de nouvelles après le changement.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Au&amp;cune</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>A secret round counts every ballot once: a vote weight that only one member has would show which ballot is theirs. Use a named or anonymous round to count weights.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Un tour secret compte chaque bulletin une fois&#xa0;: une pondération que seul un membre possède révélerait quel bulletin est le sien. Utilisez un tour nominatif ou anonyme pour compter les pondérations.</translation>
    </message>
    <message>
        <source>All voters</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Tous les votants</translation>
    </message>
    <message>
        <source>Ballots have been cast: the method, the options and the anonymity mode are locked. Start a new round to change them.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Des bulletins ont été déposés&#xa0;: la méthode, les options et le mode d&apos;anonymat sont verrouillés. Lancez un nouveau tour pour les changer.</translation>
    </message>
    <message>
        <source>Count vote weights</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Compter la pondération des voix</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Firms only</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Entreprises seulement</translation>
    </message>
    <message>
        <source>New vote round</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Nouveau tour de vote</translation>
    </message>
    <message>
        <source>Only: Academic / training institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Établissement d&apos;enseignement / de formation</translation>
    </message>
    <message>
        <source>Only: Community-based organisation</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Organisation communautaire</translation>
    </message>
    <message>
        <source>Only: Donor / international organisation</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Bailleur de fonds / organisation internationale</translation>
    </message>
    <message>
        <source>Only: Economic development agency / NGO</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Agence de développement économique / ONG</translation>
    </message>
    <message>
        <source>Only: Financial institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Institution financière</translation>
    </message>
    <message>
        <source>Only: Government ministry</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Ministère</translation>
    </message>
    <message>
        <source>Only: Investment / export promotion agency</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Agence de promotion des investissements / des exportations</translation>
    </message>
    <message>
        <source>Only: Quality standards body</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Organisme de normalisation</translation>
    </message>
    <message>
        <source>Only: Regulatory body</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Organisme de réglementation</translation>
    </message>
    <message>
        <source>Only: Research / testing institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Institut de recherche / d&apos;essais</translation>
    </message>
    <message>
        <source>Only: Sector association / chamber</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Seulement&#xa0;: Association sectorielle / chambre</translation>
    </message>
    <message>
        <source>Priorities on the ballot:</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Priorités sur le bulletin&#xa0;:</translation>
    </message>
    <message>
        <source>Results show</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Les résultats montrent</translation>
    </message>
    <message>
        <source>e.g. Round {0}: rank the candidates</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>p. ex. Tour {0}&#xa0;: classer les candidates</translation>
    </message>
    <message>
        <source>{0} of {1} chosen</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>{0} sur {1} choisies</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message numerus="yes">
        <source> (%n ballot(s))</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform> (%n bulletin)</numerusform>
            <numerusform> (%n bulletins)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n hand(s)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform> + %n main</numerusform>
            <numerusform> + %n mains</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Anonymat</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Voted</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Ont voté</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} sur {1}</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>&amp;Description</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Save the prompts as my template</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Enregistrer les questions d&apos;amorce comme mon modèle</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Action</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action partner</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Partenaire d&apos;une action</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Change kept</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Modification gardée</translation>
    </message>
    <message>
        <source>Changed here</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <source>Changed in the database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Modifié dans la base</translation>
    </message>
    <message>
        <source>Changed on both sides since the last send:</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Modifié des deux côtés depuis le dernier envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Profil de la grappe</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Base du programme</translation>
    </message>
    <message>
        <source>TOWS strategy</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Stratégie TOWS</translation>
    </message>
    <message>
        <source>This workspace</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>SWOT item</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Élément SWOT</translation>
    </message>
    <message>
        <source>Sent to the programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envoyé à la base de données du programme</translation>
    </message>
    <message>
        <source>Vote round</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Tour de vote</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>“{workspace}” was sent to the database {database} on {server}.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>«&#xa0;{workspace}&#xa0;» a été envoyé à la base de données {database} sur {server}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Général</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Find a key or what it does</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Chercher une touche ou ce qu&apos;elle fait</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Touches</translation>
    </message>
    <message>
        <source>The keys of the window, of each page and of each tab of a workshop. Type to find one.</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Les touches de la fenêtre, de chaque page et de chaque onglet d&apos;un atelier. Tapez pour en chercher une.</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Ce qu&apos;elle fait</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>&amp;Address</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Open voting to phones</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Ouvrir le vote aux téléphones</translation>
    </message>
    <message>
        <source>Phones vote in {0} over this computer&apos;s own network: turn on the laptop&apos;s hotspot (no internet needed), let the phones join it, and choose the hotspot&apos;s address here. Nothing listens on any other address.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Les téléphones votent dans {0} par le propre réseau de cet ordinateur&#xa0;: activez le point d&apos;accès de l&apos;ordinateur portable (pas besoin d&apos;internet), laissez les téléphones s&apos;y connecter et choisissez ici l&apos;adresse du point d&apos;accès. Rien n&apos;écoute sur aucune autre adresse.</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>n&apos;importe quel port libre</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>(no items in this quadrant yet)</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>(pas encore d&apos;éléments dans ce quadrant)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>SO: use strengths to seize opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>SO&#xa0;: utiliser les forces pour saisir les opportunités</translation>
    </message>
    <message>
        <source>ST: use strengths against threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>ST&#xa0;: utiliser les forces contre les menaces</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>WO: fix weaknesses through opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>WO&#xa0;: corriger les faiblesses grâce aux opportunités</translation>
    </message>
    <message>
        <source>WT: defensive moves</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>WT&#xa0;: mesures défensives</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>What will the cluster do?</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Que fera la grappe&#xa0;?</translation>
    </message>
    <message>
        <source>{0} it draws on</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>{0} sur lesquelles elle s&apos;appuie</translation>
    </message>
    <message>
        <source>{0} strategy</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Stratégie {0}</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <source>(+{0} more)</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>(+{0} de plus)</translation>
    </message>
    <message>
        <source>(no prompts)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>(pas de questions d&apos;amorce)</translation>
    </message>
    <message>
        <source>(template no longer available)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>(modèle plus disponible)</translation>
    </message>
    <message>
        <source>Add a dot	+</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Ajouter un point	+</translation>
    </message>
    <message>
        <source>Add dots</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Ajouter des points</translation>
    </message>
    <message>
        <source>Added to the candidate priorities.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Ajouté aux priorités candidates.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Impossible d&apos;écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete one of my templates</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Supprimer un de mes modèles</translation>
    </message>
    <message>
        <source>Delete your template “{0}”?</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Supprimer votre modèle «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Deleted {0} item(s). Undo with Ctrl+Z.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} élément(s) supprimé(s). Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modifier les questions d&apos;amorce</translation>
    </message>
    <message>
        <source>Edit the prompts…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modifier les questions d&apos;amorce…</translation>
    </message>
    <message>
        <source>Export the prompts as a template file</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Exporter les questions d&apos;amorce comme fichier modèle</translation>
    </message>
    <message>
        <source>Export the prompts to a file…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Exporter les questions d&apos;amorce dans un fichier…</translation>
    </message>
    <message>
        <source>Fold the prompts away</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Replier les questions d&apos;amorce</translation>
    </message>
    <message>
        <source>Full screen</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Activer ou désactiver le plein écran</translation>
    </message>
    <message>
        <source>Import a SWOT template</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Importer un modèle SWOT</translation>
    </message>
    <message>
        <source>Import a template file…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Importer un fichier modèle…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Make a candidate priority</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>En faire une priorité candidate</translation>
    </message>
    <message>
        <source>Merge selected items</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Fusionner les éléments sélectionnés</translation>
    </message>
    <message>
        <source>Merged {0} items. Undo with Ctrl+Z.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} éléments fusionnés. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move to</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Move to {0}</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Déplacer vers {0}</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Déplacé vers {0}.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Prompts</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Questions d&apos;amorce</translation>
    </message>
    <message>
        <source>Prompts of {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Questions d&apos;amorce de {0}</translation>
    </message>
    <message>
        <source>Remove a dot	−</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Retirer un point	−</translation>
    </message>
    <message>
        <source>Remove dots</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Retirer des points</translation>
    </message>
    <message>
        <source>Remove the prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Retirer les questions d&apos;amorce</translation>
    </message>
    <message>
        <source>SWOT board</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Tableau SWOT</translation>
    </message>
    <message>
        <source>SWOT templates (*.json);;All files (*)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modèles SWOT (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the prompts as my template…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Enregistrer les questions d&apos;amorce comme mon modèle…</translation>
    </message>
    <message>
        <source>Select two or more items to merge (Ctrl+click).</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Sélectionnez deux éléments ou plus à fusionner (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Show all the prompts</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Afficher toutes les questions d&apos;amorce</translation>
    </message>
    <message>
        <source>Show or hide the guiding prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Afficher ou masquer les questions d&apos;amorce</translation>
    </message>
    <message>
        <source>Show the board alone, full screen (F11; Esc to leave)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Afficher le tableau seul, en plein écran (F11&#xa0;; Échap pour quitter)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Starting the SWOT? Choose a template above: its guiding prompts appear in each quadrant. Or simply type in a quadrant and press Enter.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Vous commencez le SWOT&#xa0;? Choisissez un modèle ci-dessus&#xa0;: ses questions d&apos;amorce apparaissent dans chaque quadrant. Ou tapez simplement dans un quadrant et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Template</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Template exported to {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modèle exporté vers {0}</translation>
    </message>
    <message>
        <source>Template “{0}” imported: choose it in the Template list.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modèle «&#xa0;{0}&#xa0;» importé&#xa0;: choisissez-le dans la liste Modèle.</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modèle «&#xa0;{0}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Template:</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The board shows no prompts to export.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Le tableau n&apos;affiche aucune question d&apos;amorce à exporter.</translation>
    </message>
    <message>
        <source>The board shows no prompts yet: choose a template or edit the prompts first.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Le tableau n&apos;affiche pas encore de questions d&apos;amorce&#xa0;: choisissez d&apos;abord un modèle ou modifiez les questions.</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Type a strength and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Tapez une force et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Type a threat and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Tapez une menace et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Type a weakness and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Tapez une faiblesse et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Type an opportunity and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Tapez une opportunité et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Use the template {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Utiliser le modèle {0}</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>Who said it…</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Qui l&apos;a dit…</translation>
    </message>
    <message>
        <source>You already have a template called “{0}”. Replace it?</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Vous avez déjà un modèle appelé «&#xa0;{0}&#xa0;». Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} (le mien)</translation>
    </message>
    <message>
        <source>{0} (my version)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} (ma version)</translation>
    </message>
</context>
<context>
    <name>SwotItemDialog</name>
    <message>
        <source>Opportunities</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Priority from a SWOT item</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Priorité à partir d&apos;un élément SWOT</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
</context>
<context>
    <name>SwotSlide</name>
    <message>
        <source>Opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
</context>
<context>
    <name>TowsSlide</name>
    <message>
        <source>Defensive moves: limit weaknesses and threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Mesures défensives&#xa0;: limiter faiblesses et menaces</translation>
    </message>
    <message>
        <source>Fix weaknesses through opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Corriger les faiblesses grâce aux opportunités</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Use strengths against threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Utiliser les forces contre les menaces</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Utiliser les forces pour saisir les opportunités</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
</context>
<context>
    <name>TowsTab</name>
    <message>
        <source>Add…</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Defensive moves: limit weaknesses and threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Mesures défensives&#xa0;: limiter faiblesses et menaces</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Fix weaknesses through opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Corriger les faiblesses grâce aux opportunités</translation>
    </message>
    <message>
        <source>Make a candidate priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>En faire une priorité candidate</translation>
    </message>
    <message>
        <source>Make a priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>En faire une priorité</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Promote strategy to priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Promouvoir la stratégie en priorité</translation>
    </message>
    <message>
        <source>Promote the selected strategy to a candidate priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Promouvoir la stratégie sélectionnée en priorité candidate</translation>
    </message>
    <message>
        <source>Select a strategy first.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Sélectionnez d&apos;abord une stratégie.</translation>
    </message>
    <message>
        <source>Strategy deleted. Undo with Ctrl+Z.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Stratégie supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Turn the SWOT into strategies: where a row meets a column, write what the cluster will do, and tick the SWOT items it draws on.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Transformez le SWOT en stratégies&#xa0;: là où une ligne croise une colonne, écrivez ce que fera la grappe et cochez les éléments SWOT sur lesquels elle s&apos;appuie.</translation>
    </message>
    <message>
        <source>Use strengths against threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Utiliser les forces contre les menaces</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Utiliser les forces pour saisir les opportunités</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Faiblesses</translation>
    </message>
    <message>
        <source>“{0}” is already a candidate priority. Add it again?</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>«&#xa0;{0}&#xa0;» est déjà une priorité candidate. L&apos;ajouter à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” is now a candidate priority.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>«&#xa0;{0}&#xa0;» est maintenant une priorité candidate.</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Anonymous</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Anonymous: stored and visible to the facilitator, never shown in results or exports</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Anonyme&#xa0;: enregistré et visible par l&apos;animateur, jamais montré dans les résultats ni les exportations</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Vote par approbation</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Borda points</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Points Borda</translation>
    </message>
    <message>
        <source>Cast by the voter on the kiosk</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Déposé par le votant au kiosque</translation>
    </message>
    <message>
        <source>Cast by the voter on their phone</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Déposé par le votant sur son téléphone</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Copeland (Condorcet)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Copeland (Condorcet)</translation>
    </message>
    <message>
        <source>Copeland score</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Score de Copeland</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Vote par points</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Points</translation>
    </message>
    <message>
        <source>Entered by the facilitator</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Saisi par l&apos;animateur</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Gradients d&apos;accord</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Importé d&apos;un fichier</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Second tour instantané</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Named</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Nominatif</translation>
    </message>
    <message>
        <source>Named: who voted what is stored and shown in results and exports</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Nominatif&#xa0;: qui a voté quoi est enregistré et montré dans les résultats et les exportations</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Options it beats</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Options qu&apos;elle bat</translation>
    </message>
    <message>
        <source>Paper ballot typed in</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Bulletin papier saisi</translation>
    </message>
    <message>
        <source>Ranking (Borda count)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Classement (méthode Borda)</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score / rating</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Score / notation</translation>
    </message>
    <message>
        <source>Secret</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Secret: the link between voter and ballot is never stored</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Secret&#xa0;: le lien entre votant et bulletin n&apos;est jamais enregistré</translation>
    </message>
    <message>
        <source>Show-of-hands totals</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Totaux à main levée</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Votes in its last count</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Voix à son dernier décompte</translation>
    </message>
</context>
<context>
    <name>VotingTab</name>
    <message>
        <source> and {0} more</source>
        <extracomment>voting_tab.py</extracomment>
        <translation> et {0} de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) imported.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n bulletin importé.</numerusform>
            <numerusform>%n bulletins importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} voting members (has|have) not voted yet ({1}). Close {2} anyway? Nobody can vote in it once it is closed, unless you reopen it.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n membre votant sur {0} n&apos;a pas encore voté ({1}). Clore {2} quand même&#xa0;? Personne ne pourra plus y voter une fois clos, sauf si vous le rouvrez.</numerusform>
            <numerusform>%n membres votants sur {0} n&apos;ont pas encore voté ({1}). Clore {2} quand même&#xa0;? Personne ne pourra plus y voter une fois clos, sauf si vous le rouvrez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) (has|have) problems and (is|are) not recorded. Close the round anyway? (It|They) will be lost.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n ligne a des problèmes et n&apos;est pas enregistrée. Clore le tour quand même&#xa0;? Elle sera perdue.</numerusform>
            <numerusform>%n lignes ont des problèmes et ne sont pas enregistrées. Clore le tour quand même&#xa0;? Elles seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Clore le tour</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Import ballots…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Importer des bulletins…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Nouveau tour…</translation>
    </message>
    <message>
        <source>&amp;Paper ballots (PDF)…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Bulletins &amp;papier (PDF)…</translation>
    </message>
    <message>
        <source>(The show of hands is counted, but it does not say who raised a hand.)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>(Le vote à main levée est compté, mais il ne dit pas qui a levé la main.)</translation>
    </message>
    <message>
        <source>Add candidate priorities on the Priorities tab first.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Ajoutez d&apos;abord des priorités candidates dans l&apos;onglet Priorités.</translation>
    </message>
    <message>
        <source>Ballot {0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Bulletin {0} sur {1}</translation>
    </message>
    <message>
        <source>Ballots</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Delete ballot…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Supprimer le bulletin…</translation>
    </message>
    <message>
        <source>Delete the ballot of {0}? They can then vote again.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Supprimer le bulletin de {0}&#xa0;? Cette personne pourra alors voter à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} with its %n ballot(s)? This cannot be undone.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>Supprimer {0} avec son %n bulletin&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer {0} avec ses %n bulletins&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Tour &amp;suivant…</translation>
    </message>
    <message>
        <source>No vote round yet. Add the candidate priorities on the Priorities tab, then press New round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Pas encore de tour de vote. Ajoutez les priorités candidates dans l&apos;onglet Priorités, puis appuyez sur Nouveau tour…</translation>
    </message>
    <message>
        <source>Not voted yet: {0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>N&apos;ont pas encore voté&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>Open vo&amp;ting to phones…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Ouvrir le vo&amp;te aux téléphones…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Bulletins papier</translation>
    </message>
    <message>
        <source>Paper ballots cancelled; nothing was written.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Bulletins papier annulés&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Paper ballots saved to {0} (round code {1}).</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Bulletins papier enregistrés dans {0} (code du tour {1}).</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Rouvrir {0}</translation>
    </message>
    <message>
        <source>Say why the round is reopened: it is kept in the audit log.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Dites pourquoi le tour est rouvert&#xa0;: c&apos;est gardé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Secret round: the sheets carry no name. How many blank ballots?</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Tour secret&#xa0;: les feuilles ne portent aucun nom. Combien de bulletins vierges&#xa0;?</translation>
    </message>
    <message>
        <source>Show of &amp;hands…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>À main &amp;levée…</translation>
    </message>
    <message>
        <source>Show of hands recorded: {0} in all.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Vote à main levée enregistré&#xa0;: {0} au total.</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Démarrer le &amp;kiosque…</translation>
    </message>
    <message>
        <source>Why reopen it? (kept in the audit log, e.g. a late paper ballot)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Pourquoi le rouvrir&#xa0;? (gardé dans le journal d&apos;audit, p. ex. un bulletin papier arrivé en retard)</translation>
    </message>
    <message>
        <source>Writing the paper ballots…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Écriture des bulletins papier…</translation>
    </message>
    <message numerus="yes">
        <source>and %n phone code(s) not used yet</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>et %n code téléphone pas encore utilisé</numerusform>
            <numerusform>et %n codes téléphone pas encore utilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} closed: its results are on the Results tab.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} clos&#xa0;: ses résultats sont dans l&apos;onglet Résultats.</translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} supprimé.</translation>
    </message>
    <message>
        <source>{0} opened.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} ouvert.</translation>
    </message>
    <message>
        <source>{0} opened: {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} ouvert&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} rouvert.</translation>
    </message>
    <message>
        <source>{0} was closed: voting by phone has stopped.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} a été clos&#xa0;: le vote par téléphone est arrêté.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Open an existing file…</source>
        <extracomment>welcome.py</extracomment>
        <translation>&amp;Ouvrir un fichier existant…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;</source>
        <extracomment>welcome.py</extracomment>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A Caribbean cocoa and spice cluster after a workshop</source>
        <extracomment>welcome.py</extracomment>
        <translation>Une grappe caribéenne du cacao et des épices après un atelier</translation>
    </message>
    <message>
        <source>Cluster workspaces (*.cluster);;All files (*)</source>
        <extracomment>welcome.py</extracomment>
        <translation>Espaces de travail de grappe (*.cluster);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Name of the cluster initiative:</source>
        <extracomment>welcome.py</extracomment>
        <translation>Nom de l&apos;initiative de grappe&#xa0;:</translation>
    </message>
    <message>
        <source>New cluster</source>
        <extracomment>welcome.py</extracomment>
        <translation>Nouvelle grappe</translation>
    </message>
    <message>
        <source>Open cluster workspace</source>
        <extracomment>welcome.py</extracomment>
        <translation>Ouvrir un espace de travail de grappe</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <extracomment>welcome.py</extracomment>
        <translation>Ouvrir l&apos;espace de travail de &amp;démonstration</translation>
    </message>
    <message>
        <source>Start a &amp;new cluster workspace…</source>
        <extracomment>welcome.py</extracomment>
        <translation>Commencer un &amp;nouvel espace de travail de grappe…</translation>
    </message>
    <message>
        <source>This app helps you run cluster workshops with no internet: explain what a cluster is, keep the member roster, run a SWOT with the room, agree on priorities through votes until there is consensus, and leave with an Excel workbook and a PDF report.

Everything you type is saved at once.</source>
        <extracomment>welcome.py</extracomment>
        <translation>Cette application vous aide à animer des ateliers de grappe sans internet&#xa0;: expliquer ce qu&apos;est une grappe, tenir la liste des membres, faire un SWOT avec la salle, s&apos;accorder sur des priorités par des votes jusqu&apos;au consensus, et repartir avec un classeur Excel et un rapport PDF.

Tout ce que vous tapez est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>Welcome to {0}</source>
        <extracomment>welcome.py</extracomment>
        <translation>Bienvenue dans {0}</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>Add SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Ajouter un élément SWOT</translation>
    </message>
    <message>
        <source>Add TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Ajouter une stratégie TOWS</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add attendees</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Ajouter des participants</translation>
    </message>
    <message>
        <source>Attribute SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Attribuer un élément SWOT</translation>
    </message>
    <message>
        <source>Change attendance role</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Changer le rôle de présence</translation>
    </message>
    <message>
        <source>Change representative</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Changer de représentant</translation>
    </message>
    <message>
        <source>Could not undo or redo “{0}”: {1}</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Delete SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Supprimer un élément SWOT</translation>
    </message>
    <message>
        <source>Delete SWOT items</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Supprimer des éléments SWOT</translation>
    </message>
    <message>
        <source>Delete TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Supprimer une stratégie TOWS</translation>
    </message>
    <message>
        <source>Delete priorities</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Supprimer des priorités</translation>
    </message>
    <message>
        <source>Delete priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Supprimer une priorité</translation>
    </message>
    <message>
        <source>Edit SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Modifier un élément SWOT</translation>
    </message>
    <message>
        <source>Edit TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Modifier une stratégie TOWS</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Modifier une priorité</translation>
    </message>
    <message>
        <source>Merge SWOT items</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Fusionner des éléments SWOT</translation>
    </message>
    <message>
        <source>Move SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Déplacer un élément SWOT</translation>
    </message>
    <message>
        <source>Move TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Déplacer une stratégie TOWS</translation>
    </message>
    <message>
        <source>Move priorities</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Déplacer des priorités</translation>
    </message>
    <message>
        <source>Move priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Déplacer une priorité</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Retirer un point</translation>
    </message>
    <message>
        <source>Remove attendees</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Retirer des participants</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsTab</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Animateur</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; language</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Langue des &amp;participants</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Celle de l&apos;application</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The language of what participants read: paper ballots, voter codes, phone pages, the kiosk, and the report and workbook made for this workshop.</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>La langue de ce que lisent les participants&#xa0;: bulletins papier, codes de vote, pages sur téléphone, borne, ainsi que le rapport et le classeur de cet atelier.</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Attendees</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Lieu</translation>
    </message>
    <message numerus="yes">
        <source>{0} + %n observer(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>{0} + %n observateur</numerusform>
            <numerusform>{0} + %n observateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Attendance</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Outputs</source>
        <extracomment>export_actions.py, workshop_view.py</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Priorities</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>TOWS</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Vote</translation>
    </message>
    <message numerus="yes">
        <source>{0} voting, %n observer(s)</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>
            <numerusform>{0} votants, %n observateur</numerusform>
            <numerusform>{0} votants, %n observateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>← All workshops</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>← Tous les ateliers</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message numerus="yes">
        <source>%n SWOT item(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n élément SWOT</numerusform>
            <numerusform>%n éléments SWOT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TOWS (strategy|strategies)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n stratégie TOWS</numerusform>
            <numerusform>%n stratégies TOWS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n enregistrement de présence</numerusform>
            <numerusform>%n enregistrements de présence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate (priority|priorities)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n priorité candidate</numerusform>
            <numerusform>%n priorités candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote round(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n tour de vote</numerusform>
            <numerusform>%n tours de vote</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Modifier les détails…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Delete the workshop “{0}”?</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Supprimer l&apos;atelier «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>No workshops yet. Click “New workshop…” to prepare the first one.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Pas encore d&apos;atelier. Cliquez sur «&#xa0;Nouvel atelier…&#xa0;» pour préparer le premier.</translation>
    </message>
    <message>
        <source>Search workshops…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Chercher des ateliers…</translation>
    </message>
    <message>
        <source>This also deletes: {0}.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Ceci supprime aussi&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Workshop created.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Atelier créé.</translation>
    </message>
    <message>
        <source>Workshop deleted.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Atelier supprimé.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Ateliers</translation>
    </message>
</context>
<context>
    <name>action_plan</name>
    <message>
        <source>Done</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>On track</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Dans les temps</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Établissement d&apos;enseignement / de formation</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <source>Domestic</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Nationale</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Bailleur de fonds / organisation internationale</translation>
    </message>
    <message>
        <source>Dutch</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Agence de développement économique / ONG</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Institution financière</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Foreign</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Étrangère</translation>
    </message>
    <message>
        <source>French</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Créole haïtien</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Inputs</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Intrants</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Agence de promotion des investissements / des exportations</translation>
    </message>
    <message>
        <source>Joint</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Large</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Logistics</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Marketing / retail</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Commercialisation / vente au détail</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Micro</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Processing</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Production</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Production</translation>
    </message>
    <message>
        <source>Prospective</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organisme de normalisation</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organisme de réglementation</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Institut de recherche / d&apos;essais</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Association sectorielle / chambre</translation>
    </message>
    <message>
        <source>Small</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Spanish</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Support services</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Services d&apos;appui</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>10 or more active members</source>
        <extracomment>health.py</extracomment>
        <translation>10 membres actifs ou plus</translation>
    </message>
    <message>
        <source>A dedicated facilitator and a budget funded by members</source>
        <extracomment>health.py</extracomment>
        <translation>Un animateur dédié et un budget financé par les membres</translation>
    </message>
    <message>
        <source>Actions on track</source>
        <extracomment>action_plan.py</extracomment>
        <translation>Actions dans les temps</translation>
    </message>
    <message>
        <source>Active members</source>
        <extracomment>health.py</extracomment>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>An initiative that follows up its action plan against indicators keeps its members&apos; trust; late actions nobody reviews are how priorities are quietly dropped.</source>
        <extracomment>action_plan.py</extracomment>
        <translation>Une initiative qui suit son plan d&apos;action à l&apos;aide d&apos;indicateurs garde la confiance de ses membres&#xa0;; des actions en retard que personne ne revoit, c&apos;est ainsi que des priorités sont abandonnées en silence.</translation>
    </message>
    <message>
        <source>Cluster Initiative Greenbook</source>
        <extracomment>action_plan.py, health.py</extracomment>
        <translation>Cluster Initiative Greenbook</translation>
    </message>
    <message>
        <source>Companies remain the decision makers</source>
        <extracomment>health.py</extracomment>
        <translation>Les entreprises restent les décideurs</translation>
    </message>
    <message>
        <source>Companies should remain the decision makers and most influential parties; a reference rule asks for at least half firms among the partners.</source>
        <extracomment>health.py</extracomment>
        <translation>Les entreprises doivent rester les décideurs et les parties les plus influentes&#xa0;; une règle de référence demande au moins la moitié d&apos;entreprises parmi les partenaires.</translation>
    </message>
    <message>
        <source>Consensus on the last vote</source>
        <extracomment>health.py</extracomment>
        <translation>Consensus au dernier vote</translation>
    </message>
    <message>
        <source>Consensus on top priorities, based on a SWOT analysis</source>
        <extracomment>health.py</extracomment>
        <translation>Consensus sur les priorités principales, fondé sur une analyse SWOT</translation>
    </message>
    <message>
        <source>European cluster platform criterion</source>
        <extracomment>health.py</extracomment>
        <translation>Critère d&apos;une plateforme européenne des grappes</translation>
    </message>
    <message>
        <source>Facilitator credibility and consensus</source>
        <extracomment>health.py</extracomment>
        <translation>Crédibilité de l&apos;animateur et consensus</translation>
    </message>
    <message>
        <source>Firms plus support organisations (training, research, standards, finance, government) make a cluster rather than a club; a European cluster platform asks for at least 2 member types.</source>
        <extracomment>health.py</extracomment>
        <translation>Des entreprises plus des organisations d&apos;appui (formation, recherche, normes, finance, pouvoirs publics) font une grappe plutôt qu&apos;un club&#xa0;; une plateforme européenne des grappes demande au moins 2 types de membres.</translation>
    </message>
    <message>
        <source>Initiated and funded by government, industry or both</source>
        <extracomment>health.py</extracomment>
        <translation>Lancée et financée par les pouvoirs publics, l&apos;industrie ou les deux</translation>
    </message>
    <message>
        <source>Initiatives limited to domestic companies do worse: foreign-owned firms and partners across the border bring markets, skills and investment.</source>
        <extracomment>health.py</extracomment>
        <translation>Les initiatives limitées aux entreprises nationales réussissent moins bien&#xa0;: les entreprises à capitaux étrangers et les partenaires de l&apos;autre côté de la frontière apportent des marchés, des compétences et des investissements.</translation>
    </message>
    <message>
        <source>Initiatives that agree on their top priorities, based on a SWOT, do better; failure is often linked to a lack of consensus.</source>
        <extracomment>health.py</extracomment>
        <translation>Les initiatives qui s&apos;accordent sur leurs priorités principales, à partir d&apos;un SWOT, réussissent mieux&#xa0;; l&apos;échec est souvent lié à un manque de consensus.</translation>
    </message>
    <message>
        <source>Member types</source>
        <extracomment>health.py</extracomment>
        <translation>Types de membres</translation>
    </message>
    <message>
        <source>Members build a shared view of why and how they work together by meeting: an initiative with no workshop for a year is losing its momentum.</source>
        <extracomment>health.py</extracomment>
        <translation>Les membres se forgent une vision commune de pourquoi et comment ils travaillent ensemble en se réunissant&#xa0;: une initiative sans atelier depuis un an perd son élan.</translation>
    </message>
    <message>
        <source>Members self-selected, not picked by government</source>
        <extracomment>health.py</extracomment>
        <translation>Membres venus d&apos;eux-mêmes, non désignés par les pouvoirs publics</translation>
    </message>
    <message>
        <source>Monitoring and evaluation with performance indicators</source>
        <extracomment>health.py</extracomment>
        <translation>Suivi et évaluation avec des indicateurs de performance</translation>
    </message>
    <message>
        <source>Nearly all initiatives in the Greenbook survey (95%) had at least 10 active members: below that, too few firms carry the work.</source>
        <extracomment>health.py</extracomment>
        <translation>Presque toutes les initiatives de l&apos;enquête du Greenbook (95%) avaient au moins 10 membres actifs&#xa0;: en dessous, trop peu d&apos;entreprises portent le travail.</translation>
    </message>
    <message>
        <source>Not limited to domestic companies</source>
        <extracomment>health.py</extracomment>
        <translation>Non limitée aux entreprises nationales</translation>
    </message>
    <message>
        <source>Open beyond domestic firms</source>
        <extracomment>health.py</extracomment>
        <translation>Ouverte au-delà des entreprises nationales</translation>
    </message>
    <message>
        <source>Selected through competition</source>
        <extracomment>health.py</extracomment>
        <translation>Sélectionnée par mise en concurrence</translation>
    </message>
    <message>
        <source>Share of firms</source>
        <extracomment>health.py</extracomment>
        <translation>Part des entreprises</translation>
    </message>
    <message>
        <source>Time spent building a shared framework</source>
        <extracomment>health.py</extracomment>
        <translation>Temps consacré à bâtir un cadre commun</translation>
    </message>
    <message>
        <source>Workshops in the last 12 months</source>
        <extracomment>health.py</extracomment>
        <translation>Ateliers au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>at least 1</source>
        <extracomment>health.py</extracomment>
        <translation>au moins 1</translation>
    </message>
    <message>
        <source>at least one foreign, joint-owned or cross-border member</source>
        <extracomment>health.py</extracomment>
        <translation>au moins un membre étranger, à capitaux mixtes ou d&apos;outre-frontière</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <extracomment>health.py</extracomment>
        <translation>au moins {minimum}</translation>
    </message>
    <message>
        <source>at least {minimum}%</source>
        <extracomment>health.py</extracomment>
        <translation>au moins {minimum}%</translation>
    </message>
    <message>
        <source>at least {minimum}% of open actions</source>
        <extracomment>action_plan.py</extracomment>
        <translation>au moins {minimum}% des actions en cours</translation>
    </message>
    <message>
        <source>consensus on an option, or W of at least {minimum}</source>
        <extracomment>health.py</extracomment>
        <translation>consensus sur une option, ou W d&apos;au moins {minimum}</translation>
    </message>
    <message>
        <source>no action plan yet</source>
        <extracomment>action_plan.py</extracomment>
        <translation>pas encore de plan d&apos;action</translation>
    </message>
    <message>
        <source>no active members yet</source>
        <extracomment>health.py</extracomment>
        <translation>pas encore de membres actifs</translation>
    </message>
    <message>
        <source>no closed vote round yet</source>
        <extracomment>health.py</extracomment>
        <translation>pas encore de tour de vote clos</translation>
    </message>
    <message>
        <source>no open action ({done} done)</source>
        <extracomment>action_plan.py</extracomment>
        <translation>aucune action en cours ({done} terminées)</translation>
    </message>
    <message>
        <source>no workshop in the last 12 months</source>
        <extracomment>health.py</extracomment>
        <translation>aucun atelier au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>only domestic members</source>
        <extracomment>health.py</extracomment>
        <translation>seulement des membres nationaux</translation>
    </message>
    <message>
        <source>ownership and country not recorded</source>
        <extracomment>health.py</extracomment>
        <translation>capital et pays non renseignés</translation>
    </message>
    <message>
        <source>{active} active of {members} members</source>
        <extracomment>health.py</extracomment>
        <translation>{active} actifs sur {members} membres</translation>
    </message>
    <message>
        <source>{count} held, the latest on {last}</source>
        <extracomment>health.py</extracomment>
        <translation>{count} tenus, le dernier le {last}</translation>
    </message>
    <message>
        <source>{foreign} foreign or joint owned, {abroad} based abroad</source>
        <extracomment>health.py</extracomment>
        <translation>{foreign} à capitaux étrangers ou mixtes, {abroad} basés à l&apos;étranger</translation>
    </message>
    <message>
        <source>{on_track} of {open} open actions on track ({late} late), {done} done</source>
        <extracomment>action_plan.py</extracomment>
        <translation>{on_track} sur {open} actions en cours dans les temps ({late} en retard), {done} terminées</translation>
    </message>
    <message>
        <source>{percent}% firms ({firms} of {active} active members)</source>
        <extracomment>health.py</extracomment>
        <translation>{percent}% d&apos;entreprises ({firms} sur {active} membres actifs)</translation>
    </message>
    <message>
        <source>{title}: Kendall&apos;s W = {w}</source>
        <extracomment>health.py</extracomment>
        <translation>{title}&#xa0;: W de Kendall = {w}</translation>
    </message>
    <message>
        <source>{title}: consensus on {count} option(s)</source>
        <extracomment>health.py</extracomment>
        <translation>{title}&#xa0;: consensus sur {count} option(s)</translation>
    </message>
    <message>
        <source>{title}: this method has no consensus figure</source>
        <extracomment>health.py</extracomment>
        <translation>{title}&#xa0;: cette méthode n&apos;a pas de mesure du consensus</translation>
    </message>
    <message>
        <source>{types} types among active members</source>
        <extracomment>health.py</extracomment>
        <translation>{types} types parmi les membres actifs</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Cluster expansion</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Expansion de la grappe</translation>
    </message>
    <message>
        <source>Commercial cooperation</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Coopération commerciale</translation>
    </message>
    <message>
        <source>Education and training</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Éducation et formation</translation>
    </message>
    <message>
        <source>Hub-and-spoke</source>
        <extracomment>preset_words.py</extracomment>
        <translation>En étoile (hub-and-spoke)</translation>
    </message>
    <message>
        <source>Innovation and technology</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Innovation et technologie</translation>
    </message>
    <message>
        <source>Marshallian</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Marshallien</translation>
    </message>
    <message>
        <source>Policy action</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Action sur les politiques publiques</translation>
    </message>
    <message>
        <source>Research and networking</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Recherche et mise en réseau</translation>
    </message>
    <message>
        <source>Survival</source>
        <extracomment>preset_words.py</extracomment>
        <translation>De survie</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Already in the roster as “{name}”: nothing to change.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Déjà dans la liste sous le nom «&#xa0;{name}&#xa0;»&#xa0;: rien à changer.</translation>
    </message>
    <message>
        <source>Already in the roster as “{name}”: skipped as a duplicate.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Déjà dans la liste sous le nom «&#xa0;{name}&#xa0;»&#xa0;: ignoré comme doublon.</translation>
    </message>
    <message>
        <source>Already in the roster as “{name}”: updated field by field ({fields} from the file).</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Déjà dans la liste sous le nom «&#xa0;{name}&#xa0;»&#xa0;: mis à jour champ par champ ({fields} du fichier).</translation>
    </message>
    <message>
        <source>Certifications</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Consentement au partage des données</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>member_form.py</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact person</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact role</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Employees</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Exit date</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exporter</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Exportateur</translation>
    </message>
    <message>
        <source>Governance role</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Rôle dans la gouvernance</translation>
    </message>
    <message>
        <source>Join date</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>Locality</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>member_form.py</extracomment>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Membership</source>
        <extracomment>member_form.py</extracomment>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>import_dialog.py, roster_model.py</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>No organisation name: the row cannot become a member.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Pas de nom d&apos;organisation&#xa0;: la ligne ne peut pas devenir un membre.</translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Ce n&apos;est pas un des choix.</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ownership</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Same organisation as row {other} (“{name}”): skipped as a duplicate (the first row counts).</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Même organisation que la ligne {other} («&#xa0;{name}&#xa0;»)&#xa0;: ignorée comme doublon (la première ligne compte).</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Sub-sector</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Sous-secteur</translation>
    </message>
    <message>
        <source>The exit date is before the join date.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>La date de sortie est antérieure à la date d&apos;adhésion.</translation>
    </message>
    <message>
        <source>The join date cannot be in the future.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>La date d&apos;adhésion ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Le nombre d&apos;employés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The organisation name is a formula ({text}); formulas are never run or imported. Type the name instead.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Le nom de l&apos;organisation est une formule ({text})&#xa0;; les formules ne sont jamais exécutées ni importées. Tapez plutôt le nom.</translation>
    </message>
    <message>
        <source>The organisation name is longer than {limit} characters.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Le nom de l&apos;organisation dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The organisation name is required.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Le nom de l&apos;organisation est obligatoire.</translation>
    </message>
    <message>
        <source>The vote weight must be between 0 and {limit}.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>La pondération de vote doit être comprise entre 0 et {limit}.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Ceci ne ressemble pas à une adresse de courriel (nom@exemple.org).</translation>
    </message>
    <message>
        <source>This row is not UTF-8 like the rest of the file; it was read as Windows-1252. Check its accented letters (names, places) in the preview.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Cette ligne n&apos;est pas en UTF-8 comme le reste du fichier&#xa0;; elle a été lue en Windows-1252. Vérifiez ses lettres accentuées (noms, lieux) dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Trop long&#xa0;: au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value-chain segment</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Maillon de la chaîne de valeur</translation>
    </message>
    <message>
        <source>Vote weight</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Pondération de vote</translation>
    </message>
    <message>
        <source>Women-led</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Dirigée par une femme</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>import_dialog.py, roster_model.py</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>a different value: the file&apos;s taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>une valeur différente&#xa0;: celle du fichier est prise</translation>
    </message>
    <message>
        <source>empty in the file: the roster&apos;s value kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>vide dans le fichier&#xa0;: la valeur de la liste est gardée</translation>
    </message>
    <message>
        <source>empty in the roster: the file&apos;s value taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>vide dans la liste&#xa0;: la valeur du fichier est prise</translation>
    </message>
    <message>
        <source>same letters, other case or spacing: the roster&apos;s kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>mêmes lettres, autre casse ou espacement&#xa0;: celle de la liste est gardée</translation>
    </message>
    <message>
        <source>same name with accents: the file&apos;s spelling taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>même nom avec accents&#xa0;: l&apos;orthographe du fichier est prise</translation>
    </message>
    <message>
        <source>same name without its accents: the roster&apos;s spelling kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>même nom sans ses accents&#xa0;: l&apos;orthographe de la liste est gardée</translation>
    </message>
    <message>
        <source>the file&apos;s notes added below the roster&apos;s</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>les notes du fichier sont ajoutées sous celles de la liste</translation>
    </message>
    <message>
        <source>{label} as written: {text}</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} tel qu&apos;écrit&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{label} is a formula ({text}); it was not run: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} est une formule ({text})&#xa0;; elle n&apos;a pas été exécutée&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} dépasse {limit} caractères&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} {text} is before the join date: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} {text} est antérieure à la date d&apos;adhésion&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} {text} is in the future: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} {text} est dans le futur&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” can be read day first or month first: read as {date} (day first, then month); the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» peut se lire jour d&apos;abord ou mois d&apos;abord&#xa0;: lu comme {date} (jour, puis mois)&#xa0;; le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a date: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a known member type: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est pas un type de membre connu&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a valid e-mail address: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est pas une adresse de courriel valide&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a valid number: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est pas un nombre valide&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not active, inactive or prospective: left as it was (active for a new member), the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est ni actif, ni inactif, ni potentiel&#xa0;: laissé tel quel (actif pour un nouveau membre), le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not one of the choices: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est pas un des choix&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not yes or no: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} «&#xa0;{text}&#xa0;» n&apos;est ni oui ni non&#xa0;: laissé vide, le texte est gardé dans les notes.</translation>
    </message>
    <message>
        <source>{n} already in the roster skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} déjà dans la liste ignorés</translation>
    </message>
    <message>
        <source>{n} duplicate row in the file skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} ligne en double dans le fichier ignorée</translation>
    </message>
    <message>
        <source>{n} duplicate rows in the file skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} lignes en double dans le fichier ignorées</translation>
    </message>
    <message>
        <source>{n} new</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} nouveaux</translation>
    </message>
    <message>
        <source>{n} row in error left out</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} ligne en erreur laissée de côté</translation>
    </message>
    <message>
        <source>{n} row left out by you</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} ligne laissée de côté par vous</translation>
    </message>
    <message>
        <source>{n} rows in error left out</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} lignes en erreur laissées de côté</translation>
    </message>
    <message>
        <source>{n} rows left out by you</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} lignes laissées de côté par vous</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} inchangés</translation>
    </message>
    <message>
        <source>{n} updated ({fields} field)</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} mis à jour ({fields} champ)</translation>
    </message>
    <message>
        <source>{n} updated ({fields} fields)</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} mis à jour ({fields} champs)</translation>
    </message>
</context>
<context>
    <name>voting_words</name>
    <message>
        <source>agreement cannot be measured: {reason}</source>
        <extracomment>voting_words.py</extracomment>
        <translation>l&apos;accord ne peut pas être mesuré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>agreement not measurable</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord non mesurable</translation>
    </message>
    <message>
        <source>agreement on the top option: {value} (Tastle-Wierman: 0 = split, 1 = unanimous)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord sur l&apos;option en tête&#xa0;: {value} (Tastle-Wierman&#xa0;: 0 = partagé, 1 = unanime)</translation>
    </message>
    <message>
        <source>close agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord étroit</translation>
    </message>
    <message>
        <source>consensus on {reached} of {n} options (no block, at least {threshold} % support)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>consensus sur {reached} des {n} options (aucun blocage, au moins {threshold}&#xa0;% de soutien)</translation>
    </message>
    <message>
        <source>could be chance (p = {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>pourrait être dû au hasard (p = {p})</translation>
    </message>
    <message>
        <source>divided</source>
        <extracomment>voting_words.py</extracomment>
        <translation>divisé</translation>
    </message>
    <message>
        <source>fair agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord correct</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord modéré</translation>
    </message>
    <message>
        <source>no ballots yet</source>
        <extracomment>voting_words.py</extracomment>
        <translation>pas encore de bulletin</translation>
    </message>
    <message>
        <source>no consensus yet on any of the {n} options (needs no block and at least {threshold} % support)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>pas encore de consensus sur l&apos;une des {n} options (il faut zéro blocage et au moins {threshold}&#xa0;% de soutien)</translation>
    </message>
    <message>
        <source>not measurable</source>
        <extracomment>voting_words.py</extracomment>
        <translation>non mesurable</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord fort</translation>
    </message>
    <message>
        <source>strongly divided</source>
        <extracomment>voting_words.py</extracomment>
        <translation>très divisé</translation>
    </message>
    <message>
        <source>the top option has the support of {share} % of voters</source>
        <extracomment>voting_words.py</extracomment>
        <translation>l&apos;option en tête a le soutien de {share}&#xa0;% des votants</translation>
    </message>
    <message>
        <source>too few ballots</source>
        <extracomment>voting_words.py</extracomment>
        <translation>trop peu de bulletins</translation>
    </message>
    <message>
        <source>unlikely to be chance (p = {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>peu probablement dû au hasard (p = {p})</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord très fort</translation>
    </message>
    <message>
        <source>very unlikely to be chance (p &lt; {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>très peu probablement dû au hasard (p &lt; {p})</translation>
    </message>
    <message>
        <source>very weak agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord très faible</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>accord faible</translation>
    </message>
</context>
</TS>
