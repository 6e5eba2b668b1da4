// Reps leaderboard: average score per rep, with the QA items each misses most — where coaching starts.
import { api } from '../api.js';
import { COLORS, seriesChart } from '../charts.js';
import { badge, card, h, mount, number, table } from '../dom.js';
import { categoryLabel } from '../labels.js';
import { navigate } from '../router.js';

const DAYS = 30;

export async function render(root) {
  const board = await api.get('/stats/reps', { days: DAYS });
  const chartBox = h('div', { class: 'chart' });
  mount(root,
    h('h1', {}, '销售辅导'),
    card(`近 ${DAYS} 天平均得分`, chartBox),
    card('排行榜（点击查看辅导要点）', table([
      { title: '名次', class: 'num', value: r => board.indexOf(r) + 1 },
      { title: '销售', value: r => r.rep.name },
      { title: '团队', value: r => r.team?.name ?? '—' },
      { title: '通话', class: 'num', value: r => r.calls },
      { title: '平均分', class: 'num', value: r => number(r.averageScore, 1) },
      { title: '高风险通话', class: 'num', value: r => (r.highRiskCalls ? badge(r.highRiskCalls, 'danger') : 0) },
      { title: '最常缺失的质检项', value: r => (r.mostMissed ?? []).slice(0, 3).map(m => badge(`${m.ruleName ?? categoryLabel(m.category)} ×${m.count}`, 'warn')) },
    ], board, { onRow: r => navigate('reps', r.rep.id) })));
  const instance = seriesChart(chartBox, board.map(r => r.rep.name),
    [{ name: '平均分', type: 'bar', data: board.map(r => r.averageScore), itemStyle: { color: COLORS.rep }, label: { show: true, position: 'top', formatter: p => number(p.value, 1) } }],
    { yMax: 100 });
  instance.on('click', p => navigate('reps', board[p.dataIndex].rep.id));
}
