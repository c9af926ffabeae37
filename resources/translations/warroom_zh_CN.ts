<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BurnupChart</name>
    <message>
        <location filename="../../ui/charts/burnup_chart.py" line="42"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentPanel</name>
    <message>
        <location filename="../../ui/department_panel.py" line="123"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/department_panel.py" line="124"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/department_panel.py" line="125"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/department_panel.py" line="126"/>
        <source>Responsibilities (RACI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/department_panel.py" line="144"/>
        <source>Done %1/%2 · lagging %3 · overdue %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/department_panel.py" line="163"/>
        <source>No open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/department_panel.py" line="171"/>
        <source>Executed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../models/tables/labels.py" line="16"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="17"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="18"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="19"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="20"/>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="23"/>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="24"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="25"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="26"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="29"/>
        <source>Tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="30"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="31"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="34"/>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="35"/>
        <source>Department lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="36"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="37"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="38"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="41"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="42"/>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="43"/>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="44"/>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../main.py" line="210"/>
        <source>War Room: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="211"/>
        <source>Something went wrong. The details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main.py" line="167"/>
        <source>War-room overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>War Room — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Rebuild the &amp;demo campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Big-screen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>&amp;Navigation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Dark (war-room wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;About War Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Leave big-screen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>%1 (replay ×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Replace everything in this database with the demo campaign? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Rebuild demo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>About War Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>War Room — a command centre for e-commerce campaign war rooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/overview_panel.py" line="145"/>
        <source>Countdown to D-day (11-11 00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="146"/>
        <source>Current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="147"/>
        <source>Campaign tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="148"/>
        <source>Plan burn-up: tasks due vs. done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="149"/>
        <source>Milestone gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="150"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="151"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="167"/>
        <source>%1 of %2 tasks · lagging %3 · overdue %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="193"/>
        <source>No phases planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="199"/>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="201"/>
        <source>After %1 (campaign over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="213"/>
        <source>✔ %1 — signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="216"/>
        <source>◆ %1 — %2/%3 ready, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview_panel.py" line="233"/>
        <source>No open incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="39"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="41"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="45"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="47"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="49"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="50"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
