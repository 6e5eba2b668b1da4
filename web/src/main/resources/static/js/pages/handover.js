// Account handover (客户交接): the accounts of disabled reps, to be reassigned in bulk to an enabled rep; every
// change of owner is kept (GET /api/accounts/{id}/owners) and the new owner sees the account's whole history.
import { api } from '../api.js';
import { card, errorBox, h, mount, table } from '../dom.js';
import { link } from '../router.js';

function ownerSelect(users) {
  return h('select', { name: 'owner' }, h('option', { value: '' }, '选择新负责人'),
    users.filter(u => u.enabled && u.role === 'rep').map(u => h('option', { value: u.id }, u.displayName ?? u.username)));
}

/** notice: a message to show after a handover re-rendered the page. */
export async function render(root, context, notice) {
  const [pending, users] = await Promise.all([api.get('/handover'), api.get('/users')]);
  const boxes = new Map(pending.map(p => [p.account.id, h('input', { type: 'checkbox', name: 'account', value: p.account.id, checked: true })]));
  const owner = ownerSelect(users);
  const note = h('input', { type: 'text', name: 'note', maxlength: 2000, placeholder: '交接说明（可选）' });
  const message = h('div', { class: 'handover-message' }, notice ? h('div', { class: 'notice' }, notice) : null);
  const form = h('form', { class: 'filters handover-form' },
    h('label', {}, '新负责人', owner), h('label', {}, '说明', note),
    h('button', { type: 'submit', class: 'primary', disabled: !pending.length }, '批量转交'), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const accountIds = [...boxes.entries()].filter(([, box]) => box.checked).map(([id]) => id);
    if (!accountIds.length || !owner.value) {
      mount(message, errorBox(new Error('请勾选客户并选择新负责人')));
      return;
    }
    try {
      const result = await api.post('/accounts/reassign', { accountIds, ownerId: Number(owner.value), note: note.value });
      await render(root, context, `已转交 ${result.reassigned} 家客户`);
    } catch (error) {
      mount(message, errorBox(error));
    }
  });
  mount(root,
    h('h1', {}, '客户交接'),
    h('p', { class: 'muted' }, '销售停用后，其负责的客户会标记为“有风险”并列在这里，直到转交给新的负责人。新负责人可以看到客户的全部历史通话。'),
    card('待交接的客户', [
      table([
        { title: '', value: p => boxes.get(p.account.id) },
        { title: '客户', value: p => h('a', { href: link('accounts', { id: p.account.id }) }, p.account.name) },
        { title: '原负责人（已停用）', value: p => p.owner?.name ?? '—' },
        { title: '团队', value: p => p.team?.name ?? '—' },
      ], pending, { empty: '没有待交接的客户' }),
      form,
    ]));
}
