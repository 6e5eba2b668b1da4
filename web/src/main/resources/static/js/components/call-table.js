// The calls table used by the calls list, the overview's churn alerts and the rep coaching page.
import { badge, clock, dateTime, h, number, table } from '../dom.js';
import { riskLabel, riskTone } from '../labels.js';
import { navigate } from '../router.js';

function score(call) {
  if (call.status === 'processing') return badge(`处理中 ${Math.round((call.progress ?? 0) * 100)}%`, 'info');
  if (call.status === 'failed') return badge('处理失败', 'danger');
  return h('span', { class: call.vetoed ? 'badge badge-danger' : '' }, number(call.score, 0));
}

const COLUMNS = {
  startedAt: { title: '时间', value: c => dateTime(c.startedAt) },
  account: { title: '客户', value: c => c.account?.name ?? '—' },
  rep: { title: '销售', value: c => c.rep?.name ?? '—' },
  duration: { title: '时长', class: 'num', value: c => clock(c.durationSeconds) },
  score: { title: '得分', class: 'num', value: score },
  risk: { title: '流失风险', value: c => badge(riskLabel(c.churnRisk), riskTone(c.churnRisk)) },
  hits: { title: '命中', class: 'num', value: c => c.hitCount ?? 0 },
  appeals: { title: '申诉', class: 'num', value: c => (c.openAppeals ? badge(c.openAppeals, 'warn') : '') },
};

/** columns: keys of COLUMNS, in display order. */
export function callTable(calls, columns = Object.keys(COLUMNS)) {
  return table(columns.map(key => COLUMNS[key]), calls, { onRow: c => navigate('calls', c.id), empty: '没有符合条件的通话' });
}
