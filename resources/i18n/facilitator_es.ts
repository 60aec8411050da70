<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Action plan</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Add action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Agregar la acción {0}</translation>
    </message>
    <message>
        <source>Adopt {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Adoptar {0}</translation>
    </message>
    <message>
        <source>Adopt {0} priorities</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Adoptar {0} prioridades</translation>
    </message>
    <message>
        <source>Change the statement of {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Cambiar la declaración de {0}</translation>
    </message>
    <message>
        <source>Delete action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Eliminar la acción {0}</translation>
    </message>
    <message>
        <source>Edit action {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Editar la acción {0}</translation>
    </message>
    <message>
        <source>Take back the decision on {0}</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Revocar la decisión sobre {0}</translation>
    </message>
    <message>
        <source>Update {0} action(s)</source>
        <extracomment>action_commands.py</extracomment>
        <translation>Actualizar {0} acción(es)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>&amp;Action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>&amp;Budget estimate</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Presupuesto estimado</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Fecha &amp;límite</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>(no lead yet)</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>(sin responsable aún)</translation>
    </message>
    <message>
        <source>Edit action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Editar la acción</translation>
    </message>
    <message>
        <source>Find a member</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Buscar un miembro</translation>
    </message>
    <message>
        <source>New action</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>No due date</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>No partner chosen.</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Ningún socio elegido.</translation>
    </message>
    <message>
        <source>No start date</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Sin fecha de inicio</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Socios</translation>
    </message>
    <message>
        <source>Partners: {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Socios: {0}</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>What will be done, e.g. Train 40 growers</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Qué se hará, p. ej. Capacitar a 40 productores</translation>
    </message>
    <message>
        <source>e.g. 12,500</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>p. ej. 12,500</translation>
    </message>
    <message>
        <source>e.g. XCD</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>p. ej. DOP</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message numerus="yes">
        <source>%n action(s): {0} open, {1} late or overdue, {2} done.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>
            <numerusform>%n acción: abiertas: {0}; atrasadas o vencidas: {1}; completadas: {2}.</numerusform>
            <numerusform>%n acciones: abiertas: {0}; atrasadas o vencidas: {1}; completadas: {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Indicadores…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Nueva acción…</translation>
    </message>
    <message>
        <source>&amp;Review open actions…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Revisar las acciones abiertas…</translation>
    </message>
    <message>
        <source>&amp;Take back…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>Action added.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Acción agregada.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Acción guardada.</translation>
    </message>
    <message>
        <source>Add an action to an adopted priority (Ctrl+N)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Agregar una acción a una prioridad adoptada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Adopt a priority first (Results tab of a closed round), then plan its actions.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Primero adopte una prioridad (pestaña Resultados de una ronda cerrada) y luego planifique sus acciones.</translation>
    </message>
    <message>
        <source>All leads</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All workshops</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Todos los talleres</translation>
    </message>
    <message>
        <source>Decision on “{0}” taken back.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Decisión sobre “{0}” revocada.</translation>
    </message>
    <message>
        <source>Decision statement</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Declaración de la decisión</translation>
    </message>
    <message>
        <source>Decisions</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Delete action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Eliminar la acción</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Eliminar la acción</translation>
    </message>
    <message>
        <source>Delete the action “{0}”?</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>¿Eliminar la acción “{0}”?</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Eliminar la acción seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Deleted the action “{0}”.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Se eliminó la acción “{0}”.</translation>
    </message>
    <message>
        <source>Edit &amp;statement…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Editar la &amp;declaración…</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Editar la acción</translation>
    </message>
    <message>
        <source>Edit the selected action (Enter)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Editar la acción seleccionada (Enter)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>I&amp;mport from workbook…</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>I&amp;mportar desde el libro…</translation>
    </message>
    <message>
        <source>Import an indicator</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Importar un indicador</translation>
    </message>
    <message>
        <source>Import the action plan</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Importar el plan de acción</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Indicadores de la acción</translation>
    </message>
    <message>
        <source>Its action plan goes with it: {0} action(s) and their indicators.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Su plan de acción se va con ella: {0} acción(es) y sus indicadores.</translation>
    </message>
    <message>
        <source>Its {0} indicator(s) go with it.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Sus {0} indicador(es) se van con ella.</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>New action</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>No decision yet: adopt priorities on the Results tab of a closed vote round.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Aún no hay decisiones: adopte prioridades en la pestaña Resultados de una ronda de votación cerrada.</translation>
    </message>
    <message>
        <source>No open action to review.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>No hay acciones abiertas que revisar.</translation>
    </message>
    <message>
        <source>Open (not done or dropped)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Abiertas (ni completadas ni descartadas)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Review open actions</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Revisar las acciones abiertas</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Showing {0} of {1}. </source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Se muestran {0} de {1}. </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Take back a decision</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Revocar una decisión</translation>
    </message>
    <message>
        <source>Take back the Action plan and Indicators sheets of a workshop workbook (Export menu) that members filled in: every change is shown before anything is saved</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Recuperar las hojas Plan de acción e Indicadores de un libro del taller (menú Exportar) que completaron los miembros: cada cambio se muestra antes de guardar nada</translation>
    </message>
    <message>
        <source>Take back the decision to adopt “{0}”?</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>¿Revocar la decisión de adoptar “{0}”?</translation>
    </message>
    <message>
        <source>The selected action&apos;s indicators (Ctrl+I)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Los indicadores de la acción seleccionada (Ctrl+I)</translation>
    </message>
    <message>
        <source>Update the status of every open action in one table, as a workshop starts (Ctrl+R)</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Actualizar el estado de todas las acciones abiertas en una sola tabla, al comenzar un taller (Ctrl+R)</translation>
    </message>
    <message>
        <source>What the cluster decided and committed to, across workshops: adopt priorities on a closed round&apos;s Results tab, then plan their actions here and follow them up.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Lo que el clúster decidió y a lo que se comprometió, taller tras taller: adopte prioridades en la pestaña Resultados de una ronda cerrada, luego planifique aquí sus acciones y deles seguimiento.</translation>
    </message>
    <message>
        <source>What the members decided about “{0}”:</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Lo que los miembros decidieron sobre “{0}”:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Taller</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Budget</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Taller</translation>
    </message>
    <message>
        <source>{0} — overdue</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0} — vencida</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}, now {3} {4}{5}</source>
        <extracomment>action_plan_page.py</extracomment>
        <translation>{0}: {1} → {2}, ahora {3} {4}{5}</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>&amp;Adopt</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>&amp;Adoptar</translation>
    </message>
    <message>
        <source>(ties at the cut are all adopted)</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>(los empates en el corte se adoptan todos)</translation>
    </message>
    <message>
        <source>Adopt</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Adoptar</translation>
    </message>
    <message>
        <source>Adopt priorities</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Adoptar prioridades</translation>
    </message>
    <message>
        <source>Adopt priorities — {0}</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Adoptar prioridades — {0}</translation>
    </message>
    <message>
        <source>All that reached &amp;consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Todas las que alcanzaron el &amp;consenso</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Beats</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Supera a</translation>
    </message>
    <message>
        <source>Decision &amp;statement (what the members decided)</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>&amp;Declaración de la decisión (lo que decidieron los miembros)</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>How many of the top priorities</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Cuántas de las primeras prioridades</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Media</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>The members adopt these {0} priorities as the cluster&apos;s priorities.</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Los miembros adoptan estas {0} prioridades como prioridades del clúster.</translation>
    </message>
    <message>
        <source>The members adopt “{0}” as a priority of the cluster.</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Los miembros adoptan “{0}” como prioridad del clúster.</translation>
    </message>
    <message>
        <source>The priorities &amp;ticked below</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Las prioridades &amp;marcadas abajo</translation>
    </message>
    <message>
        <source>The t&amp;op</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Las &amp;primeras</translation>
    </message>
    <message>
        <source>This round&apos;s method does not say which priorities reached consensus (gradients of agreement does).</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>El método de esta ronda no indica qué prioridades alcanzaron el consenso (los gradientes de acuerdo sí lo hacen).</translation>
    </message>
    <message>
        <source>Votes</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Wins-losses</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>Victorias-derrotas</translation>
    </message>
    <message>
        <source>adopted already</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>ya adoptada</translation>
    </message>
    <message>
        <source>consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>consenso</translation>
    </message>
    <message>
        <source>no consensus</source>
        <extracomment>adopt_dialog.py</extracomment>
        <translation>sin consenso</translation>
    </message>
</context>
<context>
    <name>AnonymityChoice</name>
    <message>
        <source>Anonymity (locked at the first ballot)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Anonimato (queda fijo con la primera boleta)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Representative</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Miembro con voto</translation>
    </message>
    <message>
        <source>{0}: observer, present but never offered a ballot</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}: observador, presente pero nunca recibe boleta</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>&amp;New member arriving…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>&amp;Llega un miembro nuevo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>(type not set)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>(tipo sin definir)</translation>
    </message>
    <message>
        <source>1 inactive member is hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 miembro inactivo está oculto —</translation>
    </message>
    <message>
        <source>1 member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 miembro</translation>
    </message>
    <message>
        <source>1 member who is not active is hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 miembro que no está activo está oculto —</translation>
    </message>
    <message>
        <source>1 member who is not active is shown</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Se muestra 1 miembro que no está activo</translation>
    </message>
    <message>
        <source>1 observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 observador</translation>
    </message>
    <message>
        <source>1 voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>1 miembro con voto</translation>
    </message>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institución académica / de formación</translation>
    </message>
    <message>
        <source>Add all &amp;active members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agregar todos los miembros &amp;activos</translation>
    </message>
    <message>
        <source>Add as &amp;observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agregar como &amp;observadores</translation>
    </message>
    <message>
        <source>Add as &amp;voting members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agregar como miembros con &amp;voto</translation>
    </message>
    <message>
        <source>Already checked in: {0}</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Asistencia ya registrada: {0}</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Donante / organismo internacional</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agencia de desarrollo económico / ONG</translation>
    </message>
    <message>
        <source>Everyone chosen is already checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Todos los elegidos ya tienen la asistencia registrada</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Hide them</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ocultarlos</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agencia de promoción de inversiones / exportaciones</translation>
    </message>
    <message>
        <source>Make observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Pasar a observador</translation>
    </message>
    <message>
        <source>Make voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Pasar a miembro con voto</translation>
    </message>
    <message>
        <source>Member type</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tipo de miembro</translation>
    </message>
    <message>
        <source>New member arriving</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Llega un miembro nuevo</translation>
    </message>
    <message>
        <source>New member arriving…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Llega un miembro nuevo…</translation>
    </message>
    <message>
        <source>No active member matches “{0}”; {1} is not active (Show them, above the list)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ningún miembro activo coincide con “{0}”; {1} no está activo (Mostrarlos, encima de la lista)</translation>
    </message>
    <message>
        <source>No active member matches “{0}”; {1} members who are not active do (Show them, above the list)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ningún miembro activo coincide con “{0}”; {1} miembros que no están activos sí coinciden (Mostrarlos, encima de la lista)</translation>
    </message>
    <message>
        <source>No member matches “{0}”</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ningún miembro coincide con “{0}”</translation>
    </message>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observadores</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organismo de normas de calidad</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organismo regulador</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institución de investigación / ensayos</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Roster</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Buscar en la lista de miembros</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Asociación sectorial / cámara</translation>
    </message>
    <message>
        <source>Show them</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Someone not on the roster yet: add them to the roster and tick them as present (Ctrl+N)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Alguien que aún no está en la lista: agréguelo a la lista y márquelo como presente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check a member in as a voting member, or pick members on the left (Ctrl+click for several) and add them; observers (a ministry officer, a journalist) are never offered a ballot. Double-click a role or representative to change it.</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Escriba un nombre y pulse Enter para registrar la asistencia de un miembro con voto, o elija miembros a la izquierda (Ctrl+clic para varios) y agréguelos; los observadores (un funcionario de un ministerio, un periodista) nunca reciben boleta. Haga doble clic en un rol o un representante para cambiarlo.</translation>
    </message>
    <message>
        <source>Type a name and press Enter to check in…</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Escriba un nombre y pulse Enter para registrar la asistencia…</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Miembro con voto</translation>
    </message>
    <message>
        <source>{0} checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}: asistencia registrada</translation>
    </message>
    <message>
        <source>{0} checked in as an observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}: asistencia registrada como observador</translation>
    </message>
    <message>
        <source>{0} checked in as observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0}: asistencia registrada como observadores</translation>
    </message>
    <message>
        <source>{0} inactive members are hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} miembros inactivos están ocultos —</translation>
    </message>
    <message>
        <source>{0} is already checked in</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} ya tiene la asistencia registrada</translation>
    </message>
    <message>
        <source>{0} members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} miembros</translation>
    </message>
    <message>
        <source>{0} members match “{1}”: choose one (arrow keys, then Enter)</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} miembros coinciden con “{1}”: elija uno (flechas y luego Enter)</translation>
    </message>
    <message>
        <source>{0} members who are not active (inactive or prospective) are hidden —</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} miembros que no están activos (inactivos o potenciales) están ocultos —</translation>
    </message>
    <message>
        <source>{0} members who are not active are shown</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Se muestran {0} miembros que no están activos</translation>
    </message>
    <message>
        <source>{0} observers</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} observadores</translation>
    </message>
    <message>
        <source>{0} voting members</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>{0} miembros con voto</translation>
    </message>
