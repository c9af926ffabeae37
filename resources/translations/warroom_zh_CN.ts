<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertAnnouncer</name>
    <message>
        <location filename="../../ui/metrics/alerts_panel.py" line="165"/>
        <source>Alert: %1 — %2</source>
        <translation>告警：%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/metrics/alerts_panel.py" line="186"/>
        <source>▲ %n active alert(s)</source>
        <translation>
            <numerusform>▲ 当前告警 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="142"/>
        <source>Edit alert rule</source>
        <translation>编辑告警规则</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="142"/>
        <source>New alert rule</source>
        <translation>新建告警规则</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="145"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="146"/>
        <source>Alert when</source>
        <translation>告警条件</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="147"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="148"/>
        <source>Sustained for</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="149"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="150"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="151"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="155"/>
        <source>above the threshold</source>
        <translation>高于阈值</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="156"/>
        <source>below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="157"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rule_dialog.py" line="159"/>
        <source>0 s raises the alert on the first sample</source>
        <translation>0 秒表示首个越限样本即告警</translation>
    </message>
</context>
<context>
    <name>AlertRulesCard</name>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="99"/>
        <source>%1 %2 for %3 s</source>
        <translation>%1 %2 持续 %3 秒</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="105"/>
        <source>● firing</source>
        <translation>● 告警中</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="105"/>
        <source>armed</source>
        <translation>监控中</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="111"/>
        <source>off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="135"/>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="135"/>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="183"/>
        <source>Delete the rule “%1”?</source>
        <translation>删除规则“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/metrics/alert_rules_card.py" line="186"/>
        <source>Its %n alert(s) are deleted with it (Undo brings them back).</source>
        <translation>
            <numerusform>它的 %n 条告警记录将一并删除（撤销可恢复）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="188"/>
        <source>Delete alert rule</source>
        <translation>删除告警规则</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="192"/>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="194"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="194"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="194"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="194"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="196"/>
        <source>Add rule…</source>
        <translation>新增规则…</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="197"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alert_rules_card.py" line="198"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AlertRulesController</name>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="82"/>
        <source>Choose a metric to watch.</source>
        <translation>请选择要监控的指标。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="84"/>
        <source>Choose above or below.</source>
        <translation>请选择高于或低于。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="87"/>
        <source>Enter a number, e.g. %1.</source>
        <translation>请输入数字，例如 %1。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="91"/>
        <source>A percentage lies between 0 and 100.</source>
        <translation>百分比应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="93"/>
        <source>This metric is never negative.</source>
        <translation>该指标不会为负数。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="95"/>
        <source>Between 0 s (at once) and 24 h.</source>
        <translation>应在 0 秒（立即）到 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="97"/>
        <source>Choose a level.</source>
        <translation>请选择级别。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="99"/>
        <source>Give the rule a name (Chinese or English).</source>
        <translation>请为规则命名（中文或英文）。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="102"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="111"/>
        <source>Rule “%1” already watches this.</source>
        <translation>规则“%1”已在监控此条件。</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="138"/>
        <source>Add alert rule</source>
        <translation>新增告警规则</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="176"/>
        <source>Edit alert rule</source>
        <translation>编辑告警规则</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="182"/>
        <source>Switch alert rule on</source>
        <translation>启用告警规则</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="182"/>
        <source>Switch alert rule off</source>
        <translation>停用告警规则</translation>
    </message>
    <message>
        <location filename="../../controllers/metrics/alert_rules_controller.py" line="197"/>
        <source>Delete alert rule</source>
        <translation>删除告警规则</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="43"/>
        <source>(deleted rule)</source>
        <translation>（规则已删除）</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="49"/>
        <source>● Active</source>
        <translation>● 进行中</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="50"/>
        <source>Cleared %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="66"/>
        <source>Fired</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="68"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="71"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="72"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="73"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../models/tables/alert_table_model.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../ui/metrics/alerts_panel.py" line="121"/>
        <source>Metric alerts</source>
        <translation>指标告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/metrics/alerts_panel.py" line="96"/>
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>当前告警 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/metrics/alerts_panel.py" line="98"/>
        <source>%n in total</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alerts_panel.py" line="123"/>
        <source>Active only</source>
        <translation>仅看进行中</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alerts_panel.py" line="124"/>
        <source>Sound for urgent alerts</source>
        <translation>紧急告警声音提示</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/alerts_panel.py" line="125"/>
        <source>Beep when an urgent alert is raised</source>
        <translation>紧急告警触发时发出提示音</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/audit/audit_panel.py" line="68"/>
        <source>Search who, table, row or change…</source>
        <translation>搜索操作人、表、行或变更内容…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_panel.py" line="69"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_panel.py" line="89"/>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../models/tables/audit_table_model.py" line="29"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../models/tables/audit_table_model.py" line="31"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../models/tables/audit_table_model.py" line="32"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../models/tables/audit_table_model.py" line="33"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../models/tables/audit_table_model.py" line="35"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../models/tables/audit_table_model.py" line="36"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>BudgetBarChart</name>
    <message>
        <location filename="../../ui/budget/budget_chart.py" line="40"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_chart.py" line="41"/>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_chart.py" line="42"/>
        <source>¥ million</source>
        <translation>百万元</translation>
    </message>
</context>
<context>
    <name>BudgetClipboard</name>
    <message>
        <location filename="../../ui/budget/budget_clipboard.py" line="108"/>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
</context>
<context>
    <name>BudgetController</name>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="164"/>
        <source>You may not edit this budget line.</source>
        <translation>您无权修改此预算行。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="182"/>
        <source>Edit budget line %1</source>
        <translation>修改预算行 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="184"/>
        <source>Edit %1 budget lines</source>
        <translation>修改 %1 个预算行</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="199"/>
        <source>there is no budget line there</source>
        <translation>该位置没有预算行</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="203"/>
        <source>Nothing was pasted. %1: %2</source>
        <translation>未粘贴任何内容。%1：%2</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="214"/>
        <source>this column cannot be pasted into</source>
        <translation>此列不能粘贴</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="226"/>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="231"/>
        <source>Amounts must be numbers.</source>
        <translation>金额必须是数字。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="233"/>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="235"/>
        <source>That amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="238"/>
        <source>A budget line needs a name.</source>
        <translation>预算行必须有名称。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="249"/>
        <source>You may not add budget lines for this department.</source>
        <translation>您无权为该部门新增预算行。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="263"/>
        <source>Add budget line %1</source>
        <translation>新增预算行 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="271"/>
        <source>You may not delete this budget line.</source>
        <translation>您无权删除此预算行。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="275"/>
        <source>This line has reallocation history and cannot be deleted.</source>
        <translation>此预算行有调整记录，不能删除。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/budget_controller.py" line="287"/>
        <source>Delete budget line %1</source>
        <translation>删除预算行 %1</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="176"/>
        <source>Budget board</source>
        <translation>预算看板</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="178"/>
        <source>Budget lines (double-click an amount to edit; Ctrl+V pastes from Excel)</source>
        <translation>预算明细（双击金额可编辑；Ctrl+V 可从 Excel 粘贴）</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="180"/>
        <source>Planned vs executed</source>
        <translation>计划与执行对比</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="181"/>
        <source>Variance warnings</source>
        <translation>偏差预警</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="182"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="183"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="184"/>
        <source>Add line</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="185"/>
        <source>Delete line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="201"/>
        <source>Planned %1 · committed %2 · executed %3 (%4)</source>
        <translation>计划 %1 · 已承诺 %2 · 已执行 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="210"/>
        <source>✓ Core %1 · non-core %2 (70/30 rule met)</source>
        <translation>✓ 核心 %1 · 非核心 %2（符合 70/30 原则）</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="213"/>
        <source>✖ Core %1 · non-core %2: %3 above the 30% limit</source>
        <translation>✖ 核心 %1 · 非核心 %2：超出 30% 上限 %3</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="229"/>
        <source>Total of %1 lines</source>
        <translation>合计（%1 行）</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="280"/>
        <source>No line is above its plan.</source>
        <translation>没有超出计划的预算行。</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="283"/>
        <source>✖ %1: executed %2 above plan</source>
        <translation>✖ %1：已执行超出计划 %2</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="285"/>
        <source>▲ %1: committed %2 above plan</source>
        <translation>▲ %1：已承诺超出计划 %2</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="319"/>
        <source>New budget line</source>
        <translation>新预算行</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="329"/>
        <source>Delete budget line</source>
        <translation>删除预算行</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_panel.py" line="329"/>
        <source>Delete the selected budget line?</source>
        <translation>删除选中的预算行？</translation>
    </message>
