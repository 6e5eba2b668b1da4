// The charts of the call detail page: score breakdown, talk ratio, a timeline of who spoke when (with silences
// and interruptions, and a cursor following playback), and speech rate per speaker.
import { chart, COLORS } from '../charts.js';
import { clock, number } from '../dom.js';
import { speakerLabel } from '../labels.js';

export function scoreChart(el, breakdown) {
  // A dimension no rule of this call can score (maximum 0, e.g. 客户情绪 without emotion rules) is no bar.
  const dims = (breakdown.dimensions ?? []).filter(d => d.max > 0);
  return chart(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: Math.max(...dims.map(d => d.max), 1), show: false },
    yAxis: { type: 'category', inverse: true, data: dims.map(d => d.dimension) },
    series: [
      { name: '满分', type: 'bar', data: dims.map(d => d.max), barGap: '-100%', itemStyle: { color: '#edf0f3' }, silent: true },
      { name: '得分', type: 'bar', data: dims.map(d => ({
        value: d.score, itemStyle: { color: d.score >= d.max ? COLORS.ok : d.score >= d.max * 0.6 ? COLORS.warn : COLORS.danger },
      })), label: { show: true, position: 'right', formatter: p => `${number(p.value, 0)} / ${number(dims[p.dataIndex].max, 0)}` } },
    ],
  });
}

export function talkRatioChart(el, metrics) {
  return chart(el, {
    tooltip: { trigger: 'item', formatter: p => `${p.name}：${p.percent}%（${number(p.value, 1)} 秒）` },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['45%', '70%'], center: ['50%', '45%'], percentPrecision: 0,
      label: { formatter: '{b}\n{d}%' },
      data: metrics.channels.map(c => ({ name: speakerLabel(c.role), value: c.speechSeconds, itemStyle: { color: COLORS[c.role] } })),
    }],
  });
}

export function speechRateChart(el, metrics) {
  const channels = metrics.channels;
  return chart(el, {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: channels.map(c => speakerLabel(c.role)) },
    yAxis: { type: 'value', name: '字/分钟' },
    series: [{
      type: 'bar', barWidth: '40%', label: { show: true, position: 'top', formatter: p => number(p.value, 0) },
      data: channels.map(c => ({ value: c.speechRatePerMinute, itemStyle: { color: COLORS[c.role] } })),
      // 180–300 characters a minute is the comfortable range for Mandarin phone conversations.
      markArea: { silent: true, itemStyle: { color: 'rgba(46,157,91,0.08)' }, data: [[{ yAxis: 180 }, { yAxis: 300 }]] },
    }],
  });
}

const ROWS = ['rep', 'customer', 'silence', 'overlap'];
const ROW_NAMES = ['销售', '客户', '静默', '抢话'];

function timelineItems(metrics) {
  const items = [];
  const push = (row, span, tip) => items.push({ value: [row, span.start, span.end, tip], itemStyle: { color: COLORS[ROWS[row]] } });
  for (const channel of metrics.channels) {
    const row = ROWS.indexOf(channel.role);
    if (row >= 0) channel.speech.forEach(s => push(row, s, `${speakerLabel(channel.role)}说话`));
  }
  metrics.silences.forEach(s => push(2, s, `静默 ${number(s.end - s.start, 1)} 秒`));
  metrics.overlaps.forEach(o => push(3, o, `${speakerLabel(o.interrupter)}打断了${speakerLabel(o.interrupted)}`));
  return items;
}

function renderSpan(params, api) {
  const [x0, y] = api.coord([api.value(1), api.value(0)]);
  const [x1] = api.coord([api.value(2), api.value(0)]);
  const height = api.size([0, 1])[1] * 0.6;
  return { type: 'rect', shape: { x: x0, y: y - height / 2, width: Math.max(x1 - x0, 2), height }, style: api.style() };
}

/** Timeline of the call; clicking a span calls onSeek(seconds); returns moveCursor(seconds). */
export function timelineChart(el, metrics, onSeek) {
  const instance = chart(el, {
    tooltip: { formatter: p => [p.value[3], `${clock(p.value[1])} – ${clock(p.value[2])}`] },
    grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min: 0, max: metrics.durationSeconds, axisLabel: { formatter: v => clock(v) } },
    yAxis: { type: 'category', data: ROW_NAMES, inverse: true },
    series: [{
      id: 'spans', type: 'custom', renderItem: renderSpan, clip: true, encode: { x: [1, 2], y: 0 }, data: timelineItems(metrics),
      markLine: { symbol: 'none', silent: true, animation: false, lineStyle: { color: '#1f2933', type: 'solid' }, label: { show: false }, data: [{ xAxis: 0 }] },
    }],
  });
  instance.on('click', p => onSeek(p.value[1]));
  return seconds => instance.setOption({ series: [{ id: 'spans', markLine: { data: [{ xAxis: seconds }] } }] });
}
