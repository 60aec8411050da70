<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Action plan</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Add action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Actie {0} toevoegen</translation>
    </message>
    <message>
        <source>Adopt {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>{0} vaststellen</translation>
    </message>
    <message>
        <source>Adopt {0} priorities</source>
        <extracomment>action_commands.py</extracomment>
        <translation>{0} prioriteiten vaststellen</translation>
    </message>
    <message>
        <source>Change the statement of {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>De besluittekst van {0} wijzigen</translation>
    </message>
    <message>
        <source>Delete action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Actie {0} verwijderen</translation>
    </message>
    <message>
        <source>Edit action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Actie {0} bewerken</translation>
    </message>
    <message>
        <source>Take back the decision on {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Het besluit over {0} intrekken</translation>
    </message>
    <message>
        <source>Update {0} action(s)</source>
        <extracomment>action_commands.py</extracomment>
        <translation>{0} actie(s) bijwerken</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>&amp;Action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;Budget estimate</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Geraamd budget</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Uiterste datum</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>(nog geen verantwoordelijke)</translation>
    </message>
    <message>
        <source>Edit action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Find a member</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Een lid zoeken</translation>
    </message>
    <message>
        <source>New action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>No due date</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Geen uiterste datum</translation>
    </message>
    <message>
        <source>No partner chosen.</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Geen partner gekozen.</translation>
    </message>
    <message>
        <source>No start date</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Geen begindatum</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Pa&amp;rtners</translation>
    </message>
    <message>
        <source>Partners: {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Partners: {0}</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>What will be done, e.g. Train 40 growers</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Wat er gedaan wordt, bijv. 40 telers opleiden</translation>
    </message>
    <message>
        <source>e.g. 12,500</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>bijv. 12.500</translation>
    </message>
    <message>
        <source>e.g. XCD</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>bijv. SRD</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message numerus="yes">
        <source>%n action(s): {0} open, {1} late or overdue, {2} done.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>
            <numerusform>%n actie: open: {0}, achter op schema of over de datum: {1}, afgerond: {2}.</numerusform>
            <numerusform>%n acties: open: {0}, achter op schema of over de datum: {1}, afgerond: {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>
            <numerusform>%n besluit</numerusform>
            <numerusform>%n besluiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Indicatoren…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Nieuwe actie…</translation>
    </message>
    <message>
        <source>&amp;Review open actions…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Open acties &amp;nalopen…</translation>
    </message>
    <message>
        <source>&amp;Take back…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Action added.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Actie toegevoegd.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Actie opgeslagen.</translation>
    </message>
    <message>
        <source>Add an action to an adopted priority (Ctrl+N)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Een actie toevoegen aan een vastgestelde prioriteit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Adopt a priority first (Results tab of a closed round), then plan its actions.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Stel eerst een prioriteit vast (tabblad Resultaten van een gesloten ronde) en plan daarna de acties.</translation>
    </message>
    <message>
        <source>All leads</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Alle verantwoordelijken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All workshops</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Alle workshops</translation>
    </message>
    <message>
        <source>Decision on “{0}” taken back.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Besluit over “{0}” ingetrokken.</translation>
    </message>
    <message>
        <source>Decision statement</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Besluittekst</translation>
    </message>
    <message>
        <source>Decisions</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Delete action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De actie verwijderen</translation>
    </message>
    <message>
        <source>Delete the action “{0}”?</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De actie “{0}” verwijderen?</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De geselecteerde actie verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Deleted the action “{0}”.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De actie “{0}” is verwijderd.</translation>
    </message>
    <message>
        <source>Edit &amp;statement…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Besluit&amp;tekst bewerken…</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De actie bewerken</translation>
    </message>
    <message>
        <source>Edit the selected action (Enter)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De geselecteerde actie bewerken (Enter)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>I&amp;mport from workbook…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>I&amp;mporteren uit werkmap…</translation>
    </message>
    <message>
        <source>Import an indicator</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Een indicator importeren</translation>
    </message>
    <message>
        <source>Import the action plan</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Het actieplan importeren</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0} importeren</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Indicatoren van de actie</translation>
    </message>
    <message>
        <source>Its action plan goes with it: {0} action(s) and their indicators.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Het actieplan gaat mee: {0} actie(s) en hun indicatoren.</translation>
    </message>
    <message>
        <source>Its {0} indicator(s) go with it.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De {0} indicator(en) gaan mee.</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>New action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>No decision yet: adopt priorities on the Results tab of a closed vote round.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Nog geen besluit: stel prioriteiten vast op het tabblad Resultaten van een gesloten stemronde.</translation>
    </message>
    <message>
        <source>No open action to review.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Geen open actie om na te lopen.</translation>
    </message>
    <message>
        <source>Open (not done or dropped)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Open (niet afgerond of geschrapt)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Over de datum</translation>
    </message>
    <message>
        <source>Review open actions</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Open acties nalopen</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Showing {0} of {1}. </source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0} van {1} getoond. </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take back a decision</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Een besluit intrekken</translation>
    </message>
    <message>
        <source>Take back the Action plan and Indicators sheets of a workshop workbook (Export menu) that members filled in: every change is shown before anything is saved</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De bladen Actieplan en Indicatoren terughalen uit een workshopwerkmap (menu Exporteren) die de leden invulden: elke wijziging wordt getoond voordat er iets wordt opgeslagen</translation>
    </message>
    <message>
        <source>Take back the decision to adopt “{0}”?</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Het besluit om “{0}” vast te stellen intrekken?</translation>
    </message>
    <message>
        <source>The selected action&apos;s indicators (Ctrl+I)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De indicatoren van de geselecteerde actie (Ctrl+I)</translation>
    </message>
    <message>
        <source>Update the status of every open action in one table, as a workshop starts (Ctrl+R)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>De status van alle open acties in één tabel bijwerken, aan het begin van een workshop (Ctrl+R)</translation>
    </message>
    <message>
        <source>What the cluster decided and committed to, across workshops: adopt priorities on a closed round&apos;s Results tab, then plan their actions here and follow them up.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Wat het cluster besloot en toezegde, over alle workshops heen: stel prioriteiten vast op het tabblad Resultaten van een gesloten ronde, plan hier hun acties en volg ze op.</translation>
    </message>
    <message>
        <source>What the members decided about “{0}”:</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Wat de leden besloten over “{0}”:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Budget</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0} — over de datum</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, now {3} {4}{5}</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0}: {1} → {2}, nu {3} {4}{5}</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>&amp;Adopt</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>&amp;Vaststellen</translation>
    </message>
    <message>
        <source>(ties at the cut are all adopted)</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>(gelijke standen op de grens worden allemaal vastgesteld)</translation>
    </message>
    <message>
        <source>Adopt</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Adopt priorities</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Prioriteiten vaststellen</translation>
    </message>
    <message>
        <source>Adopt priorities — {0}</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Prioriteiten vaststellen — {0}</translation>
    </message>
    <message>
        <source>All that reached &amp;consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Alle die &amp;consensus bereikten</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Beats</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Verslaat</translation>
    </message>
    <message>
        <source>Decision &amp;statement (what the members decided)</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>&amp;Besluittekst (wat de leden besloten)</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>How many of the top priorities</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Hoeveel van de hoogste prioriteiten</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Steun</translation>
    </message>
    <message>
        <source>The members adopt these {0} priorities as the cluster&apos;s priorities.</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>De leden stellen deze {0} prioriteiten vast als prioriteiten van het cluster.</translation>
    </message>
    <message>
        <source>The members adopt “{0}” as a priority of the cluster.</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>De leden stellen “{0}” vast als prioriteit van het cluster.</translation>
    </message>
    <message>
        <source>The priorities &amp;ticked below</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>De hieronder &amp;aangevinkte prioriteiten</translation>
    </message>
    <message>
        <source>The t&amp;op</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>De &amp;bovenste</translation>
    </message>
    <message>
        <source>This round&apos;s method does not say which priorities reached consensus (gradients of agreement does).</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>De methode van deze ronde zegt niet welke prioriteiten consensus bereikten (gradaties van instemming doen dat wel).</translation>
    </message>
    <message>
        <source>Votes</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Wins-losses</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Winst-verlies</translation>
    </message>
    <message>
        <source>adopted already</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>al vastgesteld</translation>
    </message>
    <message>
        <source>consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>consensus</translation>
    </message>
    <message>
        <source>no consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>geen consensus</translation>
    </message>
</context>
<context>
    <name>AnonymityChoice</name>
    <message>
        <source>Anonymity (locked at the first ballot)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Anonimiteit (vast vanaf het eerste stembiljet)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Representative</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Stemgerechtigd lid</translation>
    </message>
    <message>
        <source>{0}: observer, present but never offered a ballot</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}: waarnemer, aanwezig maar krijgt nooit een stembiljet</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>&amp;New member arriving…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>&amp;Nieuw lid komt binnen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>(type not set)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>(type niet ingesteld)</translation>
    </message>
    <message>
        <source>1 inactive member is hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 inactief lid is verborgen —</translation>
    </message>
    <message>
        <source>1 member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 lid</translation>
    </message>
    <message>
        <source>1 member who is not active is hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 lid dat niet actief is, is verborgen —</translation>
    </message>
    <message>
        <source>1 member who is not active is shown</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 lid dat niet actief is, wordt getoond</translation>
    </message>
    <message>
        <source>1 observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 waarnemer</translation>
    </message>
    <message>
        <source>1 voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 stemgerechtigd lid</translation>
    </message>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Onderwijs- / opleidingsinstelling</translation>
    </message>
    <message>
        <source>Add all &amp;active members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Alle &amp;actieve leden toevoegen</translation>
    </message>
    <message>
        <source>Add as &amp;observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Toevoegen als &amp;waarnemers</translation>
    </message>
    <message>
        <source>Add as &amp;voting members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Toevoegen als &amp;stemgerechtigde leden</translation>
    </message>
    <message>
        <source>Already checked in: {0}</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Al aangemeld: {0}</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Gemeenschapsorganisatie</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Donor / internationale organisatie</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agentschap voor economische ontwikkeling / ngo</translation>
    </message>
    <message>
        <source>Everyone chosen is already checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Iedereen die gekozen is, is al aangemeld</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Financiële instelling</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Hide them</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agentschap voor investerings- / exportbevordering</translation>
    </message>
    <message>
        <source>Make observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tot waarnemer maken</translation>
    </message>
    <message>
        <source>Make voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tot stemgerechtigd lid maken</translation>
    </message>
    <message>
        <source>Member type</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Soort lid</translation>
    </message>
    <message>
        <source>New member arriving</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Nieuw lid komt binnen</translation>
    </message>
    <message>
        <source>New member arriving…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Nieuw lid komt binnen…</translation>
    </message>
    <message>
        <source>No active member matches “{0}”; {1} is not active (Show them, above the list)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Geen actief lid komt overeen met “{0}”; {1} is niet actief (Tonen, boven de lijst)</translation>
    </message>
    <message>
        <source>No active member matches “{0}”; {1} members who are not active do (Show them, above the list)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Geen actief lid komt overeen met “{0}”; {1} leden die niet actief zijn wel (Tonen, boven de lijst)</translation>
    </message>
    <message>
        <source>No member matches “{0}”</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Geen lid komt overeen met “{0}”</translation>
    </message>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Waarnemers</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Instelling voor kwaliteitsnormen</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Onderzoeks- / testinstelling</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Roster</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ledenlijst</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Zoeken in de ledenlijst</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Brancheorganisatie / kamer</translation>
    </message>
    <message>
        <source>Show them</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Someone not on the roster yet: add them to the roster and tick them as present (Ctrl+N)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Iemand die nog niet op de ledenlijst staat: toevoegen aan de lijst en aanvinken als aanwezig (Ctrl+N)</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check a member in as a voting member, or pick members on the left (Ctrl+click for several) and add them; observers (a ministry officer, a journalist) are never offered a ballot. Double-click a role or representative to change it.</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Typ een naam en druk op Enter om een lid als stemgerechtigd lid aan te melden, of kies leden links (Ctrl+klik voor meerdere) en voeg ze toe; waarnemers (een ambtenaar van een ministerie, een journalist) krijgen nooit een stembiljet. Dubbelklik op een rol of vertegenwoordiger om die te wijzigen.</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check in…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Typ een naam en druk op Enter om aan te melden…</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Stemgerechtigd lid</translation>
    </message>
    <message>
        <source>{0} checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} aangemeld</translation>
    </message>
    <message>
        <source>{0} checked in as an observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} aangemeld als waarnemer</translation>
    </message>
    <message>
        <source>{0} checked in as observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} aangemeld als waarnemers</translation>
    </message>
    <message>
        <source>{0} inactive members are hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} inactieve leden zijn verborgen —</translation>
    </message>
    <message>
        <source>{0} is already checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} is al aangemeld</translation>
    </message>
    <message>
        <source>{0} members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} leden</translation>
    </message>
    <message>
        <source>{0} members match “{1}”: choose one (arrow keys, then Enter)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} leden komen overeen met “{1}”: kies er een (pijltjestoetsen, dan Enter)</translation>
    </message>
    <message>
        <source>{0} members who are not active (inactive or prospective) are hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} leden die niet actief zijn (inactief of prospect) zijn verborgen —</translation>
    </message>
    <message>
        <source>{0} members who are not active are shown</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} leden die niet actief zijn, worden getoond</translation>
    </message>
    <message>
        <source>{0} observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} waarnemers</translation>
    </message>
    <message>
        <source>{0} voting members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} stemgerechtigde leden</translation>
    </message>