</context>
<context>
    <name>AttributionDialog</name>
    <message>
        <source>Search members…</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Buscar miembros…</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>¿Quién lo dijo?</translation>
    </message>
    <message>
        <source>present</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>presente</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n (entry|entries), oldest first, in local time.</source>
        <extracomment>audit_view.py</extracomment>
        <translation>
            <numerusform>%n entrada, de la más antigua a la más reciente, en hora local.</numerusform>
            <numerusform>%n entradas, de la más antigua a la más reciente, en hora local.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: {0}</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Registro de auditoría: {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Ballot corrected</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Boleta corregida</translation>
    </message>
    <message>
        <source>Ballot deleted</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Boleta eliminada</translation>
    </message>
    <message>
        <source>Ballot recorded</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Boleta registrada</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Round closed</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronda cerrada</translation>
    </message>
    <message>
        <source>Round deleted</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronda eliminada</translation>
    </message>
    <message>
        <source>Round opened</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronda abierta</translation>
    </message>
    <message>
        <source>Round reopened</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ronda reabierta</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Ajustes de la ronda cambiados</translation>
    </message>
    <message>
        <source>Show-of-hands totals recorded</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Totales a mano alzada registrados</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who / how</source>
        <extracomment>audit_view.py</extracomment>
        <translation>Quién / cómo</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n option(s)</source>
        <extracomment>audit_view.py</extracomment>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <extracomment>operation.py</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>operation.py</extracomment>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message numerus="yes">
        <source>%n entered ballot(s) (is|are) not shown here: tick Show entered ballots to see or correct (it|them).</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>%n boleta ingresada no se muestra aquí: marque Mostrar las boletas ingresadas para verla o corregirla.</numerusform>
            <numerusform>%n boletas ingresadas no se muestran aquí: marque Mostrar las boletas ingresadas para verlas o corregirlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record this ballot</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>&amp;Registrar esta boleta</translation>
    </message>
    <message>
        <source>(choose who handed it in)</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>(elija quién la entregó)</translation>
    </message>
    <message>
        <source>Ballot of {0} saved.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Boleta de {0} guardada.</translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Descartar este borrador</translation>
    </message>
    <message>
        <source>Draft for {0} discarded.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Se descartó el borrador de {0}.</translation>
    </message>
    <message>
        <source>For a screen others can see: every other row shows — instead of its numbers (Ctrl+H in the grid). On by default in anonymous and secret rounds.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Para una pantalla que otros pueden ver: las demás filas muestran — en lugar de sus números (Ctrl+H en la cuadrícula). Activado por defecto en las rondas anónimas y secretas.</translation>
    </message>
    <message>
        <source>Handed in by (puts them on the register; the ballot keeps no name):</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Entregada por (queda en el registro de votantes; la boleta no guarda ningún nombre):</translation>
    </message>
    <message>
        <source>It has problems: go to the row to see them.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Tiene problemas: vaya a la fila para verlos.</translation>
    </message>
    <message>
        <source>Next ballot</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Siguiente boleta</translation>
    </message>
    <message>
        <source>Off: ballots already recorded leave the grid, names and all, so a screen others can see shows only who is still to vote. Off by default in anonymous rounds. For the room, use the presenter view (F5): it never shows the grid.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Desactivado: las boletas ya registradas salen de la cuadrícula, con nombre y todo, para que una pantalla que otros pueden ver muestre solo quién falta por votar. Desactivado por defecto en las rondas anónimas. Para la sala, use la vista de presentador (F5): nunca muestra la cuadrícula.</translation>
    </message>
    <message>
        <source>Pri&amp;vacy: numbers only in the row being typed</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Pri&amp;vacidad: números solo en la fila que se escribe</translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Modo privado</translation>
    </message>
    <message>
        <source>Secret ballot recorded.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Boleta secreta registrada.</translation>
    </message>
    <message numerus="yes">
        <source>Secret round: type one ballot paper at a time, and choose who handed it in (they go on the register, so nobody votes twice; the ballot keeps no name). %n ballot(s) recorded here since this round was opened on screen.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>Ronda secreta: escriba una boleta de papel a la vez y elija quién la entregó (queda en el registro de votantes, así nadie vota dos veces; la boleta no guarda ningún nombre). %n boleta registrada aquí desde que esta ronda se abrió en pantalla.</numerusform>
            <numerusform>Ronda secreta: escriba una boleta de papel a la vez y elija quién la entregó (queda en el registro de votantes, así nadie vota dos veces; la boleta no guarda ningún nombre). %n boletas registradas aquí desde que esta ronda se abrió en pantalla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show entered &amp;ballots</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Mostrar las &amp;boletas ingresadas</translation>
    </message>
    <message>
        <source>The member has already voted another way: drop what was typed for them here.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>El miembro ya votó por otra vía: descarte lo que se escribió aquí para él.</translation>
    </message>
    <message>
        <source>This round is closed: reopen it to enter or correct ballots.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Esta ronda está cerrada: reábrala para ingresar o corregir boletas.</translation>
    </message>
    <message>
        <source>This secret round is closed. Secret ballots are never listed one by one: see the Results tab.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Esta ronda secreta está cerrada. Las boletas secretas nunca se listan una por una: vea la pestaña Resultados.</translation>
    </message>
    <message>
        <source>Type a number and press Tab or Enter to move on. A row is recorded when you finish it (Enter on its last option, or move to another row) and it has no problem. Tick Paper (Space, or Ctrl+P) for a paper ballot you type in.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>Escriba un número y pulse Tab o Enter para avanzar. Una fila se registra cuando usted la termina (Enter en su última opción, o al pasar a otra fila) y no tiene problemas. Marque Papel (Espacio o Ctrl+P) para una boleta de papel que usted transcribe.</translation>
    </message>
    <message>
        <source>{0}: being typed; finish the row to record it.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}: en escritura; termine la fila para registrarla.</translation>
    </message>
    <message>
        <source>{0}: no problem so far; finish the row to record it.</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}: sin problemas por ahora; termine la fila para registrarla.</translation>
    </message>
    <message>
        <source>{0}: not recorded</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>{0}: no registrada</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not recorded</source>
        <extracomment>ballot_entry.py</extracomment>
        <translation>
            <numerusform>… y %n fila más sin registrar</numerusform>
            <numerusform>… y %n filas más sin registrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotGridModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Already {0}: this draft will not be recorded</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Ya {0}: este borrador no se registrará</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Dots used</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Puntos usados</translation>
    </message>
    <message>
        <source>Given</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Not recorded: it has problems (privacy mode hides them; go to the row to see them).</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>No registrada: tiene problemas (el modo privado los oculta; vaya a la fila para verlos).</translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Ranked</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Clasificadas</translation>
    </message>
    <message>
        <source>Rated</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Calificadas</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Voter</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Votante</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>cambiada, sin guardar</translation>
    </message>
    <message>
        <source>feasibility</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>factibilidad</translation>
    </message>
    <message>
        <source>grid</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>cuadrícula</translation>
    </message>
    <message>
        <source>impact</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>impacto</translation>
    </message>
    <message>
        <source>import</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>importación</translation>
    </message>
    <message>
        <source>kiosk</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>papel</translation>
    </message>
    <message>
        <source>show of hands</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>mano alzada</translation>
    </message>
    <message>
        <source>typing…</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <source>voted</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó</translation>
    </message>
    <message>
        <source>voted (entered at {0})</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó (ingresado a las {0})</translation>
    </message>
    <message>
        <source>voted by phone</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó por teléfono</translation>
    </message>
    <message>
        <source>voted by phone at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó por teléfono a las {0}</translation>
    </message>
    <message>
        <source>voted in a file imported at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó en un archivo importado a las {0}</translation>
    </message>
    <message>
        <source>voted in an imported file</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó en un archivo importado</translation>
    </message>
    <message>
        <source>voted on paper</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó en papel</translation>
    </message>
    <message>
        <source>voted on paper (typed in at {0})</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó en papel (transcrito a las {0})</translation>
    </message>
    <message>
        <source>voted on the kiosk</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó en el quiosco</translation>
    </message>
    <message>
        <source>voted on the kiosk at {0}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>votó en el quiosco a las {0}</translation>
    </message>
    <message>
        <source>{0}, entered by {1}</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>{0}, ingresada por {1}</translation>
    </message>
    <message>
        <source>{0}: the member&apos;s own ballot, not changed here (delete it to let them vote again)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>{0}: la boleta propia del miembro, no se cambia aquí (elimínela para que pueda votar de nuevo)</translation>
    </message>
    <message>
        <source>⚠ not recorded</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>⚠ no registrada</translation>
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
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx or .csv): the first column names the voter, then one column per option headed by its name as printed on the ballot; each cell holds the number written on the sheet, blank when none. Nothing is imported unless every row is right.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Una hoja de cálculo (.xlsx o .csv): la primera columna indica el votante, luego una columna por opción, encabezada con su nombre tal como aparece impreso en la boleta; cada celda lleva el número escrito en la hoja, en blanco si no hay ninguno. No se importa nada a menos que todas las filas estén correctas.</translation>
    </message>
    <message>
        <source>Ballot matrix</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Matriz de boletas</translation>
    </message>
    <message>
        <source>Ballots from another file</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Boletas de otro archivo</translation>
    </message>
    <message>
        <source>Blank matrix saved to {0}.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Matriz en blanco guardada en {0}.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import ballots: {0}</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importar boletas: {0}</translation>
    </message>
    <message>
        <source>Import paper ballots</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Importar boletas de papel</translation>
    </message>
    <message>
        <source>No column for: {0} (left blank on every ballot).</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>No hay columna para: {0} (en blanco en todas las boletas).</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Ningún archivo elegido.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) ready to import once you say who handed in the sheets without a name (below).</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n boleta lista para importar en cuanto indique quién entregó las hojas sin nombre (abajo).</numerusform>
            <numerusform>%n boletas listas para importar en cuanto indique quién entregó las hojas sin nombre (abajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) ready to import.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>%n boleta lista para importar.</numerusform>
            <numerusform>%n boletas listas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without any number (is|are) skipped.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>Se omite %n fila sin ningún número.</numerusform>
            <numerusform>Se omiten %n filas sin ningún número.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n ballot(s)</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>Importar %n boleta</numerusform>
            <numerusform>Importar %n boletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n problem(s) below. Fix the file and choose it again.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>No se puede importar nada: %n problema abajo. Corrija el archivo y vuelva a elegirlo.</numerusform>
            <numerusform>No se puede importar nada: %n problemas abajo. Corrija el archivo y vuelva a elegirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper ballots typed in</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Boletas de papel transcritas</translation>
    </message>
    <message>
        <source>Reading the file was cancelled; choose it again.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Se canceló la lectura del archivo; vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Record them as:</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Registrarlas como:</translation>
    </message>
    <message>
        <source>Save a &amp;blank matrix…</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Guardar una matriz en &amp;blanco…</translation>
    </message>
    <message>
        <source>Save a blank matrix</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Guardar una matriz en blanco</translation>
    </message>
    <message>
        <source>Secret round: leave the voter cell blank (the sheets carry no name); you will be asked who handed them in.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>Ronda secreta: deje en blanco la celda del votante (las hojas no llevan nombre); se le preguntará quién las entregó.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Who handed in the sheet without a name? Tick that member: they go on the register as having voted, so that nobody votes twice. The ballot keeps no name.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>¿Quién entregó la hoja sin nombre? Marque a ese miembro: queda en el registro como que ya votó, así nadie vota dos veces. La boleta no guarda ningún nombre.</translation>
    </message>
    <message>
        <source>Who handed in the {0} sheets without a name? Tick one member per sheet: they go on the register as having voted, so that nobody votes twice. Who handed in which sheet is not kept.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>¿Quién entregó las {0} hojas sin nombre? Marque un miembro por hoja: quedan en el registro como que ya votaron, así nadie vota dos veces. No se guarda quién entregó cuál hoja.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of {1} ticked. Only %n voting member(s) (has|have) not voted yet, fewer than the sheets without a name: check the file (a sheet counted twice?) before importing.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>
            <numerusform>{0} de {1} marcados. Solo %n miembro con voto aún no ha votado, menos que las hojas sin nombre: revise el archivo (¿una hoja contada dos veces?) antes de importar.</numerusform>
            <numerusform>{0} de {1} marcados. Solo %n miembros con voto aún no han votado, menos que las hojas sin nombre: revise el archivo (¿una hoja contada dos veces?) antes de importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} ticked.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>{0} de {1} marcados.</translation>
    </message>
    <message>
        <source>{0} of {1} ticked. Import stays off until exactly {1} are ticked: each ballot needs the member who handed it in, so that nobody votes twice.</source>
        <extracomment>ballot_import_dialog.py</extracomment>
        <translation>{0} de {1} marcados. Importar sigue desactivado hasta que haya exactamente {1} marcados: cada boleta necesita el miembro que la entregó, así nadie vota dos veces.</translation>
    </message>
</context>
<context>
    <name>BallotTableView</name>
    <message>
        <source>Clear the cell</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Vaciar la celda</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Supr, Retroceso</translation>
    </message>
    <message>
        <source>Next option (after the last: the row is recorded)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Siguiente opción (después de la última: la fila se registra)</translation>
    </message>
    <message>
        <source>Paper ballot</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Boleta de papel</translation>
    </message>
    <message>
        <source>Paper ballot (in the Paper column)</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Boleta de papel (en la columna Papel)</translation>
    </message>
    <message>
        <source>Previous option</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Opción anterior</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Mayús+Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>ballot_grid.py</extracomment>
        <translation>Espacio</translation>
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
        <translation>Una categoría por línea:</translation>
    </message>
    <message>
        <source>Priority categories</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Categorías de prioridad</translation>
    </message>
    <message>
        <source>Restore the Greenbook objective areas</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Restaurar las áreas de objetivos del Greenbook</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copy details</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Mostrar los detalles</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Sorry: the app hit a problem it did not expect ({0}).
Everything you entered before this was saved. You can keep working.

The details were written to:
{1}</source>
        <extracomment>crash_dialog.py</extracomment>
        <translation>Lo sentimos: la aplicación encontró un problema inesperado ({0}).
Todo lo que ingresó antes de esto quedó guardado. Puede seguir trabajando.

