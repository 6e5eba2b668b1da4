// An account's outcome on the accounts page: current status, its history, and the form that records a change
// (PUT /api/accounts/{id}/status; the server decides who may: managers, admins, a rep for own accounts).
import { api } from '../api.js';
import { badge, day, errorBox, h, loading, mount, table } from '../dom.js';
import { ACCOUNT_STATUSES, accountStatusLabel, accountStatusTone, LOSS_REASONS, lossReasonLabel, tierLabel } from '../labels.js';

const today = () => new Date().toLocaleDateString('sv-SE');   // YYYY-MM-DD in local time

function history(entries) {
  return table([
    { title: '日期', value: e => e.date },
    { title: '状态', value: e => badge(accountStatusLabel(e.status), accountStatusTone(e.status)) },
    { title: '原因', value: e => (e.reason ? lossReasonLabel(e.reason) : '—') },
    { title: '备注', value: e => e.note ?? '' },
    { title: '记录人', value: e => `${e.changedBy?.name ?? '系统'} · ${day(e.changedAt)}` },
  ], [...entries].reverse(), { empty: '尚无状态记录：一直是正常客户' });
}

function changeForm(outcome, onSaved) {
  const status = h('select', { name: 'status' }, ACCOUNT_STATUSES.map(s =>
    h('option', { value: s, selected: s === (outcome.status === 'lost' ? 'won_back' : 'lost') }, accountStatusLabel(s))));
  const reason = h('select', { name: 'reason' }, LOSS_REASONS.map(r => h('option', { value: r }, lossReasonLabel(r))));
  const reasonLabel = h('label', {}, '流失原因', reason);
  const showReason = () => { reasonLabel.hidden = status.value !== 'lost'; };
  status.addEventListener('change', showReason);
  showReason();
  const date = h('input', { type: 'date', name: 'date', value: today(), max: today() });
  const note = h('input', { type: 'text', name: 'note', maxlength: 2000, placeholder: '备注（可选）' });
  const message = h('div', { class: 'status-message' });
  const form = h('form', { class: 'filters account-status-form' },
    h('label', {}, '新状态', status), h('label', {}, '生效日期', date), reasonLabel, h('label', {}, '备注', note),
    h('button', { type: 'submit', class: 'primary' }, '保存状态'), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { status: status.value, date: date.value, note: note.value };
    if (status.value === 'lost') body.reason = reason.value;
    try {
      onSaved(await api.put(`/accounts/${encodeURIComponent(outcome.accountId)}/status`, body));
    } catch (error) {
      mount(message, errorBox(error));
    }
  });
  return form;
}

/** The account's annual value and the form that sets it (managers and admins; the server refuses reps). */
function valueForm(outcome, onSaved) {
  const value = h('input', { type: 'number', name: 'value', min: 0, step: 1000, value: outcome.value ?? '' });
  const message = h('div');
  const form = h('form', { class: 'filters account-value-form' },
    h('label', {}, '年度价值（元）', value), h('button', { type: 'submit' }, '保存价值'), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      onSaved(await api.put(`/accounts/${encodeURIComponent(outcome.accountId)}/value`, { value: Number(value.value) }));
    } catch (error) {
      mount(message, errorBox(error));
    }
  });
  return form;
}

/** The status block of one account; fills itself once the history has loaded. */
export function accountStatus(accountId) {
  const root = h('div', { class: 'account-status' }, loading());
  const show = (outcome, saved) => mount(root,
    h('p', {}, '客户状态 ', badge(accountStatusLabel(outcome.status), accountStatusTone(outcome.status)), ' ',
      badge(tierLabel(outcome.tier), outcome.tier === 'key' ? 'warn' : 'neutral'),
      outcome.value != null ? h('span', { class: 'muted' }, ` 年度价值 ${outcome.value.toLocaleString('zh-CN')} 元`) : null,
      saved ? h('span', { class: 'muted' }, ' 已保存') : null),
    changeForm(outcome, next => show(next, true)),
    valueForm(outcome, next => show(next, true)),
    history(outcome.history ?? []));
  api.get(`/accounts/${encodeURIComponent(accountId)}/status`)
    .then(outcome => show(outcome, false))
    .catch(error => mount(root, errorBox(error)));
  return root;
}