</context>
<context>
    <name>BudgetRequestsCard</name>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="94"/>
        <source>Reallocation requests (decide within 24 h)</source>
        <translation>预算调整申请（24 小时内处理）</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="95"/>
        <source>Request reallocation…</source>
        <translation>申请预算调整…</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="96"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="97"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="99"/>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="99"/>
        <source>From</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="99"/>
        <source>To</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="99"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="99"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="100"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="100"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="100"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="104"/>
        <source>Only finance and the marketing and merchandise leads decide.</source>
        <translation>仅财务及营销组、商品组组长可以审批。</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="144"/>
        <source>Approved by %1</source>
        <translation>%1 已批准</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="146"/>
        <source>Rejected by %1</source>
        <translation>%1 已驳回</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="147"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="157"/>
        <source>⚠ overdue by %1 h %2 min</source>
        <translation>⚠ 已超期 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/budget/budget_requests.py" line="161"/>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="20"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="21"/>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="22"/>
        <source>Tech upgrade</source>
        <translation>技术升级</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="23"/>
        <source>Temporary staff</source>
        <translation>临时人力</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="24"/>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="25"/>
        <source>Contingency reserve</source>
        <translation>应急预备金</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="55"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="57"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="59"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="61"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="63"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="66"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="69"/>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="72"/>
        <source>Executed %</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="74"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="77"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="79"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="91"/>
        <source>✓ Core</source>
        <translation>✓ 核心</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="92"/>
        <source>Non-core</source>
        <translation>非核心</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="104"/>
        <source>Executed is above planned</source>
        <translation>已执行超过计划</translation>
    </message>
    <message>
        <location filename="../../models/tables/budget_table_model.py" line="106"/>
        <source>Committed is above planned</source>
        <translation>已承诺超过计划</translation>
    </message>
</context>
<context>
    <name>BurnupChart</name>
    <message>
        <location filename="../../ui/plan/burnup_chart.py" line="41"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
</context>
<context>
    <name>ChecklistBulkBar</name>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="97"/>
        <source>+ New task</source>
        <translation>+ 新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="98"/>
        <source>Add a task (Insert)</source>
        <translation>新增任务（Insert）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="99"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="101"/>
        <source>Delete the selected tasks (Delete); undo brings them back</source>
        <translation>删除选中的任务（Delete）；撤销可恢复</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="103"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="104"/>
        <source>Assign owner</source>
        <translation>指派负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="105"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="106"/>
        <source>Shift due dates</source>
        <translation>顺延截止日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/checklist_bulk_bar.py" line="129"/>
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistFilterBar</name>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="104"/>
        <source>All units</source>
        <translation>全部单元</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="106"/>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="108"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="109"/>
        <source>Open (not finished)</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="111"/>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="90"/>
        <source>Search tasks, owners, milestones… (Ctrl+F)</source>
        <translation>搜索任务、负责人、里程碑…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="92"/>
        <source>▲ Lagging</source>
        <translation>▲ 滞后</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="93"/>
        <source>✖ Overdue</source>
        <translation>✖ 逾期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="94"/>
        <source>⊘ Blocked</source>
        <translation>⊘ 受阻</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_filters.py" line="198"/>
        <source>%1 of %2 tasks</source>
        <translation>%1 / %2 项任务</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="153"/>
        <source>Rename or move the selected task</source>
        <translation>重命名或移动所选任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="308"/>
        <source>Delete the task “%1”?</source>
        <translation>删除任务“%1”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/checklist_panel.py" line="310"/>
        <source>Delete %n selected task(s)?</source>
        <translation>
            <numerusform>删除选中的 %n 项任务？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/checklist_panel.py" line="313"/>
        <source>%n dependency link(s) on them are removed too.</source>
        <translation>
            <numerusform>与之相关的 %n 条依赖也会一并移除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="314"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>撤销（Ctrl+Z）可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="315"/>
        <source>Delete tasks</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="159"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="160"/>
        <source>Delete the selected tasks</source>
        <translation>删除所选任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="161"/>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="345"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/checklist_panel.py" line="356"/>
        <source>Assign owner: %1</source>
        <translation>指派负责人：%1</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../ui/shell/command_palette.py" line="132"/>
        <source>Type a page or an action…</source>
        <translation>输入页面或操作名称…</translation>
    </message>