</context>
<context>
    <name>AttributionDialog</name>
    <message>
        <source>Search members…</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Leden zoeken…</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Wie zei het?</translation>
    </message>
    <message>
        <source>present</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>aanwezig</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n (entry|entries), oldest first, in local time.</source>
        <extracomment>audit_view.py</extracomment>
        <translation>
            <numerusform>%n regel, oudste eerst, in lokale tijd.</numerusform>
            <numerusform>%n regels, oudste eerst, in lokale tijd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: {0}</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Auditlogboek: {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Ballot corrected</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Stembiljet gecorrigeerd</translation>
    </message>
    <message>
        <source>Ballot deleted</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Stembiljet verwijderd</translation>
    </message>
    <message>
        <source>Ballot recorded</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Stembiljet vastgelegd</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Round closed</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronde gesloten</translation>
    </message>
    <message>
        <source>Round deleted</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronde verwijderd</translation>
    </message>
    <message>
        <source>Round opened</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronde geopend</translation>
    </message>
    <message>
        <source>Round reopened</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronde heropend</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Instellingen van de ronde gewijzigd</translation>
    </message>
    <message>
        <source>Show-of-hands totals recorded</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Totalen bij handopsteking vastgelegd</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who / how</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Wie / hoe</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n option(s)</source>
        <extracomment>audit_view.py</extracomment>
        <translation>
            <numerusform>%n optie</numerusform>
            <numerusform>%n opties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <extracomment>operation.py</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>operation.py</extracomment>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message numerus="yes">
        <source>%n entered ballot(s) (is|are) not shown here: tick Show entered ballots to see or correct (it|them).</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>%n ingevoerd stembiljet wordt hier niet getoond: vink Ingevoerde stembiljetten tonen aan om het te zien of te corrigeren.</numerusform>
            <numerusform>%n ingevoerde stembiljetten worden hier niet getoond: vink Ingevoerde stembiljetten tonen aan om ze te zien of te corrigeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record this ballot</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Dit stembiljet &amp;vastleggen</translation>
    </message>
    <message>
        <source>(choose who handed it in)</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>(kies wie het inleverde)</translation>
    </message>
    <message>
        <source>Ballot of {0} saved.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Stembiljet van {0} opgeslagen.</translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Dit concept weggooien</translation>
    </message>
    <message>
        <source>Draft for {0} discarded.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Concept voor {0} weggegooid.</translation>
    </message>
    <message>
        <source>For a screen others can see: every other row shows — instead of its numbers (Ctrl+H in the grid). On by default in anonymous and secret rounds.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Voor een scherm dat anderen kunnen zien: alle andere rijen tonen — in plaats van hun getallen (Ctrl+H in het raster). Standaard aan in anonieme en geheime rondes.</translation>
    </message>
    <message>
        <source>Handed in by (puts them on the register; the ballot keeps no name):</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Ingeleverd door (komt op het register; het stembiljet bewaart geen naam):</translation>
    </message>
    <message>
        <source>It has problems: go to the row to see them.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Er zijn problemen: ga naar de rij om ze te zien.</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Volgend stembiljet</translation>
    </message>
    <message>
        <source>Off: ballots already recorded leave the grid, names and all, so a screen others can see shows only who is still to vote. Off by default in anonymous rounds. For the room, use the presenter view (F5): it never shows the grid.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Uit: al vastgelegde stembiljetten verdwijnen uit het raster, met naam en al, zodat een scherm dat anderen zien alleen toont wie nog moet stemmen. Standaard uit in anonieme rondes. Gebruik voor de zaal de presentatieweergave (F5): die toont het raster nooit.</translation>
    </message>
    <message>
        <source>Pri&amp;vacy: numbers only in the row being typed</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>&amp;Privacy: getallen alleen in de rij die getypt wordt</translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Privacymodus</translation>
    </message>
    <message>
        <source>Secret ballot recorded.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Geheim stembiljet vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Secret round: type one ballot paper at a time, and choose who handed it in (they go on the register, so nobody votes twice; the ballot keeps no name). %n ballot(s) recorded here since this round was opened on screen.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>Geheime ronde: typ één papieren stembiljet tegelijk en kies wie het inleverde (komt op het register, zodat niemand twee keer stemt; het stembiljet bewaart geen naam). %n stembiljet hier vastgelegd sinds deze ronde op het scherm werd geopend.</numerusform>
            <numerusform>Geheime ronde: typ één papieren stembiljet tegelijk en kies wie het inleverde (komt op het register, zodat niemand twee keer stemt; het stembiljet bewaart geen naam). %n stembiljetten hier vastgelegd sinds deze ronde op het scherm werd geopend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show entered &amp;ballots</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Ingevoerde stem&amp;biljetten tonen</translation>
    </message>
    <message>
        <source>The member has already voted another way: drop what was typed for them here.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Het lid heeft al op een andere manier gestemd: gooi weg wat hier voor hem is getypt.</translation>
    </message>
    <message>
        <source>This round is closed: reopen it to enter or correct ballots.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Deze ronde is gesloten: heropen ze om stembiljetten in te voeren of te corrigeren.</translation>
    </message>
    <message>
        <source>This secret round is closed. Secret ballots are never listed one by one: see the Results tab.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Deze geheime ronde is gesloten. Geheime stembiljetten worden nooit één voor één getoond: zie het tabblad Resultaten.</translation>
    </message>
    <message>
        <source>Type a number and press Tab or Enter to move on. A row is recorded when you finish it (Enter on its last option, or move to another row) and it has no problem. Tick Paper (Space, or Ctrl+P) for a paper ballot you type in.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Typ een getal en druk op Tab of Enter om verder te gaan. Een rij wordt vastgelegd als u haar afmaakt (Enter op de laatste optie, of naar een andere rij gaan) en ze geen probleem heeft. Vink Papier aan (spatie of Ctrl+P) voor een papieren stembiljet dat u overtypt.</translation>
    </message>
    <message>
        <source>{0}: being typed; finish the row to record it.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}: wordt getypt; maak de rij af om haar vast te leggen.</translation>
    </message>
    <message>
        <source>{0}: no problem so far; finish the row to record it.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}: tot nu toe geen probleem; maak de rij af om haar vast te leggen.</translation>
    </message>
    <message>
        <source>{0}: not recorded</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}: niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not recorded</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>… en nog %n rij niet vastgelegd</numerusform>
            <numerusform>… en nog %n rijen niet vastgelegd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotGridModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Already {0}: this draft will not be recorded</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Al {0}: dit concept wordt niet vastgelegd</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Dots used</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Stippen gebruikt</translation>
    </message>
    <message>
        <source>Given</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Not recorded: it has problems (privacy mode hides them; go to the row to see them).</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Niet vastgelegd: er zijn problemen (de privacymodus verbergt ze; ga naar de rij om ze te zien).</translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Ranked</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Gerangschikt</translation>
    </message>
    <message>
        <source>Rated</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voter</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>gewijzigd, niet opgeslagen</translation>
    </message>
    <message>
        <source>feasibility</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>haalbaarheid</translation>
    </message>
    <message>
        <source>grid</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>raster</translation>
    </message>
    <message>
        <source>impact</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>impact</translation>
    </message>
    <message>
        <source>import</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>import</translation>
    </message>
    <message>
        <source>kiosk</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>papier</translation>
    </message>
    <message>
        <source>show of hands</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>handopsteking</translation>
    </message>
    <message>
        <source>typing…</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>bezig met typen…</translation>
    </message>
    <message>
        <source>voted</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>gestemd</translation>
    </message>
    <message>
        <source>voted (entered at {0})</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>gestemd (ingevoerd om {0})</translation>
    </message>
    <message>
        <source>voted by phone</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>per telefoon gestemd</translation>
    </message>
    <message>
        <source>voted by phone at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>om {0} per telefoon gestemd</translation>
    </message>
    <message>
        <source>voted in a file imported at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>gestemd in een bestand dat om {0} is geïmporteerd</translation>
    </message>
    <message>
        <source>voted in an imported file</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>gestemd in een geïmporteerd bestand</translation>
    </message>
    <message>
        <source>voted on paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>op papier gestemd</translation>
    </message>
    <message>
        <source>voted on paper (typed in at {0})</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>op papier gestemd (overgetypt om {0})</translation>
    </message>
    <message>
        <source>voted on the kiosk</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>op de kiosk gestemd</translation>
    </message>
    <message>
        <source>voted on the kiosk at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>om {0} op de kiosk gestemd</translation>
    </message>
    <message>
        <source>{0}, entered by {1}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>{0}, ingevoerd door {1}</translation>
    </message>
    <message>
        <source>{0}: the member&apos;s own ballot, not changed here (delete it to let them vote again)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>{0}: het eigen stembiljet van het lid, hier niet te wijzigen (verwijder het om het lid opnieuw te laten stemmen)</translation>
    </message>
    <message>
        <source>⚠ not recorded</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>⚠ niet vastgelegd</translation>
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
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx or .csv): the first column names the voter, then one column per option headed by its name as printed on the ballot; each cell holds the number written on the sheet, blank when none. Nothing is imported unless every row is right.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Een spreadsheet (.xlsx of .csv): de eerste kolom noemt de stemmer, dan één kolom per optie met als kop de naam zoals die op het stembiljet staat; elke cel bevat het getal dat op het formulier staat, leeg als er geen is. Er wordt niets geïmporteerd zolang niet elke rij klopt.</translation>
    </message>
    <message>
        <source>Ballot matrix</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Stembiljettenmatrix</translation>
    </message>
    <message>
        <source>Ballots from another file</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Stembiljetten uit een ander bestand</translation>
    </message>
    <message>
        <source>Blank matrix saved to {0}.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Lege matrix opgeslagen in {0}.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import ballots: {0}</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Stembiljetten importeren: {0}</translation>
    </message>
    <message>
        <source>Import paper ballots</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Papieren stembiljetten importeren</translation>
    </message>
    <message>
        <source>No column for: {0} (left blank on every ballot).</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Geen kolom voor: {0} (leeg op elk stembiljet).</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Geen bestand gekozen.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) ready to import once you say who handed in the sheets without a name (below).</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n stembiljet klaar om te importeren zodra u aangeeft wie de formulieren zonder naam inleverde (hieronder).</numerusform>
            <numerusform>%n stembiljetten klaar om te importeren zodra u aangeeft wie de formulieren zonder naam inleverde (hieronder).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) ready to import.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n stembiljet klaar om te importeren.</numerusform>
            <numerusform>%n stembiljetten klaar om te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without any number (is|are) skipped.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n rij zonder enig getal wordt overgeslagen.</numerusform>
            <numerusform>%n rijen zonder enig getal worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n ballot(s)</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n stembiljet importeren</numerusform>
            <numerusform>%n stembiljetten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s) below. Fix the file and choose it again.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>Er kan niets geïmporteerd worden: %n probleem hieronder. Verbeter het bestand en kies het opnieuw.</numerusform>
            <numerusform>Er kan niets geïmporteerd worden: %n problemen hieronder. Verbeter het bestand en kies het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper ballots typed in</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Overgetypte papieren stembiljetten</translation>
    </message>
    <message>
        <source>Reading the file was cancelled; choose it again.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Het lezen van het bestand is geannuleerd; kies het opnieuw.</translation>
    </message>
    <message>
        <source>Record them as:</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Vastleggen als:</translation>
    </message>
    <message>
        <source>Save a &amp;blank matrix…</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Een &amp;lege matrix opslaan…</translation>
    </message>
    <message>
        <source>Save a blank matrix</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Een lege matrix opslaan</translation>
    </message>
    <message>
        <source>Secret round: leave the voter cell blank (the sheets carry no name); you will be asked who handed them in.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Geheime ronde: laat de cel van de stemmer leeg (de formulieren dragen geen naam); u wordt gevraagd wie ze inleverde.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Who handed in the sheet without a name? Tick that member: they go on the register as having voted, so that nobody votes twice. The ballot keeps no name.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Wie leverde het formulier zonder naam in? Vink dat lid aan: het komt op het register als gestemd, zodat niemand twee keer stemt. Het stembiljet bewaart geen naam.</translation>
    </message>
    <message>
        <source>Who handed in the {0} sheets without a name? Tick one member per sheet: they go on the register as having voted, so that nobody votes twice. Who handed in which sheet is not kept.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Wie leverde de {0} formulieren zonder naam in? Vink één lid per formulier aan: ze komen op het register als gestemd, zodat niemand twee keer stemt. Wie welk formulier inleverde, wordt niet bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} ticked. Only %n voting member(s) (has|have) not voted yet, fewer than the sheets without a name: check the file (a sheet counted twice?) before importing.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>{0} van {1} aangevinkt. Slechts %n stemgerechtigd lid heeft nog niet gestemd, minder dan er formulieren zonder naam zijn: controleer het bestand (een formulier dubbel geteld?) voor het importeren.</numerusform>
            <numerusform>{0} van {1} aangevinkt. Slechts %n stemgerechtigde leden hebben nog niet gestemd, minder dan er formulieren zonder naam zijn: controleer het bestand (een formulier dubbel geteld?) voor het importeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} ticked.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>{0} van {1} aangevinkt.</translation>
    </message>
    <message>
        <source>{0} of {1} ticked. Import stays off until exactly {1} are ticked: each ballot needs the member who handed it in, so that nobody votes twice.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>{0} van {1} aangevinkt. Importeren blijft uit tot er precies {1} aangevinkt zijn: elk stembiljet heeft het lid nodig dat het inleverde, zodat niemand twee keer stemt.</translation>
    </message>