Los detalles se escribieron en:
{1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <extracomment>date_field.py</extracomment>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <extracomment>date_field.py</extracomment>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <extracomment>date_field.py</extracomment>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Type a date like {0}, or pick one on the calendar (Alt+Down). Leave it empty for none.</source>
        <extracomment>date_field.py</extracomment>
        <translation>Escriba una fecha como {0}, o elíjala en el calendario (Alt+Abajo). Déjela vacía si no hay ninguna.</translation>
    </message>
    <message>
        <source>“{0}” is not a date: write it like {1}, or pick it on the calendar (leave it empty for none).</source>
        <extracomment>date_field.py</extracomment>
        <translation>“{0}” no es una fecha: escríbala como {1}, o elíjala en el calendario (déjela vacía si no hay ninguna).</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Actions</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Adopted</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>How the vote placed it</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Cómo la situó la votación</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Taller</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;FAQ handout (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Folleto de preguntas &amp;frecuentes (PDF)…</translation>
    </message>
    <message>
        <source>A PDF report of the open workshop (or the latest one) for members and funders</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Un informe PDF del taller abierto (o del más reciente) para los miembros y los financiadores</translation>
    </message>
    <message>
        <source>An export is already running; wait for it to finish.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Ya hay una exportación en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cluster FAQ handout</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Folleto de preguntas frecuentes del clúster</translation>
    </message>
    <message>
        <source>Every figure of the open workshop (or the latest one) in an Excel workbook</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Todas las cifras del taller abierto (o del más reciente) en un libro de Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export the FAQ handout</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar el folleto de preguntas frecuentes</translation>
    </message>
    <message>
        <source>Export the member roster</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar la lista de miembros</translation>
    </message>
    <message>
        <source>Export the workshop report</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar el informe del taller</translation>
    </message>
    <message>
        <source>Export the workshop workbook</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar el libro del taller</translation>
    </message>
    <message>
        <source>Member r&amp;oster…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Lista de &amp;miembros…</translation>
    </message>
    <message>
        <source>Open the file</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Preparando la exportación…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Guardado: {0}.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Workshop &amp;report (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;Informe del taller (PDF)…</translation>
    </message>
    <message>
        <source>Workshop &amp;workbook (Excel)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>&amp;Libro del taller (Excel)…</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <source>&amp;Search:</source>
        <extracomment>faq_page.py</extracomment>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>1 question matches</source>
        <extracomment>faq_page.py</extracomment>
        <translation>1 pregunta coincide</translation>
    </message>
    <message>
        <source>A+</source>
        <extracomment>faq_page.py</extracomment>
        <translation>A+</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>A−</source>
        <extracomment>faq_page.py</extracomment>
        <translation>A−</translation>
    </message>
    <message>
        <source>Cluster FAQ handout.pdf</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Preguntas frecuentes del clúster.pdf</translation>
    </message>
    <message>
        <source>Export FAQ handout</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Exportar el folleto de preguntas frecuentes</translation>
    </message>
    <message>
        <source>Export FAQ handout…</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Exportar el folleto de preguntas frecuentes…</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Full screen: the answer alone</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Pantalla completa: solo la respuesta</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Larger text, for the projector ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texto más grande, para el proyector ({key})</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Salir de la pantalla completa</translation>
    </message>
    <message>
        <source>Put this answer on the presenter view, the window for the projector (F5 shows or hides it): it follows the question chosen here and its scrolling</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Poner esta respuesta en la vista de presentador, la ventana para el proyector (F5 la muestra u oculta): sigue la pregunta elegida aquí y su desplazamiento</translation>
    </message>
    <message>
        <source>The answer alone, full screen on this screen, in large type (F11; Esc to leave). With a projector as a second screen, use Show on projector.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Solo la respuesta, a pantalla completa en esta pantalla, en letra grande (F11; Esc para salir). Con un proyector como segunda pantalla, use Mostrar en el proyector.</translation>
    </message>
    <message>
        <source>No question matches</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Ninguna pregunta coincide</translation>
    </message>
    <message>
        <source>No question or answer contains “{query}”.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Ninguna pregunta ni respuesta contiene “{query}”.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Open it</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Questions</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Save the whole FAQ as a PDF to print for members</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Guardar todas las preguntas frecuentes en un PDF para imprimir y repartir a los miembros</translation>
    </message>
    <message>
        <source>Saved the FAQ handout to {path}.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Folleto de preguntas frecuentes guardado en {path}.</translation>
    </message>
    <message>
        <source>Search questions and answers ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Buscar en preguntas y respuestas ({key})</translation>
    </message>
    <message>
        <source>Search the FAQ</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Buscar en las preguntas frecuentes</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Mostrar en el pro&amp;yector</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Smaller text ({key})</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Texto más pequeño ({key})</translation>
    </message>
    <message>
        <source>The FAQ is empty.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>Las preguntas frecuentes están vacías.</translation>
    </message>
    <message>
        <source>The handout could not be written because of an unexpected error. The details are in {log}.</source>
        <extracomment>faq_page.py</extracomment>
        <translation>No se pudo escribir el folleto por un error inesperado. Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>{count} questions match</source>
        <extracomment>faq_page.py</extracomment>
        <translation>{count} preguntas coinciden</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Ningún programa de esta computadora abre {name}.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>The file is saved here:
{path}</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>El archivo está guardado aquí:
{path}</translation>
    </message>
    <message>
        <source>The folder could not be opened either. The file is {path}</source>
        <extracomment>file_dialogs.py</extracomment>
        <translation>Tampoco se pudo abrir la carpeta. El archivo es {path}</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>Cancel</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading a file</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Leyendo un archivo</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <extracomment>file_reader.py</extracomment>
        <translation>Leyendo {0}…</translation>
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
        <translation>Texto más grande (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <extracomment>swot_style.py</extracomment>
        <translation>Texto más pequeño (Ctrl+−)</translation>
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
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>De acuerdo, con un punto menor de discrepancia</translation>
    </message>
    <message>
        <source>Block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Count the hands at each gradient for each option. Gradients: {0}</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Cuente las manos en cada gradiente para cada opción. Gradientes: {0}</translation>
    </message>
    <message>
        <source>Disagree but will not block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>En desacuerdo, pero no bloqueo</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Se necesita más discusión</translation>
    </message>
    <message>
        <source>Record totals</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Registrar los totales</translation>
    </message>
    <message>
        <source>Show of hands: {0}</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>A mano alzada: {0}</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Apoyo con reservas</translation>
    </message>
    <message>
        <source>Totals are recorded as a show of hands, not as individual ballots.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Los totales se registran como votación a mano alzada, no como boletas individuales.</translation>
    </message>
    <message>
        <source>Type how many hands went up for each option.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Escriba cuántas manos se levantaron para cada opción.</translation>
    </message>
    <message>
        <source>Type the dots each option received (count the flip chart).</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Escriba los puntos que recibió cada opción (cuéntelos en el papelógrafo).</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Apoyo total</translation>
    </message>
    <message>
        <source>{0} in all.</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>{0} en total.</translation>
    </message>
</context>
<context>
    <name>HandsModel</name>
    <message>
        <source>Abstain</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Agreement with a minor point of contention</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>De acuerdo, con un punto menor de discrepancia</translation>
    </message>
    <message>
        <source>Block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Disagree but will not block</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>En desacuerdo, pero no bloqueo</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Hands</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Manos</translation>
    </message>
    <message>
        <source>More discussion needed</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Se necesita más discusión</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Support with reservations</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Apoyo con reservas</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Whole-hearted endorsement</source>
        <extracomment>hands_dialog.py</extracomment>
        <translation>Apoyo total</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Check</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Salud del clúster</translation>
    </message>
    <message>
        <source>Factor {0}: {1}</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Factor {0}: {1}</translation>
    </message>
    <message>
        <source>Measured</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Measured on the roster against the success factors of the Cluster Initiative Greenbook.</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Medido sobre la lista de miembros según los factores de éxito del Cluster Initiative Greenbook.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Open the page with these figures</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Abrir la página con estas cifras</translation>
    </message>
    <message>
        <source>Success factor</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Factor de éxito</translation>
    </message>
    <message>
        <source>Threshold</source>
        <extracomment>health_panel.py</extracomment>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>not met</source>
        <extracomment>health_panel.py</extracomment>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>health_panel.py</extracomment>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>health_panel.py</extracomment>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Country</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Facilitador</translation>
    </message>
    <message>
        <source>&amp;Maturity</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Madurez</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>home_page.py</extracomment>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Cluster &amp;type</source>
        <extracomment>home_page.py</extracomment>
        <translation>&amp;Tipo de clúster</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <extracomment>home_page.py</extracomment>
        <translation>Salud del clúster</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <extracomment>home_page.py</extracomment>
        <translation>Perfil del clúster</translation>
    </message>
    <message>
        <source>Emerging</source>
        <extracomment>home_page.py</extracomment>
        <translation>Emergente</translation>
    </message>
    <message>
        <source>Established</source>
        <extracomment>home_page.py</extracomment>
        <translation>Consolidado</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <extracomment>home_page.py</extracomment>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Potential</source>
        <extracomment>home_page.py</extracomment>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <extracomment>home_page.py</extracomment>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>home_page.py</extracomment>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <extracomment>home_page.py</extracomment>
        <translation>Clúster sin nombre</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Changes to members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Cambios en los miembros</translation>
    </message>
    <message>
        <source>&amp;Changes to members ({0})</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Cambios en los miembros ({0})</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Import: add 1 member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importar: agregar 1 miembro</translation>
    </message>
    <message>
        <source>&amp;Import: add {0} members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importar: agregar {0} miembros</translation>
    </message>
    <message>
        <source>&amp;Import: add {0}, update {1}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importar: agregar {0}, actualizar {1}</translation>
    </message>
    <message>
        <source>&amp;Import: update 1 member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importar: actualizar 1 miembro</translation>
    </message>
    <message>
        <source>&amp;Import: update {0} members</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Importar: actualizar {0} miembros</translation>
    </message>
    <message>
        <source>&amp;Keep every roster value</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Conservar todos los valores de la lista</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Omitirlos</translation>
    </message>
    <message>
        <source>&amp;Take every value from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Tomar todos los valores del archivo</translation>
    </message>
    <message>
        <source>&amp;Update them, field by field</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&amp;Actualizarlos, campo por campo</translation>
    </message>
    <message>
        <source>(1 warning)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>(1 advertencia)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>({0} warnings)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>({0} advertencias)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Changes to members already in the roster</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Cambios en miembros que ya están en la lista</translation>
    </message>
    <message>
        <source>Choose the column that holds the organisation name: without it no row can be imported.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Elija la columna que contiene el nombre de la organización: sin ella no se puede importar ninguna fila.</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Column {0} imports into</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>La columna {0} se importa en</translation>
    </message>
    <message>
        <source>Dates written like 12/05/2022:</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Fechas escritas como 12/05/2022:</translation>
    </message>
    <message>
        <source>Day first: 12/05/2022 is 12 May</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Día primero: 12/05/2022 es el 12 de mayo</translation>
    </message>
    <message>
        <source>Do not import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Error: left out</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Error: se deja fuera</translation>
    </message>
    <message>
        <source>Examples</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>For each member already in the roster, the fields the file would change. Ticked: the file&apos;s value is taken; not ticked: the roster&apos;s value stays. Suggested: an accented spelling is kept over the same name without accents, an empty cell never erases a value, the file&apos;s notes are added below the roster&apos;s (never replacing them). Tick or untick a member to choose for all its fields.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Para cada miembro que ya está en la lista, los campos que el archivo cambiaría. Marcado: se toma el valor del archivo; sin marcar: se queda el valor de la lista. Sugerido: una grafía con tildes se conserva frente al mismo nombre sin tildes, una celda vacía nunca borra un valor, las notas del archivo se agregan debajo de las de la lista (nunca las reemplazan). Marque o desmarque un miembro para elegir en todos sus campos.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import members from {0}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Importar miembros de {0}</translation>
    </message>
    <message>
        <source>Imports into</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Se importa en</translation>
    </message>
    <message>
        <source>In the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>In the roster now</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>En la lista ahora</translation>
    </message>
    <message>
        <source>In the roster: nothing changes</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>En la lista: nada cambia</translation>
    </message>
    <message>
        <source>Left out</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Se deja fuera</translation>
    </message>
    <message>
        <source>Member and field</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Miembro y campo</translation>
    </message>
    <message>
        <source>Members already in the roster:</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Miembros que ya están en la lista:</translation>
    </message>
    <message>
        <source>Month first: 12/05/2022 is 5 December</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Mes primero: 12/05/2022 es el 5 de diciembre</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>No row of column titles was recognised in {0}. Choose below what each column holds; the first row is read as titles.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>No se reconoció ninguna fila de títulos de columna en {0}. Elija abajo qué contiene cada columna; la primera fila se lee como títulos.</translation>
    </message>
    <message>
        <source>Not ticked: the roster&apos;s value stays</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Sin marcar: se queda el valor de la lista</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Rows in error cannot be imported as they are: they are left out. To fix one, double-click its organisation name and type the right one. Warnings import: the doubtful field is left empty and what the file said is kept in the member&apos;s notes. A row that repeats an earlier row of the file is skipped: the first one counts.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Las filas con errores no se pueden importar tal como están: se dejan fuera. Para corregir una, haga doble clic en el nombre de la organización y escriba el correcto. Las advertencias se importan: el campo dudoso queda vacío y lo que decía el archivo se guarda en las notas del miembro. Una fila que repite una fila anterior del archivo se omite: cuenta la primera.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Mostrar solo las filas con problemas</translation>
    </message>
    <message>
        <source>Skipped: already in the roster</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Omitida: ya está en la lista</translation>
    </message>
    <message>
        <source>Skipped: same as row {0}</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Omitida: igual que la fila {0}</translation>
    </message>
    <message>
        <source>Su&amp;ggested choices</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Opciones su&amp;geridas</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Sugerido porque</translation>
    </message>
    <message>
        <source>Ticked: the file&apos;s value is taken</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Marcado: se toma el valor del archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Updates “{0}” (1 field)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Actualiza “{0}” (1 campo)</translation>
    </message>
    <message>
        <source>Updates “{0}” ({1} fields)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Actualiza “{0}” ({1} campos)</translation>
    </message>
    <message>
        <source>What happens</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>Work it out (day first when unsure)</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>Deducirlo (día primero si hay duda)</translation>
    </message>
    <message>
        <source>every value from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>todos los valores del archivo</translation>
    </message>
    <message>
        <source>nothing changes: every roster value stays</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>nada cambia: se quedan todos los valores de la lista</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>su elección</translation>
    </message>
    <message>
        <source>{0} (row {1})</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>{0} (fila {1})</translation>
    </message>
    <message>
        <source>{0} of {1} values from the file</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>{0} de {1} valores del archivo</translation>
    </message>
    <message numerus="yes">
        <source>{0}: column titles found on row {1}, %n row(s) with data below them. Check what each column holds; columns set to “Do not import” are left out.</source>
        <extracomment>import_dialog.py</extracomment>
        <translation>
            <numerusform>{0}: títulos de columna encontrados en la fila {1}, %n fila con datos debajo. Revise qué contiene cada columna; las columnas en “No importar” se dejan fuera.</numerusform>
            <numerusform>{0}: títulos de columna encontrados en la fila {1}, %n filas con datos debajo. Revise qué contiene cada columna; las columnas en “No importar” se dejan fuera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Actual</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Real</translation>
    </message>
    <message>
        <source>Baseline</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Date measured</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Fecha de medición</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>&amp;Add</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Add indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Agregar el indicador {0}</translation>
    </message>
    <message>
        <source>Delete indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Eliminar el indicador {0}</translation>
    </message>
    <message>
        <source>Edit indicator {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Editar el indicador {0}</translation>
    </message>
    <message>
        <source>How the action&apos;s result is measured: where it started (baseline), where it should get (target), where it is (actual), in which unit, from which source and when. Type in a cell to change it; Ctrl+Z undoes.</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Cómo se mide el resultado de la acción: de dónde partió (línea base), a dónde debe llegar (meta), dónde está (real), en qué unidad, con qué fuente y cuándo. Escriba en una celda para cambiarla; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Indicators — {0}</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Indicadores — {0}</translation>
    </message>
    <message>
        <source>New indicator, e.g. Growers trained</source>
        <extracomment>action_dialogs.py</extracomment>
        <translation>Nuevo indicador, p. ej. Productores capacitados</translation>
    </message>
</context>
<context>
    <name>KioskStartDialog</name>
    <message>
        <source>&amp;PIN</source>
        <extracomment>kiosk.py</extracomment>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <extracomment>kiosk.py</extracomment>
        <translation>&amp;Repetir el PIN</translation>
    </message>
    <message>
        <source>Members will vote one after another on this laptop, full screen: each sees only their own ballot, never the results. To leave the kiosk, press Esc and type this PIN (at least {0} digits).</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Los miembros votarán uno tras otro en esta laptop, a pantalla completa: cada uno ve solo su propia boleta, nunca los resultados. Para salir del quiosco, pulse Esc y escriba este PIN (al menos {0} dígitos).</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Iniciar el quiosco</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Iniciar el quiosco</translation>
    </message>
    <message>
        <source>The PIN must be at least {0} digits.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>El PIN debe tener al menos {0} dígitos.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Facilitator PIN:</source>
        <extracomment>kiosk.py</extracomment>
        <translation>PIN del facilitador:</translation>
    </message>
    <message>
        <source>Facilitator: Esc and the PIN to leave the kiosk.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Facilitador: Esc y el PIN para salir del quiosco.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Voting: {0}</source>
        <extracomment>kiosk.py</extracomment>
        <translation>Votación: {0}</translation>
    </message>
    <message>
        <source>Wrong PIN: the kiosk stays open.</source>
        <extracomment>kiosk.py</extracomment>
        <translation>PIN incorrecto: el quiosco sigue abierto.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>main_window.py</extracomment>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>main_window.py</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;Version {1}&lt;/p&gt;&lt;p&gt;Run cluster workshops offline: the FAQ, the member roster, SWOT and TOWS, consensus voting, and the workbook and report to take home.&lt;/p&gt;</source>
        <extracomment>main_window.py</extracomment>
        <translation>&lt;h3&gt;{0}&lt;/h3&gt;&lt;p&gt;Versión {1}&lt;/p&gt;&lt;p&gt;Realice talleres de clúster sin conexión: las preguntas frecuentes, la lista de miembros, el FODA y el TOWS, la votación por consenso, y el libro de Excel y el informe para llevar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>Action plan</source>
        <extracomment>main_window.py</extracomment>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>main_window.py</extracomment>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Copy saved to {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Copia guardada en {0}</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>main_window.py</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>main_window.py</extracomment>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <extracomment>main_window.py</extracomment>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>FAQ</source>
        <extracomment>main_window.py</extracomment>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>main_window.py</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>main_window.py</extracomment>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>New cluster</source>
        <extracomment>main_window.py</extracomment>
        <translation>Nuevo clúster</translation>
    </message>
    <message>
        <source>New cluster workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Nuevo espacio de trabajo del clúster</translation>
    </message>
    <message>
        <source>No backup was made on opening</source>
        <extracomment>main_window.py</extracomment>
        <translation>No se hizo ninguna copia de seguridad al abrir</translation>
    </message>
    <message>
        <source>No secret round is open with ballots now: a backup was made.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Ahora no hay ninguna ronda secreta abierta con boletas: se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>main_window.py</extracomment>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open cluster workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Abrir un espacio de trabajo del clúster</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Abierto: {0}</translation>
    </message>
    <message>
        <source>Opening your workspace…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Abriendo su espacio de trabajo…</translation>
    </message>
    <message>
        <source>Outputs</source>
        <extracomment>main_window.py</extracomment>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Priorities</source>
        <extracomment>main_window.py</extracomment>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Replace {0} with the backup made {1}?

The current file is not deleted: it is kept beside it as {2}.</source>
        <extracomment>main_window.py</extracomment>
        <translation>¿Reemplazar {0} con la copia de seguridad hecha {1}?

El archivo actual no se elimina: se conserva al lado como {2}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>main_window.py</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup made {0}. The earlier file is kept as {1}.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Se restauró la copia de seguridad hecha {0}. El archivo anterior se conserva como {1}.</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>main_window.py</extracomment>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>main_window.py</extracomment>
        <translation>FODA</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <extracomment>main_window.py</extracomment>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <extracomment>main_window.py</extracomment>
        <translation>Guardar una copia del espacio de trabajo</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Still opening a workspace: open {0} with File &gt; Open once it is shown.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Todavía se está abriendo un espacio de trabajo: abra {0} con Archivo &gt; Abrir cuando aparezca.</translation>
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
        <translation>La aplicación se inició de nuevo para abrir {0}.

¿Cerrar {1} y abrirlo aquí?</translation>
    </message>
    <message>
        <source>There are no backups of {0} yet. One is made each time it is opened.</source>
        <extracomment>main_window.py</extracomment>
        <translation>Aún no hay copias de seguridad de {0}. Se hace una cada vez que se abre.</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>main_window.py</extracomment>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Why?</source>
        <extracomment>main_window.py</extracomment>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Workshop: {0}</source>
        <extracomment>main_window.py</extracomment>
        <translation>Taller: {0}</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>main_window.py</extracomment>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>{0}

{1} has {2} backup(s). Restore one now? The damaged file is kept beside it.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0}

{1} tiene {2} copia(s) de seguridad. ¿Restaurar una ahora? El archivo dañado se conserva al lado.</translation>
    </message>
    <message>
        <source>{0} is itself a backup (it is in the backups folder). Open the workspace it was made from and restore from there.</source>
        <extracomment>main_window.py</extracomment>
        <translation>{0} es en sí una copia de seguridad (está en la carpeta de copias). Abra el espacio de trabajo del que se hizo y restaure desde allí.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Revert</source>
        <extracomment>member_form.py</extracomment>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>member_form.py</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>member_form.py</extracomment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>member_form.py</extracomment>
        <translation>(sin definir)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <extracomment>member_form.py</extracomment>
        <translation>
            <numerusform>%n problema por corregir antes de guardar.</numerusform>
            <numerusform>%n problemas por corregir antes de guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <extracomment>member_form.py</extracomment>
        <translation>Descartar los cambios aún no guardados</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>New member: {0}</source>
        <extracomment>member_form.py</extracomment>
        <translation>Nuevo miembro: {0}</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>member_form.py</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <extracomment>member_form.py</extracomment>
        <translation>Aún no guardado.</translation>
    </message>
    <message>
        <source>Save member</source>
        <extracomment>member_form.py</extracomment>
        <translation>Guardar el miembro</translation>
    </message>
    <message>
        <source>Save this member (Ctrl+S)</source>
        <extracomment>member_form.py</extracomment>
        <translation>Guardar este miembro (Ctrl+S)</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name to start.</source>
        <extracomment>member_form.py</extracomment>
        <translation>Escriba el nombre de la organización para comenzar.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>member_form.py</extracomment>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Facilitador</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>New workshop</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>e.g. Priority-setting workshop</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>p. ej. Taller de definición de prioridades</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>&amp;All the options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>&amp;Todas las opciones</translation>
    </message>
    <message>
        <source>1 block</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>1 bloqueo</translation>
    </message>
    <message>
        <source>Apply the &amp;multi-voting rule (drop items with too few votes)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Aplicar la regla de votación &amp;múltiple (descartar los puntos con muy pocos votos)</translation>
    </message>
    <message>
        <source>Carry over to the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Pasar a la nueva ronda</translation>
    </message>
    <message>
        <source>Chosen by hand: the options ticked go on.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Elegidas a mano: pasan las opciones marcadas.</translation>
    </message>
    <message>
        <source>Consensus in “{0}”: {1}.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Consenso en “{0}”: {1}.</translation>
    </message>
    <message>
        <source>How many of the top options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Cuántas de las primeras opciones</translation>
    </message>
    <message>
        <source>Method of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Método de la nueva ronda</translation>
    </message>
    <message>
        <source>Next round from {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Siguiente ronda a partir de {0}</translation>
    </message>
    <message>
        <source>Only after a gradients-of-agreement round with ballots.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Solo después de una ronda de gradientes de acuerdo con boletas.</translation>
    </message>
    <message>
        <source>Options of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Opciones de la nueva ronda</translation>
    </message>
    <message>
        <source>Options of {0}, best first (ticked: in the new round):</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Opciones de {0}, de la mejor a la peor (marcadas: en la nueva ronda):</translation>
    </message>
    <message>
        <source>Round {0}: after multi-voting</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronda {0}: tras la votación múltiple</translation>
    </message>
    <message>
        <source>Round {0}: all options again</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronda {0}: todas las opciones otra vez</translation>
    </message>
    <message>
        <source>Round {0}: blocked options</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronda {0}: opciones bloqueadas</translation>
    </message>
    <message>
        <source>Round {0}: options without consensus</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronda {0}: opciones sin consenso</translation>
    </message>
    <message>
        <source>Round {0}: top {1}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Ronda {0}: las {1} primeras</translation>
    </message>
    <message>
        <source>Start round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Iniciar la ronda</translation>
    </message>
    <message>
        <source>T&amp;itle of the new round</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Tí&amp;tulo de la nueva ronda</translation>
    </message>
    <message>
        <source>The &amp;blocked options, at least one 7 ({0} of {1})</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Las opciones &amp;bloqueadas, al menos un 7 ({0} de {1})</translation>
    </message>
    <message>
        <source>The &amp;top</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Las &amp;primeras</translation>
    </message>
    <message>
        <source>The engine says: {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>El motor de cálculo dice: {0}</translation>
    </message>
    <message>
        <source>The options &amp;without consensus ({0} of {1})</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Las opciones &amp;sin consenso ({0} de {1})</translation>
    </message>
    <message>
        <source>The round has no valid ballots.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>La ronda no tiene boletas válidas.</translation>
    </message>
    <message>
        <source>The rule counts votes: dots or approval rounds.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>La regla cuenta votos: rondas de puntos o de aprobación.</translation>
    </message>
    <message>
        <source>Top k: the options ranked best in “{0}”, k as set above.</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>Primeras k: las opciones mejor clasificadas en “{0}”, con k fijado arriba.</translation>
    </message>
    <message>
        <source>at least {0} % at 1-3</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>al menos {0} % en 1-3</translation>
    </message>
    <message>
        <source>everyone at {0} or better</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>todos en {0} o mejor</translation>
    </message>
    <message>
        <source>no block (7)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>ningún bloqueo (7)</translation>
    </message>
    <message>
        <source>options (ties at the cut stay)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>opciones (los empates en el corte se quedan)</translation>
    </message>
    <message>
        <source>spread (IQR) at most {0}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>dispersión (RIC) de {0} como máximo</translation>
    </message>
    <message>
        <source>support {0} % ({1} % needed)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>apoyo {0} % (se necesita {1} %)</translation>
    </message>
    <message>
        <source>{0} blocks</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} bloqueos</translation>
    </message>
    <message>
        <source>{0} of {1} options ticked</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} de {1} opciones marcadas</translation>
    </message>
    <message>
        <source>{0} — consensus (support {1} %)</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} — consenso (apoyo {1} %)</translation>
    </message>
    <message>
        <source>{0} — no consensus: {1}</source>
        <extracomment>next_round_dialog.py</extracomment>
        <translation>{0} — sin consenso: {1}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <extracomment>member_form.py</extracomment>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>— not set —</source>
        <extracomment>member_form.py</extracomment>
        <translation>— sin definir —</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>A copy is made each time a workspace is opened.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Se hace una copia cada vez que se abre un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Voto por aprobación</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups kept per workspace</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Copias de seguridad conservadas por espacio de trabajo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Changes at once. A window open beside this one (the presenter view, the kiosk) may keep some texts until it is opened again.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Cambia al instante. Una ventana abierta junto a esta (la vista de presentador, el quiosco) puede conservar algunos textos hasta que se vuelva a abrir.</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Consensus: largest spread (IQR), 0 = no limit</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Consenso: mayor dispersión (RIC), 0 = sin límite</translation>
    </message>
    <message>
        <source>Consensus: support needed (%)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Consenso: apoyo necesario (%)</translation>
    </message>
    <message>
        <source>Copeland (Condorcet)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Copeland (Condorcet)</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Default voting method</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Método de votación predeterminado</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Enlarges the SWOT board, FAQ and results for the room.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Amplía el tablero FODA, las preguntas frecuentes y los resultados para la sala.</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Nombre del facilitador</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Gradientes de acuerdo</translation>
    </message>
    <message>
        <source>Gradients of agreement: share of members at 1-3 for consensus.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Gradientes de acuerdo: proporción de miembros en 1-3 para el consenso.</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Segunda vuelta instantánea</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Leave empty to keep the backups in the app&apos;s own folder.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Déjelo vacío para guardar las copias de seguridad en la carpeta de la propia aplicación.</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Most dots per voter</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Máximo de puntos por votante</translation>
    </message>
    <message>
        <source>Only the settings on this tab; the other tabs keep theirs</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Solo la configuración de esta pestaña; las demás pestañas conservan la suya</translation>
    </message>
    <message>
        <source>Pre-fills the facilitator of new workshops and ballots you enter.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Se completa de antemano como facilitador de los talleres nuevos y de las boletas que usted ingresa.</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Programme database</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Base de datos del programa</translation>
    </message>
    <message>
        <source>Projector font scale (%)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Escala de letra para el proyector (%)</translation>
    </message>
    <message>
        <source>Put back the defaults of the {tab} tab? The settings on the other tabs stay as they are. Nothing is saved until you click OK or Apply.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>¿Restablecer los valores predeterminados de la pestaña {tab}? La configuración de las demás pestañas queda como está. No se guarda nada hasta que haga clic en Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>Ranking (Borda count)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Clasificación (recuento Borda)</translation>
    </message>
    <message>
        <source>Restore this tab&apos;s defaults</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Restablecer los valores predeterminados de esta pestaña</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Igual que la computadora</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Score / rating</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Puntuación / calificación</translation>
    </message>
    <message>
        <source>Take the password out of the programme database&apos;s address (keep postgresql://name@server/database). The settings file is plain text: the app asks for the password when the server wants one, and keeps it only while it runs or in the computer&apos;s keyring.</source>
        <extracomment>options.py</extracomment>
        <translation>Quite la contraseña de la dirección de la base de datos del programa (deje postgresql://nombre@servidor/base). El archivo de configuración es texto sin cifrar: la aplicación pide la contraseña cuando el servidor la necesita y solo la guarda mientras está abierta o en el almacén de contraseñas del equipo.</translation>
    </message>
    <message>
        <source>The default budget is about a third of the options, never above this.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>El presupuesto predeterminado es cerca de un tercio de las opciones, nunca más que esto.</translation>
    </message>
    <message>
        <source>The programme database&apos;s address cannot be read. It looks like postgresql://name@server/database (ask the programme office for it).</source>
        <extracomment>options.py</extracomment>
        <translation>No se puede leer la dirección de la base de datos del programa. Tiene la forma postgresql://nombre@servidor/base (pídala a la oficina del programa).</translation>
    </message>
    <message>
        <source>The programme database&apos;s address looks like postgresql://name@server/database (ask the programme office for it).</source>
        <extracomment>options.py</extracomment>
        <translation>La dirección de la base de datos del programa tiene la forma postgresql://nombre@servidor/base (pídala a la oficina del programa).</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Where File &gt; Send to Programme Database sends this workspace, for example postgresql://maria@db.example.org/programme. No password here: the app asks for it when the server wants one.</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Adónde envía este espacio de trabajo Archivo &gt; Enviar a la base de datos del programa, por ejemplo postgresql://maria@db.example.org/programa. Sin contraseña aquí: la aplicación la pide cuando el servidor la necesita.</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <source>Export the FAQ handout (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar el folleto de preguntas frecuentes (PDF)…</translation>
    </message>
    <message>
        <source>Export the member roster…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar la lista de miembros…</translation>
    </message>
    <message>
        <source>Export the report (PDF)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar el informe (PDF)…</translation>
    </message>
    <message>
        <source>Export the workbook (Excel)…</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Exportar el libro (Excel)…</translation>
    </message>
    <message>
        <source>Exports are not available here.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Las exportaciones no están disponibles aquí.</translation>
    </message>
    <message>
        <source>What to take home from this workshop. The workbook holds every figure, ballot and audit entry; the report is a PDF to send to members and the funder.</source>
        <extracomment>export_actions.py</extracomment>
        <translation>Lo que se lleva de este taller. El libro de Excel contiene todas las cifras, boletas y entradas de auditoría; el informe es un PDF para enviar a los miembros y al financiador.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source> dots</source>
        <extracomment>round_dialog.py</extracomment>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Consensus also needs no block (7).</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>El consenso también exige ningún bloqueo (7).</translation>
    </message>
    <message>
        <source>Dots per voter</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Puntos por votante</translation>
    </message>
    <message>
        <source>Largest spread (IQR)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Mayor dispersión (RIC)</translation>
    </message>
    <message>
        <source>Most dots on one option</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Máximo de puntos en una opción</translation>
    </message>
    <message>
        <source>Rate impact and feasibility (gives the 2x2 matrix of quick wins)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Calificar impacto y factibilidad (da la matriz 2x2 de victorias rápidas)</translation>
    </message>
    <message>
        <source>Scale</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Support needed (share at 1-3)</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Apoyo necesario (proporción en 1-3)</translation>
    </message>
    <message>
        <source>This method has no parameters.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Este método no tiene parámetros.</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>(no name given)</source>
        <extracomment>programme_send.py</extracomment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Database {database} on {server}, as {name}.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Base de datos {database} en {server}, como {name}.</translation>
    </message>
    <message>
        <source>Keep it in this computer&apos;s keyring</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Guardarla en el almacén de contraseñas de este equipo</translation>
    </message>
    <message>
        <source>Otherwise the app forgets it when it is closed.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Si no, la aplicación la olvida al cerrarse.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Programme database password</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Contraseña de la base de datos del programa</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The app keeps it until it is closed, never in a file.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>La aplicación la guarda hasta cerrarse, nunca en un archivo.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>(skipped) </source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>(omitida) </translation>
    </message>
    <message>
        <source>Add the duplicates too</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Agregar también los duplicados</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Agregar {0}</translation>
    </message>
    <message>
        <source>Category for all</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Categoría para todas</translation>
    </message>
    <message>
        <source>One priority per line, e.g. typed up from a flip chart.
Blank lines are ignored; bullets and numbers are removed.</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Una prioridad por línea, p. ej. transcritas de un papelógrafo.
Las líneas en blanco se ignoran; se quitan viñetas y números.</translation>
    </message>
    <message>
        <source>Paste a list of priorities</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Pegar una lista de prioridades</translation>
    </message>
    <message>
        <source>What will be added:</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Lo que se agregará:</translation>
    </message>
    <message>
        <source>{0}  — duplicate of {1}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>{0}  — duplicado de {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} to add, %n flagged as (a duplicate|duplicates).</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>
            <numerusform>{0} por agregar, %n marcada como duplicada.</numerusform>
            <numerusform>{0} por agregar, %n marcadas como duplicadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneVotingWindow</name>
    <message numerus="yes">
        <source>%n code(s) not used yet.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n código aún sin usar.</numerusform>
            <numerusform>%n códigos aún sin usar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new code(s) saved to {0}: swap (it|them) for the slips of everyone who has not voted yet. The old unused codes no longer work.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n código nuevo guardado en {0}: cámbielo por el papelito de quien aún no ha votado. Los códigos anteriores sin usar ya no funcionan.</numerusform>
            <numerusform>%n códigos nuevos guardados en {0}: cámbielos por los papelitos de todos los que aún no han votado. Los códigos anteriores sin usar ya no funcionan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter code(s) saved to {0}.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>%n código de votante guardado en {0}.</numerusform>
            <numerusform>%n códigos de votante guardados en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop voting by phone</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Detener la votación por teléfono</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>New code</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Código nuevo</translation>
    </message>
    <message>
        <source>New code for one member (a slip was lost)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Código nuevo para un miembro (se perdió un papelito)…</translation>
    </message>
    <message>
        <source>No voter codes yet: use Voter codes to print them.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Aún no hay códigos de votante: use Códigos de votante para imprimirlos.</translation>
    </message>
    <message>
        <source>PDF slips (*.pdf)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Papelitos en PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print codes for everyone who has not voted (PDF)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Imprimir códigos para todos los que no han votado (PDF)…</translation>
    </message>
    <message>
        <source>Put the address, its QR code and the turnout on the presenter view, the window for the projector (F5 shows or hides it)</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Poner la dirección, su código QR y la participación en la vista de presentador, la ventana para el proyector (F5 la muestra u oculta)</translation>
    </message>
    <message>
        <source>Replace the unused codes (a slip was lost)…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Reemplazar los códigos no usados (se perdió un papelito)…</translation>
    </message>
    <message>
        <source>Save those codes as CSV…</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Guardar esos códigos como CSV…</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Mostrar en el &amp;proyector</translation>
    </message>
    <message>
        <source>The new code of {0} is {1}. Their old code no longer works.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>El nuevo código de {0} es {1}. Su código anterior ya no funciona.</translation>
    </message>
    <message>
        <source>The voter codes of this round were issued on another computer: they do not work here. Use Voter codes to issue new codes here.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Los códigos de votante de esta ronda se emitieron en otra computadora: aquí no funcionan. Use Códigos de votante para emitir códigos nuevos aquí.</translation>
    </message>
    <message>
        <source>Vote on your phone: {0}</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Vote desde su teléfono: {0}</translation>
    </message>
    <message>
        <source>Voter &amp;codes</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Códigos de votante</translation>
    </message>
    <message>
        <source>Voter codes</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Códigos de votante</translation>
    </message>
    <message>
        <source>Voting by phone was stopped.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Se detuvo la votación por teléfono.</translation>
    </message>
    <message>
        <source>Who lost their code?</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>¿Quién perdió su código?</translation>
    </message>
    <message numerus="yes">
        <source>{0} codes not used yet. %n of the members given a code no longer (votes|vote) here: the round takes no more phone votes than the others can cast (Replace the unused codes takes the slips out of play).</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>
            <numerusform>{0} códigos aún sin usar. %n de los miembros que recibieron un código ya no vota aquí: la ronda no acepta más votos por teléfono de los que los demás pueden emitir (Reemplazar los códigos no usados retira los papelitos de circulación).</numerusform>
            <numerusform>{0} códigos aún sin usar. %n de los miembros que recibieron un código ya no votan aquí: la ronda no acepta más votos por teléfono de los que los demás pueden emitir (Reemplazar los códigos no usados retira los papelitos de circulación).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>&amp;Apply all</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>&amp;Aplicar todo</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Después</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Import the action plan — {0}</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Importar el plan de acción — {0}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Rows the app cannot take</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>Filas que la aplicación no puede tomar</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2} ({3})</source>
        <extracomment>plan_import_dialog.py</extracomment>
        <translation>{0}, fila {1}: {2} ({3})</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Candidate priorities</source>
        <extracomment>presenter.py</extracomment>
        <translation>Prioridades candidatas</translation>
    </message>
    <message>
        <source>FAQ answer (the one open on the FAQ page)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Respuesta de las preguntas frecuentes (la abierta en la página Preguntas frecuentes)</translation>
    </message>
    <message>
        <source>Join by phone (address and QR code)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Unirse por teléfono (dirección y código QR)</translation>
    </message>
    <message>
        <source>Presenter view: blank the projector and back</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vista de presentador: poner el proyector en negro y volver</translation>
    </message>
    <message>
        <source>Presenter view: fill the screen and back (one screen)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vista de presentador: llenar la pantalla y volver (una sola pantalla)</translation>
    </message>
    <message>
        <source>Presenter view: hide it</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vista de presentador: ocultarla</translation>
    </message>
    <message>
        <source>Presenter view: page through a long FAQ answer</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vista de presentador: pasar las páginas de una respuesta larga</translation>
    </message>
    <message>
        <source>Results (those put up from the Results tab)</source>
        <extracomment>presenter.py</extracomment>
        <translation>Resultados (los puestos desde la pestaña Resultados)</translation>
    </message>
    <message>
        <source>SWOT board</source>
        <extracomment>presenter.py</extracomment>
        <translation>Tablero FODA</translation>
    </message>
    <message>
        <source>TOWS strategies</source>
        <extracomment>presenter.py</extracomment>
        <translation>Estrategias TOWS</translation>
    </message>
    <message>
        <source>Title of the workshop</source>
        <extracomment>presenter.py</extracomment>
        <translation>Título del taller</translation>
    </message>
    <message>
        <source>Turnout of the open round</source>
        <extracomment>presenter.py</extracomment>
        <translation>Participación en la ronda abierta</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>&amp;Blank the projector</source>
        <extracomment>presenter.py</extracomment>
        <translation>Poner el proyector en &amp;negro</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <extracomment>presenter.py</extracomment>
        <translation>&amp;Vista de presentador</translation>
    </message>
    <message>
        <source>&amp;Show the presenter view</source>
        <extracomment>presenter.py</extracomment>
        <translation>&amp;Mostrar la vista de presentador</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>presenter.py</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>No results are up yet: choose the round on the Results tab and press Show on projector.</source>
        <extracomment>presenter.py</extracomment>
        <translation>Aún no hay resultados proyectados: elija la ronda en la pestaña Resultados y pulse Mostrar en el proyector.</translation>
    </message>
    <message>
        <source>Open a workshop first: the projector shows the workshop open on the Workshops page.</source>
        <extracomment>presenter.py</extracomment>
        <translation>Primero abra un taller: el proyector muestra el taller abierto en la página Talleres.</translation>
    </message>
    <message>
        <source>Put this &amp;page on the projector</source>
        <extracomment>presenter.py</extracomment>
        <translation>Poner esta &amp;página en el proyector</translation>
    </message>
    <message>
        <source>The window for the projector: on the second screen when there is one</source>
        <extracomment>presenter.py</extracomment>
        <translation>La ventana para el proyector: en la segunda pantalla cuando la hay</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view — {0}</source>
        <extracomment>presenter.py</extracomment>
        <translation>Vista de presentador — {0}</translation>
    </message>
</context>
<context>
    <name>PrioritiesSlide</name>
    <message>
        <source>Candidate priorities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Prioridades candidatas</translation>
    </message>
    <message>
        <source>No candidate priorities yet.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Aún no hay prioridades candidatas.</translation>
    </message>
</context>
<context>
    <name>PrioritiesTab</name>
    <message>
        <source>&amp;Add…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Paste a list…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Pegar una lista…</translation>
    </message>
    <message>
        <source>Add priority</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Agregar una prioridad</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate (priority|priorities)</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>%n prioridad candidata</numerusform>
            <numerusform>%n prioridades candidatas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n (priority|priorities).</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>Se agregó %n prioridad.</numerusform>
            <numerusform>Se agregaron %n prioridades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Categorías…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the priority “{0}”?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>¿Eliminar la prioridad “{0}”?</translation>
    </message>
    <message>
        <source>Delete {0} priorities?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>¿Eliminar {0} prioridades?</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Eliminado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>From a &amp;SWOT item…</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Desde un elemento &amp;FODA…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Paste priorities</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Pegar prioridades</translation>
    </message>
    <message>
        <source>Priority from a SWOT item</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Prioridad desde un elemento FODA</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>
            <numerusform>Se omitió %n duplicado.</numerusform>
            <numerusform>Se omitieron %n duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidate priorities members will vote on, in ballot order. Promote TOWS strategies on the TOWS tab, or add them here.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Las prioridades candidatas que votarán los miembros, en el orden de la boleta. Promueva estrategias TOWS en la pestaña TOWS, o agréguelas aquí.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>“{0}” is already a candidate priority. Add it again?</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>“{0}” ya es una prioridad candidata. ¿Agregarla otra vez?</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>&amp;Category</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Candidate priority</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Prioridad candidata</translation>
    </message>
    <message>
        <source>Comes from {0}: {1}</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Proviene de {0}: {1}</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Fuente</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Lista pegada</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>FODA</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>TOWS</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Typed</source>
        <extracomment>priorities_tab.py</extracomment>
        <translation>Escrita</translation>
    </message>
</context>
<context>
    <name>ProgrammeSend</name>
    <message>
        <source>Copy this workspace into the programme office&apos;s database (set its address in Settings)</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Copiar este espacio de trabajo en la base de datos de la oficina del programa (su dirección se indica en Configuración)</translation>
    </message>
    <message>
        <source>No programme database is set yet. Open Settings to type its address (the programme office gives it)?</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Aún no hay ninguna base de datos del programa. ¿Abrir Configuración para escribir su dirección (la da la oficina del programa)?</translation>
    </message>
    <message>
        <source>Nothing was sent to the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>No se envió nada a la base de datos del programa.</translation>
    </message>
    <message>
        <source>Sen&amp;d to Programme Database…</source>
        <extracomment>programme_send.py</extracomment>
        <translation>&amp;Enviar a la base de datos del programa…</translation>
    </message>
    <message>
        <source>Send to the programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Enviar a la base de datos del programa</translation>
    </message>
    <message>
        <source>Sending cancelled: nothing was changed in the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Envío cancelado: no se cambió nada en la base de datos del programa.</translation>
    </message>
    <message>
        <source>Sending was cancelled. Nothing was changed in the programme database; you can send again at any time.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Se canceló el envío. No se cambió nada en la base de datos del programa; puede volver a enviar cuando quiera.</translation>
    </message>
    <message>
        <source>Sending “{workspace}” to the database {database} on {server}…</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Enviando «{workspace}» a la base de datos {database} en {server}…</translation>
    </message>
    <message>
        <source>Sent to the programme database.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Enviado a la base de datos del programa.</translation>
    </message>
    <message>
        <source>The programme database asks for a password.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>La base de datos del programa pide una contraseña.</translation>
    </message>
    <message>
        <source>The server refused the login. Type the password again (the name is the one in Settings), or Cancel: nothing is sent.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>El servidor rechazó el inicio de sesión. Escriba de nuevo la contraseña (el nombre es el de Configuración) o pulse Cancelar: no se envía nada.</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>PromptsDialog</name>
    <message>
        <source>One prompt per line: a short question the room can answer.</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Una pregunta guía por línea: una pregunta corta que la sala pueda responder.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Prompts on the board</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Preguntas guía en el tablero</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Debilidades</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Observer</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Voting member</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Miembro con voto</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. Restoring puts the current file aside (it is kept, renamed, beside it) and a copy of the chosen backup in its place.</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Copias de seguridad de {0}, de la más reciente a la más antigua. Al restaurar, el archivo actual se aparta (se conserva, con otro nombre, al lado) y en su lugar se pone una copia de la copia de seguridad elegida.</translation>
    </message>
    <message>
        <source>Ballots</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Boletas</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Rounds</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>before an update</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>on opening</source>
        <extracomment>restore_dialog.py</extracomment>
        <translation>al abrir</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <source>No ballots yet</source>
        <extracomment>result_chart.py</extracomment>
        <translation>Aún no hay boletas</translation>
    </message>
</context>
<context>
    <name>ResultsSlide</name>
    <message>
        <source>Move</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>The results of a secret round are shown here once it is closed.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Los resultados de una ronda secreta se muestran aquí cuando se cierra.</translation>
    </message>
    <message>
        <source>The results will be shown here.</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Los resultados se mostrarán aquí.</translation>
    </message>
    <message>
        <source>{0} (still open: not the final result)</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>{0} (aún abierta: no es el resultado final)</translation>
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
            <numerusform>%n boleta</numerusform>
            <numerusform>%n boletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) left out: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>%n boleta excluida: {0}</numerusform>
            <numerusform>%n boletas excluidas: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <extracomment>results_tab.py</extracomment>
        <translation>&amp;Adoptar…</translation>
    </message>
    <message>
        <source>Academic / training institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Institución académica / de formación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreement {0}: W = {1:.2f} → {2:.2f} ({3:+.2f}).</source>
        <extracomment>results_tab.py</extracomment>
        <translation>El acuerdo {0}: W = {1:.2f} → {2:.2f} ({3:+.2f}).</translation>
    </message>
    <message>
        <source>All voters</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Todos los votantes</translation>
    </message>
    <message>
        <source>All voters ({0})</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Todos los votantes ({0})</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Beats</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Supera a</translation>
    </message>
    <message>
        <source>Blocks</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Compared with {0}.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Comparado con {0}.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Consensus reached: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Consenso alcanzado: {0}</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Donante / organismo internacional</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Agencia de desarrollo económico / ONG</translation>
    </message>
    <message>
        <source>Figures per option</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Cifras por opción</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Firms only</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo empresas</translation>
    </message>
    <message>
        <source>First: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Primera: {0}</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Hide results</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ocultar los resultados</translation>
    </message>
    <message>
        <source>IQR</source>
        <extracomment>results_tab.py</extracomment>
        <translation>RIC</translation>
    </message>
    <message>
        <source>Impact and feasibility</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Impacto y factibilidad</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Agencia de promoción de inversiones / exportaciones</translation>
    </message>
    <message>
        <source>Kendall&apos;s W with tie correction: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>W de Kendall con corrección por empates: {0}</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>No ballots counted yet.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Aún no se ha contado ninguna boleta.</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Aún no hay consenso</translation>
    </message>
    <message>
        <source>No vote round yet: start one on the Voting tab.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Aún no hay ronda de votación: inicie una en la pestaña Votación.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Only: Academic / training institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Institución académica / de formación</translation>
    </message>
    <message>
        <source>Only: Community-based organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Organización comunitaria</translation>
    </message>
    <message>
        <source>Only: Donor / international organisation</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Donante / organismo internacional</translation>
    </message>
    <message>
        <source>Only: Economic development agency / NGO</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Agencia de desarrollo económico / ONG</translation>
    </message>
    <message>
        <source>Only: Financial institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Institución financiera</translation>
    </message>
    <message>
        <source>Only: Government ministry</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Ministerio</translation>
    </message>
    <message>
        <source>Only: Investment / export promotion agency</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Agencia de promoción de inversiones / exportaciones</translation>
    </message>
    <message>
        <source>Only: Quality standards body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Organismo de normas de calidad</translation>
    </message>
    <message>
        <source>Only: Regulatory body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Organismo regulador</translation>
    </message>
    <message>
        <source>Only: Research / testing institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Institución de investigación / ensayos</translation>
    </message>
    <message>
        <source>Only: Sector association / chamber</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Solo: Asociación sectorial / cámara</translation>
    </message>
    <message>
        <source>Option</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Place before</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Lugar antes</translation>
    </message>
    <message>
        <source>Place now</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Lugar ahora</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Put these results on the presenter view, the window for the projector (F5 shows or hides it). Nothing goes there until you press this.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Poner estos resultados en la vista de presentador, la ventana para el proyector (F5 la muestra u oculta). Nada aparece allí hasta que pulse este botón.</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Organismo de normas de calidad</translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Record what the members decided: adopt priorities of this closed round (one, the top ones, or all that reached consensus) with a statement. Their action plans are on the Action plan page.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Registre lo que decidieron los miembros: adopte prioridades de esta ronda cerrada (una, las primeras o todas las que alcanzaron el consenso) con una declaración. Sus planes de acción están en la página Plan de acción.</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Organismo regulador</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Institución de investigación / ensayos</translation>
    </message>
    <message>
        <source>Results of</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Resultados de</translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Secret round: member types are not stored with secret ballots, so only all voters can be shown.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ronda secreta: los tipos de miembro no se guardan con las boletas secretas, así que solo se puede mostrar el conjunto de los votantes.</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Asociación sectorial / cámara</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Mostrar en el pro&amp;yector</translation>
    </message>
    <message>
        <source>Show results</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Mostrar los resultados</translation>
    </message>
    <message>
        <source>Since the previous round</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Desde la ronda anterior</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Support (1-3)</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Apoyo (1-3)</translation>
    </message>
    <message>
        <source>Support before</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Apoyo antes</translation>
    </message>
    <message>
        <source>Support now</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Apoyo ahora</translation>
    </message>
    <message>
        <source>Take off the pro&amp;jector</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Quitar del pro&amp;yector</translation>
    </message>
    <message>
        <source>The member types that voted in this round, with their ballots</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Los tipos de miembro que votaron en esta ronda, con sus boletas</translation>
    </message>
    <message>
        <source>The round is still open: these are not final results.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>La ronda sigue abierta: estos no son los resultados finales.</translation>
    </message>
    <message>
        <source>Tie for first: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Empate en el primer lugar: {0}</translation>
    </message>
    <message>
        <source>Vote weights</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Ponderación de votos</translation>
    </message>
    <message>
        <source>Voters</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Votantes</translation>
    </message>
    <message>
        <source>Votes</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Weighted votes</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Votos ponderados</translation>
    </message>
    <message>
        <source>Weighted votes (every ballot {0})</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Votos ponderados (cada boleta {0})</translation>
    </message>
    <message>
        <source>Weighted votes: {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Votos ponderados: {0}</translation>
    </message>
    <message>
        <source>Wins-losses</source>
        <extracomment>results_tab.py</extracomment>
        <translation>Victorias-derrotas</translation>
    </message>
    <message>
        <source>consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>consenso</translation>
    </message>
    <message>
        <source>fell</source>
        <extracomment>results_tab.py</extracomment>
        <translation>bajó</translation>
    </message>
    <message>
        <source>firms</source>
        <extracomment>results_tab.py</extracomment>
        <translation>empresas</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>results_tab.py</extracomment>
        <translation>nueva</translation>
    </message>
    <message>
        <source>no consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>sin consenso</translation>
    </message>
    <message>
        <source>no type</source>
        <extracomment>results_tab.py</extracomment>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>not carried on</source>
        <extracomment>results_tab.py</extracomment>
        <translation>no pasó a esta ronda</translation>
    </message>
    <message>
        <source>others {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>otros {0}</translation>
    </message>
    <message>
        <source>reached consensus</source>
        <extracomment>results_tab.py</extracomment>
        <translation>alcanzó el consenso</translation>
    </message>
    <message>
        <source>reached consensus in round {0}</source>
        <extracomment>results_tab.py</extracomment>
        <translation>alcanzó el consenso en la ronda {0}</translation>
    </message>
    <message>
        <source>rose</source>
        <extracomment>results_tab.py</extracomment>
        <translation>subió</translation>
    </message>
    <message>
        <source>stayed</source>
        <extracomment>results_tab.py</extracomment>
        <translation>se mantuvo</translation>
    </message>
    <message>
        <source>tie</source>
        <extracomment>results_tab.py</extracomment>
        <translation>empate</translation>
    </message>
    <message>
        <source>tied winner</source>
        <extracomment>results_tab.py</extracomment>
        <translation>ganadora empatada</translation>
    </message>
    <message>
        <source>winner</source>
        <extracomment>results_tab.py</extracomment>
        <translation>ganadora</translation>
    </message>
    <message numerus="yes">
        <source>{0} is open: %n of {1} voters (has|have) voted. Results stay hidden while people vote; press Show results to see them on this screen.</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>{0} está abierta: %n de {1} votantes ha votado. Los resultados quedan ocultos mientras la gente vota; pulse Mostrar los resultados para verlos en esta pantalla.</numerusform>
            <numerusform>{0} está abierta: %n de {1} votantes han votado. Los resultados quedan ocultos mientras la gente vota; pulse Mostrar los resultados para verlos en esta pantalla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n ballot(s) counted</source>
        <extracomment>results_tab.py</extracomment>
        <translation>
            <numerusform>{0} · %n boleta contada</numerusform>
            <numerusform>{0} · %n boletas contadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;Save all</source>
        <extracomment>action_review.py</extracomment>
        <translation>&amp;Guardar todo</translation>
    </message>
    <message>
        <source>Review open actions</source>
        <extracomment>action_review.py</extracomment>
        <translation>Revisar las acciones abiertas</translation>
    </message>
    <message>
        <source>{0} action(s) from earlier workshops are still open ({1} overdue).

Start this workshop by reviewing them with the room?</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} acción(es) de talleres anteriores siguen abiertas ({1} vencidas).

¿Comenzar este taller revisándolas con la sala?</translation>
    </message>
    <message>
        <source>{0} action(s) updated.</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} acción(es) actualizada(s).</translation>
    </message>
    <message>
        <source>{0} open action(s), {1} overdue. Ask each lead how it stands, set its status and a note, then Save all: everything is saved together (Ctrl+Z undoes it).</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} acción(es) abierta(s), {1} vencida(s). Pregunte a cada responsable cómo va, fije su estado y una nota, luego Guardar todo: todo se guarda junto (Ctrl+Z lo deshace).</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Taller</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <extracomment>action_review.py</extracomment>
        <translation>{0} (vencida)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institución académica / de formación</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Donante / organismo internacional</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agencia de desarrollo económico / ONG</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Agencia de promoción de inversiones / exportaciones</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Prospective</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organismo de normas de calidad</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Organismo regulador</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Institución de investigación / ensayos</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py</extracomment>
        <translation>Asociación sectorial / cámara</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>
… and {0} more</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
… y {0} más</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>%n miembro exportado a {0}.</numerusform>
            <numerusform>%n miembros exportados a {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>&amp;Nuevo miembro</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Agregar un miembro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Agregar el miembro {0}</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Se agregó {0}.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Elegir las columnas que se muestran</translation>
    </message>
    <message>
        <source>Columns</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Delete member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Eliminar el miembro {0}</translation>
    </message>
    <message>
        <source>Delete members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Eliminar miembros</translation>
    </message>
    <message>
        <source>Delete the selected members (Delete)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Eliminar los miembros seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Delete these {0} members?
{1}{2}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>¿Eliminar estos {0} miembros?
{1}{2}</translation>
    </message>
    <message>
        <source>Delete {0} from the roster?</source>
        <extracomment>roster_page.py</extracomment>
        <translation>¿Eliminar a {0} de la lista de miembros?</translation>
    </message>
    <message>
        <source>Delete {0} members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Eliminar {0} miembros</translation>
    </message>
    <message>
        <source>Deleted {0} members.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Se eliminaron {0} miembros.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Se eliminó {0}.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <extracomment>roster_page.py</extracomment>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Edit member {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Editar el miembro {0}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Exportar la lista de miembros</translation>
    </message>
    <message>
        <source>Export the roster to Excel or CSV</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Exportar la lista de miembros a Excel o CSV</translation>
    </message>
    <message>
        <source>Import members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <source>Import members from an Excel or CSV file</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importar miembros desde un archivo Excel o CSV</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Importado {0}: {1}.</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>New member: type the name, then save (Ctrl+S).</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Nuevo miembro: escriba el nombre y luego guarde (Ctrl+S).</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Guardado: {0}.</translation>
    </message>
    <message>
        <source>Search members</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>Search name, contact or locality</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Buscar por nombre, contacto o localidad</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} of %n member(s)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Se muestran {0} de %n miembro</numerusform>
            <numerusform>Se muestran {0} de %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The member being edited cannot be saved:
{0}

Discard the changes?</source>
        <extracomment>roster_page.py</extracomment>
        <translation>El miembro que se está editando no se puede guardar:
{0}

¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The record that they voted ({0}) goes with them.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>El registro de que votaron ({0}) se va con ellos.</translation>
    </message>
    <message numerus="yes">
        <source>They are taken off %n action(s) as a partner.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Se retiran como socios de %n acción.</numerusform>
            <numerusform>Se retiran como socios de %n acciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They lead %n action(s); (it|they) will have no lead.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>
            <numerusform>Son responsables de %n acción; se quedará sin responsable.</numerusform>
            <numerusform>Son responsables de %n acciones; se quedarán sin responsable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved member</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Miembro sin guardar</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>type not set {0}</source>
        <extracomment>roster_page.py</extracomment>
        <translation>tipo sin definir {0}</translation>
    </message>
    <message>
        <source>{0} attendance record(s) go with them.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} registro(s) de asistencia se van con ellos.</translation>
    </message>
    <message>
        <source>{0} ballot(s) they cast stay, without their name.</source>
        <extracomment>roster_page.py</extracomment>
        <translation>{0} boleta(s) que emitieron se quedan, sin su nombre.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message numerus="yes">
        <source>%n phone code(s) (was|were) issued for this round. A secret round&apos;s slips name nobody and the others&apos; name a member, so changing to or from secret withdraws them: their slips stop working, and new ones must be printed after the change.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>
            <numerusform>Se emitió %n código de teléfono para esta ronda. Los papelitos de una ronda secreta no nombran a nadie y los de las demás nombran a un miembro, así que pasar a secreta o dejar de serlo los retira: sus papelitos dejan de funcionar y hay que imprimir otros nuevos después del cambio.</numerusform>
            <numerusform>Se emitieron %n códigos de teléfono para esta ronda. Los papelitos de una ronda secreta no nombran a nadie y los de las demás nombran a un miembro, así que pasar a secreta o dejar de serlo los retira: sus papelitos dejan de funcionar y hay que imprimir otros nuevos después del cambio.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>A secret round counts every ballot once: a vote weight that only one member has would show which ballot is theirs. Use a named or anonymous round to count weights.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Una ronda secreta cuenta cada boleta una sola vez: una ponderación de voto que solo tiene un miembro revelaría cuál es su boleta. Use una ronda nominal o anónima para contar ponderaciones.</translation>
    </message>
    <message>
        <source>All voters</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Todos los votantes</translation>
    </message>
    <message>
        <source>Ballots have been cast: the method, the options and the anonymity mode are locked. Start a new round to change them.</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Ya se emitieron boletas: el método, las opciones y el modo de anonimato quedan fijos. Inicie una ronda nueva para cambiarlos.</translation>
    </message>
    <message>
        <source>Count vote weights</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Contar la ponderación de votos</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <source>Firms only</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo empresas</translation>
    </message>
    <message>
        <source>New vote round</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Nueva ronda de votación</translation>
    </message>
    <message>
        <source>Only: Academic / training institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Institución académica / de formación</translation>
    </message>
    <message>
        <source>Only: Community-based organisation</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Organización comunitaria</translation>
    </message>
    <message>
        <source>Only: Donor / international organisation</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Donante / organismo internacional</translation>
    </message>
    <message>
        <source>Only: Economic development agency / NGO</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Agencia de desarrollo económico / ONG</translation>
    </message>
    <message>
        <source>Only: Financial institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Institución financiera</translation>
    </message>
    <message>
        <source>Only: Government ministry</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Ministerio</translation>
    </message>
    <message>
        <source>Only: Investment / export promotion agency</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Agencia de promoción de inversiones / exportaciones</translation>
    </message>
    <message>
        <source>Only: Quality standards body</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Organismo de normas de calidad</translation>
    </message>
    <message>
        <source>Only: Regulatory body</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Organismo regulador</translation>
    </message>
    <message>
        <source>Only: Research / testing institution</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Institución de investigación / ensayos</translation>
    </message>
    <message>
        <source>Only: Sector association / chamber</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Solo: Asociación sectorial / cámara</translation>
    </message>
    <message>
        <source>Priorities on the ballot:</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Prioridades en la boleta:</translation>
    </message>
    <message>
        <source>Results show</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>Los resultados muestran</translation>
    </message>
    <message>
        <source>e.g. Round {0}: rank the candidates</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>p. ej. Ronda {0}: clasificar las candidatas</translation>
    </message>
    <message>
        <source>{0} of {1} chosen</source>
        <extracomment>round_dialog.py</extracomment>
        <translation>{0} de {1} elegidas</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message numerus="yes">
        <source> (%n ballot(s))</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform> (%n boleta)</numerusform>
            <numerusform> (%n boletas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n hand(s)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform> + %n mano</numerusform>
            <numerusform> + %n manos</numerusform>
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
        <translation>Anonimato</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Voted</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Votaron</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>&amp;Description</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Save the prompts as my template</source>
        <extracomment>swot_dialogs.py</extracomment>
        <translation>Guardar las preguntas guía como mi plantilla</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Action</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action partner</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Socio de una acción</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Change kept</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Cambio conservado</translation>
    </message>
    <message>
        <source>Changed here</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Cambiado aquí</translation>
    </message>
    <message>
        <source>Changed in the database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Cambiado en la base de datos</translation>
    </message>
    <message>
        <source>Changed on both sides since the last send:</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Cambiado en ambos lados desde el último envío:</translation>
    </message>
    <message>
        <source>Cluster profile</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Perfil del clúster</translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Indicator</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Base de datos del programa</translation>
    </message>
    <message>
        <source>TOWS strategy</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Estrategia TOWS</translation>
    </message>
    <message>
        <source>This workspace</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>SWOT item</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Elemento FODA</translation>
    </message>
    <message>
        <source>Sent to the programme database</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Enviado a la base de datos del programa</translation>
    </message>
    <message>
        <source>Vote round</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Ronda de votación</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>programme_send.py</extracomment>
        <translation>Taller</translation>
    </message>
    <message>
        <source>“{workspace}” was sent to the database {database} on {server}.</source>
        <extracomment>programme_send.py</extracomment>
        <translation>«{workspace}» se envió a la base de datos {database} en {server}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>settings_dialog.py</extracomment>
        <translation>Votación</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Find a key or what it does</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Buscar una tecla o lo que hace</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The keys of the window, of each page and of each tab of a workshop. Type to find one.</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Las teclas de la ventana, de cada página y de cada pestaña de un taller. Escriba para buscar una.</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>shortcut_help.py</extracomment>
        <translation>Lo que hace</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>&amp;Address</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>Open voting to phones</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Abrir la votación a los teléfonos</translation>
    </message>
    <message>
        <source>Phones vote in {0} over this computer&apos;s own network: turn on the laptop&apos;s hotspot (no internet needed), let the phones join it, and choose the hotspot&apos;s address here. Nothing listens on any other address.</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>Los teléfonos votan en {0} a través de la propia red de esta computadora: active el punto de acceso de la laptop (no hace falta internet), deje que los teléfonos se conecten y elija aquí la dirección del punto de acceso. Nada escucha en ninguna otra dirección.</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>phone_voting.py</extracomment>
        <translation>cualquier puerto libre</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>(no items in this quadrant yet)</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>(aún no hay elementos en este cuadrante)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>SO: use strengths to seize opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>SO: usar las fortalezas para aprovechar las oportunidades</translation>
    </message>
    <message>
        <source>ST: use strengths against threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>ST: usar las fortalezas contra las amenazas</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>WO: fix weaknesses through opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>WO: corregir las debilidades mediante las oportunidades</translation>
    </message>
    <message>
        <source>WT: defensive moves</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>WT: medidas defensivas</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Debilidades</translation>
    </message>
    <message>
        <source>What will the cluster do?</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>¿Qué hará el clúster?</translation>
    </message>
    <message>
        <source>{0} it draws on</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>{0} en que se apoya</translation>
    </message>
    <message>
        <source>{0} strategy</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Estrategia {0}</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <source>(+{0} more)</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>(+{0} más)</translation>
    </message>
    <message>
        <source>(no prompts)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>(sin preguntas guía)</translation>
    </message>
    <message>
        <source>(template no longer available)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>(plantilla ya no disponible)</translation>
    </message>
    <message>
        <source>Add a dot	+</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Agregar un punto	+</translation>
    </message>
    <message>
        <source>Add dots</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Agregar puntos</translation>
    </message>
    <message>
        <source>Added to the candidate priorities.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Agregada a las prioridades candidatas.</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete one of my templates</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Eliminar una de mis plantillas</translation>
    </message>
    <message>
        <source>Delete your template “{0}”?</source>
        <extracomment>swot_board.py</extracomment>
        <translation>¿Eliminar su plantilla “{0}”?</translation>
    </message>
    <message>
        <source>Deleted {0} item(s). Undo with Ctrl+Z.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Se eliminaron {0} elemento(s). Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Editar las preguntas guía</translation>
    </message>
    <message>
        <source>Edit the prompts…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Editar las preguntas guía…</translation>
    </message>
    <message>
        <source>Export the prompts as a template file</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Exportar las preguntas guía como archivo de plantilla</translation>
    </message>
    <message>
        <source>Export the prompts to a file…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Exportar las preguntas guía a un archivo…</translation>
    </message>
    <message>
        <source>Fold the prompts away</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Plegar las preguntas guía</translation>
    </message>
    <message>
        <source>Full screen</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>Import a SWOT template</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Importar una plantilla FODA</translation>
    </message>
    <message>
        <source>Import a template file…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Importar un archivo de plantilla…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Salir de la pantalla completa</translation>
    </message>
    <message>
        <source>Make a candidate priority</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Convertir en prioridad candidata</translation>
    </message>
    <message>
        <source>Merge selected items</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Fusionar los elementos seleccionados</translation>
    </message>
    <message>
        <source>Merged {0} items. Undo with Ctrl+Z.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Se fusionaron {0} elementos. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move to</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Move to {0}</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Mover a {0}</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Movido a {0}.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Prompts</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <source>Prompts of {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Preguntas guía de {0}</translation>
    </message>
    <message>
        <source>Remove a dot	−</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Quitar un punto	−</translation>
    </message>
    <message>
        <source>Remove dots</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Quitar puntos</translation>
    </message>
    <message>
        <source>Remove the prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Quitar las preguntas guía</translation>
    </message>
    <message>
        <source>SWOT board</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Tablero FODA</translation>
    </message>
    <message>
        <source>SWOT templates (*.json);;All files (*)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plantillas FODA (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the prompts as my template…</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Guardar las preguntas guía como mi plantilla…</translation>
    </message>
    <message>
        <source>Select two or more items to merge (Ctrl+click).</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Seleccione dos o más elementos para fusionar (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Show all the prompts</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Mostrar todas las preguntas guía</translation>
    </message>
    <message>
        <source>Show or hide the guiding prompts</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Mostrar u ocultar las preguntas guía</translation>
    </message>
    <message>
        <source>Show the board alone, full screen (F11; Esc to leave)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Mostrar solo el tablero, a pantalla completa (F11; Esc para salir)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Starting the SWOT? Choose a template above: its guiding prompts appear in each quadrant. Or simply type in a quadrant and press Enter.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>¿Comienza el FODA? Elija una plantilla arriba: sus preguntas guía aparecen en cada cuadrante. O simplemente escriba en un cuadrante y pulse Enter.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Template</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Template exported to {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plantilla exportada a {0}</translation>
    </message>
    <message>
        <source>Template “{0}” imported: choose it in the Template list.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plantilla “{0}” importada: elíjala en la lista Plantilla.</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plantilla “{0}” guardada.</translation>
    </message>
    <message>
        <source>Template:</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>The board shows no prompts to export.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>El tablero no muestra preguntas guía que exportar.</translation>
    </message>
    <message>
        <source>The board shows no prompts yet: choose a template or edit the prompts first.</source>
        <extracomment>swot_board.py</extracomment>
        <translation>El tablero aún no muestra preguntas guía: primero elija una plantilla o edite las preguntas.</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Type a strength and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Escriba una fortaleza y pulse Enter</translation>
    </message>
    <message>
        <source>Type a threat and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Escriba una amenaza y pulse Enter</translation>
    </message>
    <message>
        <source>Type a weakness and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Escriba una debilidad y pulse Enter</translation>
    </message>
    <message>
        <source>Type an opportunity and press Enter</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Escriba una oportunidad y pulse Enter</translation>
    </message>
    <message>
        <source>Use the template {0}</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Usar la plantilla {0}</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>swot_board.py, swot_quadrant.py</extracomment>
        <translation>Debilidades</translation>
    </message>
    <message>
        <source>Who said it…</source>
        <extracomment>swot_quadrant.py</extracomment>
        <translation>Quién lo dijo…</translation>
    </message>
    <message>
        <source>You already have a template called “{0}”. Replace it?</source>
        <extracomment>swot_board.py</extracomment>
        <translation>Ya tiene una plantilla llamada “{0}”. ¿Reemplazarla?</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} (mía)</translation>
    </message>
    <message>
        <source>{0} (my version)</source>
        <extracomment>swot_board.py</extracomment>
        <translation>{0} (mi versión)</translation>
    </message>
</context>
<context>
    <name>SwotItemDialog</name>
    <message>
        <source>Opportunities</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Priority from a SWOT item</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Prioridad desde un elemento FODA</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>priority_dialogs.py</extracomment>
        <translation>Debilidades</translation>
    </message>
</context>
<context>
    <name>SwotSlide</name>
    <message>
        <source>Opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Debilidades</translation>
    </message>
</context>
<context>
    <name>TowsSlide</name>
    <message>
        <source>Defensive moves: limit weaknesses and threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Medidas defensivas: limitar debilidades y amenazas</translation>
    </message>
    <message>
        <source>Fix weaknesses through opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Corregir debilidades mediante oportunidades</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Use strengths against threats</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Usar fortalezas contra amenazas</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Usar fortalezas para aprovechar oportunidades</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>presenter_slides.py</extracomment>
        <translation>Debilidades</translation>
    </message>
</context>
<context>
    <name>TowsTab</name>
    <message>
        <source>Add…</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Defensive moves: limit weaknesses and threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Medidas defensivas: limitar debilidades y amenazas</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Fix weaknesses through opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Corregir debilidades mediante oportunidades</translation>
    </message>
    <message>
        <source>Make a candidate priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Convertir en prioridad candidata</translation>
    </message>
    <message>
        <source>Make a priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Convertir en prioridad</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Promote strategy to priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Promover la estrategia a prioridad</translation>
    </message>
    <message>
        <source>Promote the selected strategy to a candidate priority</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Promover la estrategia seleccionada a prioridad candidata</translation>
    </message>
    <message>
        <source>Select a strategy first.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Primero seleccione una estrategia.</translation>
    </message>
    <message>
        <source>Strategy deleted. Undo with Ctrl+Z.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Estrategia eliminada. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Turn the SWOT into strategies: where a row meets a column, write what the cluster will do, and tick the SWOT items it draws on.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Convierta el FODA en estrategias: donde una fila se cruza con una columna, escriba lo que hará el clúster y marque los elementos FODA en que se apoya.</translation>
    </message>
    <message>
        <source>Use strengths against threats</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Usar fortalezas contra amenazas</translation>
    </message>
    <message>
        <source>Use strengths to seize opportunities</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Usar fortalezas para aprovechar oportunidades</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>Debilidades</translation>
    </message>
    <message>
        <source>“{0}” is already a candidate priority. Add it again?</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>“{0}” ya es una prioridad candidata. ¿Agregarla otra vez?</translation>
    </message>
    <message>
        <source>“{0}” is now a candidate priority.</source>
        <extracomment>tows_tab.py</extracomment>
        <translation>“{0}” ahora es una prioridad candidata.</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Anonymous</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Anónima</translation>
    </message>
    <message>
        <source>Anonymous: stored and visible to the facilitator, never shown in results or exports</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Anónima: se guarda y el facilitador la ve, pero nunca aparece en los resultados ni en las exportaciones</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Voto por aprobación</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Borda points</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Puntos Borda</translation>
    </message>
    <message>
        <source>Cast by the voter on the kiosk</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Emitida por el votante en el quiosco</translation>
    </message>
    <message>
        <source>Cast by the voter on their phone</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Emitida por el votante en su teléfono</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Copeland (Condorcet)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Copeland (Condorcet)</translation>
    </message>
    <message>
        <source>Copeland score</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Puntuación de Copeland</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Dots</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Entered by the facilitator</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Ingresada por el facilitador</translation>
    </message>
    <message>
        <source>Gradients of agreement</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Gradientes de acuerdo</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Importada de un archivo</translation>
    </message>
    <message>
        <source>Instant runoff</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Segunda vuelta instantánea</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Calificación media</translation>
    </message>
    <message>
        <source>Named</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Named: who voted what is stored and shown in results and exports</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Nominal: quién votó qué se guarda y se muestra en los resultados y las exportaciones</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Options it beats</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Opciones que supera</translation>
    </message>
    <message>
        <source>Paper ballot typed in</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Boleta de papel transcrita</translation>
    </message>
    <message>
        <source>Ranking (Borda count)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Clasificación (recuento Borda)</translation>
    </message>
    <message>
        <source>Schulze (Condorcet)</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Schulze (Condorcet)</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score / rating</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Puntuación / calificación</translation>
    </message>
    <message>
        <source>Secret</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Secreta</translation>
    </message>
    <message>
        <source>Secret: the link between voter and ballot is never stored</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Secreta: el vínculo entre votante y boleta nunca se guarda</translation>
    </message>
    <message>
        <source>Show-of-hands totals</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Totales a mano alzada</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Votes in its last count</source>
        <extracomment>voting_common.py</extracomment>
        <translation>Votos en su último recuento</translation>
    </message>
</context>
<context>
    <name>VotingTab</name>
    <message>
        <source> and {0} more</source>
        <extracomment>voting_tab.py</extracomment>
        <translation> y {0} más</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) imported.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n boleta importada.</numerusform>
            <numerusform>%n boletas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} voting members (has|have) not voted yet ({1}). Close {2} anyway? Nobody can vote in it once it is closed, unless you reopen it.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n de {0} miembros con voto aún no ha votado ({1}). ¿Cerrar {2} de todos modos? Nadie podrá votar una vez cerrada, a menos que la reabra.</numerusform>
            <numerusform>%n de {0} miembros con voto aún no han votado ({1}). ¿Cerrar {2} de todos modos? Nadie podrá votar una vez cerrada, a menos que la reabra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) (has|have) problems and (is|are) not recorded. Close the round anyway? (It|They) will be lost.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>%n fila tiene problemas y no está registrada. ¿Cerrar la ronda de todos modos? Se perderá.</numerusform>
            <numerusform>%n filas tienen problemas y no están registradas. ¿Cerrar la ronda de todos modos? Se perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Cerrar la ronda</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Import ballots…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Importar boletas…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>&amp;Paper ballots (PDF)…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Boletas de &amp;papel (PDF)…</translation>
    </message>
    <message>
        <source>(The show of hands is counted, but it does not say who raised a hand.)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>(La votación a mano alzada se cuenta, pero no dice quién levantó la mano.)</translation>
    </message>
    <message>
        <source>Add candidate priorities on the Priorities tab first.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Primero agregue prioridades candidatas en la pestaña Prioridades.</translation>
    </message>
    <message>
        <source>Ballot {0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Boleta {0} de {1}</translation>
    </message>
    <message>
        <source>Ballots</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Boletas</translation>
    </message>
    <message>
        <source>Delete ballot…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Eliminar la boleta…</translation>
    </message>
    <message>
        <source>Delete the ballot of {0}? They can then vote again.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>¿Eliminar la boleta de {0}? Luego podrá votar de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Delete {0} with its %n ballot(s)? This cannot be undone.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>¿Eliminar {0} con su %n boleta? Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar {0} con sus %n boletas? Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Si&amp;guiente ronda…</translation>
    </message>
    <message>
        <source>No vote round yet. Add the candidate priorities on the Priorities tab, then press New round…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Aún no hay ronda de votación. Agregue las prioridades candidatas en la pestaña Prioridades y luego pulse Nueva ronda…</translation>
    </message>
    <message>
        <source>Not voted yet: {0} of {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Aún no han votado: {0} de {1}</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>No se importó nada:</translation>
    </message>
    <message>
        <source>Open vo&amp;ting to phones…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Abrir la vo&amp;tación a los teléfonos…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Boletas de papel</translation>
    </message>
    <message>
        <source>Paper ballots cancelled; nothing was written.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Boletas de papel canceladas; no se escribió nada.</translation>
    </message>
    <message>
        <source>Paper ballots saved to {0} (round code {1}).</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Boletas de papel guardadas en {0} (código de ronda {1}).</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Re&amp;abrir…</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Reabrir {0}</translation>
    </message>
    <message>
        <source>Say why the round is reopened: it is kept in the audit log.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Indique por qué se reabre la ronda: queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Secret round: the sheets carry no name. How many blank ballots?</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Ronda secreta: las hojas no llevan nombre. ¿Cuántas boletas en blanco?</translation>
    </message>
    <message>
        <source>Show of &amp;hands…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>A mano &amp;alzada…</translation>
    </message>
    <message>
        <source>Show of hands recorded: {0} in all.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Votación a mano alzada registrada: {0} en total.</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Iniciar el &amp;quiosco…</translation>
    </message>
    <message>
        <source>Why reopen it? (kept in the audit log, e.g. a late paper ballot)</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>¿Por qué reabrirla? (queda en el registro de auditoría, p. ej. una boleta de papel que llegó tarde)</translation>
    </message>
    <message>
        <source>Writing the paper ballots…</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>Escribiendo las boletas de papel…</translation>
    </message>
    <message numerus="yes">
        <source>and %n phone code(s) not used yet</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>
            <numerusform>y %n código de teléfono aún sin usar</numerusform>
            <numerusform>y %n códigos de teléfono aún sin usar</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} closed: its results are on the Results tab.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} cerrada: sus resultados están en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} eliminada.</translation>
    </message>
    <message>
        <source>{0} opened.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} abierta.</translation>
    </message>
    <message>
        <source>{0} opened: {1}</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} abierta: {1}</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} reabierta.</translation>
    </message>
    <message>
        <source>{0} was closed: voting by phone has stopped.</source>
        <extracomment>voting_tab.py</extracomment>
        <translation>{0} se cerró: la votación por teléfono se detuvo.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Open an existing file…</source>
        <extracomment>welcome.py</extracomment>
        <translation>&amp;Abrir un archivo existente…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;</source>
        <extracomment>welcome.py</extracomment>
        <translation>&lt;h2&gt;Bienvenido&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A Caribbean cocoa and spice cluster after a workshop</source>
        <extracomment>welcome.py</extracomment>
        <translation>Un clúster caribeño de cacao y especias después de un taller</translation>
    </message>
    <message>
        <source>Cluster workspaces (*.cluster);;All files (*)</source>
        <extracomment>welcome.py</extracomment>
        <translation>Espacios de trabajo de clúster (*.cluster);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Name of the cluster initiative:</source>
        <extracomment>welcome.py</extracomment>
        <translation>Nombre de la iniciativa clúster:</translation>
    </message>
    <message>
        <source>New cluster</source>
        <extracomment>welcome.py</extracomment>
        <translation>Nuevo clúster</translation>
    </message>
    <message>
        <source>Open cluster workspace</source>
        <extracomment>welcome.py</extracomment>
        <translation>Abrir un espacio de trabajo del clúster</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <extracomment>welcome.py</extracomment>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>Start a &amp;new cluster workspace…</source>
        <extracomment>welcome.py</extracomment>
        <translation>Comenzar un &amp;nuevo espacio de trabajo de clúster…</translation>
    </message>
    <message>
        <source>This app helps you run cluster workshops with no internet: explain what a cluster is, keep the member roster, run a SWOT with the room, agree on priorities through votes until there is consensus, and leave with an Excel workbook and a PDF report.