</context>
<context>
    <name>DailyReportLayout</name>
    <message>
        <location filename="../../ui/report/daily_report.py" line="76"/>
        <source>%1 — daily war-room report</source>
        <translation>%1 — 作战室日报</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="86"/>
        <source>Key figures (KPIs)</source>
        <translation>关键指标（KPI）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="91"/>
        <source>%1 today, against the plan&apos;s curve</source>
        <translation>%1 今日走势（虚线为计划曲线）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="95"/>
        <source>Milestone gates</source>
        <translation>里程碑关卡</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="96"/>
        <source>Departments (daily progress board)</source>
        <translation>各部门（每日进度看板）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="97"/>
        <location filename="../../ui/report/daily_report.py" line="164"/>
        <source>Open incidents</source>
        <translation>未关闭事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="98"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="106"/>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="117"/>
        <source>Report time %1 (%2) · prepared by %3 (%4)</source>
        <translation>报告时间 %1（%2）· 制表人 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="126"/>
        <source>commander</source>
        <translation>总指挥</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="127"/>
        <source>department lead</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="128"/>
        <source>operator</source>
        <translation>值守人员</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="129"/>
        <source>finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="130"/>
        <source>viewer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="153"/>
        <source>Countdown to D-day</source>
        <translation>距D日倒计时</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="155"/>
        <source>D-day %1</source>
        <translation>D日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="156"/>
        <source>Current phase</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="157"/>
        <source>Campaign tasks done</source>
        <translation>战役任务完成</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="158"/>
        <source>%1 of %2 (%3%) · lagging %4 · overdue %5</source>
        <translation>%1/%2（%3%）· 滞后 %4 · 逾期 %5</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="175"/>
        <source>No phases planned</source>
        <translation>未规划阶段</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="178"/>
        <source>Before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="180"/>
        <source>After %1 (campaign over)</source>
        <translation>%1 之后（战役已结束）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="188"/>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="189"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="190"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="191"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="197"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="197"/>
        <source>Value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="197"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="198"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="201"/>
        <source>No KPIs defined</source>
        <translation>未设定指标</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="207"/>
        <source> (on pace for %1)</source>
        <translation>（按当前进度预计 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="213"/>
        <source> · alert active</source>
        <translation> · 告警中</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="227"/>
        <source>Gate</source>
        <translation>关卡</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="227"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="227"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="228"/>
        <source>Sign-off</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="231"/>
        <source>No gates planned</source>
        <translation>未设关卡</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="237"/>
        <source>✔ Signed off by %1, %2</source>
        <translation>✔ 已验收：%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="243"/>
        <source>◆ Ready to sign</source>
        <translation>◆ 可验收</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="245"/>
        <source>▲ Not ready: %1 open</source>
        <translation>▲ 未就绪：尚有 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="260"/>
        <location filename="../../ui/report/daily_report.py" line="375"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="260"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="260"/>
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="261"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="261"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="261"/>
        <source>Next gate</source>
        <translation>下一关卡</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="262"/>
        <source>Since yesterday</source>
        <translation>较昨日</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="276"/>
        <source>No open gate</source>
        <translation>无待验收关卡</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="280"/>
        <source>%1 (%2) ready %3/%4</source>
        <translation>%1（%2）就绪 %3/%4</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="299"/>
        <source>no earlier snapshot</source>
        <translation>暂无往日快照</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="301"/>
        <source>done %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="302"/>
        <source>lagging %1</source>
        <translation>滞后 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="303"/>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="304"/>
        <source>blocked %1</source>
        <translation>受阻 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="311"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="318"/>
        <source>No open incidents</source>
        <translation>暂无未关闭事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="320"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="320"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="320"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="321"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="321"/>
        <source>Raised at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="335"/>
        <source>unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="346"/>
        <source>Planned %1 · committed %2 · executed %3 (%4)</source>
        <translation>计划 %1 · 已承诺 %2 · 已执行 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="354"/>
        <source>✓ Core %1 · non-core %2 (70/30 rule met)</source>
        <translation>✓ 核心 %1 · 非核心 %2（符合 70/30 原则）</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="356"/>
        <source>✖ Core %1 · non-core %2: %3 above the 30% limit</source>
        <translation>✖ 核心 %1 · 非核心 %2：超出 30% 上限 %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="367"/>
        <source>Variance warnings</source>
        <translation>偏差预警</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="375"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="376"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="376"/>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="377"/>
        <source>Executed share</source>
        <translation>执行率</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="394"/>
        <source>No line is above its plan.</source>
        <translation>没有超出计划的预算项。</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="402"/>
        <source>✖ %1: executed %2 above plan</source>
        <translation>✖ %1：已执行超出计划 %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/daily_report.py" line="404"/>
        <source>▲ %1: committed %2 above plan</source>
        <translation>▲ %1：已承诺超出计划 %2</translation>
    </message>
</context>
<context>
    <name>DepartmentBoardCard</name>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="119"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="125"/>
        <source>▲ Lagging %1</source>
        <translation>▲ 滞后 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="126"/>
        <source>✖ Overdue %1</source>
        <translation>✖ 逾期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="127"/>
        <source>⊘ Blocked %1</source>
        <translation>⊘ 受阻 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="137"/>
        <source>Trend appears after the first daily snapshot</source>
        <translation>首次每日快照后显示趋势</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="143"/>
        <source>No open gate</source>
        <translation>无待验收关卡</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="149"/>
        <source>◆ Next gate: %1 (%2) — ready %3/%4</source>
        <translation>◆ 下一关卡：%1（%2）— 就绪 %3/%4</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="159"/>
        <source>No snapshot from an earlier day yet</source>
        <translation>尚无前一日快照</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="164"/>
        <source>done %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="165"/>
        <source>lagging %1</source>
        <translation>滞后 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="166"/>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="167"/>
        <source>blocked %1</source>
        <translation>受阻 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="175"/>
        <source>Since %1: %2</source>
        <translation>较 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="177"/>
        <source>No change since %1</source>
        <translation>与 %1 相比无变化</translation>
    </message>
</context>
<context>
    <name>DepartmentPanel</name>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="127"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="128"/>
        <source>Open incidents</source>
        <translation>未关闭事件</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="129"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="130"/>
        <source>Responsibilities (RACI)</source>
        <translation>职责 (RACI)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="146"/>
        <source>Done %1/%2 · lagging %3 · overdue %4</source>
        <translation>完成 %1/%2 · 滞后 %3 · 逾期 %4</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="167"/>
        <source>No open incidents</source>
        <translation>暂无未关闭事件</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_panel.py" line="175"/>
        <source>Executed %1 of %2</source>
        <translation>已执行 %1 / 预算 %2</translation>
    </message>
</context>
<context>
    <name>DepartmentStrip</name>
    <message>
        <location filename="../../ui/overview/department_strip.py" line="61"/>
        <source>Done %1/%2</source>
        <translation>完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_strip.py" line="67"/>
        <source>▲ Lagging: %1 · Overdue: %2</source>
        <translation>▲ 滞后：%1 · 逾期：%2</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_strip.py" line="73"/>
        <source>✖ Open incidents: %1</source>
        <translation>✖ 未关闭事件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_strip.py" line="81"/>
        <source>Budget spent: %1%</source>
        <translation>预算执行：%1%</translation>
    </message>
    <message>
        <location filename="../../ui/overview/department_strip.py" line="82"/>
        <source>Open the %1 panel</source>
        <translation>打开%1面板</translation>
    </message>
</context>
<context>
    <name>DependencyEdits</name>
    <message>
        <location filename="../../controllers/plan/dependency_edits.py" line="40"/>
        <location filename="../../controllers/plan/dependency_edits.py" line="67"/>
        <source>This dependency already exists.</source>
        <translation>该依赖已存在。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/dependency_edits.py" line="45"/>
        <source>This dependency would create a loop: %1</source>
        <translation>该依赖会形成循环：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/dependency_edits.py" line="48"/>
        <location filename="../../controllers/plan/dependency_edits.py" line="72"/>
        <source>Add dependency to %1</source>
        <translation>为 %1 添加依赖</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/dependency_edits.py" line="56"/>
        <location filename="../../controllers/plan/dependency_edits.py" line="80"/>
        <source>Remove dependency from %1</source>
        <translation>移除 %1 的依赖</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/dependency_edits.py" line="65"/>
        <source>Only a gate can be waited for.</source>
        <translation>只能等待关卡。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/dependency_edits.py" line="70"/>
        <source>A prerequisite of a gate cannot wait for that gate.</source>
        <translation>关卡的前置任务不能等待该关卡。</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../controllers/error_messages.py" line="21"/>
        <source>The database is in use by another program: %1. Try again in a moment.</source>
        <translation>数据库正被其他程序占用：%1。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="25"/>
        <source>The database cannot be written because it is read-only: %1</source>
        <translation>数据库为只读，无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="28"/>
        <source>The database could not be written because the disk is full: %1</source>
        <translation>磁盘已满，无法写入数据库：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="32"/>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="35"/>
        <source>This file is not a War Room database: %1</source>
        <translation>此文件不是作战室数据库：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="38"/>
        <source>This database was written by a newer version of War Room; upgrade War Room to open it: %1</source>
        <translation>此数据库由更新版本的作战室写入，请先升级作战室再打开：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="43"/>
        <source>The database cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="46"/>
        <source>The database could not be read or written (input/output error): %1</source>
        <translation>读写数据库时发生输入/输出错误：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="50"/>
        <source>The database folder does not exist: %1</source>
        <translation>数据库所在的文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="53"/>
        <source>The database location is not a folder: %1</source>
        <translation>数据库位置不是文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="56"/>
        <source>The database path is a folder, not a file: %1</source>
        <translation>数据库路径是文件夹，而不是文件：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="59"/>
        <source>The database file cannot be read: %1</source>
        <translation>无法读取数据库文件：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="62"/>
        <source>The database folder is not writable: %1</source>
        <translation>数据库所在的文件夹不可写：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="76"/>
        <source>An internal error occurred in the War Room database; the details are in the log.</source>
        <translation>作战室数据库发生内部错误，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../controllers/error_messages.py" line="84"/>
        <source>the database in memory</source>
        <translation>内存中的数据库</translation>
    </message>