</context>
<context>
    <name>BallotTableView</name>
    <message>
        <source>Clear the cell</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>De cel leegmaken</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Delete, Backspace</translation>
    </message>
    <message>
        <source>Next option (after the last: the row is recorded)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Volgende optie (na de laatste: de rij wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Paper ballot</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Papieren stembiljet</translation>
    </message>
    <message>
        <source>Paper ballot (in the Paper column)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Papieren stembiljet (in de kolom Papier)</translation>
    </message>
    <message>
        <source>Previous option</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Vorige optie</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Tab, Enter</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>One category per line:</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Eén categorie per regel:</translation>
    </message>
    <message>
        <source>Priority categories</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Prioriteitscategorieën</translation>
    </message>
    <message>
        <source>Restore the Greenbook objective areas</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>De doelgebieden van het Greenbook terugzetten</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copy details</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Show details</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Sorry: the app hit a problem it did not expect ({0}).
Everything you entered before this was saved. You can keep working.

The details were written to:
{1}</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Sorry: de app stuitte op een onverwacht probleem ({0}).
Alles wat u eerder invoerde, is opgeslagen. U kunt verder werken.

De details zijn geschreven naar:
{1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <extracomment>date_field.py</extracomment>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <extracomment>date_field.py</extracomment>
        <translation>De datum op een kalender kiezen</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <extracomment>date_field.py</extracomment>
        <translation>De datum op een kalender kiezen (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Type a date like {0}, or pick one on the calendar (Alt+Down). Leave it empty for none.</source>
        <extracomment>date_field.py</extracomment>
        <translation>Typ een datum zoals {0}, of kies er een op de kalender (Alt+Omlaag). Laat leeg als er geen is.</translation>
    </message>
    <message>
        <source>“{0}” is not a date: write it like {1}, or pick it on the calendar (leave it empty for none).</source>
        <extracomment>date_field.py</extracomment>
        <translation>“{0}” is geen datum: schrijf hem als {1}, of kies hem op de kalender (laat leeg als er geen is).</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Actions</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Adopted</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>How the vote placed it</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Plaats in de stemming</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Besluittekst</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;FAQ handout (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;FAQ-hand-out (PDF)…</translation>
    </message>
    <message>
        <source>A PDF report of the open workshop (or the latest one) for members and funders</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Een pdf-verslag van de open workshop (of de laatste) voor leden en financiers</translation>
    </message>
    <message>
        <source>An export is already running; wait for it to finish.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Er loopt al een export; wacht tot die klaar is.</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Cluster FAQ handout</source>
        <extracomment>export_actions.py</extracomment>
        <translation>FAQ-hand-out van het cluster</translation>
    </message>
    <message>
        <source>Every figure of the open workshop (or the latest one) in an Excel workbook</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Alle cijfers van de open workshop (of de laatste) in een Excel-werkmap</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Export the FAQ handout</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De FAQ-hand-out exporteren</translation>
    </message>
    <message>
        <source>Export the member roster</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De ledenlijst exporteren</translation>
    </message>
    <message>
        <source>Export the workshop report</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Het workshopverslag exporteren</translation>
    </message>
    <message>
        <source>Export the workshop workbook</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De workshopwerkmap exporteren</translation>
    </message>
    <message>
        <source>Member r&amp;oster…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;Ledenlijst…</translation>
    </message>
    <message>
        <source>Open the file</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Het bestand openen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Export voorbereiden…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Opgeslagen: {0}.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De export is mislukt.</translation>
    </message>
    <message>
        <source>Workshop &amp;report (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Workshop&amp;verslag (PDF)…</translation>
    </message>
    <message>
        <source>Workshop &amp;workbook (Excel)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Workshop&amp;werkmap (Excel)…</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <source>&amp;Search:</source>
        <extracomment>faq_page.py</extracomment>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>1 question matches</source>
        <extracomment>faq_page.py</extracomment>
        <translation>1 vraag komt overeen</translation>
    </message>
    <message>
        <source>A+</source>
        <extracomment>faq_page.py</extracomment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>A−</source>
        <extracomment>faq_page.py</extracomment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Cluster FAQ handout.pdf</source>
        <extracomment>faq_page.py</extracomment>
        <translation>FAQ van het cluster.pdf</translation>
    </message>
    <message>
        <source>Export FAQ handout</source>
        <extracomment>faq_page.py</extracomment>
        <translation>FAQ-hand-out exporteren</translation>
    </message>
    <message>
        <source>Export FAQ handout…</source>
        <extracomment>faq_page.py</extracomment>
        <translation>FAQ-hand-out exporteren…</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Schermvullend (F11)</translation>
    </message>
    <message>
        <source>Full screen: the answer alone</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Schermvullend: alleen het antwoord</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Larger text, for the projector ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Grotere tekst, voor de beamer ({key})</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Schermvullend verlaten</translation>
    </message>
    <message>
        <source>Put this answer on the presenter view, the window for the projector (F5 shows or hides it): it follows the question chosen here and its scrolling</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Dit antwoord in de presentatieweergave zetten, het venster voor de beamer (F5 toont of verbergt het): het volgt de vraag die hier gekozen is en het scrollen</translation>
    </message>
    <message>
        <source>The answer alone, full screen on this screen, in large type (F11; Esc to leave). With a projector as a second screen, use Show on projector.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Alleen het antwoord, schermvullend op dit scherm, in grote letters (F11; Esc om te verlaten). Met een beamer als tweede scherm gebruikt u Op de beamer tonen.</translation>
    </message>
    <message>
        <source>No question matches</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Geen vraag komt overeen</translation>
    </message>
    <message>
        <source>No question or answer contains “{query}”.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Geen vraag of antwoord bevat “{query}”.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Normale tekstgrootte</translation>
    </message>
    <message>
        <source>Open it</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Openen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Questions</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Save the whole FAQ as a PDF to print for members</source>
        <extracomment>faq_page.py</extracomment>
        <translation>De hele FAQ als pdf opslaan om voor de leden af te drukken</translation>
    </message>
    <message>
        <source>Saved the FAQ handout to {path}.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>FAQ-hand-out opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Search questions and answers ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Zoeken in vragen en antwoorden ({key})</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Zoeken in de FAQ</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Op de &amp;beamer tonen</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Smaller text ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Kleinere tekst ({key})</translation>
    </message>
    <message>
        <source>The FAQ is empty.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>De FAQ is leeg.</translation>
    </message>
    <message>
        <source>The handout could not be written because of an unexpected error. The details are in {log}.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>De hand-out kon niet worden geschreven door een onverwachte fout. De details staan in {log}.</translation>
    </message>
    <message>
        <source>{count} questions match</source>
        <extracomment>faq_page.py</extracomment>
        <translation>{count} vragen komen overeen</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Geen programma op deze computer opent {name}.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>De map openen</translation>
    </message>
    <message>
        <source>The file is saved here:
{path}</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Het bestand is hier opgeslagen:
{path}</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The file is {path}</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>De map kon ook niet worden geopend. Het bestand is {path}</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>Cancel</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Reading a file</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Een bestand lezen</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <extracomment>file_reader.py</extracomment>
        <translation>{0} lezen…</translation>
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
        <translation>Grotere tekst (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <extracomment>swot_style.py</extracomment>
        <translation>Kleinere tekst (Ctrl+−)</translation>
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
        <translation>Onthouding</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Eens, met een klein punt van onenigheid</translation>
    </message>
    <message>
        <source>Block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Blokkade</translation>
    </message>
    <message>
        <source>Count the hands at each gradient for each option. Gradients: {0}</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Tel de handen bij elke gradatie voor elke optie. Gradaties: {0}</translation>
    </message>
    <message>
        <source>Disagree but will not block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Oneens, maar blokkeer niet</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Meer discussie nodig</translation>
    </message>
    <message>
        <source>Record totals</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Totalen vastleggen</translation>
    </message>
    <message>
        <source>Show of hands: {0}</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Handopsteking: {0}</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Steun met voorbehoud</translation>
    </message>
    <message>
        <source>Totals are recorded as a show of hands, not as individual ballots.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Totalen worden vastgelegd als handopsteking, niet als afzonderlijke stembiljetten.</translation>
    </message>
    <message>
        <source>Type how many hands went up for each option.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Typ hoeveel handen er omhooggingen voor elke optie.</translation>
    </message>
    <message>
        <source>Type the dots each option received (count the flip chart).</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Typ de stippen die elke optie kreeg (tel ze op de flip-over).</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Volledige steun</translation>
    </message>
    <message>
        <source>{0} in all.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>{0} in totaal.</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>Abstain</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Onthouding</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Eens, met een klein punt van onenigheid</translation>
    </message>
    <message>
        <source>Block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Blokkade</translation>
    </message>
    <message>
        <source>Disagree but will not block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Oneens, maar blokkeer niet</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Hands</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Handen</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Meer discussie nodig</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Steun met voorbehoud</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Volledige steun</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Check</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Toets</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Gezondheid van het cluster</translation>
    </message>
    <message>
        <source>Factor {0}: {1}</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Factor {0}: {1}</translation>
    </message>
    <message>
        <source>Measured</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Measured on the roster against the success factors of the Cluster Initiative Greenbook.</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Gemeten op de ledenlijst aan de hand van de succesfactoren van het Cluster Initiative Greenbook.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Bezig met meten…</translation>
    </message>
    <message>
        <source>Open the page with these figures</source>
        <extracomment>health_panel.py</extracomment>
        <translation>De pagina met deze cijfers openen</translation>
    </message>
    <message>
        <source>Success factor</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Succesfactor</translation>
    </message>
    <message>
        <source>Threshold</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>not met</source>
        <extracomment>health_panel.py</extracomment>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>health_panel.py</extracomment>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>health_panel.py</extracomment>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Country</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>&amp;Maturity</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Volwassenheid</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>home_page.py</extracomment>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>Cluster &amp;type</source>
        <extracomment>home_page.py</extracomment>
        <translation>Cluster&amp;type</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <extracomment>home_page.py</extracomment>
        <translation>Gezondheid van het cluster</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <extracomment>home_page.py</extracomment>
        <translation>Clusterprofiel</translation>
    </message>
    <message>
        <source>Emerging</source>
        <extracomment>home_page.py</extracomment>
        <translation>Opkomend</translation>
    </message>
    <message>
        <source>Established</source>
        <extracomment>home_page.py</extracomment>
        <translation>Gevestigd</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <extracomment>home_page.py</extracomment>
        <translation>Bezig met meten…</translation>
    </message>
    <message>
        <source>Potential</source>
        <extracomment>home_page.py</extracomment>
        <translation>Potentieel</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <extracomment>home_page.py</extracomment>
        <translation>Profiel opgeslagen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>home_page.py</extracomment>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <extracomment>home_page.py</extracomment>
        <translation>Naamloos cluster</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Changes to members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Wijzigingen in leden</translation>
    </message>
    <message>
        <source>&amp;Changes to members ({0})</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Wijzigingen in leden ({0})</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Import: add 1 member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importeren: 1 lid toevoegen</translation>
    </message>
    <message>
        <source>&amp;Import: add {0} members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importeren: {0} leden toevoegen</translation>
    </message>
    <message>
        <source>&amp;Import: add {0}, update {1}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importeren: {0} toevoegen, {1} bijwerken</translation>
    </message>
    <message>
        <source>&amp;Import: update 1 member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importeren: 1 lid bijwerken</translation>
    </message>
    <message>
        <source>&amp;Import: update {0} members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importeren: {0} leden bijwerken</translation>
    </message>
    <message>
        <source>&amp;Keep every roster value</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Alle waarden van de lijst &amp;behouden</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Rijen</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>&amp;Take every value from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Alle waarden uit het bestand &amp;nemen</translation>
    </message>
    <message>
        <source>&amp;Update them, field by field</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Bijwerken, veld voor veld</translation>
    </message>
    <message>
        <source>(1 warning)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>(1 waarschuwing)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>({0} warnings)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>({0} waarschuwingen)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Changes to members already in the roster</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Wijzigingen in leden die al op de lijst staan</translation>
    </message>
    <message>
        <source>Choose the column that holds the organisation name: without it no row can be imported.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Kies de kolom met de naam van de organisatie: zonder die kolom kan geen enkele rij worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Column {0} imports into</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Kolom {0} wordt geïmporteerd in</translation>
    </message>
    <message>
        <source>Dates written like 12/05/2022:</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Datums geschreven als 12/05/2022:</translation>
    </message>
    <message>
        <source>Day first: 12/05/2022 is 12 May</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Dag eerst: 12/05/2022 is 12 mei</translation>
    </message>
    <message>
        <source>Do not import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <source>Error: left out</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Fout: weggelaten</translation>
    </message>
    <message>
        <source>Examples</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>For each member already in the roster, the fields the file would change. Ticked: the file&apos;s value is taken; not ticked: the roster&apos;s value stays. Suggested: an accented spelling is kept over the same name without accents, an empty cell never erases a value, the file&apos;s notes are added below the roster&apos;s (never replacing them). Tick or untick a member to choose for all its fields.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Voor elk lid dat al op de lijst staat, de velden die het bestand zou wijzigen. Aangevinkt: de waarde uit het bestand wordt genomen; niet aangevinkt: de waarde van de lijst blijft. Voorgesteld: een spelling met accenten blijft boven dezelfde naam zonder accenten, een lege cel wist nooit een waarde, de notities uit het bestand komen onder die van de lijst (ze vervangen ze nooit). Vink een lid aan of uit om voor al zijn velden te kiezen.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import members from {0}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Leden importeren uit {0}</translation>
    </message>
    <message>
        <source>Imports into</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Wordt geïmporteerd in</translation>
    </message>
    <message>
        <source>In the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>In the roster now</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Nu op de lijst</translation>
    </message>
    <message>
        <source>In the roster: nothing changes</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Op de lijst: er verandert niets</translation>
    </message>
    <message>
        <source>Left out</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>Member and field</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Lid en veld</translation>
    </message>
    <message>
        <source>Members already in the roster:</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Leden die al op de lijst staan:</translation>
    </message>
    <message>
        <source>Month first: 12/05/2022 is 5 December</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Maand eerst: 12/05/2022 is 5 december</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>No row of column titles was recognised in {0}. Choose below what each column holds; the first row is read as titles.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Er is geen rij met kolomtitels herkend in {0}. Kies hieronder wat elke kolom bevat; de eerste rij wordt als titels gelezen.</translation>
    </message>
    <message>
        <source>Not ticked: the roster&apos;s value stays</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Niet aangevinkt: de waarde van de lijst blijft</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Rows in error cannot be imported as they are: they are left out. To fix one, double-click its organisation name and type the right one. Warnings import: the doubtful field is left empty and what the file said is kept in the member&apos;s notes. A row that repeats an earlier row of the file is skipped: the first one counts.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Rijen met een fout kunnen niet worden geïmporteerd zoals ze zijn: ze worden weggelaten. Om er een te verbeteren, dubbelklikt u op de naam van de organisatie en typt u de juiste. Waarschuwingen worden geïmporteerd: het twijfelachtige veld blijft leeg en wat het bestand zei, wordt in de notities van het lid bewaard. Een rij die een eerdere rij van het bestand herhaalt, wordt overgeslagen: de eerste telt.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Alleen rijen met problemen tonen</translation>
    </message>
    <message>
        <source>Skipped: already in the roster</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Overgeslagen: staat al op de lijst</translation>
    </message>
    <message>
        <source>Skipped: same as row {0}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Overgeslagen: gelijk aan rij {0}</translation>
    </message>
    <message>
        <source>Su&amp;ggested choices</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Voorgestelde keuzes</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Voorgesteld omdat</translation>
    </message>
    <message>
        <source>Ticked: the file&apos;s value is taken</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Aangevinkt: de waarde uit het bestand wordt genomen</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Updates “{0}” (1 field)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Werkt “{0}” bij (1 veld)</translation>
    </message>
    <message>
        <source>Updates “{0}” ({1} fields)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Werkt “{0}” bij ({1} velden)</translation>
    </message>
    <message>
        <source>What happens</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>Work it out (day first when unsure)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Zelf bepalen (dag eerst bij twijfel)</translation>
    </message>
    <message>
        <source>every value from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>alle waarden uit het bestand</translation>
    </message>
    <message>
        <source>nothing changes: every roster value stays</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>er verandert niets: alle waarden van de lijst blijven</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>uw keuze</translation>
    </message>
    <message>
        <source>{0} (row {1})</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>{0} (rij {1})</translation>
    </message>
    <message>
        <source>{0} of {1} values from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>{0} van {1} waarden uit het bestand</translation>
    </message>
    <message numerus="yes">
        <source>{0}: column titles found on row {1}, %n row(s) with data below them. Check what each column holds; columns set to “Do not import” are left out.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>
            <numerusform>{0}: kolomtitels gevonden op rij {1}, %n rij met gegevens eronder. Controleer wat elke kolom bevat; kolommen op “Niet importeren” worden weggelaten.</numerusform>
            <numerusform>{0}: kolomtitels gevonden op rij {1}, %n rijen met gegevens eronder. Controleer wat elke kolom bevat; kolommen op “Niet importeren” worden weggelaten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Actual</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Baseline</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Date measured</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Meetdatum</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Eenheid</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>&amp;Add</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Indicator {0} toevoegen</translation>
    </message>
    <message>
        <source>Delete indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Indicator {0} verwijderen</translation>
    </message>
    <message>
        <source>Edit indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Indicator {0} bewerken</translation>
    </message>
    <message>
        <source>How the action&apos;s result is measured: where it started (baseline), where it should get (target), where it is (actual), in which unit, from which source and when. Type in a cell to change it; Ctrl+Z undoes.</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Hoe het resultaat van de actie wordt gemeten: waar het begon (nulmeting), waar het moet uitkomen (doel), waar het staat (werkelijk), in welke eenheid, uit welke bron en wanneer. Typ in een cel om die te wijzigen; Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <source>Indicators — {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Indicatoren — {0}</translation>
    </message>
    <message>
        <source>New indicator, e.g. Growers trained</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Nieuwe indicator, bijv. Opgeleide telers</translation>
    </message>
</context>
<context>
    <name>KioskStartDialog</name>
    <message>
        <source>&amp;PIN</source>
        <extracomment>kiosk.py</extracomment>
        <translation>&amp;Pincode</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Pincode &amp;herhalen</translation>
    </message>
    <message>
        <source>Members will vote one after another on this laptop, full screen: each sees only their own ballot, never the results. To leave the kiosk, press Esc and type this PIN (at least {0} digits).</source>
        <extracomment>kiosk.py</extracomment>
        <translation>De leden stemmen na elkaar op deze laptop, schermvullend: ieder ziet alleen het eigen stembiljet, nooit de resultaten. Om de kiosk te verlaten, drukt u op Esc en typt u deze pincode (minstens {0} cijfers).</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Kiosk starten</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>De kiosk starten</translation>
    </message>
    <message>
        <source>The PIN must be at least {0} digits.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>De pincode moet minstens {0} cijfers hebben.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>De twee pincodes verschillen.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator PIN:</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Pincode van de facilitator:</translation>
    </message>
    <message>
        <source>Facilitator: Esc and the PIN to leave the kiosk.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Facilitator: Esc en de pincode om de kiosk te verlaten.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>De kiosk verlaten</translation>
    </message>
    <message>
        <source>Voting: {0}</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Stemming: {0}</translation>
    </message>
    <message>
        <source>Wrong PIN: the kiosk stays open.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Verkeerde pincode: de kiosk blijft open.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>main_window.py</extracomment>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;Version {1}&lt;/p&gt;&lt;p&gt;Run cluster workshops offline: the FAQ, the member roster, SWOT and TOWS, consensus voting, and the workbook and report to take home.&lt;/p&gt;</source>
        <extracomment>main_window.py</extracomment>
        <translation>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;Versie {1}&lt;/p&gt;&lt;p&gt;Clusterworkshops offline begeleiden: de FAQ, de ledenlijst, SWOT en TOWS, consensusstemmingen, en de werkmap en het verslag om mee naar huis te nemen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Over {0}</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>main_window.py</extracomment>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>main_window.py</extracomment>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Copy saved to {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Kopie opgeslagen in {0}</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>main_window.py</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>main_window.py</extracomment>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <extracomment>main_window.py</extracomment>
        <translation>Overal</translation>
    </message>
    <message>
        <source>FAQ</source>
        <extracomment>main_window.py</extracomment>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>main_window.py</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>main_window.py</extracomment>
        <translation>Leden</translation>
    </message>
    <message>
        <source>New cluster</source>
        <extracomment>main_window.py</extracomment>
        <translation>Nieuw cluster</translation>
    </message>
    <message>
        <source>New cluster workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Nieuwe clusterwerkruimte</translation>
    </message>
    <message>
        <source>No backup was made on opening</source>
        <extracomment>main_window.py</extracomment>
        <translation>Er is bij het openen geen back-up gemaakt</translation>
    </message>
    <message>
        <source>No secret round is open with ballots now: a backup was made.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Er is nu geen geheime ronde met stembiljetten open: er is een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open cluster workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Clusterwerkruimte openen</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Geopend: {0}</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Uw werkruimte wordt geopend…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <extracomment>main_window.py</extracomment>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Priorities</source>
        <extracomment>main_window.py</extracomment>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Replace {0} with the backup made {1}?

The current file is not deleted: it is kept beside it as {2}.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0} vervangen door de back-up van {1}?

Het huidige bestand wordt niet verwijderd: het blijft ernaast staan als {2}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>main_window.py</extracomment>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Restored the backup made {0}. The earlier file is kept as {1}.</source>
        <extracomment>main_window.py</extracomment>
        <translation>De back-up van {0} is teruggezet. Het vorige bestand is bewaard als {1}.</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>main_window.py</extracomment>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>main_window.py</extracomment>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Een &amp;kopie opslaan…</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Een kopie van de werkruimte opslaan</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>Still opening a workspace: open {0} with File &gt; Open once it is shown.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Er wordt nog een werkruimte geopend: open {0} met Bestand &gt; Openen zodra die te zien is.</translation>
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
        <translation>De app is opnieuw gestart om {0} te openen.

{1} sluiten en het hier openen?</translation>
    </message>
    <message>
        <source>There are no backups of {0} yet. One is made each time it is opened.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Er zijn nog geen back-ups van {0}. Er wordt er een gemaakt telkens als het wordt geopend.</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>main_window.py</extracomment>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Why?</source>
        <extracomment>main_window.py</extracomment>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>Workshop: {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Workshop: {0}</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>main_window.py</extracomment>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>{0}

{1} has {2} backup(s). Restore one now? The damaged file is kept beside it.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0}

{1} heeft {2} back-up(s). Er nu een terugzetten? Het beschadigde bestand blijft ernaast staan.</translation>
    </message>
    <message>
        <source>{0} is itself a backup (it is in the backups folder). Open the workspace it was made from and restore from there.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0} is zelf een back-up (het staat in de back-upmap). Open de werkruimte waarvan het gemaakt is en zet het van daaruit terug.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Revert</source>
        <extracomment>member_form.py</extracomment>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>member_form.py</extracomment>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>member_form.py</extracomment>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>member_form.py</extracomment>
        <translation>(niet ingesteld)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <extracomment>member_form.py</extracomment>
        <translation>
            <numerusform>%n probleem op te lossen voor het opslaan.</numerusform>
            <numerusform>%n problemen op te lossen voor het opslaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <extracomment>member_form.py</extracomment>
        <translation>De nog niet opgeslagen wijzigingen vergeten</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>New member: {0}</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nieuw lid: {0}</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Save member</source>
        <extracomment>member_form.py</extracomment>
        <translation>Lid opslaan</translation>
    </message>
    <message>
        <source>Save this member (Ctrl+S)</source>
        <extracomment>member_form.py</extracomment>
        <translation>Dit lid opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name to start.</source>
        <extracomment>member_form.py</extracomment>
        <translation>Typ de naam van de organisatie om te beginnen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>member_form.py</extracomment>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>New workshop</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>e.g. Priority-setting workshop</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>bijv. Workshop prioriteiten stellen</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>&amp;All the options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>&amp;Alle opties</translation>
    </message>
    <message>
        <source>1 block</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>1 blokkade</translation>
    </message>
    <message>
        <source>Apply the &amp;multi-voting rule (drop items with too few votes)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De regel van &amp;meervoudig stemmen toepassen (punten met te weinig stemmen laten vallen)</translation>
    </message>
    <message>
        <source>Carry over to the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Meenemen naar de nieuwe ronde</translation>
    </message>
    <message>
        <source>Chosen by hand: the options ticked go on.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Met de hand gekozen: de aangevinkte opties gaan door.</translation>
    </message>
    <message>
        <source>Consensus in “{0}”: {1}.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Consensus in “{0}”: {1}.</translation>
    </message>
    <message>
        <source>How many of the top options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Hoeveel van de hoogste opties</translation>
    </message>
    <message>
        <source>Method of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Methode van de nieuwe ronde</translation>
    </message>
    <message>
        <source>Next round from {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Volgende ronde op basis van {0}</translation>
    </message>
    <message>
        <source>Only after a gradients-of-agreement round with ballots.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Alleen na een ronde met gradaties van instemming met stembiljetten.</translation>
    </message>
    <message>
        <source>Options of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Opties van de nieuwe ronde</translation>
    </message>
    <message>
        <source>Options of {0}, best first (ticked: in the new round):</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Opties van {0}, beste eerst (aangevinkt: in de nieuwe ronde):</translation>
    </message>
    <message>
        <source>Round {0}: after multi-voting</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronde {0}: na meervoudig stemmen</translation>
    </message>
    <message>
        <source>Round {0}: all options again</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronde {0}: alle opties opnieuw</translation>
    </message>
    <message>
        <source>Round {0}: blocked options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronde {0}: geblokkeerde opties</translation>
    </message>
    <message>
        <source>Round {0}: options without consensus</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronde {0}: opties zonder consensus</translation>
    </message>
    <message>
        <source>Round {0}: top {1}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronde {0}: top {1}</translation>
    </message>
    <message>
        <source>Start round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronde starten</translation>
    </message>
    <message>
        <source>T&amp;itle of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>T&amp;itel van de nieuwe ronde</translation>
    </message>
    <message>
        <source>The &amp;blocked options, at least one 7 ({0} of {1})</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De &amp;geblokkeerde opties, minstens één 7 ({0} van {1})</translation>
    </message>
    <message>
        <source>The &amp;top</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De &amp;bovenste</translation>
    </message>
    <message>
        <source>The engine says: {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De rekenmodule zegt: {0}</translation>
    </message>
    <message>
        <source>The options &amp;without consensus ({0} of {1})</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De opties &amp;zonder consensus ({0} van {1})</translation>
    </message>
    <message>
        <source>The round has no valid ballots.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De ronde heeft geen geldige stembiljetten.</translation>
    </message>
    <message>
        <source>The rule counts votes: dots or approval rounds.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>De regel telt stemmen: rondes met stippen of goedkeuring.</translation>
    </message>
    <message>
        <source>Top k: the options ranked best in “{0}”, k as set above.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Top k: de opties die het best scoorden in “{0}”, met k zoals hierboven ingesteld.</translation>
    </message>
    <message>
        <source>at least {0} % at 1-3</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>minstens {0} % op 1-3</translation>
    </message>
    <message>
        <source>everyone at {0} or better</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>iedereen op {0} of beter</translation>
    </message>
    <message>
        <source>no block (7)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>geen blokkade (7)</translation>
    </message>
    <message>
        <source>options (ties at the cut stay)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>opties (gelijke standen op de grens blijven)</translation>
    </message>
    <message>
        <source>spread (IQR) at most {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>spreiding (IKA) hoogstens {0}</translation>
    </message>
    <message>
        <source>support {0} % ({1} % needed)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>steun {0} % ({1} % nodig)</translation>
    </message>
    <message>
        <source>{0} blocks</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} blokkades</translation>
    </message>
    <message>
        <source>{0} of {1} options ticked</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} van {1} opties aangevinkt</translation>
    </message>
    <message>
        <source>{0} — consensus (support {1} %)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} — consensus (steun {1} %)</translation>
    </message>
    <message>
        <source>{0} — no consensus: {1}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} — geen consensus: {1}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <extracomment>member_form.py</extracomment>
        <translation>De datum wissen</translation>
    </message>
    <message>
        <source>— not set —</source>
        <extracomment>member_form.py</extracomment>
        <translation>— niet ingesteld —</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>A copy is made each time a workspace is opened.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Er wordt een kopie gemaakt telkens als een werkruimte wordt geopend.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Goedkeuringsstemming</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Backups kept per workspace</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Bewaarde back-ups per werkruimte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Changes at once. A window open beside this one (the presenter view, the kiosk) may keep some texts until it is opened again.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Verandert meteen. Een venster dat naast dit venster open staat (de presentatieweergave, de kiosk) kan sommige teksten houden tot het opnieuw wordt geopend.</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>De map kiezen</translation>
    </message>
    <message>
        <source>Consensus: largest spread (IQR), 0 = no limit</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Consensus: grootste spreiding (IKA), 0 = geen grens</translation>
    </message>
    <message>
        <source>Consensus: support needed (%)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Consensus: benodigde steun (%)</translation>
    </message>
    <message>
        <source>Copeland (Condorcet)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Copeland (Condorcet)</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Default voting method</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Standaard stemmethode</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Stippenstemming</translation>
    </message>
    <message>
        <source>Enlarges the SWOT board, FAQ and results for the room.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Vergroot het SWOT-bord, de FAQ en de resultaten voor de zaal.</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Naam van de facilitator</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Gradaties van instemming</translation>
    </message>
    <message>
        <source>Gradients of agreement: share of members at 1-3 for consensus.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Gradaties van instemming: aandeel leden op 1-3 voor consensus.</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Instant-runoff (alternatieve stem)</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Leave empty to keep the backups in the app&apos;s own folder.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Laat leeg om de back-ups in de eigen map van de app te bewaren.</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Most dots per voter</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Maximaal aantal stippen per stemmer</translation>
    </message>
    <message>
        <source>Only the settings on this tab; the other tabs keep theirs</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Alleen de instellingen op dit tabblad; de andere tabbladen houden de hunne</translation>
    </message>
    <message>
        <source>Pre-fills the facilitator of new workshops and ballots you enter.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Vult de facilitator in bij nieuwe workshops en bij stembiljetten die u invoert.</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Programme database</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programmadatabase</translation>
    </message>
    <message>
        <source>Projector font scale (%)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Lettergrootte voor de beamer (%)</translation>
    </message>
    <message>
        <source>Put back the defaults of the {tab} tab? The settings on the other tabs stay as they are. Nothing is saved until you click OK or Apply.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>De standaardwaarden van het tabblad {tab} terugzetten? De instellingen op de andere tabbladen blijven zoals ze zijn. Er wordt niets opgeslagen tot u op OK of Toepassen klikt.</translation>
    </message>
    <message>
        <source>Ranking (Borda count)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Rangschikking (Borda-telling)</translation>
    </message>
    <message>
        <source>Restore this tab&apos;s defaults</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Standaardwaarden van dit tabblad terugzetten</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Score / rating</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Score / beoordeling</translation>
    </message>
    <message>
        <source>Take the password out of the programme database&apos;s address (keep postgresql://name@server/database). The settings file is plain text: the app asks for the password when the server wants one, and keeps it only while it runs or in the computer&apos;s keyring.</source>
        <extracomment>options.py</extracomment>
        <translation>Haal het wachtwoord uit het adres van de programmadatabase (houd postgresql://naam@server/database over). Het instellingenbestand is gewone tekst: de app vraagt het wachtwoord wanneer de server erom vraagt en bewaart het alleen zolang ze open is of in de wachtwoordkluis van de computer.</translation>
    </message>
    <message>
        <source>The default budget is about a third of the options, never above this.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Het standaardbudget is ongeveer een derde van de opties, nooit meer dan dit.</translation>
    </message>
    <message>
        <source>The programme database&apos;s address cannot be read. It looks like postgresql://name@server/database (ask the programme office for it).</source>
        <extracomment>options.py</extracomment>
        <translation>Het adres van de programmadatabase is onleesbaar. Het ziet eruit als postgresql://naam@server/database (vraag het aan het programmabureau).</translation>
    </message>
    <message>
        <source>The programme database&apos;s address looks like postgresql://name@server/database (ask the programme office for it).</source>
        <extracomment>options.py</extracomment>
        <translation>Het adres van de programmadatabase ziet eruit als postgresql://naam@server/database (vraag het aan het programmabureau).</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Where File &gt; Send to Programme Database sends this workspace, for example postgresql://maria@db.example.org/programme. No password here: the app asks for it when the server wants one.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Waar Bestand &gt; Naar programmadatabase verzenden deze werkruimte heen stuurt, bijvoorbeeld postgresql://maria@db.example.org/programma. Geen wachtwoord hier: de app vraagt het wanneer de server erom vraagt.</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <source>Export the FAQ handout (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De FAQ-hand-out exporteren (PDF)…</translation>
    </message>
    <message>
        <source>Export the member roster…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De ledenlijst exporteren…</translation>
    </message>
    <message>
        <source>Export the report (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Het verslag exporteren (PDF)…</translation>
    </message>
    <message>
        <source>Export the workbook (Excel)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>De werkmap exporteren (Excel)…</translation>
    </message>
    <message>
        <source>Exports are not available here.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exporteren is hier niet beschikbaar.</translation>
    </message>
    <message>
        <source>What to take home from this workshop. The workbook holds every figure, ballot and audit entry; the report is a PDF to send to members and the funder.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Wat u uit deze workshop meeneemt. De werkmap bevat alle cijfers, stembiljetten en auditregels; het verslag is een pdf om naar de leden en de financier te sturen.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source> dots</source>
        <extracomment>round_dialog.py</extracomment>
        <translation> stippen</translation>
    </message>
    <message>
        <source>Consensus also needs no block (7).</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Consensus vraagt ook geen enkele blokkade (7).</translation>
    </message>
    <message>
        <source>Dots per voter</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Stippen per stemmer</translation>
    </message>
    <message>
        <source>Largest spread (IQR)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Grootste spreiding (IKA)</translation>
    </message>
    <message>
        <source>Most dots on one option</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Maximaal aantal stippen op één optie</translation>
    </message>
    <message>
        <source>Rate impact and feasibility (gives the 2x2 matrix of quick wins)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Impact en haalbaarheid beoordelen (geeft de 2x2-matrix van quick wins)</translation>
    </message>
    <message>
        <source>Scale</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Support needed (share at 1-3)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Benodigde steun (aandeel op 1-3)</translation>
    </message>
    <message>
        <source>This method has no parameters.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Deze methode heeft geen parameters.</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>(no name given)</source>
        <extracomment>programme_send.py</extracomment>
        <translation>(geen naam opgegeven)</translation>
    </message>
    <message>
        <source>Database {database} on {server}, as {name}.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Database {database} op {server}, als {name}.</translation>
    </message>
    <message>
        <source>Keep it in this computer&apos;s keyring</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Bewaren in de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <source>Otherwise the app forgets it when it is closed.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Anders vergeet de app het zodra ze wordt gesloten.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Programme database password</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Wachtwoord van de programmadatabase</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>The app keeps it until it is closed, never in a file.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>De app bewaart het tot ze wordt gesloten, nooit in een bestand.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>(skipped) </source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>(overgeslagen) </translation>
    </message>
    <message>
        <source>Add the duplicates too</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Ook de dubbele toevoegen</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>{0} toevoegen</translation>
    </message>
    <message>
        <source>Category for all</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Categorie voor alle</translation>
    </message>
    <message>
        <source>One priority per line, e.g. typed up from a flip chart.
Blank lines are ignored; bullets and numbers are removed.</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Eén prioriteit per regel, bijv. overgetypt van een flip-over.
Lege regels worden genegeerd; opsommingstekens en nummers worden verwijderd.</translation>
    </message>
    <message>
        <source>Paste a list of priorities</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Een lijst met prioriteiten plakken</translation>
    </message>
    <message>
        <source>What will be added:</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Wat er wordt toegevoegd:</translation>
    </message>
    <message>
        <source>{0}  — duplicate of {1}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>{0}  — dubbel met {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} to add, %n flagged as (a duplicate|duplicates).</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>
            <numerusform>{0} toe te voegen, %n gemarkeerd als dubbel.</numerusform>
            <numerusform>{0} toe te voegen, %n gemarkeerd als dubbel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneVotingWindow</name>
    <message numerus="yes">
        <source>%n code(s) not used yet.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n code nog niet gebruikt.</numerusform>
            <numerusform>%n codes nog niet gebruikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) saved to {0}: swap (it|them) for the slips of everyone who has not voted yet. The old unused codes no longer work.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n nieuwe code opgeslagen in {0}: ruil hem om voor het strookje van wie nog niet gestemd heeft. De oude ongebruikte codes werken niet meer.</numerusform>
            <numerusform>%n nieuwe codes opgeslagen in {0}: ruil ze om voor de strookjes van iedereen die nog niet gestemd heeft. De oude ongebruikte codes werken niet meer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter code(s) saved to {0}.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n stemcode opgeslagen in {0}.</numerusform>
            <numerusform>%n stemcodes opgeslagen in {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop voting by phone</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Stemmen per telefoon &amp;stoppen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>New code</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <source>New code for one member (a slip was lost)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Nieuwe code voor één lid (een strookje is kwijt)…</translation>
    </message>
    <message>
        <source>No voter codes yet: use Voter codes to print them.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Nog geen stemcodes: gebruik Stemcodes om ze af te drukken.</translation>
    </message>
    <message>
        <source>PDF slips (*.pdf)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Strookjes als pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Print codes for everyone who has not voted (PDF)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Codes afdrukken voor iedereen die nog niet gestemd heeft (PDF)…</translation>
    </message>
    <message>
        <source>Put the address, its QR code and the turnout on the presenter view, the window for the projector (F5 shows or hides it)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Het adres, de QR-code en de opkomst in de presentatieweergave zetten, het venster voor de beamer (F5 toont of verbergt het)</translation>
    </message>
    <message>
        <source>Replace the unused codes (a slip was lost)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>De ongebruikte codes vervangen (een strookje is kwijt)…</translation>
    </message>
    <message>
        <source>Save those codes as CSV…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Die codes opslaan als CSV…</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Op de &amp;beamer tonen</translation>
    </message>
    <message>
        <source>The new code of {0} is {1}. Their old code no longer works.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>De nieuwe code van {0} is {1}. De oude code werkt niet meer.</translation>
    </message>
    <message>
        <source>The voter codes of this round were issued on another computer: they do not work here. Use Voter codes to issue new codes here.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>De stemcodes van deze ronde zijn op een andere computer uitgegeven: ze werken hier niet. Gebruik Stemcodes om hier nieuwe codes uit te geven.</translation>
    </message>
    <message>
        <source>Vote on your phone: {0}</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Stem op uw telefoon: {0}</translation>
    </message>
    <message>
        <source>Voter &amp;codes</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Stem&amp;codes</translation>
    </message>
    <message>
        <source>Voter codes</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Stemcodes</translation>
    </message>
    <message>
        <source>Voting by phone was stopped.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Stemmen per telefoon is gestopt.</translation>
    </message>
    <message>
        <source>Who lost their code?</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Wie is de code kwijt?</translation>
    </message>
    <message numerus="yes">
        <source>{0} codes not used yet. %n of the members given a code no longer (votes|vote) here: the round takes no more phone votes than the others can cast (Replace the unused codes takes the slips out of play).</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>{0} codes nog niet gebruikt. %n van de leden die een code kregen, stemt hier niet meer: de ronde neemt niet meer telefoonstemmen aan dan de anderen kunnen uitbrengen (De ongebruikte codes vervangen haalt de strookjes uit het spel).</numerusform>
            <numerusform>{0} codes nog niet gebruikt. %n van de leden die een code kregen, stemmen hier niet meer: de ronde neemt niet meer telefoonstemmen aan dan de anderen kunnen uitbrengen (De ongebruikte codes vervangen haalt de strookjes uit het spel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>&amp;Apply all</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>&amp;Alles toepassen</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Na</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Import the action plan — {0}</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Het actieplan importeren — {0}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Rows the app cannot take</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Rijen die de app niet kan overnemen</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2} ({3})</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>{0}, rij {1}: {2} ({3})</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Candidate priorities</source>
        <extracomment>presenter.py</extracomment>
        <translation>Kandidaat-prioriteiten</translation>
    </message>
    <message>
        <source>FAQ answer (the one open on the FAQ page)</source>
        <extracomment>presenter.py</extracomment>
        <translation>FAQ-antwoord (het antwoord dat open staat op de FAQ-pagina)</translation>
    </message>
    <message>
        <source>Join by phone (address and QR code)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Meedoen per telefoon (adres en QR-code)</translation>
    </message>
    <message>
        <source>Presenter view: blank the projector and back</source>
        <extracomment>presenter.py</extracomment>
        <translation>Presentatieweergave: de beamer op zwart zetten en terug</translation>
    </message>
    <message>
        <source>Presenter view: fill the screen and back (one screen)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Presentatieweergave: schermvullend en terug (één scherm)</translation>
    </message>
    <message>
        <source>Presenter view: hide it</source>
        <extracomment>presenter.py</extracomment>
        <translation>Presentatieweergave: verbergen</translation>
    </message>
    <message>
        <source>Presenter view: page through a long FAQ answer</source>
        <extracomment>presenter.py</extracomment>
        <translation>Presentatieweergave: door een lang FAQ-antwoord bladeren</translation>
    </message>
    <message>
        <source>Results (those put up from the Results tab)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Resultaten (die vanaf het tabblad Resultaten zijn getoond)</translation>
    </message>
    <message>
        <source>SWOT board</source>
        <extracomment>presenter.py</extracomment>
        <translation>SWOT-bord</translation>
    </message>
    <message>
        <source>TOWS strategies</source>
        <extracomment>presenter.py</extracomment>
        <translation>TOWS-strategieën</translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <extracomment>presenter.py</extracomment>
        <translation>Titel van de workshop</translation>
    </message>
    <message>
        <source>Turnout of the open round</source>
        <extracomment>presenter.py</extracomment>
        <translation>Opkomst in de open ronde</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>&amp;Blank the projector</source>
        <extracomment>presenter.py</extracomment>
        <translation>Beamer op &amp;zwart</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <extracomment>presenter.py</extracomment>
        <translation>&amp;Presentatieweergave</translation>
    </message>
    <message>
        <source>&amp;Show the presenter view</source>
        <extracomment>presenter.py</extracomment>
        <translation>Presentatieweergave &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>presenter.py</extracomment>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>No results are up yet: choose the round on the Results tab and press Show on projector.</source>
        <extracomment>presenter.py</extracomment>
        <translation>Er staan nog geen resultaten op: kies de ronde op het tabblad Resultaten en druk op Op de beamer tonen.</translation>
    </message>
    <message>
        <source>Open a workshop first: the projector shows the workshop open on the Workshops page.</source>
        <extracomment>presenter.py</extracomment>
        <translation>Open eerst een workshop: de beamer toont de workshop die open staat op de pagina Workshops.</translation>
    </message>
    <message>
        <source>Put this &amp;page on the projector</source>
        <extracomment>presenter.py</extracomment>
        <translation>Deze &amp;pagina op de beamer zetten</translation>
    </message>
    <message>
        <source>The window for the projector: on the second screen when there is one</source>
        <extracomment>presenter.py</extracomment>
        <translation>Het venster voor de beamer: op het tweede scherm als dat er is</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view — {0}</source>
        <extracomment>presenter.py</extracomment>
        <translation>Presentatieweergave — {0}</translation>
    </message>
</context>
<context>
    <name>PrioritiesSlide</name>
    <message>
        <source>Candidate priorities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Kandidaat-prioriteiten</translation>
    </message>
    <message>
        <source>No candidate priorities yet.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Nog geen kandidaat-prioriteiten.</translation>
    </message>
</context>
<context>
    <name>PrioritiesTab</name>
    <message>
        <source>&amp;Add…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Paste a list…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Een lijst &amp;plakken…</translation>
    </message>
    <message>
        <source>Add priority</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Prioriteit toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate (priority|priorities)</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n kandidaat-prioriteit</numerusform>
            <numerusform>%n kandidaat-prioriteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n (priority|priorities).</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n prioriteit toegevoegd.</numerusform>
            <numerusform>%n prioriteiten toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Categorieën…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the priority “{0}”?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>De prioriteit “{0}” verwijderen?</translation>
    </message>
    <message>
        <source>Delete {0} priorities?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>{0} prioriteiten verwijderen?</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>From a &amp;SWOT item…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Vanuit een &amp;SWOT-punt…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Paste priorities</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Prioriteiten plakken</translation>
    </message>
    <message>
        <source>Priority from a SWOT item</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Prioriteit vanuit een SWOT-punt</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n dubbele overgeslagen.</numerusform>
            <numerusform>%n dubbele overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidate priorities members will vote on, in ballot order. Promote TOWS strategies on the TOWS tab, or add them here.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>De kandidaat-prioriteiten waarover de leden stemmen, in de volgorde van het stembiljet. Maak TOWS-strategieën tot prioriteit op het tabblad TOWS, of voeg ze hier toe.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>“{0}” is already a candidate priority. Add it again?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>“{0}” is al een kandidaat-prioriteit. Opnieuw toevoegen?</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>&amp;Category</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Candidate priority</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Kandidaat-prioriteit</translation>
    </message>
    <message>
        <source>Comes from {0}: {1}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Komt uit {0}: {1}</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Bron</translation>
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
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Geplakte lijst</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>TOWS</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Typed</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Getypt</translation>
    </message>
</context>
<context>
    <name>ProgrammeSend</name>
    <message>
        <source>Copy this workspace into the programme office&apos;s database (set its address in Settings)</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Deze werkruimte kopiëren naar de database van het programmabureau (het adres staat in Instellingen)</translation>
    </message>
    <message>
        <source>No programme database is set yet. Open Settings to type its address (the programme office gives it)?</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Er is nog geen programmadatabase ingesteld. Instellingen openen om het adres in te voeren (het programmabureau geeft het)?</translation>
    </message>
    <message>
        <source>Nothing was sent to the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Er is niets naar de programmadatabase verzonden.</translation>
    </message>
    <message>
        <source>Sen&amp;d to Programme Database…</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Naar programmadatabase &amp;verzenden…</translation>
    </message>
    <message>
        <source>Send to the programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Naar de programmadatabase verzenden</translation>
    </message>
    <message>
        <source>Sending cancelled: nothing was changed in the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Verzenden geannuleerd: er is niets gewijzigd in de programmadatabase.</translation>
    </message>
    <message>
        <source>Sending was cancelled. Nothing was changed in the programme database; you can send again at any time.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Het verzenden is geannuleerd. Er is niets gewijzigd in de programmadatabase; u kunt op elk moment opnieuw verzenden.</translation>
    </message>
    <message>
        <source>Sending “{workspace}” to the database {database} on {server}…</source>
        <extracomment>programme_send.py</extracomment>
        <translation>“{workspace}” wordt verzonden naar de database {database} op {server}…</translation>
    </message>
    <message>
        <source>Sent to the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Verzonden naar de programmadatabase.</translation>
    </message>
    <message>
        <source>The programme database asks for a password.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>De programmadatabase vraagt om een wachtwoord.</translation>
    </message>
    <message>
        <source>The server refused the login. Type the password again (the name is the one in Settings), or Cancel: nothing is sent.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>De server weigerde de aanmelding. Typ het wachtwoord opnieuw (de naam is die uit Instellingen), of Annuleren: er wordt niets verzonden.</translation>
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
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>One prompt per line: a short question the room can answer.</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Eén vraag per regel: een korte vraag die de zaal kan beantwoorden.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Prompts on the board</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Vragen op het bord</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Waarnemer</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Stemgerechtigd lid</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. Restoring puts the current file aside (it is kept, renamed, beside it) and a copy of the chosen backup in its place.</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Back-ups van {0}, nieuwste eerst. Terugzetten zet het huidige bestand opzij (het blijft, hernoemd, ernaast staan) en een kopie van de gekozen back-up op zijn plaats.</translation>
    </message>
    <message>
        <source>Ballots</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Stembiljetten</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Rounds</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Rondes</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>before an update</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>kan niet gelezen worden</translation>
    </message>
    <message>
        <source>on opening</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>bij het openen</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <source>No ballots yet</source>
        <extracomment>result_chart.py</extracomment>
        <translation>Nog geen stembiljetten</translation>
    </message>
</context>
<context>
    <name>ResultsSlide</name>
    <message>
        <source>Move</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Verschuiving</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>The results of a secret round are shown here once it is closed.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>De uitslag van een geheime ronde verschijnt hier zodra de ronde gesloten is.</translation>
    </message>
    <message>
        <source>The results will be shown here.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>De resultaten worden hier getoond.</translation>
    </message>
    <message>
        <source>{0} (still open: not the final result)</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>{0} (nog open: niet de einduitslag)</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>%n stembiljet</numerusform>
            <numerusform>%n stembiljetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) left out: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>%n stembiljet buiten beschouwing: {0}</numerusform>
            <numerusform>%n stembiljetten buiten beschouwing: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <extracomment>results_tab.py</extracomment>
        <translation>&amp;Vaststellen…</translation>
    </message>
    <message>
        <source>Academic / training institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Onderwijs- / opleidingsinstelling</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <source>Agreement {0}: W = {1:.2f} → {2:.2f} ({3:+.2f}).</source>
        <extracomment>results_tab.py</extracomment>
        <translation>De overeenstemming {0}: W = {1:.2f} → {2:.2f} ({3:+.2f}).</translation>
    </message>
    <message>
        <source>All voters</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alle stemmers</translation>
    </message>
    <message>
        <source>All voters ({0})</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alle stemmers ({0})</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Beats</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Verslaat</translation>
    </message>
    <message>
        <source>Blocks</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Blokkades</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Gemeenschapsorganisatie</translation>
    </message>
    <message>
        <source>Compared with {0}.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Vergeleken met {0}.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Consensus reached: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consensus bereikt: {0}</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Donor / internationale organisatie</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Agentschap voor economische ontwikkeling / ngo</translation>
    </message>
    <message>
        <source>Figures per option</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Cijfers per optie</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Financiële instelling</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Firms only</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen bedrijven</translation>
    </message>
    <message>
        <source>First: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Eerste: {0}</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Hide results</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Resultaten verbergen</translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>results_tab.py</extracomment>
        <translation>IKA</translation>
    </message>
    <message>
        <source>Impact and feasibility</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Impact en haalbaarheid</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Agentschap voor investerings- / exportbevordering</translation>
    </message>
    <message>
        <source>Kendall&apos;s W with tie correction: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Kendalls W met correctie voor gelijke rangen: {0}</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Verschuiving</translation>
    </message>
    <message>
        <source>No ballots counted yet.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Nog geen stembiljetten geteld.</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Nog geen consensus</translation>
    </message>
    <message>
        <source>No vote round yet: start one on the Voting tab.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Nog geen stemronde: start er een op het tabblad Stemmen.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Only: Academic / training institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Onderwijs- / opleidingsinstelling</translation>
    </message>
    <message>
        <source>Only: Community-based organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Gemeenschapsorganisatie</translation>
    </message>
    <message>
        <source>Only: Donor / international organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Donor / internationale organisatie</translation>
    </message>
    <message>
        <source>Only: Economic development agency / NGO</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Agentschap voor economische ontwikkeling / ngo</translation>
    </message>
    <message>
        <source>Only: Financial institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Financiële instelling</translation>
    </message>
    <message>
        <source>Only: Government ministry</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Ministerie</translation>
    </message>
    <message>
        <source>Only: Investment / export promotion agency</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Agentschap voor investerings- / exportbevordering</translation>
    </message>
    <message>
        <source>Only: Quality standards body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Instelling voor kwaliteitsnormen</translation>
    </message>
    <message>
        <source>Only: Regulatory body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Toezichthouder</translation>
    </message>
    <message>
        <source>Only: Research / testing institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Onderzoeks- / testinstelling</translation>
    </message>
    <message>
        <source>Only: Sector association / chamber</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Alleen: Brancheorganisatie / kamer</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Place before</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Plaats eerst</translation>
    </message>
    <message>
        <source>Place now</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Plaats nu</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Put these results on the presenter view, the window for the projector (F5 shows or hides it). Nothing goes there until you press this.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Deze resultaten in de presentatieweergave zetten, het venster voor de beamer (F5 toont of verbergt het). Er verschijnt daar niets tot u hierop drukt.</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Instelling voor kwaliteitsnormen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Record what the members decided: adopt priorities of this closed round (one, the top ones, or all that reached consensus) with a statement. Their action plans are on the Action plan page.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Leg vast wat de leden besloten: stel prioriteiten van deze gesloten ronde vast (één, de bovenste, of alle die consensus bereikten) met een besluittekst. Hun actieplannen staan op de pagina Actieplan.</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Onderzoeks- / testinstelling</translation>
    </message>
    <message>
        <source>Results of</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Resultaten van</translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Secret round: member types are not stored with secret ballots, so only all voters can be shown.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Geheime ronde: soorten leden worden niet bij geheime stembiljetten bewaard, dus alleen alle stemmers samen kunnen getoond worden.</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Brancheorganisatie / kamer</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Op de &amp;beamer tonen</translation>
    </message>
    <message>
        <source>Show results</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Resultaten tonen</translation>
    </message>
    <message>
        <source>Since the previous round</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Sinds de vorige ronde</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Support (1-3)</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Steun (1-3)</translation>
    </message>
    <message>
        <source>Support before</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Steun eerst</translation>
    </message>
    <message>
        <source>Support now</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Steun nu</translation>
    </message>
    <message>
        <source>Take off the pro&amp;jector</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Van de &amp;beamer halen</translation>
    </message>
    <message>
        <source>The member types that voted in this round, with their ballots</source>
        <extracomment>results_tab.py</extracomment>
        <translation>De soorten leden die in deze ronde stemden, met hun stembiljetten</translation>
    </message>
    <message>
        <source>The round is still open: these are not final results.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>De ronde is nog open: dit zijn niet de definitieve resultaten.</translation>
    </message>
    <message>
        <source>Tie for first: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Gedeelde eerste plaats: {0}</translation>
    </message>
    <message>
        <source>Vote weights</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Stemgewichten</translation>
    </message>
    <message>
        <source>Voters</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Stemmers</translation>
    </message>
    <message>
        <source>Votes</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Weighted votes</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Gewogen stemmen</translation>
    </message>
    <message>
        <source>Weighted votes (every ballot {0})</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Gewogen stemmen (elk stembiljet {0})</translation>
    </message>
    <message>
        <source>Weighted votes: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Gewogen stemmen: {0}</translation>
    </message>
    <message>
        <source>Wins-losses</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Winst-verlies</translation>
    </message>
    <message>
        <source>consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>consensus</translation>
    </message>
    <message>
        <source>fell</source>
        <extracomment>results_tab.py</extracomment>
        <translation>daalde</translation>
    </message>
    <message>
        <source>firms</source>
        <extracomment>results_tab.py</extracomment>
        <translation>bedrijven</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>results_tab.py</extracomment>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>no consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>geen consensus</translation>
    </message>
    <message>
        <source>no type</source>
        <extracomment>results_tab.py</extracomment>
        <translation>geen soort</translation>
    </message>
    <message>
        <source>not carried on</source>
        <extracomment>results_tab.py</extracomment>
        <translation>niet meegenomen</translation>
    </message>
    <message>
        <source>others {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>overige {0}</translation>
    </message>
    <message>
        <source>reached consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>bereikte consensus</translation>
    </message>
    <message>
        <source>reached consensus in round {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>bereikte consensus in ronde {0}</translation>
    </message>
    <message>
        <source>rose</source>
        <extracomment>results_tab.py</extracomment>
        <translation>steeg</translation>
    </message>
    <message>
        <source>stayed</source>
        <extracomment>results_tab.py</extracomment>
        <translation>bleef gelijk</translation>
    </message>
    <message>
        <source>tie</source>
        <extracomment>results_tab.py</extracomment>
        <translation>gelijke stand</translation>
    </message>
    <message>
        <source>tied winner</source>
        <extracomment>results_tab.py</extracomment>
        <translation>gedeelde winnaar</translation>
    </message>
    <message>
        <source>winner</source>
        <extracomment>results_tab.py</extracomment>
        <translation>winnaar</translation>
    </message>
    <message numerus="yes">
        <source>{0} is open: %n of {1} voters (has|have) voted. Results stay hidden while people vote; press Show results to see them on this screen.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>{0} is open: %n van {1} stemmers heeft gestemd. De resultaten blijven verborgen zolang er gestemd wordt; druk op Resultaten tonen om ze op dit scherm te zien.</numerusform>
            <numerusform>{0} is open: %n van {1} stemmers hebben gestemd. De resultaten blijven verborgen zolang er gestemd wordt; druk op Resultaten tonen om ze op dit scherm te zien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n ballot(s) counted</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>{0} · %n stembiljet geteld</numerusform>
            <numerusform>{0} · %n stembiljetten geteld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;Save all</source>
        <extracomment>action_review.py</extracomment>
        <translation>&amp;Alles opslaan</translation>
    </message>
    <message>
        <source>Review open actions</source>
        <extracomment>action_review.py</extracomment>
        <translation>Open acties nalopen</translation>
    </message>
    <message>
        <source>{0} action(s) from earlier workshops are still open ({1} overdue).

Start this workshop by reviewing them with the room?</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} actie(s) uit eerdere workshops staan nog open ({1} over de datum).

Deze workshop beginnen door ze met de zaal na te lopen?</translation>
    </message>
    <message>
        <source>{0} action(s) updated.</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} actie(s) bijgewerkt.</translation>
    </message>
    <message>
        <source>{0} open action(s), {1} overdue. Ask each lead how it stands, set its status and a note, then Save all: everything is saved together (Ctrl+Z undoes it).</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} open actie(s), {1} over de datum. Vraag elke verantwoordelijke hoe het ervoor staat, zet de status en een notitie, en dan Alles opslaan: alles wordt samen opgeslagen (Ctrl+Z maakt het ongedaan).</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} (over de datum)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Onderwijs- / opleidingsinstelling</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Gemeenschapsorganisatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Donor / internationale organisatie</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agentschap voor economische ontwikkeling / ngo</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Financiële instelling</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agentschap voor investerings- / exportbevordering</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Prospective</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Instelling voor kwaliteitsnormen</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Onderzoeks- / testinstelling</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Brancheorganisatie / kamer</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Status</translation>
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
… en nog {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>%n lid geëxporteerd naar {0}.</numerusform>
            <numerusform>%n leden geëxporteerd naar {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Nieuw lid</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Een lid toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Lid {0} toevoegen</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} toegevoegd.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <extracomment>roster_page.py</extracomment>
        <translation>De getoonde kolommen kiezen</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Delete member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Lid {0} verwijderen</translation>
    </message>
    <message>
        <source>Delete members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Leden verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected members (Delete)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>De geselecteerde leden verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Delete these {0} members?
{1}{2}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Deze {0} leden verwijderen?
{1}{2}</translation>
    </message>
    <message>
        <source>Delete {0} from the roster?</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} van de ledenlijst verwijderen?</translation>
    </message>
    <message>
        <source>Delete {0} members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} leden verwijderen</translation>
    </message>
    <message>
        <source>Deleted {0} members.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} leden verwijderd.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} verwijderd.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <extracomment>roster_page.py</extracomment>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Edit member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Lid {0} bewerken</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <extracomment>roster_page.py</extracomment>
        <translation>De ledenlijst exporteren</translation>
    </message>
    <message>
        <source>Export the roster to Excel or CSV</source>
        <extracomment>roster_page.py</extracomment>
        <translation>De ledenlijst exporteren naar Excel of CSV</translation>
    </message>
    <message>
        <source>Import members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Leden importeren</translation>
    </message>
    <message>
        <source>Import members from an Excel or CSV file</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Leden importeren uit een Excel- of CSV-bestand</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} importeren</translation>
    </message>
    <message>
        <source>Imported {0}: {1}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} geïmporteerd: {1}.</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Leden</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>New member: type the name, then save (Ctrl+S).</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Nieuw lid: typ de naam en sla dan op (Ctrl+S).</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Opgeslagen: {0}.</translation>
    </message>
    <message>
        <source>Search members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Leden zoeken</translation>
    </message>
    <message>
        <source>Search name, contact or locality</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Zoeken op naam, contactpersoon of plaats</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} of %n member(s)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>{0} van %n lid getoond</numerusform>
            <numerusform>{0} van %n leden getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The member being edited cannot be saved:
{0}