Everything you type is saved at once.</source>
        <extracomment>welcome.py</extracomment>
        <translation>Esta aplicación le ayuda a realizar talleres de clúster sin internet: explicar qué es un clúster, llevar la lista de miembros, hacer un FODA con la sala, acordar prioridades mediante votaciones hasta lograr el consenso, y salir con un libro de Excel y un informe en PDF.

Todo lo que escribe se guarda al instante.</translation>
    </message>
    <message>
        <source>Welcome to {0}</source>
        <extracomment>welcome.py</extracomment>
        <translation>Bienvenido a {0}</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>Add SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Agregar un elemento FODA</translation>
    </message>
    <message>
        <source>Add TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Agregar una estrategia TOWS</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Agregar un punto</translation>
    </message>
    <message>
        <source>Add attendees</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Agregar asistentes</translation>
    </message>
    <message>
        <source>Attribute SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Atribuir un elemento FODA</translation>
    </message>
    <message>
        <source>Change attendance role</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Cambiar el rol en la asistencia</translation>
    </message>
    <message>
        <source>Change representative</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Cambiar el representante</translation>
    </message>
    <message>
        <source>Could not undo or redo “{0}”: {1}</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>No se pudo deshacer o rehacer “{0}”: {1}</translation>
    </message>
    <message>
        <source>Delete SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Eliminar un elemento FODA</translation>
    </message>
    <message>
        <source>Delete SWOT items</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Eliminar elementos FODA</translation>
    </message>
    <message>
        <source>Delete TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Eliminar una estrategia TOWS</translation>
    </message>
    <message>
        <source>Delete priorities</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Eliminar prioridades</translation>
    </message>
    <message>
        <source>Delete priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Eliminar una prioridad</translation>
    </message>
    <message>
        <source>Edit SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Editar un elemento FODA</translation>
    </message>
    <message>
        <source>Edit TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Editar una estrategia TOWS</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Editar una prioridad</translation>
    </message>
    <message>
        <source>Merge SWOT items</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Fusionar elementos FODA</translation>
    </message>
    <message>
        <source>Move SWOT item</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Mover un elemento FODA</translation>
    </message>
    <message>
        <source>Move TOWS strategy</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Mover una estrategia TOWS</translation>
    </message>
    <message>
        <source>Move priorities</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Mover prioridades</translation>
    </message>
    <message>
        <source>Move priority</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Mover una prioridad</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Quitar un punto</translation>
    </message>
    <message>
        <source>Remove attendees</source>
        <extracomment>workshop_commands.py</extracomment>
        <translation>Quitar asistentes</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsTab</name>
    <message>
        <source>&amp;Date</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Facilitador</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; language</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Idioma de los &amp;participantes</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>El mismo que la aplicación</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The language of what participants read: paper ballots, voter codes, phone pages, the kiosk, and the report and workbook made for this workshop.</source>
        <extracomment>workshop_details_tab.py</extracomment>
        <translation>El idioma de lo que leen los participantes: boletas impresas, códigos de votación, páginas del teléfono, el quiosco, y el informe y el libro de trabajo de este taller.</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Attendees</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Venue</source>
        <extracomment>list_table_model.py</extracomment>
        <translation>Lugar</translation>
    </message>
    <message numerus="yes">
        <source>{0} + %n observer(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>{0} + %n observador</numerusform>
            <numerusform>{0} + %n observadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Attendance</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Outputs</source>
        <extracomment>export_actions.py, workshop_view.py</extracomment>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Priorities</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>SWOT</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>FODA</translation>
    </message>
    <message>
        <source>TOWS</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>TOWS</translation>
    </message>
    <message>
        <source>Voting</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>Votación</translation>
    </message>
    <message numerus="yes">
        <source>{0} voting, %n observer(s)</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>
            <numerusform>{0} con voto, %n observador</numerusform>
            <numerusform>{0} con voto, %n observadores</numerusform>
        </translation>
    </message>
    <message>
        <source>← All workshops</source>
        <extracomment>workshop_view.py</extracomment>
        <translation>← Todos los talleres</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message numerus="yes">
        <source>%n SWOT item(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n elemento FODA</numerusform>
            <numerusform>%n elementos FODA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TOWS (strategy|strategies)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n estrategia TOWS</numerusform>
            <numerusform>%n estrategias TOWS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n registro de asistencia</numerusform>
            <numerusform>%n registros de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n boleta</numerusform>
            <numerusform>%n boletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate (priority|priorities)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n prioridad candidata</numerusform>
            <numerusform>%n prioridades candidatas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote round(s)</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>
            <numerusform>%n ronda de votación</numerusform>
            <numerusform>%n rondas de votación</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Editar los detalles…</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Delete the workshop “{0}”?</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>¿Eliminar el taller “{0}”?</translation>
    </message>
    <message>
        <source>No workshops yet. Click “New workshop…” to prepare the first one.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Aún no hay talleres. Haga clic en “Nuevo taller…” para preparar el primero.</translation>
    </message>
    <message>
        <source>Search workshops…</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Buscar talleres…</translation>
    </message>
    <message>
        <source>This also deletes: {0}.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Esto también elimina: {0}.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Workshop created.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Taller creado.</translation>
    </message>
    <message>
        <source>Workshop deleted.</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Taller eliminado.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>workshops_page.py</extracomment>
        <translation>Talleres</translation>
    </message>
</context>
<context>
    <name>action_plan</name>
    <message>
        <source>Done</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>On track</source>
        <extracomment>action_plan.py, action_dialogs.py, action_plan_page.py, action_review.py</extracomment>
        <translation>Al día</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Academic / training institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Institución académica / de formación</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Community-based organisation</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Domestic</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Donor / international organisation</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Donante / organismo internacional</translation>
    </message>
    <message>
        <source>Dutch</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Economic development agency / NGO</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Agencia de desarrollo económico / ONG</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <source>Firm</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Foreign</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Extranjera</translation>
    </message>
    <message>
        <source>French</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Government ministry</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Inputs</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Insumos</translation>
    </message>
    <message>
        <source>Investment / export promotion agency</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Agencia de promoción de inversiones / exportaciones</translation>
    </message>
    <message>
        <source>Joint</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Large</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Logistics</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Marketing / retail</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Comercialización / venta al detalle</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Micro</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Processing</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <source>Production</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Prospective</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Quality standards body</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organismo de normas de calidad</translation>
    </message>
    <message>
        <source>Regulatory body</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organismo regulador</translation>
    </message>
    <message>
        <source>Research / testing institution</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Institución de investigación / ensayos</translation>
    </message>
    <message>
        <source>Sector association / chamber</source>
        <extracomment>attendance_tab.py, import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Asociación sectorial / cámara</translation>
    </message>
    <message>
        <source>Small</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Spanish</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Support services</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py</extracomment>
        <translation>Servicios de apoyo</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>10 or more active members</source>
        <extracomment>health.py</extracomment>
        <translation>10 o más miembros activos</translation>
    </message>
    <message>
        <source>A dedicated facilitator and a budget funded by members</source>
        <extracomment>health.py</extracomment>
        <translation>Un facilitador dedicado y un presupuesto financiado por los miembros</translation>
    </message>
    <message>
        <source>Actions on track</source>
        <extracomment>action_plan.py</extracomment>
        <translation>Acciones al día</translation>
    </message>
    <message>
        <source>Active members</source>
        <extracomment>health.py</extracomment>
        <translation>Miembros activos</translation>
    </message>
    <message>
        <source>An initiative that follows up its action plan against indicators keeps its members&apos; trust; late actions nobody reviews are how priorities are quietly dropped.</source>
        <extracomment>action_plan.py</extracomment>
        <translation>Una iniciativa que da seguimiento a su plan de acción con indicadores conserva la confianza de sus miembros; las acciones atrasadas que nadie revisa son la manera en que las prioridades se abandonan sin ruido.</translation>
    </message>
    <message>
        <source>Cluster Initiative Greenbook</source>
        <extracomment>action_plan.py, health.py</extracomment>
        <translation>Cluster Initiative Greenbook</translation>
    </message>
    <message>
        <source>Companies remain the decision makers</source>
        <extracomment>health.py</extracomment>
        <translation>Las empresas siguen siendo quienes deciden</translation>
    </message>
    <message>
        <source>Companies should remain the decision makers and most influential parties; a reference rule asks for at least half firms among the partners.</source>
        <extracomment>health.py</extracomment>
        <translation>Las empresas deben seguir siendo quienes deciden y las partes más influyentes; una regla de referencia pide que al menos la mitad de los socios sean empresas.</translation>
    </message>
    <message>
        <source>Consensus on the last vote</source>
        <extracomment>health.py</extracomment>
        <translation>Consenso en la última votación</translation>
    </message>
    <message>
        <source>Consensus on top priorities, based on a SWOT analysis</source>
        <extracomment>health.py</extracomment>
        <translation>Consenso sobre las prioridades principales, basado en un análisis FODA</translation>
    </message>
    <message>
        <source>European cluster platform criterion</source>
        <extracomment>health.py</extracomment>
        <translation>Criterio de una plataforma europea de clústeres</translation>
    </message>
    <message>
        <source>Facilitator credibility and consensus</source>
        <extracomment>health.py</extracomment>
        <translation>Credibilidad del facilitador y consenso</translation>
    </message>
    <message>
        <source>Firms plus support organisations (training, research, standards, finance, government) make a cluster rather than a club; a European cluster platform asks for at least 2 member types.</source>
        <extracomment>health.py</extracomment>
        <translation>Las empresas más las organizaciones de apoyo (formación, investigación, normas, finanzas, gobierno) forman un clúster y no un club; una plataforma europea de clústeres pide al menos 2 tipos de miembros.</translation>
    </message>
    <message>
        <source>Initiated and funded by government, industry or both</source>
        <extracomment>health.py</extracomment>
        <translation>Iniciada y financiada por el gobierno, la industria o ambos</translation>
    </message>
    <message>
        <source>Initiatives limited to domestic companies do worse: foreign-owned firms and partners across the border bring markets, skills and investment.</source>
        <extracomment>health.py</extracomment>
        <translation>Las iniciativas limitadas a empresas nacionales obtienen peores resultados: las empresas de capital extranjero y los socios del otro lado de la frontera aportan mercados, habilidades e inversión.</translation>
    </message>
    <message>
        <source>Initiatives that agree on their top priorities, based on a SWOT, do better; failure is often linked to a lack of consensus.</source>
        <extracomment>health.py</extracomment>
        <translation>Las iniciativas que se ponen de acuerdo sobre sus prioridades principales, a partir de un FODA, obtienen mejores resultados; el fracaso suele estar ligado a la falta de consenso.</translation>
    </message>
    <message>
        <source>Member types</source>
        <extracomment>health.py</extracomment>
        <translation>Tipos de miembros</translation>
    </message>
    <message>
        <source>Members build a shared view of why and how they work together by meeting: an initiative with no workshop for a year is losing its momentum.</source>
        <extracomment>health.py</extracomment>
        <translation>Los miembros construyen una visión compartida de por qué y cómo trabajan juntos al reunirse: una iniciativa sin ningún taller en un año está perdiendo impulso.</translation>
    </message>
    <message>
        <source>Members self-selected, not picked by government</source>
        <extracomment>health.py</extracomment>
        <translation>Miembros que se eligieron a sí mismos, no escogidos por el gobierno</translation>
    </message>
    <message>
        <source>Monitoring and evaluation with performance indicators</source>
        <extracomment>health.py</extracomment>
        <translation>Seguimiento y evaluación con indicadores de desempeño</translation>
    </message>
    <message>
        <source>Nearly all initiatives in the Greenbook survey (95%) had at least 10 active members: below that, too few firms carry the work.</source>
        <extracomment>health.py</extracomment>
        <translation>Casi todas las iniciativas de la encuesta del Greenbook (95%) tenían al menos 10 miembros activos: por debajo de eso, muy pocas empresas sostienen el trabajo.</translation>
    </message>
    <message>
        <source>Not limited to domestic companies</source>
        <extracomment>health.py</extracomment>
        <translation>No limitada a empresas nacionales</translation>
    </message>
    <message>
        <source>Open beyond domestic firms</source>
        <extracomment>health.py</extracomment>
        <translation>Abierta más allá de las empresas nacionales</translation>
    </message>
    <message>
        <source>Selected through competition</source>
        <extracomment>health.py</extracomment>
        <translation>Seleccionada mediante concurso</translation>
    </message>
    <message>
        <source>Share of firms</source>
        <extracomment>health.py</extracomment>
        <translation>Proporción de empresas</translation>
    </message>
    <message>
        <source>Time spent building a shared framework</source>
        <extracomment>health.py</extracomment>
        <translation>Tiempo dedicado a construir un marco compartido</translation>
    </message>
    <message>
        <source>Workshops in the last 12 months</source>
        <extracomment>health.py</extracomment>
        <translation>Talleres en los últimos 12 meses</translation>
    </message>
    <message>
        <source>at least 1</source>
        <extracomment>health.py</extracomment>
        <translation>al menos 1</translation>
    </message>
    <message>
        <source>at least one foreign, joint-owned or cross-border member</source>
        <extracomment>health.py</extracomment>
        <translation>al menos un miembro extranjero, de propiedad mixta o del otro lado de la frontera</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <extracomment>health.py</extracomment>
        <translation>al menos {minimum}</translation>
    </message>
    <message>
        <source>at least {minimum}%</source>
        <extracomment>health.py</extracomment>
        <translation>al menos {minimum}%</translation>
    </message>
    <message>
        <source>at least {minimum}% of open actions</source>
        <extracomment>action_plan.py</extracomment>
        <translation>al menos {minimum}% de las acciones abiertas</translation>
    </message>
    <message>
        <source>consensus on an option, or W of at least {minimum}</source>
        <extracomment>health.py</extracomment>
        <translation>consenso sobre una opción, o W de al menos {minimum}</translation>
    </message>
    <message>
        <source>no action plan yet</source>
        <extracomment>action_plan.py</extracomment>
        <translation>aún no hay plan de acción</translation>
    </message>
    <message>
        <source>no active members yet</source>
        <extracomment>health.py</extracomment>
        <translation>aún no hay miembros activos</translation>
    </message>
    <message>
        <source>no closed vote round yet</source>
        <extracomment>health.py</extracomment>
        <translation>aún no hay ninguna ronda de votación cerrada</translation>
    </message>
    <message>
        <source>no open action ({done} done)</source>
        <extracomment>action_plan.py</extracomment>
        <translation>ninguna acción abierta ({done} completadas)</translation>
    </message>
    <message>
        <source>no workshop in the last 12 months</source>
        <extracomment>health.py</extracomment>
        <translation>ningún taller en los últimos 12 meses</translation>
    </message>
    <message>
        <source>only domestic members</source>
        <extracomment>health.py</extracomment>
        <translation>solo miembros nacionales</translation>
    </message>
    <message>
        <source>ownership and country not recorded</source>
        <extracomment>health.py</extracomment>
        <translation>propiedad y país sin registrar</translation>
    </message>
    <message>
        <source>{active} active of {members} members</source>
        <extracomment>health.py</extracomment>
        <translation>{active} activos de {members} miembros</translation>
    </message>
    <message>
        <source>{count} held, the latest on {last}</source>
        <extracomment>health.py</extracomment>
        <translation>{count} realizados, el más reciente el {last}</translation>
    </message>
    <message>
        <source>{foreign} foreign or joint owned, {abroad} based abroad</source>
        <extracomment>health.py</extracomment>
        <translation>{foreign} de propiedad extranjera o mixta, {abroad} con sede en el exterior</translation>
    </message>
    <message>
        <source>{on_track} of {open} open actions on track ({late} late), {done} done</source>
        <extracomment>action_plan.py</extracomment>
        <translation>{on_track} de {open} acciones abiertas al día ({late} atrasadas), {done} completadas</translation>
    </message>
    <message>
        <source>{percent}% firms ({firms} of {active} active members)</source>
        <extracomment>health.py</extracomment>
        <translation>{percent}% empresas ({firms} de {active} miembros activos)</translation>
    </message>
    <message>
        <source>{title}: Kendall&apos;s W = {w}</source>
        <extracomment>health.py</extracomment>
        <translation>{title}: W de Kendall = {w}</translation>
    </message>
    <message>
        <source>{title}: consensus on {count} option(s)</source>
        <extracomment>health.py</extracomment>
        <translation>{title}: consenso sobre {count} opción(es)</translation>
    </message>
    <message>
        <source>{title}: this method has no consensus figure</source>
        <extracomment>health.py</extracomment>
        <translation>{title}: este método no tiene cifra de consenso</translation>
    </message>
    <message>
        <source>{types} types among active members</source>
        <extracomment>health.py</extracomment>
        <translation>{types} tipos entre los miembros activos</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Cluster expansion</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Expansión del clúster</translation>
    </message>
    <message>
        <source>Commercial cooperation</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Cooperación comercial</translation>
    </message>
    <message>
        <source>Education and training</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Educación y formación</translation>
    </message>
    <message>
        <source>Hub-and-spoke</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Radial (hub-and-spoke)</translation>
    </message>
    <message>
        <source>Innovation and technology</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Innovación y tecnología</translation>
    </message>
    <message>
        <source>Marshallian</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Marshalliano</translation>
    </message>
    <message>
        <source>Policy action</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Acción en políticas públicas</translation>
    </message>
    <message>
        <source>Research and networking</source>
        <extracomment>preset_words.py</extracomment>
        <translation>Investigación y redes</translation>
    </message>
    <message>
        <source>Survival</source>
        <extracomment>preset_words.py</extracomment>
        <translation>De supervivencia</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Already in the roster as “{name}”: nothing to change.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Ya está en la lista como “{name}”: nada que cambiar.</translation>
    </message>
    <message>
        <source>Already in the roster as “{name}”: skipped as a duplicate.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Ya está en la lista como “{name}”: omitido por duplicado.</translation>
    </message>
    <message>
        <source>Already in the roster as “{name}”: updated field by field ({fields} from the file).</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Ya está en la lista como “{name}”: actualizado campo por campo ({fields} del archivo).</translation>
    </message>
    <message>
        <source>Certifications</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Consentimiento para compartir datos</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>member_form.py</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact person</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact role</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Cargo del contacto</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employees</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Exit date</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exporter</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Exportador</translation>
    </message>
    <message>
        <source>Governance role</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Rol en la gobernanza</translation>
    </message>
    <message>
        <source>Join date</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Locality</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>member_form.py</extracomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Membership</source>
        <extracomment>member_form.py</extracomment>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>import_dialog.py, roster_model.py</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>No organisation name: the row cannot become a member.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Sin nombre de organización: la fila no puede convertirse en miembro.</translation>
    </message>
    <message>
        <source>Not one of the choices.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>No es una de las opciones.</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Ownership</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Same organisation as row {other} (“{name}”): skipped as a duplicate (the first row counts).</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Misma organización que la fila {other} (“{name}”): omitida por duplicado (cuenta la primera fila).</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sub-sector</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Subsector</translation>
    </message>
    <message>
        <source>The exit date is before the join date.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>La fecha de salida es anterior a la fecha de ingreso.</translation>
    </message>
    <message>
        <source>The join date cannot be in the future.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>La fecha de ingreso no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>El número de empleados no puede ser negativo.</translation>
    </message>
    <message>
        <source>The organisation name is a formula ({text}); formulas are never run or imported. Type the name instead.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>El nombre de la organización es una fórmula ({text}); las fórmulas nunca se ejecutan ni se importan. Escriba el nombre en su lugar.</translation>
    </message>
    <message>
        <source>The organisation name is longer than {limit} characters.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>El nombre de la organización tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The organisation name is required.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>El nombre de la organización es obligatorio.</translation>
    </message>
    <message>
        <source>The vote weight must be between 0 and {limit}.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>La ponderación de voto debe estar entre 0 y {limit}.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Esto no parece una dirección de correo electrónico (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>This row is not UTF-8 like the rest of the file; it was read as Windows-1252. Check its accented letters (names, places) in the preview.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>Esta fila no está en UTF-8 como el resto del archivo; se leyó como Windows-1252. Revise sus letras con tilde (nombres, lugares) en la vista previa.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <extracomment>roster_fields.py, member_form.py</extracomment>
        <translation>Demasiado largo: como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value-chain segment</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Eslabón de la cadena de valor</translation>
    </message>
    <message>
        <source>Vote weight</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Ponderación de voto</translation>
    </message>
    <message>
        <source>Women-led</source>
        <extracomment>import_dialog.py, member_form.py, roster_model.py, roster_page.py</extracomment>
        <translation>Dirigida por mujeres</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>import_dialog.py, roster_model.py</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>a different value: the file&apos;s taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>un valor distinto: se toma el del archivo</translation>
    </message>
    <message>
        <source>empty in the file: the roster&apos;s value kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>vacío en el archivo: se conserva el valor de la lista</translation>
    </message>
    <message>
        <source>empty in the roster: the file&apos;s value taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>vacío en la lista: se toma el valor del archivo</translation>
    </message>
    <message>
        <source>same letters, other case or spacing: the roster&apos;s kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>mismas letras, otras mayúsculas o espacios: se conserva el de la lista</translation>
    </message>
    <message>
        <source>same name with accents: the file&apos;s spelling taken</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>mismo nombre con tildes: se toma la grafía del archivo</translation>
    </message>
    <message>
        <source>same name without its accents: the roster&apos;s spelling kept</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>mismo nombre sin sus tildes: se conserva la grafía de la lista</translation>
    </message>
    <message>
        <source>the file&apos;s notes added below the roster&apos;s</source>
        <extracomment>roster_update.py, import_dialog.py</extracomment>
        <translation>las notas del archivo se agregan debajo de las de la lista</translation>
    </message>
    <message>
        <source>{label} as written: {text}</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} tal como estaba escrito: {text}</translation>
    </message>
    <message>
        <source>{label} is a formula ({text}); it was not run: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} es una fórmula ({text}); no se ejecutó: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} tiene más de {limit} caracteres: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} {text} is before the join date: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} {text} es anterior a la fecha de ingreso: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} {text} is in the future: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} {text} está en el futuro: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” can be read day first or month first: read as {date} (day first, then month); the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” puede leerse con el día primero o con el mes primero: se leyó como {date} (día primero, luego mes); el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a date: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es una fecha: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a known member type: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es un tipo de miembro conocido: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a valid e-mail address: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es una dirección de correo válida: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a valid number: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es un número válido: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not active, inactive or prospective: left as it was (active for a new member), the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es activo, inactivo ni potencial: se deja como estaba (activo para un miembro nuevo) y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not one of the choices: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es una de las opciones: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not yes or no: left empty, the text is kept in the notes.</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{label} “{text}” no es sí ni no: queda vacío y el texto se guarda en las notas.</translation>
    </message>
    <message>
        <source>{n} already in the roster skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} ya en la lista omitidos</translation>
    </message>
    <message>
        <source>{n} duplicate row in the file skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} fila duplicada en el archivo omitida</translation>
    </message>
    <message>
        <source>{n} duplicate rows in the file skipped</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} filas duplicadas en el archivo omitidas</translation>
    </message>
    <message>
        <source>{n} new</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} nuevos</translation>
    </message>
    <message>
        <source>{n} row in error left out</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} fila con error dejada fuera</translation>
    </message>
    <message>
        <source>{n} row left out by you</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} fila dejada fuera por usted</translation>
    </message>
    <message>
        <source>{n} rows in error left out</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} filas con errores dejadas fuera</translation>
    </message>
    <message>
        <source>{n} rows left out by you</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} filas dejadas fuera por usted</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} sin cambios</translation>
    </message>
    <message>
        <source>{n} updated ({fields} field)</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} actualizados ({fields} campo)</translation>
    </message>
    <message>
        <source>{n} updated ({fields} fields)</source>
        <extracomment>roster_import.py</extracomment>
        <translation>{n} actualizados ({fields} campos)</translation>
    </message>
