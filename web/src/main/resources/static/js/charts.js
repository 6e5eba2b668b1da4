// Thin wrapper over Apache ECharts (vendored ES-module build, see docs/frontend.md): one palette, Chinese
// locale, resize with the container, and disposal when the page changes.
import * as echarts from '../vendor/echarts/echarts.esm.min.js';
import { escapeHtml } from './dom.js';

export const COLORS = {
  rep: '#2f6fde', customer: '#e08a1e', silence: '#9aa5b1', overlap: '#d64545', ok: '#2e9d5b', warn: '#e0a81e',
  danger: '#d64545', info: '#4a90c2', neutral: '#7b8794',
};

const live = new Set();

/**
 * ECharts shows a tooltip formatter's result as HTML. Names in the charts come from devices and users (speaker roles,
 * rule, rep and account names), so formatters here return plain text (a string, or an array of lines) and this
 * turns it into HTML: every line escaped, lines joined with <br>. Default tooltips (no formatter) ECharts escapes.
 */
function textTooltip(tooltip) {
  if (typeof tooltip?.formatter !== 'function') return tooltip;
  const format = tooltip.formatter;
  return { ...tooltip, formatter: (...args) => [format(...args)].flat().map(escapeHtml).join('<br>') };
}

/** Draws an ECharts option into el; the chart follows el's size and is disposed by disposeCharts(). */
export function chart(el, option) {
  const instance = echarts.init(el, null, { locale: 'ZH', renderer: 'canvas' });
  const { tooltip, ...rest } = option;
  instance.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...rest, ...(tooltip && { tooltip: textTooltip(tooltip) }) });
  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(el);
  live.add({ instance, observer });
  return instance;
}

export function disposeCharts() {
  for (const { instance, observer } of live) {
    observer.disconnect();
    instance.dispose();
  }
  live.clear();
}

/** A line/bar chart over categories (dates, names): series = [{name, data, type?}]; counts: whole-number axis. */
export function seriesChart(el, categories, series, { yName, yMax, horizontal = false, counts = false } = {}) {
  const categoryAxis = { type: 'category', data: categories, axisLabel: { hideOverlap: true } };
  const valueAxis = { type: 'value', name: yName, max: yMax, minInterval: counts ? 1 : undefined };
  return chart(el, {
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 48, right: 24, top: series.length > 1 ? 32 : 16, bottom: 32, containLabel: horizontal },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map(s => ({ type: 'line', symbolSize: 6, ...s })),
  });
}

/** Bars and lines over categories with a left and a right value axis (series pick one with yAxisIndex). */
export function dualAxisChart(el, categories, [left, right], series) {
  return chart(el, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: [{ type: 'value', ...left }, { type: 'value', ...right }],
    series,
  });
}

export const RISK_COLORS = { none: COLORS.ok, low: COLORS.info, medium: COLORS.warn, high: COLORS.danger };