</context>
<context>
    <name>ExcelController</name>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="111"/>
        <source>The workbook could not be processed: %1</source>
        <translation>无法处理该工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="116"/>
        <source>Unexpected error while processing the workbook; see the log.</source>
        <translation>处理工作簿时发生意外错误；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="140"/>
        <source>Workbook exported to %1</source>
        <translation>工作簿已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="161"/>
        <source>Viewers cannot import workbooks.</source>
        <translation>只读用户不能导入工作簿。</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="164"/>
        <source>The import has errors or unresolved conflicts.</source>
        <translation>导入存在错误或未解决的冲突。</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="169"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="171"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/workbook/excel_controller.py" line="177"/>
        <source>Imported %1: %2 added, %3 changed, %4 deleted.</source>
        <translation>已导入 %1：新增 %2，修改 %3，删除 %4。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="50"/>
        <source>Whole campaign</source>
        <translation>整个战役</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="55"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="63"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="16"/>
        <source>%1 hundred-million</source>
        <translation>%1亿</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="20"/>
        <source>%1 ten-thousand</source>
        <translation>%1万</translation>
    </message>
</context>
<context>
    <name>GateActions</name>
    <message>
        <location filename="../../controllers/plan/gate_actions.py" line="78"/>
        <source>This gate is already signed off.</source>
        <translation>该关卡已验收。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/gate_actions.py" line="84"/>
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/gate_actions.py" line="86"/>
        <source>The gate cannot be signed off: %n task(s) not done or accepted: %1</source>
        <translation>
            <numerusform>关卡无法验收：%n 项任务尚未完成或验收：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../controllers/plan/gate_actions.py" line="95"/>
        <source>Sign off %1</source>
        <translation>验收 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/gate_actions.py" line="103"/>
        <source>This gate is not signed off.</source>
        <translation>该关卡尚未验收。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/gate_actions.py" line="105"/>
        <source>Give a reason for reopening the gate.</source>
        <translation>请填写重新打开关卡的原因。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/gate_actions.py" line="107"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/gate_actions.py" line="132"/>
        <source>Only the commander or the gate&apos;s department lead can sign off or reopen it.</source>
        <translation>只有总指挥或关卡所属单元的组长可以验收或重新打开关卡。</translation>
    </message>
