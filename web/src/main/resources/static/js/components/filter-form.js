// A filter bar whose state lives in the URL's hash query, so filtered views can be bookmarked and linked to
// (the overview links "most failed rule" to #/calls?rule=...).
import { h } from '../dom.js';

/**
 * fields: [{name, label, type: 'text'|'date'|'number'|'select', options?: [{value,label}], placeholder?}].
 * onSubmit(values) receives the non-empty values.
 */
export function filterForm(fields, values, onSubmit) {
  const inputs = fields.map(field => {
    const input = field.type === 'select'
      ? h('select', { name: field.name }, h('option', { value: '' }, field.blank ?? '全部'),
        field.options.map(o => h('option', { value: o.value, selected: String(o.value) === String(values[field.name] ?? '') }, o.label)))
      : h('input', { name: field.name, type: field.type ?? 'text', value: values[field.name] ?? '', placeholder: field.placeholder, min: field.min, max: field.max });
    return h('label', {}, field.label, input);
  });
  const form = h('form', { class: 'filters' }, inputs,
    h('button', { type: 'submit', class: 'primary' }, '筛选'),
    h('button', { type: 'button', onclick: () => onSubmit({}) }, '清除'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    onSubmit(Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== '')));
  });
  return form;
}

/** Previous / next page buttons for a Page<T> answer. */
export function pager(page, onPage) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return h('div', { class: 'pager' },
    h('span', { class: 'muted' }, `共 ${page.total} 条 · 第 ${page.page + 1} / ${pages} 页`),
    h('button', { disabled: page.page <= 0, onclick: () => onPage(page.page - 1) }, '上一页'),
    h('button', { disabled: page.page + 1 >= pages, onclick: () => onPage(page.page + 1) }, '下一页'));
}