</context>
<context>
    <name>voting_words</name>
    <message>
        <source>agreement cannot be measured: {reason}</source>
        <extracomment>voting_words.py</extracomment>
        <translation>el acuerdo no se puede medir: {reason}</translation>
    </message>
    <message>
        <source>agreement not measurable</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo no medible</translation>
    </message>
    <message>
        <source>agreement on the top option: {value} (Tastle-Wierman: 0 = split, 1 = unanimous)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo sobre la opción principal: {value} (Tastle-Wierman: 0 = dividido, 1 = unánime)</translation>
    </message>
    <message>
        <source>close agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo estrecho</translation>
    </message>
    <message>
        <source>consensus on {reached} of {n} options (no block, at least {threshold} % support)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>consenso en {reached} de {n} opciones (sin bloqueos, al menos un {threshold} % de apoyo)</translation>
    </message>
    <message>
        <source>could be chance (p = {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>podría deberse al azar (p = {p})</translation>
    </message>
    <message>
        <source>divided</source>
        <extracomment>voting_words.py</extracomment>
        <translation>dividido</translation>
    </message>
    <message>
        <source>fair agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo aceptable</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo moderado</translation>
    </message>
    <message>
        <source>no ballots yet</source>
        <extracomment>voting_words.py</extracomment>
        <translation>aún no hay boletas</translation>
    </message>
    <message>
        <source>no consensus yet on any of the {n} options (needs no block and at least {threshold} % support)</source>
        <extracomment>voting_words.py</extracomment>
        <translation>aún no hay consenso en ninguna de las {n} opciones (requiere ningún bloqueo y al menos un {threshold} % de apoyo)</translation>
    </message>
    <message>
        <source>not measurable</source>
        <extracomment>voting_words.py</extracomment>
        <translation>no medible</translation>
    </message>
    <message>
        <source>strong agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo fuerte</translation>
    </message>
    <message>
        <source>strongly divided</source>
        <extracomment>voting_words.py</extracomment>
        <translation>muy dividido</translation>
    </message>
    <message>
        <source>the top option has the support of {share} % of voters</source>
        <extracomment>voting_words.py</extracomment>
        <translation>la opción principal tiene el apoyo del {share} % de los votantes</translation>
    </message>
    <message>
        <source>too few ballots</source>
        <extracomment>voting_words.py</extracomment>
        <translation>muy pocas boletas</translation>
    </message>
    <message>
        <source>unlikely to be chance (p = {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>improbable que se deba al azar (p = {p})</translation>
    </message>
    <message>
        <source>very strong agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo muy fuerte</translation>
    </message>
    <message>
        <source>very unlikely to be chance (p &lt; {p})</source>
        <extracomment>voting_words.py</extracomment>
        <translation>muy improbable que se deba al azar (p &lt; {p})</translation>
    </message>
    <message>
        <source>very weak agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo muy débil</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <extracomment>voting_words.py</extracomment>
        <translation>acuerdo débil</translation>
    </message>
</context>
</TS>