</context>
<context>
    <name>GatesPanel</name>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="155"/>
        <source>Milestone gates</source>
        <translation>里程碑关卡</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="156"/>
        <source>Gate sign-off (验收)</source>
        <translation>关卡验收</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="158"/>
        <source>Gate</source>
        <translation>关卡</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="158"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="158"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="158"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="158"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="160"/>
        <source>Prerequisite tasks (must be done or accepted)</source>
        <translation>前置任务（须已完成或已验收）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="161"/>
        <source>Tasks waiting for this gate</source>
        <translation>等待本关卡的任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="162"/>
        <source>Sign-off comment (optional)</source>
        <translation>验收意见（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="163"/>
        <source>Sign off</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="164"/>
        <source>Reason for reopening (required)</source>
        <translation>重新打开的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="165"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="166"/>
        <source>Move date…</source>
        <translation>调整日期…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="168"/>
        <source>Move the gate&apos;s due date; tasks counted back from it (M-n) move along</source>
        <translation>调整关卡截止日期；以它倒推（M-n）的任务随之移动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="170"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="171"/>
        <source>+ New gate…</source>
        <translation>+ 新建关口…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="172"/>
        <source>Add a gate or milestone (Insert)</source>
        <translation>添加关口或里程碑（Insert）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="173"/>
        <source>Delete gate</source>
        <translation>删除关口</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="175"/>
        <source>Delete the selected gate (Delete); only a gate without tasks and not signed</source>
        <translation>删除所选关口（Delete）；仅限没有任务且未验收的关口</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="177"/>
        <source>New gate or milestone</source>
        <translation>新建关口或里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="178"/>
        <source>Delete the selected gate</source>
        <translation>删除所选关口</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="233"/>
        <source>✔ Signed by %1, %2</source>
        <translation>✔ %1 于 %2 验收</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="239"/>
        <source>Ready to sign off</source>
        <translation>可以验收</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/gates_panel.py" line="240"/>
        <source>Waiting: %n task(s) open</source>
        <translation>
            <numerusform>等待中：%n 项任务未完成</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="268"/>
        <source>No gates in this campaign.</source>
        <translation>本战役没有关卡。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="292"/>
        <source>Every prerequisite must be done or accepted.</source>
        <translation>所有前置任务须已完成或已验收。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="301"/>
        <source>signed off</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="302"/>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="303"/>
        <source>sign-off withdrawn (undo)</source>
        <translation>撤销验收（撤销操作）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/gates_panel.py" line="304"/>
        <source>reopening withdrawn (undo)</source>
        <translation>撤销重新打开（撤销操作）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="87"/>
        <source>Import preview — %1</source>
        <translation>导入预览 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="89"/>
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="89"/>
        <source>Changed (%1)</source>
        <translation>修改（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="90"/>
        <source>Deleted (%1)</source>
        <translation>删除（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="90"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="91"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="91"/>
        <source>Notes (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="97"/>
        <source>%1 error(s): fix them in the workbook and import again. Nothing is applied.</source>
        <translation>%1 个错误：请在工作簿中改正后重新导入。不会应用任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="101"/>
        <source>Nothing to import: the workbook matches War Room (%1 rows unchanged).</source>
        <translation>无需导入：工作簿与 War Room 一致（%1 行未变）。</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="105"/>
        <source>%1 added, %2 changed, %3 deleted, %4 conflicts, %5 unchanged.</source>
        <translation>新增 %1，修改 %2，删除 %3，冲突 %4，未变 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="111"/>
        <source>For conflicting rows:</source>
        <translation>冲突的行：</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="112"/>
        <source>Keep War Room&apos;s values</source>
        <translation>保留 War Room 中的值</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="113"/>
        <source>Take the file&apos;s values</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="114"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="119"/>
        <source>Sheet · row</source>
        <translation>工作表 · 行</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="119"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="144"/>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="149"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="119"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="123"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="123"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="132"/>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="144"/>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="149"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="135"/>
        <source>War Room</source>
        <translation>War Room</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="135"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="144"/>
        <location filename="../../ui/workbook/import_preview_dialog.py" line="149"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ui/overview/kpi_tile.py" line="68"/>
        <source>target ≥ %1</source>
        <translation>目标 ≥ %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/kpi_tile.py" line="70"/>
        <source>target ≤ %1</source>
        <translation>目标 ≤ %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/kpi_tile.py" line="92"/>
        <source> · on pace for %1</source>
        <translation> · 按当前进度预计 %1</translation>
    </message>
    <message>
        <location filename="../../ui/overview/kpi_tile.py" line="99"/>
        <source>An alert on this figure is active</source>
        <translation>该指标有进行中的告警</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../models/tables/labels.py" line="26"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="27"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="28"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="29"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="30"/>
        <source>Delayed</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="33"/>
        <source>Triggered</source>
        <translation>已触发</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="34"/>
        <source>Acknowledged</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="35"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../models/tables/labels.py" line="36"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <location filename="../../ui/metrics/chart_specs.py" line="58"/>
        <source>capacity %1</source>
        <translation>容量 %1</translation>
    </message>
</context>
<context>
    <name>LiveChartCard</name>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="73"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="75"/>
        <source>Follow the newest data; zooming or panning pauses it, double-click resumes</source>
        <translation>跟随最新数据；缩放或平移时暂停，双击恢复</translation>
    </message>
</context>
<context>
    <name>LiveChartGrid</name>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="227"/>
        <source>Live metrics</source>
        <translation>实时指标</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="228"/>
        <source>All live</source>
        <translation>全部实时</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="229"/>
        <source>Bring every chart back to the newest data</source>
        <translation>让所有图表回到最新数据</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="231"/>
        <source>Last 15 minutes</source>
        <translation>最近15分钟</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="232"/>
        <source>Last hour</source>
        <translation>最近1小时</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="233"/>
        <source>Last 6 hours</source>
        <translation>最近6小时</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/live_chart_grid.py" line="234"/>
        <source>Last 24 hours</source>
        <translation>最近24小时</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/crash.py" line="49"/>
        <source>War Room: unexpected error</source>
        <translation>作战室：意外错误</translation>
    </message>
    <message>
        <location filename="../../app/crash.py" line="50"/>
        <source>Something went wrong. The details are in the log: %1</source>
        <translation>出现了意外错误。详细信息已写入日志：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/budget/wiring.py" line="30"/>
        <source>Budget board</source>
        <translation>预算看板</translation>
    </message>
    <message>
        <location filename="../../ui/plan/wiring.py" line="94"/>
        <source>Checklist</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <location filename="../../ui/plan/wiring.py" line="99"/>
        <source>Gates and sign-off</source>
        <translation>关卡验收</translation>
    </message>
    <message>
        <location filename="../../ui/plan/wiring.py" line="104"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/plan/wiring.py" line="110"/>
        <source>Daily progress board</source>
        <translation>每日进度看板</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wiring.py" line="46"/>
        <source>War-room overview</source>
        <translation>作战室总览</translation>
    </message>
    <message>
        <location filename="../../ui/audit/wiring.py" line="28"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="404"/>
        <source>War Room — %1</source>
        <translation>作战室 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="405"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="406"/>
        <source>Rebuild the &amp;demo campaign…</source>
        <translation>重建演示战役(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="407"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="410"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="448"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="451"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="412"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="408"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="409"/>
        <source>&amp;Command palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="413"/>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="414"/>
        <source>&amp;Big-screen mode</source>
        <translation>大屏模式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="415"/>
        <source>&amp;Navigation panel</source>
        <translation>导航面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="416"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="417"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="418"/>
        <source>&amp;Dark (war-room wall)</source>
        <translation>深色（作战大屏）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="419"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="420"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="421"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="422"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="423"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="424"/>
        <source>&amp;About War Room</source>
        <translation>关于作战室(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="425"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="426"/>
        <source>Leave big-screen mode</source>
        <translation>退出大屏模式</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="434"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="434"/>
        <source>in memory</source>
        <translation>内存中</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="448"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="451"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="461"/>
        <source>%1 (replay ×%2)</source>
        <translation>%1（回放 ×%2）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="517"/>
        <source>Replace everything in this database with the demo campaign? This cannot be undone.</source>
        <translation>用演示战役替换此数据库中的全部内容？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="519"/>
        <source>Rebuild demo campaign</source>
        <translation>重建演示战役</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="560"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="577"/>
        <source>About War Room</source>
        <translation>关于作战室</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="578"/>
        <source>War Room — a command centre for e-commerce campaign war rooms.</source>
        <translation>作战室 — 电商大促战役指挥中心。</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/wiring.py" line="85"/>
        <source>Live metrics</source>
        <translation>实时指标</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/wiring.py" line="91"/>
        <source>Metric alerts</source>
        <translation>指标告警</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/wiring.py" line="96"/>
        <source>Live sources</source>
        <translation>数据源</translation>
    </message>
</context>
<context>
    <name>MetricSources</name>
    <message>
        <location filename="../../controllers/metrics/metric_sources.py" line="127"/>
        <source>This file is already followed: %1</source>
        <translation>该文件已在跟踪中：%1</translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <location filename="../../controllers/metrics/metrics_controller.py" line="298"/>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="44"/>
        <source>New milestone</source>
        <translation>新建里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="67"/>
        <source>Gate: needs a sign-off (验收) before the next stage</source>
        <translation>关口：进入下一阶段前需要验收</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="76"/>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="76"/>
        <source>Name (English)</source>
        <translation>名称（English）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="77"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="77"/>
        <source>Unit (signs off a gate)</source>
        <translation>负责单元（验收关口）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="78"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="83"/>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="105"/>
        <source>Delete the milestone “%1”?</source>
        <translation>删除里程碑“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="110"/>
        <source>Tasks waiting for it: %1. They stop waiting.</source>
        <translation>等待它的任务：%1 个，将不再等待。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="113"/>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/milestone_dialog.py" line="117"/>
        <source>Delete milestone</source>
        <translation>删除里程碑</translation>
    </message>
</context>
<context>
    <name>MilestoneEdits</name>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="48"/>
        <source>Give the milestone a name (中文 or English).</source>
        <translation>请填写里程碑名称（中文或 English）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="52"/>
        <source>Choose the phase of the milestone.</source>
        <translation>请选择里程碑所属阶段。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="57"/>
        <source>Unit: no such unit.</source>
        <translation>单元：不存在该单元。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="60"/>
        <source>Give the milestone a date.</source>
        <translation>请填写里程碑日期。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="63"/>
        <source>%1 is outside the phase %2 (%3 to %4).</source>
        <translation>%1 不在阶段“%2”内（%3 至 %4）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="77"/>
        <source>Add gate %1</source>
        <translation>添加关口 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="79"/>
        <source>Add milestone %1</source>
        <translation>添加里程碑 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="101"/>
        <source>This milestone no longer exists.</source>
        <translation>该里程碑已不存在。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="105"/>
        <source>The gate %1 is signed off and cannot be deleted; reopen it first.</source>
        <translation>关口“%1”已验收，不能删除；请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="114"/>
        <source>and %1 more</source>
        <translation>等另外 %1 个</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="116"/>
        <source>%1 still has tasks: %2. Move them to another milestone first.</source>
        <translation>“%1”下仍有任务：%2。请先将它们移到其他里程碑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="122"/>
        <source>Delete gate %1</source>
        <translation>删除关口 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="124"/>
        <source>Delete milestone %1</source>
        <translation>删除里程碑 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/milestone_edits.py" line="135"/>
        <source>Only the commander can add or delete milestones.</source>
        <translation>只有总指挥可以添加或删除里程碑。</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="156"/>
        <source>Countdown to D-day (11-11 00:00)</source>
        <translation>距D日倒计时（11-11 00:00）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="157"/>
        <source>Current phase</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="158"/>
        <source>Campaign tasks done</source>
        <translation>战役任务完成率</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="159"/>
        <source>Live figures · plan progress (tasks due vs. done)</source>
        <translation>实时数据 · 计划进度（应完成 vs. 已完成）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="160"/>
        <source>Milestone gates</source>
        <translation>里程碑阶段门</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="161"/>
        <source>Open incidents</source>
        <translation>未关闭事件</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="162"/>
        <source>Departments</source>
        <translation>作战单元</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="177"/>
        <source>Updated %1 · refreshes every %2 s</source>
        <translation>更新于 %1 · 每 %2 秒刷新</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="185"/>
        <source>%1 of %2 tasks · lagging %3 · overdue %4</source>
        <translation>完成 %1/%2 项 · 滞后 %3 · 逾期 %4</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="219"/>
        <source>No phases planned</source>
        <translation>尚未规划阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="225"/>
        <source>Before %1</source>
        <translation>%1之前</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="227"/>
        <source>After %1 (campaign over)</source>
        <translation>%1之后（战役已结束）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="239"/>
        <source>✔ %1 — signed off</source>
        <translation>✔ %1 — 已验收</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="242"/>
        <source>◆ %1 — %2/%3 ready, due %4</source>
        <translation>◆ %1 — 就绪 %2/%3，截止 %4</translation>
    </message>
    <message>
        <location filename="../../ui/overview/overview_panel.py" line="259"/>
        <source>No open incidents</source>
        <translation>暂无未关闭事件</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="153"/>
        <source>gate %1</source>
        <translation>关卡 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="206"/>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="225"/>
        <source>Task %1 no longer exists.</source>
        <translation>任务 %1 已不存在。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="249"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="250"/>
        <source>Edit %n task(s)</source>
        <translation>
            <numerusform>编辑 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="258"/>
        <source>Change status of %n task(s)</source>
        <translation>
            <numerusform>更改 %n 项任务的状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="267"/>
        <source>Assign %n task(s)</source>
        <translation>
            <numerusform>指派 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="286"/>
        <source>Shift due date of %n task(s)</source>
        <translation>
            <numerusform>顺延 %n 项任务的截止日期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="296"/>
        <source>Reschedule %1</source>
        <translation>重新排期 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="306"/>
        <source>Add task %1</source>
        <translation>新增任务 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_controller.py" line="326"/>
        <source>Delete task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/plan_controller.py" line="330"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="48"/>
        <source>Viewers cannot change the plan.</source>
        <translation>查看者不能修改计划。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="55"/>
        <source>You can only change tasks of your own unit.</source>
        <translation>只能修改本单元的任务。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="66"/>
        <source>Give the task a title (中文 or English).</source>
        <translation>请填写任务标题（中文或英文）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="74"/>
        <source>Choose the unit the task belongs to.</source>
        <translation>请选择任务所属单元。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="80"/>
        <source>Choose the phase of the task.</source>
        <translation>请选择任务所在阶段。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="89"/>
        <source>Milestone: no such milestone.</source>
        <translation>里程碑：不存在该里程碑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="108"/>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="134"/>
        <source>Owner: no such person in this campaign.</source>
        <translation>负责人：本战役中没有此人。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="146"/>
        <source>Progress must be a whole number from 0 to 100, not %1.</source>
        <translation>进度必须是 0 到 100 的整数，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="154"/>
        <source>A finished task is at 100%; set its status back to in progress first.</source>
        <translation>已完成的任务进度为 100%；请先把状态改回进行中。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="170"/>
        <source>Unknown status: %1</source>
        <translation>未知状态：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="177"/>
        <source>A task cannot go from %1 to %2.</source>
        <translation>任务不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="212"/>
        <source>The task is blocked and cannot be finished yet; it waits for: %1</source>
        <translation>该任务受阻，暂不能完成；它在等待：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="224"/>
        <source>%1 is outside the campaign (%2 to %3).</source>
        <translation>%1 超出战役范围（%2 至 %3）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="234"/>
        <source>The planned start is after the due date.</source>
        <translation>计划开始日期晚于截止日期。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="256"/>
        <source>The task has no milestone to count back from.</source>
        <translation>该任务没有可倒排的里程碑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/plan_rules.py" line="284"/>
        <source>Not a date: %1</source>
        <translation>不是日期：%1</translation>
    </message>
</context>
<context>
    <name>ProgressBoard</name>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="235"/>
        <source>Snapshot now</source>
        <translation>立即快照</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="246"/>
        <source>Daily progress board — %1</source>
        <translation>每日进度看板 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="252"/>
        <source>Last snapshot: %1 · daily at %2</source>
        <translation>上次快照：%1 · 每天 %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan/progress_board.py" line="253"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>ReallocationDialog</name>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="71"/>
        <source>Request a reallocation</source>
        <translation>申请预算调整</translation>
    </message>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="72"/>
        <source>From</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="72"/>
        <source>To</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="72"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="72"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="77"/>
        <source>e.g. move spend to higher-converting products</source>
        <translation>例如：将投放转向转化率更高的商品</translation>
    </message>
    <message>
        <location filename="../../ui/budget/reallocation_dialog.py" line="86"/>
        <source>Available to move: %1 (decision due within 24 h)</source>
        <translation>可调出：%1（须在 24 小时内审批）</translation>
    </message>
</context>
<context>
    <name>Reallocations</name>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="56"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="57"/>
        <source>Choose two different budget lines.</source>
        <translation>请选择两个不同的预算行。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="58"/>
        <source>That amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="60"/>
        <source>The source line does not have that much uncommitted money.</source>
        <translation>调出预算行没有这么多未承诺的金额。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="62"/>
        <source>Give a reason for the reallocation.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="63"/>
        <source>This request has already been decided.</source>
        <translation>此申请已经处理。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="65"/>
        <source>This line has reallocation history and cannot be deleted.</source>
        <translation>此预算行有调整记录，不能删除。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="75"/>
        <source>Viewers cannot request reallocations.</source>
        <translation>只读用户不能申请预算调整。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="99"/>
        <source>Request reallocation of %1</source>
        <translation>申请调整 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="115"/>
        <source>Only the budget-adjustment group (finance and the marketing and merchandise leads) can decide reallocations.</source>
        <translation>只有预算调整小组（财务及营销组、商品组组长）可以审批预算调整。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="140"/>
        <source>Approve reallocation of %1</source>
        <translation>批准调整 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="141"/>
        <source>Reject reallocation of %1</source>
        <translation>驳回调整 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="182"/>
        <source>Reallocation request #%1 is %2 h past its 24-hour deadline.</source>
        <translation>预算调整申请 #%1 已超过 24 小时期限 %2 小时。</translation>
    </message>
    <message>
        <location filename="../../controllers/budget/reallocation.py" line="184"/>
        <source>Reallocation request #%1 must be decided within %2 h.</source>
        <translation>预算调整申请 #%1 须在 %2 小时内处理。</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/report/report_actions.py" line="42"/>
        <source>Export daily &amp;report (PDF)…</source>
        <translation>导出作战室日报（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_actions.py" line="55"/>
        <source>Export daily report</source>
        <translation>导出作战室日报</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_actions.py" line="57"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_actions.py" line="72"/>
        <source>Daily report</source>
        <translation>作战室日报</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_actions.py" line="76"/>
        <source>Daily report written to %1 (%2 pages)</source>
        <translation>日报已写入 %1（共 %2 页）</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report/report_pdf.py" line="80"/>
        <source>Cannot write the report: %1 is a folder.</source>
        <translation>无法写入日报：%1 是文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_pdf.py" line="97"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将日报写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_pdf.py" line="126"/>
        <source>the file cannot be opened for writing</source>
        <translation>无法打开文件进行写入</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_pdf.py" line="206"/>
        <source>dashed: plan</source>
        <translation>虚线：计划</translation>
    </message>
</context>
<context>
    <name>ReverseScheduling</name>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="66"/>
        <source>Move D-day to %1</source>
        <translation>将 D 日移至 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="79"/>
        <source>Move phase %1 to %2 – %3</source>
        <translation>将阶段 %1 移至 %2 – %3</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="92"/>
        <source>%1 is outside the campaign (%2 to %3).</source>
        <translation>%1 超出战役范围（%2 至 %3）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="103"/>
        <source>%1 is outside the milestone&apos;s phase %2 (%3 to %4); move the phase first or pick a date inside it.</source>
        <translation>%1 不在该里程碑所属阶段“%2”内（%3 至 %4）；请先调整阶段，或选择阶段内的日期。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="115"/>
        <source>Move milestone %1 to %2</source>
        <translation>将里程碑 %1 移至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../controllers/plan/rescheduling.py" line="159"/>
        <source>%n task(s) would be due outside the campaign.</source>
        <translation>
            <numerusform>%n 项任务的截止日期将超出战役范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="169"/>
        <source>Phase %1 keeps only %2% time buffer after its planned work (plan: 15%).</source>
        <translation>阶段 %1 在计划工作后仅留 %2% 的时间缓冲（计划要求 15%）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="184"/>
        <source>Time buffer below the planned 15%: %1 (days left after the last due date).</source>
        <translation>时间缓冲低于计划的 15%：%1（最后截止日之后剩余的天数）。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="198"/>
        <source>Only the commander can move D-day or phases.</source>
        <translation>只有总指挥可以移动 D 日或阶段。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/rescheduling.py" line="217"/>
        <source>Only the commander or the milestone&apos;s unit lead can move it.</source>
        <translation>只有总指挥或该里程碑所属单元的负责人可以调整它。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="45"/>
        <source>Reverse scheduling: move D-day, a phase or a milestone</source>
        <translation>倒排计划：移动 D 日、阶段或里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="53"/>
        <source>D-day</source>
        <translation>D 日</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="67"/>
        <location filename="../../ui/plan/schedule_dialog.py" line="101"/>
        <source>Start / new D-day</source>
        <translation>开始 / 新 D 日</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="68"/>
        <location filename="../../ui/plan/schedule_dialog.py" line="143"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="69"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="77"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="77"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="77"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="77"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="105"/>
        <source>New due date</source>
        <translation>新截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="142"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/schedule_dialog.py" line="142"/>
        <location filename="../../ui/plan/schedule_dialog.py" line="143"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/schedule_dialog.py" line="154"/>
        <source>%n date(s) change.</source>
        <translation>
            <numerusform>%n 个日期将改变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="26"/>
        <source>Dark (war-room wall)</source>
        <translation>深色（作战大屏）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="27"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="31"/>
        <location filename="../../ui/shell/settings_dialog.py" line="32"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="33"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="34"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="35"/>
        <source>Play a sound for urgent alerts</source>
        <translation>紧急告警时播放提示音</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="37"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="38"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="39"/>
        <source>Overview &amp;refresh every:</source>
        <translation>总览刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="40"/>
        <source>Big-screen &amp;page time:</source>
        <translation>大屏每页停留(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="41"/>
        <source>Task is &amp;lagging when behind by:</source>
        <translation>任务落后超过此值视为滞后(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="42"/>
        <source>&amp;Back up the database every:</source>
        <translation>数据库备份间隔(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="34"/>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="35"/>
        <source>unknown metric</source>
        <translation>未知指标</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="36"/>
        <source>NaN/infinite</source>
        <translation>非数值/无穷大</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="37"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="38"/>
        <source>out of order</source>
        <translation>时间乱序</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="39"/>
        <source>clock went backwards</source>
        <translation>时钟回拨</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="42"/>
        <source>Simulator (seed %1)</source>
        <translation>模拟器（种子 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="43"/>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="44"/>
        <source>Python API %1</source>
        <translation>Python 接口 %1</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="130"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="132"/>
        <source>● Running</source>
        <translation>● 运行中</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="134"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="145"/>
        <source>reordered %1 · gaps %2</source>
        <translation>重排 %1 · 断档 %2</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="148"/>
        <source>none refused</source>
        <translation>无拒收</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="183"/>
        <source>No longer following %1.</source>
        <translation>已停止跟踪 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="193"/>
        <source>Follow a metrics file</source>
        <translation>跟踪指标文件</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="195"/>
        <source>Metric feeds (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>指标数据文件 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="204"/>
        <source>Choose a CSV or JSON-lines file first.</source>
        <translation>请先选择一个 CSV 或 JSON Lines 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="214"/>
        <source>Following %1.</source>
        <translation>正在跟踪 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="227"/>
        <source>Live sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="228"/>
        <source>Follow a file</source>
        <translation>跟踪文件</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="230"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="230"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="230"/>
        <source>Last sample</source>
        <translation>最新样本</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="230"/>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="231"/>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="231"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="231"/>
        <source>Refused by reason</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="233"/>
        <source>CSV or JSON-lines file to follow</source>
        <translation>要跟踪的 CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="235"/>
        <source>Field mapping, e.g. time=ts,metric=name,value=v (empty: guess)</source>
        <translation>字段映射，例如 time=ts,metric=name,value=v（留空自动识别）</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="237"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="238"/>
        <source>Follow</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="240"/>
        <source>The file is followed again after a restart, from where reading stopped</source>
        <translation>重启后会从上次读取的位置继续跟踪该文件</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="242"/>
        <source>Remove source</source>
        <translation>移除数据源</translation>
    </message>
    <message>
        <location filename="../../ui/metrics/sources_panel.py" line="243"/>
        <source>Stop following the selected file and forget it</source>
        <translation>停止跟踪所选文件并不再记住它</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/common/table_export.py" line="69"/>
        <source>Copy selected cells</source>
        <translation>复制所选单元格</translation>
    </message>
    <message>
        <location filename="../../ui/common/table_export.py" line="72"/>
        <source>Export rows to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/common/table_export.py" line="86"/>
        <location filename="../../ui/common/table_export.py" line="98"/>
        <source>Export rows to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/common/table_export.py" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/table_export.py" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaskCreateDialog</name>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="39"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="69"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="89"/>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="89"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="90"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="90"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="91"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="91"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="92"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="92"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="97"/>
        <source>Add task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_create_dialog.py" line="110"/>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="118"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="119"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="120"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="121"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="122"/>
        <source>Start → due</source>
        <translation>开始 → 截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="123"/>
        <source>Anchor</source>
        <translation>排期锚点</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="124"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="128"/>
        <source>Waits for (finish-to-start)</source>
        <translation>等待（完成后开始）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="129"/>
        <source>Tasks waiting for this one</source>
        <translation>等待本任务的任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="130"/>
        <source>Remove selected dependency</source>
        <translation>移除所选依赖</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="131"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="132"/>
        <source>Task or gate to wait for…</source>
        <translation>要等待的任务或关卡…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="133"/>
        <source>Rename / move…</source>
        <translation>重命名 / 移动…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="135"/>
        <source>Change the title, unit, phase, milestone or due date (Ctrl+E)</source>
        <translation>修改标题、单元、阶段、里程碑或截止日期（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="155"/>
        <source>Select a task to see its details.</source>
        <translation>选择一项任务查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="173"/>
        <source>fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="181"/>
        <source>⊘ Blocked: waits for %1</source>
        <translation>⊘ 受阻：等待 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="250"/>
        <source>Pick a task or gate from the list.</source>
        <translation>请从列表中选择任务或关卡。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_detail_pane.py" line="266"/>
        <source>Select a dependency to remove.</source>
        <translation>请选择要移除的依赖。</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="58"/>
        <source>Task %1 no longer exists.</source>
        <translation>任务 %1 已不存在。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="67"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="69"/>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="71"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="88"/>
        <source>This field cannot be changed here.</source>
        <translation>此处不能修改该字段。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="97"/>
        <source>The Chinese title cannot be empty.</source>
        <translation>中文标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="98"/>
        <source>The English title cannot be empty.</source>
        <translation>英文标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="118"/>
        <source>Choose the unit the task belongs to.</source>
        <translation>请选择任务所属单元。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="127"/>
        <source>You can only move tasks within your own unit; ask the commander to hand the task to %1.</source>
        <translation>您只能在本单元内移动任务；如需交给“%1”，请联系总指挥。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="141"/>
        <source>Milestone: no such milestone.</source>
        <translation>里程碑：不存在该里程碑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="147"/>
        <source>Choose the phase of the task.</source>
        <translation>请选择任务所属阶段。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="151"/>
        <source>The milestone %1 is in the phase %2, not in %3; choose a milestone of %3 or no milestone.</source>
        <translation>里程碑“%1”属于阶段“%2”，不属于“%3”；请选择“%3”的里程碑，或不选里程碑。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="190"/>
        <source>The gate %1 is signed off; reopen it before changing its tasks.</source>
        <translation>关口“%1”已验收；修改其任务前请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="196"/>
        <source>The task waits for the gate %1, so it cannot also be one of its prerequisites.</source>
        <translation>该任务在等待关口“%1”，因此不能同时作为它的前置任务。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="205"/>
        <source>the phase %1 (%2 to %3)</source>
        <translation>阶段“%1”（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="212"/>
        <source>The due date %1 is outside %2.</source>
        <translation>截止日期 %1 不在%2内。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="218"/>
        <source>Counted back from %1 (%2), the task would be due on %3, outside %4.</source>
        <translation>按“%1”（%2）倒排，任务将于 %3 到期，不在%4内。</translation>
    </message>
    <message>
        <location filename="../../controllers/plan/task_details.py" line="225"/>
        <source>The task is due on %1, outside %2; give it a due date inside the phase.</source>
        <translation>任务截止日期为 %1，不在%2内；请设置该阶段内的截止日期。</translation>
    </message>
</context>
<context>
    <name>TaskEditDialog</name>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="37"/>
        <source>Rename or move task</source>
        <translation>重命名或移动任务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="60"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="80"/>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="80"/>
        <source>Title (English)</source>
        <translation>标题（English）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="81"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="81"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="82"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="82"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="88"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="95"/>
        <source>Due %1 of its milestone: it follows the milestone it moves to.</source>
        <translation>截止日期为里程碑 %1：移到其他里程碑时随之调整。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="97"/>
        <source>Due %1 (counted back from D-day): the date stays.</source>
        <translation>截止日期为 %1（按 D 日倒排）：日期不变。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/task_edit_dialog.py" line="99"/>
        <source>Fixed due date: the date stays.</source>
        <translation>固定截止日期：日期不变。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="89"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="91"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="93"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="95"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="97"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="102"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="105"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="107"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="109"/>
        <source>Anchor</source>
        <translation>锚点</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="111"/>
        <source>Waits for</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="113"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="158"/>
        <source>⊘ Blocked</source>
        <translation>⊘ 受阻</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="159"/>
        <source>✖ Overdue</source>
        <translation>✖ 逾期</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="160"/>
        <source>▲ Lagging</source>
        <translation>▲ 滞后</translation>
    </message>
    <message>
        <location filename="../../models/tables/task_table_model.py" line="194"/>
        <source>Waits for: %1</source>
        <translation>等待：%1</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <location filename="../../ui/plan/timeline_scene.py" line="103"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_scene.py" line="104"/>
        <source>D-day</source>
        <translation>D 日</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_scene.py" line="201"/>
        <source>Double-click to move its date</source>
        <translation>双击调整日期</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="251"/>
        <source>Fit (0)</source>
        <translation>全部 (0)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="252"/>
        <source>Today (T)</source>
        <translation>今天 (T)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="253"/>
        <source>Move D-day / phase / milestone…</source>
        <translation>移动 D 日 / 阶段 / 里程碑…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="254"/>
        <source>+ Milestone…</source>
        <translation>+ 里程碑…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="256"/>
        <source>Add a milestone or gate (Insert; or right-click a day)</source>
        <translation>添加里程碑或关口（Insert；或右键点击某一天）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="258"/>
        <source>New milestone on the timeline</source>
        <translation>在时间轴上新建里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="259"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+、Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="260"/>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小（−、Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="273"/>
        <source>◆ gate (green: signed) · ◇ milestone · → waits for · drag to pan</source>
        <translation>◆ 关卡（绿色：已验收） · ◇ 里程碑 · → 依赖 · 拖动平移</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="275"/>
        <source>Click a bar to select a task.</source>
        <translation>点击横条选择任务。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="320"/>
        <source>Move date…</source>
        <translation>调整日期…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="322"/>
        <source>Delete milestone…</source>
        <translation>删除里程碑…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/timeline_view.py" line="326"/>
        <source>New milestone on %1…</source>
        <translation>在 %1 新建里程碑…</translation>
    </message>
</context>
<context>
    <name>WorkbookActions</name>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="105"/>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="106"/>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="121"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="121"/>
        <location filename="../../ui/workbook/workbook_actions.py" line="135"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="127"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="135"/>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="141"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/workbook/workbook_actions.py" line="162"/>
        <location filename="../../ui/workbook/workbook_actions.py" line="184"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
</context>
</TS>
