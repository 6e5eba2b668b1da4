// One rep's coaching view: the QA items they miss most (each linking to the calls where it happened), their
// score trend and their recent calls.
import { api } from '../api.js';
import { COLORS, seriesChart } from '../charts.js';
import { card, dateTime, errorBox, h, mount, number, stat } from '../dom.js';
import { categoryLabel } from '../labels.js';
import { link, navigate } from '../router.js';
import { callTable } from '../components/call-table.js';

const DAYS = 30;

export async function render(root, { params }) {
  const [board, calls] = await Promise.all([
    api.get('/stats/reps', { days: DAYS }),
    api.get('/calls', { rep: params.id, sort: 'startedAt,asc', size: 200 }),
  ]);
  const row = board.find(r => String(r.rep.id) === String(params.id));
  if (!row) {
    mount(root, errorBox(new Error('找不到这位销售，或不在您的团队中')), h('a', { href: link('reps') }, '← 返回排行榜'));
    return;
  }
  const missed = row.mostMissed ?? [];
  const missedBox = h('div', { class: 'chart' }), trendBox = h('div', { class: 'chart' });
  const done = calls.items.filter(c => c.status === 'done');
  mount(root,
    h('a', { href: link('reps'), class: 'small' }, '← 排行榜'),
    h('h1', {}, `${row.rep.name} 的辅导要点`),
    h('div', { class: 'stats' },
      stat('通话', row.calls), stat('平均分', number(row.averageScore, 1)), stat('高风险通话', row.highRiskCalls),
      stat('名次', `${board.indexOf(row) + 1} / ${board.length}`)),
    h('div', { class: 'row' },
      card('最常缺失的质检项（点击查看这些通话）', missed.length ? missedBox : h('p', { class: 'empty' }, '没有缺失项，继续保持')),
      card('得分趋势', trendBox)),
    card('通话', callTable([...calls.items].reverse(), ['startedAt', 'account', 'duration', 'score', 'risk', 'hits'])));
  if (missed.length) {
    const instance = seriesChart(missedBox, missed.map(m => m.ruleName ?? categoryLabel(m.category)),
      [{ name: '次数', type: 'bar', data: missed.map(m => m.count), itemStyle: { color: COLORS.warn } }], { horizontal: true, counts: true });
    instance.on('click', p => navigate('calls', { rep: params.id, rule: missed[p.dataIndex].ruleId }));
  }
  seriesChart(trendBox, done.map(c => dateTime(c.startedAt)), [{ name: '得分', data: done.map(c => c.score), itemStyle: { color: COLORS.rep } }], { yMax: 100 });
}