Discard the changes?</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Het lid dat bewerkt wordt, kan niet worden opgeslagen:
{0}

De wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>The record that they voted ({0}) goes with them.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>De registratie dat ze gestemd hebben ({0}) gaat mee.</translation>
    </message>
    <message numerus="yes">
        <source>They are taken off %n action(s) as a partner.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Ze worden als partner van %n actie gehaald.</numerusform>
            <numerusform>Ze worden als partner van %n acties gehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lead %n action(s); (it|they) will have no lead.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Ze zijn verantwoordelijk voor %n actie; die heeft dan geen verantwoordelijke meer.</numerusform>
            <numerusform>Ze zijn verantwoordelijk voor %n acties; die hebben dan geen verantwoordelijke meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Niet-opgeslagen lid</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>type not set {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>type niet ingesteld {0}</translation>
    </message>
    <message>
        <source>{0} attendance record(s) go with them.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} aanwezigheidsregistratie(s) gaan mee.</translation>
    </message>
    <message>
        <source>{0} ballot(s) they cast stay, without their name.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} stembiljet(ten) die ze uitbrachten blijven, zonder hun naam.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message numerus="yes">
        <source>%n phone code(s) (was|were) issued for this round. A secret round&apos;s slips name nobody and the others&apos; name a member, so changing to or from secret withdraws them: their slips stop working, and new ones must be printed after the change.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>
            <numerusform>Voor deze ronde is %n telefooncode uitgegeven. De strookjes van een geheime ronde noemen niemand en die van de andere noemen een lid, dus overstappen naar of van geheim trekt ze in: hun strookjes werken niet meer en er moeten na de wijziging nieuwe worden afgedrukt.</numerusform>
            <numerusform>Voor deze ronde zijn %n telefooncodes uitgegeven. De strookjes van een geheime ronde noemen niemand en die van de andere noemen een lid, dus overstappen naar of van geheim trekt ze in: hun strookjes werken niet meer en er moeten na de wijziging nieuwe worden afgedrukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Geen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>A secret round counts every ballot once: a vote weight that only one member has would show which ballot is theirs. Use a named or anonymous round to count weights.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Een geheime ronde telt elk stembiljet één keer: een stemgewicht dat maar één lid heeft, zou verraden welk stembiljet van hem is. Gebruik een ronde op naam of een anonieme ronde om gewichten te tellen.</translation>
    </message>
    <message>
        <source>All voters</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alle stemmers</translation>
    </message>
    <message>
        <source>Ballots have been cast: the method, the options and the anonymity mode are locked. Start a new round to change them.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Er zijn al stemmen uitgebracht: de methode, de opties en de anonimiteit liggen vast. Start een nieuwe ronde om ze te wijzigen.</translation>
    </message>
    <message>
        <source>Count vote weights</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Stemgewichten meetellen</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>{0} bewerken</translation>
    </message>
    <message>
        <source>Firms only</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen bedrijven</translation>
    </message>
    <message>
        <source>New vote round</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>Only: Academic / training institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Onderwijs- / opleidingsinstelling</translation>
    </message>
    <message>
        <source>Only: Community-based organisation</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Gemeenschapsorganisatie</translation>
    </message>
    <message>
        <source>Only: Donor / international organisation</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Donor / internationale organisatie</translation>
    </message>
    <message>
        <source>Only: Economic development agency / NGO</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Agentschap voor economische ontwikkeling / ngo</translation>
    </message>
    <message>
        <source>Only: Financial institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Financiële instelling</translation>
    </message>
    <message>
        <source>Only: Government ministry</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Ministerie</translation>
    </message>
    <message>
        <source>Only: Investment / export promotion agency</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Agentschap voor investerings- / exportbevordering</translation>
    </message>
    <message>
        <source>Only: Quality standards body</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Instelling voor kwaliteitsnormen</translation>
    </message>
    <message>
        <source>Only: Regulatory body</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Toezichthouder</translation>
    </message>
    <message>
        <source>Only: Research / testing institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Onderzoeks- / testinstelling</translation>
    </message>
    <message>
        <source>Only: Sector association / chamber</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Alleen: Brancheorganisatie / kamer</translation>
    </message>
    <message>
        <source>Priorities on the ballot:</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Prioriteiten op het stembiljet:</translation>
    </message>
    <message>
        <source>Results show</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>De resultaten tonen</translation>
    </message>
    <message>
        <source>e.g. Round {0}: rank the candidates</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>bijv. Ronde {0}: de kandidaten rangschikken</translation>
    </message>
    <message>
        <source>{0} of {1} chosen</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>{0} van {1} gekozen</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message numerus="yes">
        <source> (%n ballot(s))</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform> (%n stembiljet)</numerusform>
            <numerusform> (%n stembiljetten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n hand(s)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform> + %n hand</numerusform>
            <numerusform> + %n handen</numerusform>
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
        <translation>Anonimiteit</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Voted</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Gestemd</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} van {1}</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>&amp;Description</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Save the prompts as my template</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>De vragen opslaan als mijn sjabloon</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Action</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Action partner</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Partner van een actie</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Change kept</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Behouden wijziging</translation>
    </message>
    <message>
        <source>Changed here</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Hier gewijzigd</translation>
    </message>
    <message>
        <source>Changed in the database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>In de database gewijzigd</translation>
    </message>
    <message>
        <source>Changed on both sides since the last send:</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Aan beide kanten gewijzigd sinds de vorige verzending:</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Clusterprofiel</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Programmadatabase</translation>
    </message>
    <message>
        <source>TOWS strategy</source>
        <extracomment>programme_send.py</extracomment>
        <translation>TOWS-strategie</translation>
    </message>
    <message>
        <source>This workspace</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Deze werkruimte</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>SWOT item</source>
        <extracomment>programme_send.py</extracomment>
        <translation>SWOT-punt</translation>
    </message>
    <message>
        <source>Sent to the programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Verzonden naar de programmadatabase</translation>
    </message>
    <message>
        <source>Vote round</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Stemronde</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>“{workspace}” was sent to the database {database} on {server}.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>“{workspace}” is verzonden naar de database {database} op {server}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Stemmen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Find a key or what it does</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Een toets of wat die doet zoeken</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>The keys of the window, of each page and of each tab of a workshop. Type to find one.</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>De toetsen van het venster, van elke pagina en van elk tabblad van een workshop. Typ om er een te zoeken.</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Wat het doet</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>&amp;Address</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Open voting to phones</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Stemmen openstellen voor telefoons</translation>
    </message>
    <message>
        <source>Phones vote in {0} over this computer&apos;s own network: turn on the laptop&apos;s hotspot (no internet needed), let the phones join it, and choose the hotspot&apos;s address here. Nothing listens on any other address.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Telefoons stemmen in {0} via het eigen netwerk van deze computer: zet de hotspot van de laptop aan (geen internet nodig), laat de telefoons ermee verbinden en kies hier het adres van de hotspot. Op geen enkel ander adres luistert iets.</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>elke vrije poort</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>(no items in this quadrant yet)</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>(nog geen punten in dit kwadrant)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>SO: use strengths to seize opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>SO: sterktes gebruiken om kansen te grijpen</translation>
    </message>
    <message>
        <source>ST: use strengths against threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>ST: sterktes inzetten tegen bedreigingen</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>WO: fix weaknesses through opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>WO: zwaktes verhelpen via kansen</translation>
    </message>
    <message>
        <source>WT: defensive moves</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>WT: verdedigende zetten</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
    <message>
        <source>What will the cluster do?</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Wat gaat het cluster doen?</translation>
    </message>
    <message>
        <source>{0} it draws on</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>{0} waarop ze steunt</translation>
    </message>
    <message>
        <source>{0} strategy</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>{0}-strategie</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <source>(+{0} more)</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>(+{0} meer)</translation>
    </message>
    <message>
        <source>(no prompts)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>(geen vragen)</translation>
    </message>
    <message>
        <source>(template no longer available)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>(sjabloon niet meer beschikbaar)</translation>
    </message>
    <message>
        <source>Add a dot	+</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Een stip toevoegen	+</translation>
    </message>
    <message>
        <source>Add dots</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Stippen toevoegen</translation>
    </message>
    <message>
        <source>Added to the candidate priorities.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Toegevoegd aan de kandidaat-prioriteiten.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Kon {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete one of my templates</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Een van mijn sjablonen verwijderen</translation>
    </message>
    <message>
        <source>Delete your template “{0}”?</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Uw sjabloon “{0}” verwijderen?</translation>
    </message>
    <message>
        <source>Deleted {0} item(s). Undo with Ctrl+Z.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} punt(en) verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit the prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen bewerken</translation>
    </message>
    <message>
        <source>Edit the prompts…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen bewerken…</translation>
    </message>
    <message>
        <source>Export the prompts as a template file</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen exporteren als sjabloonbestand</translation>
    </message>
    <message>
        <source>Export the prompts to a file…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen naar een bestand exporteren…</translation>
    </message>
    <message>
        <source>Fold the prompts away</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>De vragen inklappen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Schermvullend</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Schermvullend aan of uit</translation>
    </message>
    <message>
        <source>Import a SWOT template</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Een SWOT-sjabloon importeren</translation>
    </message>
    <message>
        <source>Import a template file…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Een sjabloonbestand importeren…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Schermvullend verlaten</translation>
    </message>
    <message>
        <source>Make a candidate priority</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Tot kandidaat-prioriteit maken</translation>
    </message>
    <message>
        <source>Merge selected items</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Geselecteerde punten samenvoegen</translation>
    </message>
    <message>
        <source>Merged {0} items. Undo with Ctrl+Z.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} punten samengevoegd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move to</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Move to {0}</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Verplaatsen naar {0}</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Verplaatst naar {0}.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Prompts</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Prompts of {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Vragen van {0}</translation>
    </message>
    <message>
        <source>Remove a dot	−</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Een stip weghalen	−</translation>
    </message>
    <message>
        <source>Remove dots</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Stippen weghalen</translation>
    </message>
    <message>
        <source>Remove the prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen weghalen</translation>
    </message>
    <message>
        <source>SWOT board</source>
        <extracomment>swot_board.py</extracomment>
        <translation>SWOT-bord</translation>
    </message>
    <message>
        <source>SWOT templates (*.json);;All files (*)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>SWOT-sjablonen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the prompts as my template…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen opslaan als mijn sjabloon…</translation>
    </message>
    <message>
        <source>Select two or more items to merge (Ctrl+click).</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Selecteer twee of meer punten om samen te voegen (Ctrl+klik).</translation>
    </message>
    <message>
        <source>Show all the prompts</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Alle vragen tonen</translation>
    </message>
    <message>
        <source>Show or hide the guiding prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>De vragen tonen of verbergen</translation>
    </message>
    <message>
        <source>Show the board alone, full screen (F11; Esc to leave)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Alleen het bord tonen, schermvullend (F11; Esc om te verlaten)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Starting the SWOT? Choose a template above: its guiding prompts appear in each quadrant. Or simply type in a quadrant and press Enter.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Begint u aan de SWOT? Kies hierboven een sjabloon: de vragen verschijnen in elk kwadrant. Of typ gewoon in een kwadrant en druk op Enter.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Template</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Template exported to {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Sjabloon geëxporteerd naar {0}</translation>
    </message>
    <message>
        <source>Template “{0}” imported: choose it in the Template list.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Sjabloon “{0}” geïmporteerd: kies het in de lijst Sjabloon.</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Sjabloon “{0}” opgeslagen.</translation>
    </message>
    <message>
        <source>Template:</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>The board shows no prompts to export.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Het bord toont geen vragen om te exporteren.</translation>
    </message>
    <message>
        <source>The board shows no prompts yet: choose a template or edit the prompts first.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Het bord toont nog geen vragen: kies eerst een sjabloon of bewerk de vragen.</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Type a strength and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Typ een sterkte en druk op Enter</translation>
    </message>
    <message>
        <source>Type a threat and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Typ een bedreiging en druk op Enter</translation>
    </message>
    <message>
        <source>Type a weakness and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Typ een zwakte en druk op Enter</translation>
    </message>
    <message>
        <source>Type an opportunity and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Typ een kans en druk op Enter</translation>
    </message>
    <message>
        <source>Use the template {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Het sjabloon {0} gebruiken</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
    <message>
        <source>Who said it…</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Wie zei het…</translation>
    </message>
    <message>
        <source>You already have a template called “{0}”. Replace it?</source>
        <extracomment>swot_board.py</extracomment>
        <translation>U hebt al een sjabloon met de naam “{0}”. Vervangen?</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} (van mij)</translation>
    </message>
    <message>
        <source>{0} (my version)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} (mijn versie)</translation>
    </message>
</context>
<context>
    <name>SwotItemDialog</name>
    <message>
        <source>Opportunities</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Priority from a SWOT item</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Prioriteit vanuit een SWOT-punt</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
</context>
<context>
    <name>SwotSlide</name>
    <message>
        <source>Opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
</context>
<context>
    <name>TowsSlide</name>
    <message>
        <source>Defensive moves: limit weaknesses and threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Verdedigende zetten: zwaktes en bedreigingen beperken</translation>
    </message>
    <message>
        <source>Fix weaknesses through opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Zwaktes verhelpen via kansen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Use strengths against threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Sterktes inzetten tegen bedreigingen</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Sterktes gebruiken om kansen te grijpen</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
</context>
<context>
    <name>TowsTab</name>
    <message>
        <source>Add…</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Defensive moves: limit weaknesses and threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Verdedigende zetten: zwaktes en bedreigingen beperken</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Fix weaknesses through opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Zwaktes verhelpen via kansen</translation>
    </message>
    <message>
        <source>Make a candidate priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Tot kandidaat-prioriteit maken</translation>
    </message>
    <message>
        <source>Make a priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Tot prioriteit maken</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Promote strategy to priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Strategie tot prioriteit maken</translation>
    </message>
    <message>
        <source>Promote the selected strategy to a candidate priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>De geselecteerde strategie tot kandidaat-prioriteit maken</translation>
    </message>
    <message>
        <source>Select a strategy first.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Selecteer eerst een strategie.</translation>
    </message>
    <message>
        <source>Strategy deleted. Undo with Ctrl+Z.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Strategie verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Turn the SWOT into strategies: where a row meets a column, write what the cluster will do, and tick the SWOT items it draws on.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Zet de SWOT om in strategieën: waar een rij een kolom kruist, schrijft u wat het cluster gaat doen en vinkt u de SWOT-punten aan waarop dat steunt.</translation>
    </message>
    <message>
        <source>Use strengths against threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Sterktes inzetten tegen bedreigingen</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Sterktes gebruiken om kansen te grijpen</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Zwaktes</translation>
    </message>
    <message>
        <source>“{0}” is already a candidate priority. Add it again?</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>“{0}” is al een kandidaat-prioriteit. Opnieuw toevoegen?</translation>
    </message>
    <message>
        <source>“{0}” is now a candidate priority.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>“{0}” is nu een kandidaat-prioriteit.</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Anonymous</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Anonymous: stored and visible to the facilitator, never shown in results or exports</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Anoniem: opgeslagen en zichtbaar voor de facilitator, nooit getoond in resultaten of exports</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Goedkeuringsstemming</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Borda points</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Borda-punten</translation>
    </message>
    <message>
        <source>Cast by the voter on the kiosk</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Uitgebracht door de stemmer op de kiosk</translation>
    </message>
    <message>
        <source>Cast by the voter on their phone</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Uitgebracht door de stemmer op de eigen telefoon</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Copeland (Condorcet)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Copeland (Condorcet)</translation>
    </message>
    <message>
        <source>Copeland score</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Copeland-score</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Stippenstemming</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Entered by the facilitator</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Ingevoerd door de facilitator</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Gradaties van instemming</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Geïmporteerd uit een bestand</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Instant-runoff (alternatieve stem)</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Gemiddelde beoordeling</translation>
    </message>
    <message>
        <source>Named</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Op naam</translation>
    </message>
    <message>
        <source>Named: who voted what is stored and shown in results and exports</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Op naam: wie wat stemde, wordt opgeslagen en getoond in resultaten en exports</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Options it beats</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Opties die ze verslaat</translation>
    </message>
    <message>
        <source>Paper ballot typed in</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Overgetypt papieren stembiljet</translation>
    </message>
    <message>
        <source>Ranking (Borda count)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Rangschikking (Borda-telling)</translation>
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
        <translation>Score / beoordeling</translation>
    </message>
    <message>
        <source>Secret</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Secret: the link between voter and ballot is never stored</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Geheim: het verband tussen stemmer en stembiljet wordt nooit opgeslagen</translation>
    </message>
    <message>
        <source>Show-of-hands totals</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Totalen bij handopsteking</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Votes in its last count</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Stemmen in de laatste telling</translation>
    </message>
</context>
<context>
    <name>VotingTab</name>
    <message>
        <source> and {0} more</source>
        <extracomment>voting_tab.py</extracomment>
        <translation> en nog {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) imported.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n stembiljet geïmporteerd.</numerusform>
            <numerusform>%n stembiljetten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} voting members (has|have) not voted yet ({1}). Close {2} anyway? Nobody can vote in it once it is closed, unless you reopen it.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n van {0} stemgerechtigde leden heeft nog niet gestemd ({1}). {2} toch sluiten? Niemand kan er nog in stemmen als ze gesloten is, tenzij u ze heropent.</numerusform>
            <numerusform>%n van {0} stemgerechtigde leden hebben nog niet gestemd ({1}). {2} toch sluiten? Niemand kan er nog in stemmen als ze gesloten is, tenzij u ze heropent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n optie</numerusform>
            <numerusform>%n opties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) (has|have) problems and (is|are) not recorded. Close the round anyway? (It|They) will be lost.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n rij heeft problemen en is niet vastgelegd. De ronde toch sluiten? Ze gaat verloren.</numerusform>
            <numerusform>%n rijen hebben problemen en zijn niet vastgelegd. De ronde toch sluiten? Ze gaan verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Auditlogboek…</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Ronde &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Import ballots…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Stembiljetten &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Nieuwe ronde…</translation>
    </message>
    <message>
        <source>&amp;Paper ballots (PDF)…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Papieren stembiljetten (PDF)…</translation>
    </message>
    <message>
        <source>(The show of hands is counted, but it does not say who raised a hand.)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>(De handopsteking wordt geteld, maar zegt niet wie een hand opstak.)</translation>
    </message>
    <message>
        <source>Add candidate priorities on the Priorities tab first.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Voeg eerst kandidaat-prioriteiten toe op het tabblad Prioriteiten.</translation>
    </message>
    <message>
        <source>Ballot {0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Stembiljet {0} van {1}</translation>
    </message>
    <message>
        <source>Ballots</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Stembiljetten</translation>
    </message>
    <message>
        <source>Delete ballot…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Stembiljet verwijderen…</translation>
    </message>
    <message>
        <source>Delete the ballot of {0}? They can then vote again.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Het stembiljet van {0} verwijderen? Die kan dan opnieuw stemmen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} with its %n ballot(s)? This cannot be undone.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>{0} met %n stembiljet verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>{0} met de %n stembiljetten verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Volgende ronde…</translation>
    </message>
    <message>
        <source>No vote round yet. Add the candidate priorities on the Priorities tab, then press New round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Nog geen stemronde. Voeg de kandidaat-prioriteiten toe op het tabblad Prioriteiten en druk dan op Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Not voted yet: {0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Nog niet gestemd: {0} van {1}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Er is niets geïmporteerd:</translation>
    </message>
    <message>
        <source>Open vo&amp;ting to phones…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>S&amp;temmen openstellen voor telefoons…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Papieren stembiljetten</translation>
    </message>
    <message>
        <source>Paper ballots cancelled; nothing was written.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Papieren stembiljetten geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Paper ballots saved to {0} (round code {1}).</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Papieren stembiljetten opgeslagen in {0} (rondecode {1}).</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} heropenen</translation>
    </message>
    <message>
        <source>Say why the round is reopened: it is kept in the audit log.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Zeg waarom de ronde wordt heropend: het wordt bewaard in het auditlogboek.</translation>
    </message>
    <message>
        <source>Secret round: the sheets carry no name. How many blank ballots?</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Geheime ronde: de formulieren dragen geen naam. Hoeveel lege stembiljetten?</translation>
    </message>
    <message>
        <source>Show of &amp;hands…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Handopsteking…</translation>
    </message>
    <message>
        <source>Show of hands recorded: {0} in all.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Handopsteking vastgelegd: {0} in totaal.</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Kiosk starten…</translation>
    </message>
    <message>
        <source>Why reopen it? (kept in the audit log, e.g. a late paper ballot)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Waarom heropenen? (bewaard in het auditlogboek, bijv. een laat papieren stembiljet)</translation>
    </message>
    <message>
        <source>Writing the paper ballots…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>De papieren stembiljetten worden geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>and %n phone code(s) not used yet</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>en %n telefooncode nog niet gebruikt</numerusform>
            <numerusform>en %n telefooncodes nog niet gebruikt</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} closed: its results are on the Results tab.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} gesloten: de resultaten staan op het tabblad Resultaten.</translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} verwijderd.</translation>
    </message>
    <message>
        <source>{0} opened.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} geopend.</translation>
    </message>
    <message>
        <source>{0} opened: {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} geopend: {1}</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} heropend.</translation>
    </message>
    <message>
        <source>{0} was closed: voting by phone has stopped.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} is gesloten: stemmen per telefoon is gestopt.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Open an existing file…</source>
        <extracomment>welcome.py</extracomment>
        <translation>Een bestaand bestand &amp;openen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;</source>
        <extracomment>welcome.py</extracomment>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A Caribbean cocoa and spice cluster after a workshop</source>
        <extracomment>welcome.py</extracomment>
        <translation>Een Caribisch cacao- en specerijencluster na een workshop</translation>
    </message>
    <message>
        <source>Cluster workspaces (*.cluster);;All files (*)</source>
        <extracomment>welcome.py</extracomment>
        <translation>Clusterwerkruimten (*.cluster);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Name of the cluster initiative:</source>
        <extracomment>welcome.py</extracomment>
        <translation>Naam van het clusterinitiatief:</translation>
    </message>
    <message>
        <source>New cluster</source>
        <extracomment>welcome.py</extracomment>
        <translation>Nieuw cluster</translation>
    </message>
    <message>
        <source>Open cluster workspace</source>
        <extracomment>welcome.py</extracomment>
        <translation>Clusterwerkruimte openen</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <extracomment>welcome.py</extracomment>
        <translation>De &amp;demowerkruimte openen</translation>
    </message>
    <message>
        <source>Start a &amp;new cluster workspace…</source>
        <extracomment>welcome.py</extracomment>
        <translation>Een &amp;nieuwe clusterwerkruimte beginnen…</translation>
    </message>
    <message>
        <source>This app helps you run cluster workshops with no internet: explain what a cluster is, keep the member roster, run a SWOT with the room, agree on priorities through votes until there is consensus, and leave with an Excel workbook and a PDF report.

