// Customer retention: churn and retention rate of a period (the accounts that were customers when it began, and
// how many of them were lost in it), losses by reason and by rep, the losses themselves, and the trend.
import { api } from '../api.js';
import { chart } from '../charts.js';
import { badge, card, h, mount, number, table } from '../dom.js';
import { churnCategoryLabel, lossReasonLabel, tierLabel, TIERS } from '../labels.js';
import { link, navigate } from '../router.js';
import { filterForm } from '../components/filter-form.js';
import { drawTrend, metric, rate } from '../components/retention-summary.js';

function reasonPie(el, byReason) {
  chart(el, {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{b} {c}' },
      data: Object.entries(byReason).map(([reason, count]) => ({ name: lossReasonLabel(reason), value: count })),
    }],
  });
}

const LIFT_DAYS = 90;

export async function render(root, { query }) {
  const [figures, trend, silent, overdue, lift] = await Promise.all([
    api.get('/retention', { from: query.from, to: query.to, tier: query.tier }),
    api.get('/retention/trend', { periods: 6, days: 30 }),
    api.get('/silence'),
    api.get('/issues', { overdue: true }),
    api.get('/retention/signals', { days: LIFT_DAYS }),
  ]);
  const reasonBox = h('div', { class: 'chart small' });
  const trendBox = h('div', { class: 'chart small' });
  mount(root,
    h('h1', {}, '客户留存'),
    filterForm([
      { name: 'from', label: '开始日期', type: 'date' },
      { name: 'to', label: '结束日期', type: 'date' },
      { name: 'tier', label: '客户分层', type: 'select', options: TIERS.map(t => ({ value: t, label: tierLabel(t) })) },
    ], { from: figures.from, to: figures.to, tier: query.tier }, values => navigate('retention', values)),
    h('div', { class: 'stats' },
      metric('churn', '流失率', rate(figures.churn_rate), `${figures.from} 至 ${figures.to}`),
      metric('retention', '保持率', rate(figures.retention_rate)),
      metric('value-churn', '按价值流失率', rate(figures.value_churn_rate),
        `流失 ${number(figures.lost_value / 10000, 1)} 万元 / 期初 ${number(figures.customers_value / 10000, 1)} 万元`),
      metric('customers', '期初客户', figures.customers),
      metric('lost', '期内流失', figures.lost),
      metric('won-back', '期内挽回', figures.won_back)),
    h('p', { class: 'muted' }, '流失率 = 期内流失的客户 ÷ 期初仍是客户的客户数；期内新增的客户不计入。按价值流失率按客户年度价值加权。重点客户 = 按年度价值排名前 20%。'),
    h('div', { class: 'row' },
      card('流失原因', Object.keys(figures.by_reason).length ? reasonBox : h('p', { class: 'empty' }, '本期没有流失')),
      card('按销售', table([
        { title: '销售', value: r => r.rep?.name ?? '无负责人' },
        { title: '期初客户', class: 'num', value: r => number(r.customers) },
        { title: '流失', class: 'num', value: r => number(r.lost) },
        { title: '流失率', class: 'num', value: r => rate(r.churn_rate) },
      ], figures.by_rep ?? []))),
    card('本期流失的客户', table([
      { title: '日期', value: l => l.date },
      { title: '客户', value: l => h('a', { href: link('accounts', { id: l.account.id }) }, l.account.name) },
      { title: '原因', value: l => badge(lossReasonLabel(l.reason), 'danger') },
      { title: '负责人', value: l => l.owner?.name ?? '—' },
    ], figures.losses ?? [], { empty: '本期没有流失的客户' })),
    h('div', { class: 'row' },
      card('沉默客户（远超平时联系间隔）', table([
        { title: '客户', value: w => h('a', { href: link('accounts', { id: w.account.id }) }, w.account.name) },
        { title: '负责人', value: w => w.owner?.name ?? '—' },
        { title: '已沉默', class: 'num', value: w => `${number(w.silentDays)} 天` },
        { title: '平时间隔', class: 'num', value: w => `${number(w.cadenceDays)} 天` },
      ], silent, { empty: '没有沉默的客户' })),
      card('督办：逾期未解决的问题', table([
        { title: '客户', value: i => h('a', { href: link('accounts', { id: i.account.id }) }, i.account.name) },
        { title: '问题', value: i => badge(churnCategoryLabel(i.category), 'danger') },
        { title: '督办人', value: i => i.followUp?.owner?.name ?? '—' },
        { title: '截止', value: i => i.followUp?.dueDate ?? '—' },
      ], overdue, { empty: '没有逾期的问题' }))),
    card(`预警信号的价值：出现信号后 ${LIFT_DAYS} 天内流失的比例`, table([
      { title: '信号', value: l => badge(churnCategoryLabel(l.category), 'danger') },
      { title: '出现过的客户', class: 'num', value: l => `${l.lost} / ${l.accounts}` },
      { title: '其后流失', class: 'num', value: l => rate(l.lost_rate) },
      { title: '未出现的客户流失', class: 'num', value: l => `${rate(l.others_rate)}（${l.others_lost} / ${l.others}）` },
      { title: '提升倍数', class: 'num', value: l => (l.lift == null ? '—' : `${number(l.lift, 1)}×`) },
    ], lift, { empty: '还没有流失信号' })),
    card('流失率与保持率趋势（每 30 天）', trendBox),
    card('导出（Excel 或 CSV）', h('p', { class: 'exports' },
      [['calls', '通话'], ['findings', '质检与流失信号'], ['accounts', '客户']].map(([table, label]) =>
        [`${label}：`, ...[['xlsx', 'Excel'], ['csv', 'CSV']].map(([ext, kind]) =>
          [h('a', { href: `/api/export/${table}.${ext}`, download: `voiceqa-${table}.${ext}` }, kind), ' ']), ' ']))));
  if (Object.keys(figures.by_reason).length) reasonPie(reasonBox, figures.by_reason);
  drawTrend(trendBox, trend);
}
