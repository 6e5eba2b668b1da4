// Overview: today's and this week's volume, average score, the rules most often failed, churn alerts, trends.
import { api } from '../api.js';
import { chart, COLORS, dualAxisChart, RISK_COLORS, seriesChart } from '../charts.js';
import { card, day, h, mount, number, stat } from '../dom.js';
import { riskLabel, RISK_LEVELS } from '../labels.js';
import { navigate } from '../router.js';
import { callTable } from '../components/call-table.js';
import { retentionSummary } from '../components/retention-summary.js';

const DAYS = 30;

function riskPie(el, distribution) {
  chart(el, {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{b} {c}' },
      data: RISK_LEVELS.map(level => ({
        name: riskLabel(level), value: distribution[level] ?? 0,
        itemStyle: { color: RISK_COLORS[level] },
      })),
    }],
  });
}

function failedRules(el, rules) {
  const instance = seriesChart(el, rules.map(r => r.ruleName), [{ name: '未通过次数', type: 'bar', data: rules.map(r => r.count), itemStyle: { color: COLORS.warn } }], { horizontal: true, counts: true });
  instance.on('click', p => navigate('calls', { rule: rules[p.dataIndex].ruleId }));
}

function trend(el, daily) {
  dualAxisChart(el, daily.map(d => day(d.date)), [{ name: '通话数', minInterval: 1 }, { name: '平均分', min: 0, max: 100 }], [
    { name: '通话数', type: 'bar', data: daily.map(d => d.calls), itemStyle: { color: COLORS.rep } },
    { name: '高风险', type: 'bar', data: daily.map(d => d.highRisk), itemStyle: { color: COLORS.danger } },
    { name: '平均分', type: 'line', yAxisIndex: 1, data: daily.map(d => d.averageScore), itemStyle: { color: COLORS.ok } },
  ]);
}

export async function render(root) {
  const [stats, retention] = await Promise.all([api.get('/stats/overview', { days: DAYS }), retentionSummary({ days: DAYS })]);
  const trendBox = h('div', { class: 'chart' }), riskBox = h('div', { class: 'chart' }), rulesBox = h('div', { class: 'chart' });
  const high = stats.riskDistribution?.high ?? 0;
  mount(root,
    h('h1', {}, '概览'),
    h('div', { class: 'stats' },
      stat('今日通话', stats.callsToday),
      stat('本周通话', stats.callsThisWeek),
      stat(`近 ${DAYS} 天平均分`, number(stats.averageScore, 1)),
      stat('高风险通话', high, `近 ${DAYS} 天共 ${stats.callsInPeriod} 通`),
      retention.tiles),
    h('div', { class: 'row' }, card(`近 ${DAYS} 天趋势`, trendBox), retention.trend),
    h('div', { class: 'row' },
      card('流失风险分布', riskBox),
      card('最常未通过的质检规则（点击查看通话）', rulesBox)),
    card('流失预警', callTable(stats.churnAlerts ?? [], ['startedAt', 'account', 'rep', 'risk', 'score'])));
  trend(trendBox, stats.daily ?? []);
  retention.draw();
  riskPie(riskBox, stats.riskDistribution ?? {});
  failedRules(rulesBox, stats.topFailedRules ?? []);
}