Everything you type is saved at once.</source>
        <extracomment>welcome.py</extracomment>
        <translation>Deze app helpt u clusterworkshops te houden zonder internet: uitleggen wat een cluster is, de ledenlijst bijhouden, met de zaal een SWOT maken, via stemmingen prioriteiten afspreken tot er consensus is, en vertrekken met een Excel-werkmap en een pdf-verslag.

Alles wat u typt, wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Welcome to {0}</source>
        <extracomment>welcome.py</extracomment>
        <translation>Welkom bij {0}</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>Add SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punt toevoegen</translation>
    </message>
    <message>
        <source>Add TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>TOWS-strategie toevoegen</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Een stip toevoegen</translation>
    </message>
    <message>
        <source>Add attendees</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Deelnemers toevoegen</translation>
    </message>
    <message>
        <source>Attribute SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punt toeschrijven</translation>
    </message>
    <message>
        <source>Change attendance role</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Aanwezigheidsrol wijzigen</translation>
    </message>
    <message>
        <source>Change representative</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Vertegenwoordiger wijzigen</translation>
    </message>
    <message>
        <source>Could not undo or redo “{0}”: {1}</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Kon “{0}” niet ongedaan maken of opnieuw doen: {1}</translation>
    </message>
    <message>
        <source>Delete SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punt verwijderen</translation>
    </message>
    <message>
        <source>Delete SWOT items</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punten verwijderen</translation>
    </message>
    <message>
        <source>Delete TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>TOWS-strategie verwijderen</translation>
    </message>
    <message>
        <source>Delete priorities</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Prioriteiten verwijderen</translation>
    </message>
    <message>
        <source>Delete priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Prioriteit verwijderen</translation>
    </message>
    <message>
        <source>Edit SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punt bewerken</translation>
    </message>
    <message>
        <source>Edit TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>TOWS-strategie bewerken</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Prioriteit bewerken</translation>
    </message>
    <message>
        <source>Merge SWOT items</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punten samenvoegen</translation>
    </message>
    <message>
        <source>Move SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>SWOT-punt verplaatsen</translation>
    </message>
    <message>
        <source>Move TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>TOWS-strategie verplaatsen</translation>
    </message>
    <message>
        <source>Move priorities</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Prioriteiten verplaatsen</translation>
    </message>
    <message>
        <source>Move priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Prioriteit verplaatsen</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Een stip weghalen</translation>
    </message>
    <message>
        <source>Remove attendees</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Deelnemers verwijderen</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsTab</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; language</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Taal van de &amp;deelnemers</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Dezelfde als de app</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>The language of what participants read: paper ballots, voter codes, phone pages, the kiosk, and the report and workbook made for this workshop.</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>De taal van wat de deelnemers lezen: papieren stembiljetten, stemcodes, telefoonpagina&apos;s, de kiosk, en het rapport en de werkmap van deze workshop.</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Attendees</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Locatie</translation>
    </message>
    <message numerus="yes">
        <source>{0} + %n observer(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>{0} + %n waarnemer</numerusform>
            <numerusform>{0} + %n waarnemers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Attendance</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Outputs</source>
        <extracomment>export_actions.py, workshop_view.py</extracomment>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Priorities</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Resultaten</translation>
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
        <translation>Stemmen</translation>
    </message>
    <message numerus="yes">
        <source>{0} voting, %n observer(s)</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>
            <numerusform>{0} stemgerechtigd, %n waarnemer</numerusform>
            <numerusform>{0} stemgerechtigd, %n waarnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>← All workshops</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>← Alle workshops</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message numerus="yes">
        <source>%n SWOT item(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n SWOT-punt</numerusform>
            <numerusform>%n SWOT-punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TOWS (strategy|strategies)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n TOWS-strategie</numerusform>
            <numerusform>%n TOWS-strategieën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n aanwezigheidsregistratie</numerusform>
            <numerusform>%n aanwezigheidsregistraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n stembiljet</numerusform>
            <numerusform>%n stembiljetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate (priority|priorities)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n kandidaat-prioriteit</numerusform>
            <numerusform>%n kandidaat-prioriteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote round(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n stemronde</numerusform>
            <numerusform>%n stemrondes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Gegevens &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Delete the workshop “{0}”?</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>De workshop “{0}” verwijderen?</translation>
    </message>
    <message>
        <source>No workshops yet. Click “New workshop…” to prepare the first one.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Nog geen workshops. Klik op “Nieuwe workshop…” om de eerste voor te bereiden.</translation>
    </message>
    <message>
        <source>Search workshops…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Workshops zoeken…</translation>
    </message>
    <message>
        <source>This also deletes: {0}.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Dit verwijdert ook: {0}.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Workshop created.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Workshop aangemaakt.</translation>
    </message>
    <message>
        <source>Workshop deleted.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Workshop verwijderd.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>action_plan</name>
    <message>
        <source>Done</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Achter op schema</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>On track</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Op schema</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Onderwijs- / opleidingsinstelling</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Gemeenschapsorganisatie</translation>
    </message>
    <message>
        <source>Domestic</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Binnenlands</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Donor / internationale organisatie</translation>
    </message>
    <message>
        <source>Dutch</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Agentschap voor economische ontwikkeling / ngo</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Financiële instelling</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Foreign</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Buitenlands</translation>
    </message>
    <message>
        <source>French</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Haïtiaans Creools</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Inputs</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Agentschap voor investerings- / exportbevordering</translation>
    </message>
    <message>
        <source>Joint</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Gemengd</translation>
    </message>
    <message>
        <source>Large</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Logistics</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Logistiek</translation>
    </message>
    <message>
        <source>Marketing / retail</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Marketing / detailhandel</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Middelgroot</translation>
    </message>
    <message>
        <source>Micro</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Processing</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Production</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Prospective</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Instelling voor kwaliteitsnormen</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Toezichthouder</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Onderzoeks- / testinstelling</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Brancheorganisatie / kamer</translation>
    </message>
    <message>
        <source>Small</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Spanish</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Support services</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Ondersteunende diensten</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>10 or more active members</source>
        <extracomment>health.py</extracomment>
        <translation>10 of meer actieve leden</translation>
    </message>
    <message>
        <source>A dedicated facilitator and a budget funded by members</source>
        <extracomment>health.py</extracomment>
        <translation>Een toegewijde facilitator en een budget dat de leden financieren</translation>
    </message>
    <message>
        <source>Actions on track</source>
        <extracomment>action_plan.py</extracomment>
        <translation>Acties op schema</translation>
    </message>
    <message>
        <source>Active members</source>
        <extracomment>health.py</extracomment>
        <translation>Actieve leden</translation>
    </message>
    <message>
        <source>An initiative that follows up its action plan against indicators keeps its members&apos; trust; late actions nobody reviews are how priorities are quietly dropped.</source>
        <extracomment>action_plan.py</extracomment>
        <translation>Een initiatief dat zijn actieplan met indicatoren opvolgt, behoudt het vertrouwen van zijn leden; late acties die niemand naloopt, zijn de manier waarop prioriteiten stilletjes verdwijnen.</translation>
    </message>
    <message>
        <source>Cluster Initiative Greenbook</source>
        <extracomment>action_plan.py, health.py</extracomment>
        <translation>Cluster Initiative Greenbook</translation>
    </message>
    <message>
        <source>Companies remain the decision makers</source>
        <extracomment>health.py</extracomment>
        <translation>Bedrijven blijven de beslissers</translation>
    </message>
    <message>
        <source>Companies should remain the decision makers and most influential parties; a reference rule asks for at least half firms among the partners.</source>
        <extracomment>health.py</extracomment>
        <translation>Bedrijven moeten de beslissers en de invloedrijkste partijen blijven; een referentieregel vraagt minstens de helft bedrijven onder de partners.</translation>
    </message>
    <message>
        <source>Consensus on the last vote</source>
        <extracomment>health.py</extracomment>
        <translation>Consensus bij de laatste stemming</translation>
    </message>
    <message>
        <source>Consensus on top priorities, based on a SWOT analysis</source>
        <extracomment>health.py</extracomment>
        <translation>Consensus over de belangrijkste prioriteiten, op basis van een SWOT-analyse</translation>
    </message>
    <message>
        <source>European cluster platform criterion</source>
        <extracomment>health.py</extracomment>
        <translation>Criterium van een Europees clusterplatform</translation>
    </message>
    <message>
        <source>Facilitator credibility and consensus</source>
        <extracomment>health.py</extracomment>
        <translation>Geloofwaardigheid van de facilitator en consensus</translation>
    </message>
    <message>
        <source>Firms plus support organisations (training, research, standards, finance, government) make a cluster rather than a club; a European cluster platform asks for at least 2 member types.</source>
        <extracomment>health.py</extracomment>
        <translation>Bedrijven plus ondersteunende organisaties (opleiding, onderzoek, normen, financiering, overheid) maken een cluster in plaats van een club; een Europees clusterplatform vraagt minstens 2 soorten leden.</translation>
    </message>
    <message>
        <source>Initiated and funded by government, industry or both</source>
        <extracomment>health.py</extracomment>
        <translation>Opgezet en gefinancierd door de overheid, het bedrijfsleven of beide</translation>
    </message>
    <message>
        <source>Initiatives limited to domestic companies do worse: foreign-owned firms and partners across the border bring markets, skills and investment.</source>
        <extracomment>health.py</extracomment>
        <translation>Initiatieven die beperkt blijven tot binnenlandse bedrijven doen het slechter: bedrijven in buitenlandse handen en partners over de grens brengen markten, vaardigheden en investeringen.</translation>
    </message>
    <message>
        <source>Initiatives that agree on their top priorities, based on a SWOT, do better; failure is often linked to a lack of consensus.</source>
        <extracomment>health.py</extracomment>
        <translation>Initiatieven die het op basis van een SWOT eens worden over hun belangrijkste prioriteiten, doen het beter; mislukking hangt vaak samen met gebrek aan consensus.</translation>
    </message>
    <message>
        <source>Member types</source>
        <extracomment>health.py</extracomment>
        <translation>Soorten leden</translation>
    </message>
    <message>
        <source>Members build a shared view of why and how they work together by meeting: an initiative with no workshop for a year is losing its momentum.</source>
        <extracomment>health.py</extracomment>
        <translation>Door samen te komen, bouwen leden een gedeeld beeld op van waarom en hoe ze samenwerken: een initiatief zonder workshop in een jaar verliest vaart.</translation>
    </message>
    <message>
        <source>Members self-selected, not picked by government</source>
        <extracomment>health.py</extracomment>
        <translation>Leden die zichzelf aanmeldden, niet gekozen door de overheid</translation>
    </message>
    <message>
        <source>Monitoring and evaluation with performance indicators</source>
        <extracomment>health.py</extracomment>
        <translation>Monitoring en evaluatie met prestatie-indicatoren</translation>
    </message>
    <message>
        <source>Nearly all initiatives in the Greenbook survey (95%) had at least 10 active members: below that, too few firms carry the work.</source>
        <extracomment>health.py</extracomment>
        <translation>Bijna alle initiatieven in het Greenbook-onderzoek (95%) hadden minstens 10 actieve leden: daaronder dragen te weinig bedrijven het werk.</translation>
    </message>
    <message>
        <source>Not limited to domestic companies</source>
        <extracomment>health.py</extracomment>
        <translation>Niet beperkt tot binnenlandse bedrijven</translation>
    </message>
    <message>
        <source>Open beyond domestic firms</source>
        <extracomment>health.py</extracomment>
        <translation>Open voor meer dan binnenlandse bedrijven</translation>
    </message>
    <message>
        <source>Selected through competition</source>
        <extracomment>health.py</extracomment>
        <translation>Geselecteerd via een competitie</translation>
    </message>
    <message>
        <source>Share of firms</source>
        <extracomment>health.py</extracomment>
        <translation>Aandeel bedrijven</translation>
    </message>
    <message>
        <source>Time spent building a shared framework</source>
        <extracomment>health.py</extracomment>
        <translation>Tijd besteed aan een gedeeld kader</translation>
    </message>
    <message>
        <source>Workshops in the last 12 months</source>
        <extracomment>health.py</extracomment>
        <translation>Workshops in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>at least 1</source>
        <extracomment>health.py</extracomment>
        <translation>minstens 1</translation>
    </message>
    <message>
        <source>at least one foreign, joint-owned or cross-border member</source>
        <extracomment>health.py</extracomment>
        <translation>minstens één buitenlands lid, lid in gemengde handen of lid over de grens</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <extracomment>health.py</extracomment>
        <translation>minstens {minimum}</translation>
    </message>
    <message>
        <source>at least {minimum}%</source>
        <extracomment>health.py</extracomment>
        <translation>minstens {minimum}%</translation>
    </message>
    <message>
        <source>at least {minimum}% of open actions</source>
        <extracomment>action_plan.py</extracomment>
        <translation>minstens {minimum}% van de open acties</translation>
    </message>
    <message>
        <source>consensus on an option, or W of at least {minimum}</source>
        <extracomment>health.py</extracomment>
        <translation>consensus over een optie, of W van minstens {minimum}</translation>
    </message>
    <message>
        <source>no action plan yet</source>
        <extracomment>action_plan.py</extracomment>
        <translation>nog geen actieplan</translation>
    </message>
    <message>
        <source>no active members yet</source>
        <extracomment>health.py</extracomment>
        <translation>nog geen actieve leden</translation>
    </message>
    <message>
        <source>no closed vote round yet</source>
        <extracomment>health.py</extracomment>
        <translation>nog geen gesloten stemronde</translation>
    </message>
    <message>
        <source>no open action ({done} done)</source>
        <extracomment>action_plan.py</extracomment>
        <translation>geen open actie ({done} afgerond)</translation>
    </message>
    <message>
        <source>no workshop in the last 12 months</source>
        <extracomment>health.py</extracomment>
        <translation>geen workshop in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>only domestic members</source>
        <extracomment>health.py</extracomment>
        <translation>alleen binnenlandse leden</translation>
    </message>
    <message>
        <source>ownership and country not recorded</source>
        <extracomment>health.py</extracomment>
        <translation>eigendom en land niet vastgelegd</translation>
    </message>
    <message>
        <source>{active} active of {members} members</source>
        <extracomment>health.py</extracomment>
        <translation>{active} actief van {members} leden</translation>
    </message>
    <message>
        <source>{count} held, the latest on {last}</source>
        <extracomment>health.py</extracomment>
        <translation>{count} gehouden, de laatste op {last}</translation>
    </message>
    <message>
        <source>{foreign} foreign or joint owned, {abroad} based abroad</source>
        <extracomment>health.py</extracomment>
        <translation>{foreign} in buitenlandse of gemengde handen, {abroad} gevestigd in het buitenland</translation>
    </message>
    <message>
        <source>{on_track} of {open} open actions on track ({late} late), {done} done</source>
        <extracomment>action_plan.py</extracomment>
        <translation>{on_track} van {open} open acties op schema ({late} te laat), {done} afgerond</translation>
    </message>
    <message>
        <source>{percent}% firms ({firms} of {active} active members)</source>
        <extracomment>health.py</extracomment>
        <translation>{percent}% bedrijven ({firms} van {active} actieve leden)</translation>
    </message>
    <message>
        <source>{title}: Kendall&apos;s W = {w}</source>
        <extracomment>health.py</extracomment>
        <translation>{title}: Kendalls W = {w}</translation>
    </message>
    <message>
        <source>{title}: consensus on {count} option(s)</source>
        <extracomment>health.py</extracomment>
        <translation>{title}: consensus over {count} optie(s)</translation>
    </message>
    <message>
        <source>{title}: this method has no consensus figure</source>
        <extracomment>health.py</extracomment>
        <translation>{title}: deze methode heeft geen consensuscijfer</translation>
    </message>
    <message>
        <source>{types} types among active members</source>
        <extracomment>health.py</extracomment>
        <translation>{types} soorten onder de actieve leden</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Cluster expansion</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Uitbreiding van het cluster</translation>
    </message>
    <message>
        <source>Commercial cooperation</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Commerciële samenwerking</translation>
    </message>
    <message>
        <source>Education and training</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Onderwijs en opleiding</translation>
    </message>
    <message>
        <source>Hub-and-spoke</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Hub-and-spoke</translation>
    </message>
    <message>
        <source>Innovation and technology</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Innovatie en technologie</translation>
    </message>
    <message>
        <source>Marshallian</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Marshalliaans</translation>
    </message>
    <message>
        <source>Policy action</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Beleidsbeïnvloeding</translation>
    </message>
    <message>
        <source>Research and networking</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Onderzoek en netwerken</translation>
    </message>
    <message>
        <source>Survival</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Overlevingscluster</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Already in the roster as “{name}”: nothing to change.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Staat al op de lijst als “{name}”: niets te wijzigen.</translation>
    </message>
    <message>
        <source>Already in the roster as “{name}”: skipped as a duplicate.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Staat al op de lijst als “{name}”: overgeslagen als dubbel.</translation>
    </message>
    <message>
        <source>Already in the roster as “{name}”: updated field by field ({fields} from the file).</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Staat al op de lijst als “{name}”: veld voor veld bijgewerkt ({fields} uit het bestand).</translation>
    </message>
    <message>
        <source>Certifications</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Certificeringen</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Toestemming om gegevens te delen</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>member_form.py</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact person</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contact role</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Functie van de contactpersoon</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>Exit date</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Uittreedatum</translation>
    </message>
    <message>
        <source>Exporter</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Exporteur</translation>
    </message>
    <message>
        <source>Governance role</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Rol in het bestuur</translation>
    </message>
    <message>
        <source>Join date</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Toetredingsdatum</translation>
    </message>
    <message>
        <source>Locality</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>member_form.py</extracomment>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Membership</source>
        <extracomment>member_form.py</extracomment>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>import_dialog.py, roster_model.py</extracomment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No organisation name: the row cannot become a member.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Geen naam van de organisatie: de rij kan geen lid worden.</translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Geen van de keuzes.</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Ownership</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Eigendom</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Same organisation as row {other} (“{name}”): skipped as a duplicate (the first row counts).</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Zelfde organisatie als rij {other} (“{name}”): overgeslagen als dubbel (de eerste rij telt).</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sub-sector</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Subsector</translation>
    </message>
    <message>
        <source>The exit date is before the join date.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>De uittreedatum ligt voor de toetredingsdatum.</translation>
    </message>
    <message>
        <source>The join date cannot be in the future.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>De toetredingsdatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Het aantal werknemers kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The organisation name is a formula ({text}); formulas are never run or imported. Type the name instead.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>De naam van de organisatie is een formule ({text}); formules worden nooit uitgevoerd of geïmporteerd. Typ in plaats daarvan de naam.</translation>
    </message>
    <message>
        <source>The organisation name is longer than {limit} characters.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>De naam van de organisatie is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>The organisation name is required.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>De naam van de organisatie is verplicht.</translation>
    </message>
    <message>
        <source>The vote weight must be between 0 and {limit}.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Het stemgewicht moet tussen 0 en {limit} liggen.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Dit lijkt geen e-mailadres (naam@voorbeeld.org).</translation>
    </message>
    <message>
        <source>This row is not UTF-8 like the rest of the file; it was read as Windows-1252. Check its accented letters (names, places) in the preview.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Deze rij is niet in UTF-8 zoals de rest van het bestand; ze is gelezen als Windows-1252. Controleer de letters met accenten (namen, plaatsen) in het voorbeeld.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Te lang: hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value-chain segment</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Schakel in de waardeketen</translation>
    </message>
    <message>
        <source>Vote weight</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Stemgewicht</translation>
    </message>
    <message>
        <source>Women-led</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Geleid door vrouwen</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>import_dialog.py, roster_model.py</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>a different value: the file&apos;s taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>een andere waarde: die uit het bestand wordt genomen</translation>
    </message>
    <message>
        <source>empty in the file: the roster&apos;s value kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>leeg in het bestand: de waarde van de lijst blijft</translation>
    </message>
    <message>
        <source>empty in the roster: the file&apos;s value taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>leeg op de lijst: de waarde uit het bestand wordt genomen</translation>
    </message>
    <message>
        <source>same letters, other case or spacing: the roster&apos;s kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>dezelfde letters, andere hoofdletters of spaties: die van de lijst blijft</translation>
    </message>
    <message>
        <source>same name with accents: the file&apos;s spelling taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>dezelfde naam met accenten: de spelling uit het bestand wordt genomen</translation>
    </message>
    <message>
        <source>same name without its accents: the roster&apos;s spelling kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>dezelfde naam zonder accenten: de spelling van de lijst blijft</translation>
    </message>
    <message>
        <source>the file&apos;s notes added below the roster&apos;s</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>de notities uit het bestand komen onder die van de lijst</translation>
    </message>
    <message>
        <source>{label} as written: {text}</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} zoals geschreven: {text}</translation>
    </message>
    <message>
        <source>{label} is a formula ({text}); it was not run: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} is een formule ({text}); die is niet uitgevoerd: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} is langer dan {limit} tekens: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} {text} is before the join date: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} {text} ligt voor de toetredingsdatum: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} {text} is in the future: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} {text} ligt in de toekomst: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” can be read day first or month first: read as {date} (day first, then month); the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” kan gelezen worden met de dag of met de maand eerst: gelezen als {date} (dag eerst, dan maand); de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a date: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is geen datum: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a known member type: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is geen bekende soort lid: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a valid e-mail address: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is geen geldig e-mailadres: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a valid number: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is geen geldig getal: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not active, inactive or prospective: left as it was (active for a new member), the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is niet actief, inactief of prospect: gelaten zoals het was (actief voor een nieuw lid), de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not one of the choices: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is geen van de keuzes: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not yes or no: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” is niet ja of nee: leeg gelaten, de tekst wordt in de notities bewaard.</translation>
    </message>
    <message>
        <source>{n} already in the roster skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} al op de lijst overgeslagen</translation>
    </message>
    <message>
        <source>{n} duplicate row in the file skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} dubbele rij in het bestand overgeslagen</translation>
    </message>
    <message>
        <source>{n} duplicate rows in the file skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} dubbele rijen in het bestand overgeslagen</translation>
    </message>
    <message>
        <source>{n} new</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} nieuw</translation>
    </message>
    <message>
        <source>{n} row in error left out</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} rij met een fout weggelaten</translation>
    </message>
    <message>
        <source>{n} row left out by you</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} rij door u weggelaten</translation>
    </message>
    <message>
        <source>{n} rows in error left out</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} rijen met een fout weggelaten</translation>
    </message>
    <message>
        <source>{n} rows left out by you</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} rijen door u weggelaten</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} ongewijzigd</translation>
    </message>
    <message>
        <source>{n} updated ({fields} field)</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} bijgewerkt ({fields} veld)</translation>
    </message>
    <message>
        <source>{n} updated ({fields} fields)</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} bijgewerkt ({fields} velden)</translation>
    </message>
