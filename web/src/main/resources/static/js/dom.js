// Small DOM helpers shared by every page: an element builder (text is always set as text, never parsed as HTML,
// so transcript and rule text from the server cannot inject markup) and a few formatters. The one place a string
// must become HTML source (ECharts tooltips) goes through escapeHtml below.

/** Creates an element. attrs: plain attributes, plus `class`, `on<event>` handlers, `dataset`, `style` objects. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key === 'value' || key === 'checked' || key === 'selected') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML source that shows exactly that text: for the few APIs that take HTML strings (chart tooltips). */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/** Replaces the element's content. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A titled card; `extra` goes to the right of the title (buttons, filters). */
export function card(title, body, extra) {
  return h('section', { class: 'card' },
    title ? h('header', { class: 'card-head' }, h('h2', {}, title), extra ?? null) : null,
    h('div', { class: 'card-body' }, body));
}

/** A big number with a caption, for the overview tiles. */
export function stat(label, value, hint) {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label),
    hint ? h('div', { class: 'stat-hint' }, hint) : null);
}

/** A table from column definitions {title, value(row) -> text|Node, class?}; onRow makes rows clickable. */
export function table(columns, rows, { onRow, empty = '暂无数据' } = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, empty);
  return h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { class: c.class }, c.title)))),
    h('tbody', {}, rows.map(row => h('tr', {
      class: onRow ? 'clickable' : null,
      onclick: onRow ? () => onRow(row) : null,
    }, columns.map(c => h('td', { class: c.class }, c.value(row)))))));
}

/** A coloured pill, e.g. a churn risk or a role. */
export function badge(text, tone = 'neutral') {
  return h('span', { class: `badge badge-${tone}` }, text);
}

/** mm:ss (or h:mm:ss) from seconds. */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(Number(seconds) || 0));
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mm}:${ss}` : `${mm}:${ss}`;
}

export const percent = ratio => `${Math.round((Number(ratio) || 0) * 100)}%`;

export const number = (value, digits = 0) =>
  value === null || value === undefined || Number.isNaN(Number(value)) ? '—' : Number(value).toFixed(digits);

/** Local date and time in Chinese format, e.g. 11月23日 14:05. */
export function dateTime(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function day(iso) {
  return iso ? new Date(iso).toLocaleDateString('zh-CN', { month: 'numeric', day: 'numeric' }) : '—';
}

/** A short error box that says what went wrong; the message comes from the API's JSON error. */
export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, error?.message ?? String(error));
}

export function loading() {
  return h('p', { class: 'loading' }, '加载中…');
}
