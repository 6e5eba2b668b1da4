// 系统管理 (admins): users, teams, badges and phone lines, and account owners, over the existing REST API. Every
// server string reaches the page as text through dom.js; writes go through api.js (same-origin, see SECURITY.md).
import { api } from '../api.js';
import { badge, card, dateTime, h, mount, table } from '../dom.js';
import { roleLabel } from '../labels.js';
import { adminForm, input, rowButton, select } from '../components/admin-form.js';

const ROLES = ['rep', 'manager', 'admin'].map(r => [r, roleLabel(r)]);
const secretNotice = ({ device, secret }) => `设备 ${device.deviceId} 的密钥：${secret}（只显示这一次，请写入设备）`;

/** notice: what the last change said (a new password or device secret, shown once), after it re-rendered the page. */
export async function render(root, context, notice) {
  const [users, teams, devices, accounts] = await Promise.all([api.get('/users'), api.get('/teams'),
    api.get('/devices'), api.get('/accounts', { sort: 'name', size: 200 })]);
  const again = message => render(root, context, message);
  const reps = users.filter(u => u.enabled && u.role === 'rep').map(u => [u.id, u.displayName ?? u.username]);
  mount(root,
    h('h1', {}, '系统管理'),
    h('p', { class: 'muted' }, '管理账号、团队、工牌与电话线路，以及客户的负责人。停用的销售不能登录，其客户会出现在“客户交接”。'),
    notice ? h('div', { class: 'notice admin-notice' }, notice) : null,
    card('用户', [usersTable(users, context.user, again), newUser(teams, again)]),
    card('团队', [teamsTable(teams), adminForm('team', [['团队名称', input('name', { maxlength: 100, required: true })]],
      '新建团队', async v => `已新建团队 ${(await api.post('/teams', { name: v.name })).name}`, again)]),
    card('设备（工牌与电话线路）', [devicesTable(devices, again), newDevice(reps, again)]),
    card('客户负责人', accountsTable(accounts.items, reps, again)));
}

function usersTable(users, me, again) {
  return table([
    { title: '用户名', value: u => u.username },
    { title: '姓名', value: u => u.displayName },
    { title: '角色', value: u => roleLabel(u.role) },
    { title: '团队', value: u => u.team?.name ?? '—' },
    { title: '状态', value: u => (u.enabled ? badge('启用', 'success') : badge('已停用', 'danger')) },
    { title: '', value: u => (u.id === me.id ? null : rowButton(u.enabled ? '停用' : '启用', async () => {
      await api.patch(`/users/${u.id}`, { enabled: !u.enabled });
      return `${u.displayName} 已${u.enabled ? '停用' : '启用'}`;
    }, again)) },
  ], users);
}

function newUser(teams, again) {
  return adminForm('user', [
    ['用户名', input('username', { minlength: 3, maxlength: 40, required: true })],
    ['姓名', input('displayName', { maxlength: 100 })],
    ['角色', select('role', ROLES)],
    ['团队', select('teamId', teams.map(t => [t.id, t.name]), '无团队')],
    ['初始密码', input('password', { type: 'password', maxlength: 200, placeholder: '留空则自动生成' })],
  ], '新建用户', async v => {
    const created = await api.post('/users', { username: v.username, displayName: v.displayName || null,
      role: v.role, teamId: v.teamId ? Number(v.teamId) : null, password: v.password || null });
    return `已新建用户 ${created.user.username}` + (created.password ? `，初始密码：${created.password}（只显示这一次）` : '');
  }, again);
}

function teamsTable(teams) {
  return table([
    { title: '团队', value: t => t.name },
    { title: '主管', value: t => t.manager?.name ?? '—' },
    { title: '人数', class: 'num', value: t => t.memberCount },
  ], teams, { empty: '还没有团队' });
}

function devicesTable(devices, again) {
  return table([
    { title: '设备编号', value: d => d.deviceId },
    { title: '名称', value: d => d.name ?? '—' },
    { title: '销售', value: d => d.rep?.name ?? '—' },
    { title: '在线', value: d => (d.online ? badge('在线', 'success') : badge('离线', 'neutral')) },
    { title: '最近连接', value: d => (d.lastSeenAt ? dateTime(d.lastSeenAt) : '—') },
    { title: '', value: d => [
      rowButton('重置密钥', async () => secretNotice(await api.post(`/devices/${d.id}/rotate-secret`, {})), again), ' ',
      rowButton('删除', async () => {
        if (!confirm(`删除设备 ${d.deviceId}？它将不能再连接。`)) return null;
        await api.del(`/devices/${d.id}`);
        return `已删除设备 ${d.deviceId}`;
      }, again)] },
  ], devices, { empty: '还没有登记设备' });
}

function newDevice(reps, again) {
  return adminForm('device', [
    ['设备编号', input('deviceId', { maxlength: 64, required: true })],
    ['名称', input('name', { maxlength: 100 })],
    ['销售', select('repId', reps, '未分配')],
  ], '登记设备', async v => secretNotice(await api.post('/devices', { deviceId: v.deviceId, name: v.name || null,
    repId: v.repId ? Number(v.repId) : null })), again);
}

function accountsTable(accounts, reps, again) {
  return table([
    { title: '客户', value: a => a.name },
    { title: '负责人', value: a => a.owner?.name ?? '—' },
    { title: '转交给', value: a => {
      const owner = select('owner', reps, '选择销售');
      owner.addEventListener('change', async () => {
        if (!owner.value) return;
        try {
          await api.post('/accounts/reassign', { accountIds: [a.id], ownerId: Number(owner.value), note: '系统管理' });
          await again(`${a.name} 已转交给 ${owner.selectedOptions[0].textContent}`);
        } catch (error) {
          owner.replaceWith(h('span', { class: 'error' }, error.message));
        }
      });
      return owner;
    } },
  ], accounts, { empty: '还没有客户' });
}
