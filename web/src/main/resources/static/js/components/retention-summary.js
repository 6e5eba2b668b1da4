// Churn and retention rate tiles and their trend over consecutive periods (GET /api/retention/trend), shared by
// the overview and the retention page. Formulas: docs/retention.md.
import { api } from '../api.js';
import { COLORS, dualAxisChart } from '../charts.js';
import { card, h, stat } from '../dom.js';

/** A rate as a percentage with one decimal; '—' when there were no customers to compute it from. */
export const rate = value => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

/** A stat tile that tests and styles can find by its metric name. */
export function metric(name, label, value, hint) {
  const tile = stat(label, value, hint);
  tile.dataset.metric = name;
  return tile;
}

/** Draws churn and retention rate per period (oldest first) into el. */
export function drawTrend(el, periods) {
  dualAxisChart(el, periods.map(p => `${p.from.slice(5)}～${p.to.slice(5)}`),
    [{ name: '流失率 %', min: 0 }, { name: '保持率 %', min: 0, max: 100 }], [
      { name: '流失率', type: 'bar', data: periods.map(p => percentOrNull(p.churn_rate)), itemStyle: { color: COLORS.danger } },
      { name: '保持率', type: 'line', yAxisIndex: 1, data: periods.map(p => percentOrNull(p.retention_rate)), itemStyle: { color: COLORS.ok } },
    ]);
}

const percentOrNull = value => (value === null || value === undefined ? null : Math.round(value * 1000) / 10);

/**
 * The overview's block: this period's churn and retention rate, each compared with the period before, and the
 * trend chart. Returns {tiles, trend, draw} so the caller places them; draw() runs after mounting.
 */
export async function retentionSummary({ periods = 6, days = 30 } = {}) {
  const trend = await api.get('/retention/trend', { periods, days });
  const current = trend.at(-1);
  const previous = trend.at(-2);
  const versus = previous ? `上期 ${rate(previous.churn_rate)}` : null;
  const tiles = [
    metric('churn', `近 ${days} 天流失率`, rate(current.churn_rate), versus),
    metric('retention', `近 ${days} 天保持率`, rate(current.retention_rate),
      `期初 ${current.customers} 家客户，流失 ${current.lost} 家`),
  ];
  const box = h('div', { class: 'chart small' });
  return {
    tiles,
    trend: card(`流失率与保持率趋势（每 ${days} 天）`, box),
    draw: () => drawTrend(box, trend),
  };
}
