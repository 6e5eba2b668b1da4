// Accounts at risk: customers ranked by churn risk, each with its risk trend across calls and the evidence
// (what the customer said, with a link to that moment of the call).
import { api } from '../api.js';
import { COLORS, dualAxisChart } from '../charts.js';
import { badge, card, clock, dateTime, day, h, mount, number, table } from '../dom.js';
import { churnCategoryLabel, directionLabel, riskLabel, riskTone, RISK_LEVELS } from '../labels.js';
import { link, navigate } from '../router.js';
import { pager } from '../components/filter-form.js';
import { accountStatus } from '../components/account-status.js';
import { accountIssues } from '../components/account-issues.js';

function trendDots(trend) {
  return h('span', { class: 'dots', title: '每个点是一通电话，从旧到新' },
    trend.map(t => h('span', { class: `dot dot-${t.risk}`, title: `${day(t.startedAt)} ${riskLabel(t.risk)}` })));
}

function trendChart(el, trend) {
  const riskAxis = { min: 0, max: 3, interval: 1, axisLabel: { formatter: v => riskLabel(RISK_LEVELS[v]) } };
  dualAxisChart(el, trend.map(t => day(t.startedAt)), [riskAxis, { name: '得分', min: 0, max: 100 }], [
    { name: '流失风险', type: 'line', step: 'end', data: trend.map(t => RISK_LEVELS.indexOf(t.risk)), itemStyle: { color: COLORS.danger } },
    { name: '质检得分', type: 'line', yAxisIndex: 1, data: trend.map(t => t.score), itemStyle: { color: COLORS.rep } },
  ]);
}

/** The account's risk (open issues and recent trajectory, docs/retention.md) and what it is made of. */
function riskLine(account) {
  const r = account.risk ?? {};
  return ['当前风险 ', badge(riskLabel(account.currentRisk), riskTone(account.currentRisk)),
    h('span', { class: 'muted' }, ` 近期峰值 ${riskLabel(r.peak)} · 趋势 ${directionLabel(r.direction)} · 未解决问题 ${r.openIssues ?? 0} · 最近一通 ${riskLabel(account.latestCallRisk)} `),
    (account.topSignals ?? []).map(s => badge(`${churnCategoryLabel(s.category)} ×${s.count}`, 'danger'))];
}

async function detail(id) {
  const account = await api.get(`/accounts/${encodeURIComponent(id)}`);
  const trendBox = h('div', { class: 'chart small' });
  const risk = h('p', { class: 'account-risk' }, riskLine(account));
  const refreshRisk = async () => mount(risk, riskLine(await api.get(`/accounts/${encodeURIComponent(id)}`)));
  const body = card(`${account.name} · 负责人 ${account.owner?.name ?? '—'}`, [
    risk,
    trendBox,
    accountIssues(account.id, refreshRisk),
    accountStatus(account.id),
    h('h2', {}, '流失证据'),
    table([
      { title: '时间', value: e => dateTime(e.startedAt) },
      { title: '类别', value: e => badge(churnCategoryLabel(e.category), 'danger') },
      { title: '客户原话', value: e => h('a', { href: link('calls', e.callId, { t: e.startSeconds }) }, `“${e.text}” ▶ ${clock(e.startSeconds)}`) },
    ], account.evidence ?? [], { empty: '没有流失信号' }),
  ]);
  return { body, draw: () => trendChart(trendBox, account.trend ?? []) };
}

export async function render(root, { query }) {
  const page = await api.get('/accounts', { sort: 'risk', page: query.page, size: 20 });
  const selected = query.id ?? page.items[0]?.id;
  const list = table([
    { title: '客户', value: a => a.name },
    { title: '风险', value: a => badge(riskLabel(a.currentRisk), riskTone(a.currentRisk)) },
    { title: '趋势', value: a => trendDots(a.trend ?? []) },
    { title: '主要信号', value: a => (a.topSignals ?? []).slice(0, 2).map(s => badge(churnCategoryLabel(s.category), 'danger')) },
    { title: '负责人', value: a => a.owner?.name ?? '—' },
    { title: '通话', class: 'num', value: a => number(a.callCount) },
  ], page.items, { onRow: a => navigate('accounts', { ...query, id: a.id }), empty: '还没有客户' });
  list.querySelectorAll?.('tbody tr').forEach((tr, i) => tr.classList.toggle('selected', String(page.items[i].id) === String(selected)));
  const shown = selected !== undefined ? await detail(selected) : null;
  mount(root, h('h1', {}, '风险客户'),
    h('div', { class: 'row' },
      card('按流失风险排序', [list, pager(page, p => navigate('accounts', { page: p }))]),
      shown?.body ?? null));
  shown?.draw();
}