</context>
<context>
    <name>voting_words</name>
    <message>
        <source>agreement cannot be measured: {reason}</source>
        <extracomment>voting_words.py</extracomment>
        <translation>de overeenstemming is niet te meten: {reason}</translation>
    </message>
    <message>
        <source>agreement not measurable</source>
        <extracomment>voting_words.py</extracomment>
        <translation>overeenstemming niet meetbaar</translation>
    </message>
    <message>
        <source>agreement on the top option: {value} (Tastle-Wierman: 0 = split, 1 = unanimous)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>overeenstemming over de bovenste optie: {value} (Tastle-Wierman: 0 = verdeeld, 1 = unaniem)</translation>
    </message>
    <message>
        <source>close agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>nauwe overeenstemming</translation>
    </message>
    <message>
        <source>consensus on {reached} of {n} options (no block, at least {threshold} % support)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>consensus over {reached} van de {n} opties (geen blokkade, minstens {threshold}% steun)</translation>
    </message>
    <message>
        <source>could be chance (p = {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>kan toeval zijn (p = {p})</translation>
    </message>
    <message>
        <source>divided</source>
        <extracomment>voting_words.py</extracomment>
        <translation>verdeeld</translation>
    </message>
    <message>
        <source>fair agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>redelijke overeenstemming</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>matige overeenstemming</translation>
    </message>
    <message>
        <source>no ballots yet</source>
        <extracomment>voting_words.py</extracomment>
        <translation>nog geen stembiljetten</translation>
    </message>
    <message>
        <source>no consensus yet on any of the {n} options (needs no block and at least {threshold} % support)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>nog geen consensus over een van de {n} opties (nodig: geen blokkade en minstens {threshold}% steun)</translation>
    </message>
    <message>
        <source>not measurable</source>
        <extracomment>voting_words.py</extracomment>
        <translation>niet meetbaar</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>sterke overeenstemming</translation>
    </message>
    <message>
        <source>strongly divided</source>
        <extracomment>voting_words.py</extracomment>
        <translation>sterk verdeeld</translation>
    </message>
    <message>
        <source>the top option has the support of {share} % of voters</source>
        <extracomment>voting_words.py</extracomment>
        <translation>de bovenste optie heeft de steun van {share}% van de kiezers</translation>
    </message>
    <message>
        <source>too few ballots</source>
        <extracomment>voting_words.py</extracomment>
        <translation>te weinig stembiljetten</translation>
    </message>
    <message>
        <source>unlikely to be chance (p = {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>onwaarschijnlijk toeval (p = {p})</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>zeer sterke overeenstemming</translation>
    </message>
    <message>
        <source>very unlikely to be chance (p &lt; {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>zeer onwaarschijnlijk toeval (p &lt; {p})</translation>
    </message>
    <message>
        <source>very weak agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>zeer zwakke overeenstemming</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>zwakke overeenstemming</translation>
    </message>
</context>
</TS>
