<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AlertAnnouncer</name>
    <message numerus="yes">
        <location filename="../../ui/metrics/alerts_panel.py" line="186"/>
        <source>▲ %n active alert(s)</source>
        <translation>
            <numerusform>▲ %n active alert</numerusform>
            <numerusform>▲ %n active alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRulesCard</name>
    <message numerus="yes">
        <location filename="../../ui/metrics/alert_rules_card.py" line="186"/>
        <source>Its %n alert(s) are deleted with it (Undo brings them back).</source>
        <translation>
            <numerusform>Its %n alert is deleted with it (Undo brings it back).</numerusform>
            <numerusform>Its %n alerts are deleted with it (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/metrics/alerts_panel.py" line="96"/>
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n active alert</numerusform>
            <numerusform>%n active alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/metrics/alerts_panel.py" line="98"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistBulkBar</name>
    <message numerus="yes">
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="129"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <location filename="../../ui/plan/checklist_panel.py" line="310"/>
        <source>Delete %n selected task(s)?</source>
        <translation>
            <numerusform>Delete %n selected task?</numerusform>
            <numerusform>Delete %n selected tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/checklist_panel.py" line="313"/>
        <source>%n dependency link(s) on them are removed too.</source>
        <translation>
            <numerusform>%n dependency link on them is removed too.</numerusform>
            <numerusform>%n dependency links on them are removed too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateActions</name>
    <message numerus="yes">
        <location filename="../../controllers/plan/gate_actions.py" line="84"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/gate_actions.py" line="86"/>
        <source>The gate cannot be signed off: %n task(s) not done or accepted: %1</source>
        <translation>
            <numerusform>The gate cannot be signed off: %n task not done or accepted: %1</numerusform>
            <numerusform>The gate cannot be signed off: %n tasks not done or accepted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/plan/gates_panel.py" line="240"/>
        <source>Waiting: %n task(s) open</source>
        <translation>
            <numerusform>Waiting: %n task open</numerusform>
            <numerusform>Waiting: %n tasks open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="250"/>
        <source>Edit %n task(s)</source>
        <translation>
            <numerusform>Edit %n task</numerusform>
            <numerusform>Edit %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="258"/>
        <source>Change status of %n task(s)</source>
        <translation>
            <numerusform>Change status of %n task</numerusform>
            <numerusform>Change status of %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="267"/>
        <source>Assign %n task(s)</source>
        <translation>
            <numerusform>Assign %n task</numerusform>
            <numerusform>Assign %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="286"/>
        <source>Shift due date of %n task(s)</source>
        <translation>
            <numerusform>Shift due date of %n task</numerusform>
            <numerusform>Shift due date of %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="330"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReverseScheduling</name>
    <message numerus="yes">
        <location filename="../../controllers/plan/rescheduling.py" line="159"/>
        <source>%n task(s) would be due outside the campaign.</source>
        <translation>
            <numerusform>%n task would be due outside the campaign.</numerusform>
            <numerusform>%n tasks would be due outside the campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/plan/schedule_dialog.py" line="154"/>
        <source>%n date(s) change.</source>
        <translation>
            <numerusform>%n date changes.</numerusform>
            <numerusform>%n dates change.</numerusform>
        </translation>
    </message>
</context>
</TS>
