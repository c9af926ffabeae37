<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BurnupChart</name>
        <message>
            <location filename="../../ui/charts/burnup_chart.py" line="42" />
            <source>Tasks</source>
            <translation>任务数</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../ui/command_palette.py" line="47" />
            <source>Type a page or an action…</source>
            <translation>输入页面或操作名称…</translation>
        </message>
    </context>
    <context>
        <name>DepartmentPanel</name>
        <message>
            <location filename="../../ui/department_panel.py" line="123" />
            <source>Checklist</source>
            <translation>检查清单</translation>
        </message>
        <message>
            <location filename="../../ui/department_panel.py" line="124" />
            <source>Open incidents</source>
            <translation>未关闭事件</translation>
        </message>
        <message>
            <location filename="../../ui/department_panel.py" line="125" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../../ui/department_panel.py" line="126" />
            <source>Responsibilities (RACI)</source>
            <translation>职责 (RACI)</translation>
        </message>
        <message>
            <location filename="../../ui/department_panel.py" line="144" />
            <source>Done %1/%2 · lagging %3 · overdue %4</source>
            <translation>完成 %1/%2 · 滞后 %3 · 逾期 %4</translation>
        </message>
        <message>
            <location filename="../../ui/department_panel.py" line="166" />
            <source>No open incidents</source>
            <translation>暂无未关闭事件</translation>
        </message>
        <message>
            <location filename="../../ui/department_panel.py" line="174" />
            <source>Executed %1 of %2</source>
            <translation>已执行 %1 / 预算 %2</translation>
        </message>
    </context>
    <context>
        <name>DepartmentStrip</name>
        <message>
            <location filename="../../ui/widgets/department_strip.py" line="59" />
            <source>Done %1/%2</source>
            <translation>完成 %1/%2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/department_strip.py" line="65" />
            <source>▲ Lagging: %1 · Overdue: %2</source>
            <translation>▲ 滞后：%1 · 逾期：%2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/department_strip.py" line="71" />
            <source>✖ Open incidents: %1</source>
            <translation>✖ 未关闭事件：%1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/department_strip.py" line="79" />
            <source>Budget spent: %1%</source>
            <translation>预算执行：%1%</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/department_strip.py" line="80" />
            <source>Open the %1 panel</source>
            <translation>打开%1面板</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../ui/formatting.py" line="20" />
            <source>%1 hundred-million</source>
            <translation>%1亿</translation>
        </message>
        <message>
            <location filename="../../ui/formatting.py" line="24" />
            <source>%1 ten-thousand</source>
            <translation>%1万</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <location filename="../../ui/widgets/kpi_tile.py" line="55" />
            <source>target ≥ %1</source>
            <translation>目标 ≥ %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/kpi_tile.py" line="57" />
            <source>target ≤ %1</source>
            <translation>目标 ≤ %1</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../models/tables/labels.py" line="16" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="17" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="18" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="19" />
            <source>Accepted</source>
            <translation>已验收</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="20" />
            <source>Delayed</source>
            <translation>延期</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="23" />
            <source>Triggered</source>
            <translation>已触发</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="24" />
            <source>Acknowledged</source>
            <translation>已响应</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="25" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="26" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="29" />
            <source>Tech</source>
            <translation>技术</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="30" />
            <source>Operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="31" />
            <source>Market</source>
            <translation>市场</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="34" />
            <source>Commander</source>
            <translation>总指挥</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="35" />
            <source>Department lead</source>
            <translation>部门负责人</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="36" />
            <source>Operator</source>
            <translation>作战参谋</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="37" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="38" />
            <source>Viewer</source>
            <translation>只读观察员</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="41" />
            <source>Responsible</source>
            <translation>执行 (R)</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="42" />
            <source>Accountable</source>
            <translation>负责 (A)</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="43" />
            <source>Consulted</source>
            <translation>咨询 (C)</translation>
        </message>
        <message>
            <location filename="../../models/tables/labels.py" line="44" />
            <source>Informed</source>
            <translation>知会 (I)</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../main.py" line="212" />
            <source>War Room: unexpected error</source>
            <translation>作战室：意外错误</translation>
        </message>
        <message>
            <location filename="../../main.py" line="213" />
            <source>Something went wrong. The details are in the log: %1</source>
            <translation>出现了意外错误。详细信息已写入日志：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../main.py" line="169" />
            <source>War-room overview</source>
            <translation>作战室总览</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>War Room — %1</source>
            <translation>作战室 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="265" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="266" />
            <source>Rebuild the &amp;demo campaign…</source>
            <translation>重建演示战役(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="268" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="269" />
            <source>&amp;Command palette…</source>
            <translation>命令面板(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="273" />
            <source>&amp;Go to</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>&amp;Big-screen mode</source>
            <translation>大屏模式(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="275" />
            <source>&amp;Navigation panel</source>
            <translation>导航面板(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="276" />
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="277" />
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>&amp;Dark (war-room wall)</source>
            <translation>深色（作战大屏）(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="280" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="281" />
            <source>&amp;Reset layout</source>
            <translation>重置布局(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="282" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="283" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="284" />
            <source>&amp;About War Room</source>
            <translation>关于作战室(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="285" />
            <source>Open the &amp;log folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="286" />
            <source>Leave big-screen mode</source>
            <translation>退出大屏模式</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>in memory</source>
            <translation>内存中</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="321" />
            <source>%1 (replay ×%2)</source>
            <translation>%1（回放 ×%2）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>Replace everything in this database with the demo campaign? This cannot be undone.</source>
            <translation>用演示战役替换此数据库中的全部内容？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="377" />
            <source>Rebuild demo campaign</source>
            <translation>重建演示战役</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="408" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="425" />
            <source>About War Room</source>
            <translation>关于作战室</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="426" />
            <source>War Room — a command centre for e-commerce campaign war rooms.</source>
            <translation>作战室 — 电商大促战役指挥中心。</translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <location filename="../../ui/overview_panel.py" line="155" />
            <source>Countdown to D-day (11-11 00:00)</source>
            <translation>距D日倒计时（11-11 00:00）</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="156" />
            <source>Current phase</source>
            <translation>当前阶段</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="157" />
            <source>Campaign tasks done</source>
            <translation>战役任务完成率</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="158" />
            <source>Plan burn-up: tasks due vs. done</source>
            <translation>计划进度：应完成 vs. 已完成</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="159" />
            <source>Milestone gates</source>
            <translation>里程碑阶段门</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="160" />
            <source>Open incidents</source>
            <translation>未关闭事件</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="161" />
            <source>Departments</source>
            <translation>作战单元</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="176" />
            <source>Updated %1 · refreshes every %2 s</source>
            <translation>更新于 %1 · 每 %2 秒刷新</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="184" />
            <source>%1 of %2 tasks · lagging %3 · overdue %4</source>
            <translation>完成 %1/%2 项 · 滞后 %3 · 逾期 %4</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="210" />
            <source>No phases planned</source>
            <translation>尚未规划阶段</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="216" />
            <source>Before %1</source>
            <translation>%1之前</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="218" />
            <source>After %1 (campaign over)</source>
            <translation>%1之后（战役已结束）</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="230" />
            <source>✔ %1 — signed off</source>
            <translation>✔ %1 — 已验收</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="233" />
            <source>◆ %1 — %2/%3 ready, due %4</source>
            <translation>◆ %1 — 就绪 %2/%3，截止 %4</translation>
        </message>
        <message>
            <location filename="../../ui/overview_panel.py" line="250" />
            <source>No open incidents</source>
            <translation>暂无未关闭事件</translation>
        </message>
    </context>
    <context>
        <name>PlanController</name>
        <message>
            <location filename="../../controllers/plan_controller.py" line="195" />
            <source>gate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="249" />
            <source>This column cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="261" />
            <source>Task %1 no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="283" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="284" />
            <source>Edit %n task(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="291" />
            <source>Change status of %n task(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="299" />
            <source>Assign %n task(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="317" />
            <source>Shift due date of %n task(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="327" />
            <source>Reschedule %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="339" />
            <location filename="../../controllers/plan_controller.py" line="372" />
            <source>This dependency already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="344" />
            <source>This dependency would create a loop: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="347" />
            <location filename="../../controllers/plan_controller.py" line="377" />
            <source>Add dependency to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="358" />
            <location filename="../../controllers/plan_controller.py" line="388" />
            <source>Remove dependency from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="370" />
            <source>Only a gate can be waited for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="375" />
            <source>A prerequisite of a gate cannot wait for that gate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="402" />
            <source>This gate is already signed off.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="408" />
            <source>and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="410" />
            <source>The gate cannot be signed off: %n task(s) not done or accepted: %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="419" />
            <source>Sign off %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="430" />
            <source>This gate is not signed off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="432" />
            <source>Give a reason for reopening the gate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="434" />
            <source>Reopen %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="447" />
            <source>Only the commander or the gate's department lead can sign off or reopen it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="459" />
            <source>Move D-day to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="470" />
            <source>Move phase %1 to %2 – %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../controllers/plan_controller.py" line="509" />
            <source>%n task(s) would be due outside the campaign.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="519" />
            <source>Phase %1 keeps only %2% time buffer after its planned work (plan: 15%).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../controllers/plan_controller.py" line="532" />
            <source>Only the commander can move D-day or phases.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="26" />
            <source>Dark (war-room wall)</source>
            <translation>深色（作战大屏）</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="27" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="31" />
            <location filename="../../ui/settings_dialog.py" line="32" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="33" />
            <source> points</source>
            <translation> 个百分点</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="34" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="35" />
            <source>Play a sound for urgent alerts</source>
            <translation>紧急告警时播放提示音</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="37" />
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="38" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="39" />
            <source>Overview &amp;refresh every:</source>
            <translation>总览刷新间隔(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="40" />
            <source>Big-screen &amp;page time:</source>
            <translation>大屏每页停留(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="41" />
            <source>Task is &amp;lagging when behind by:</source>
            <translation>任务落后超过此值视为滞后(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="42" />
            <source>&amp;Back up the database every:</source>
            <translation>数据库备份间隔(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="50" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="87" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="89" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="91" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="93" />
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="95" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="97" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="100" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="103" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="105" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="107" />
            <source>Anchor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="109" />
            <source>Waits for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../models/tables/task_table_model.py" line="111" />
            <source>Flag</source>
            <translation>标记</translation>
        </message>
    </context>
</TS>
