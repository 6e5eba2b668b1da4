// An account's issues on the accounts page: what customers raised that is not resolved yet (it stays after calm
// calls), with the follow-up (督办) owner and due date, and the buttons that move an issue on.
import { api } from '../api.js';
import { badge, dateTime, errorBox, h, loading, mount, table } from '../dom.js';
import { churnCategoryLabel, issueStateLabel, issueStateTone, riskText, riskTone } from '../labels.js';

const NEXT = { open: [['in_progress', '开始处理'], ['resolved', '标记解决']], in_progress: [['resolved', '标记解决']] };

function followUp(issue) {
  const f = issue.followUp ?? {};
  return [f.owner?.name ?? '—', ' · ', f.dueDate ?? '—', f.overdue ? badge('已逾期', 'danger') : null];
}

function actions(issue, onChange, message) {
  return (NEXT[issue.state] ?? []).map(([state, label]) => h('button', {
    type: 'button',
    dataset: { state, issue: issue.id },
    onclick: async () => {
      try {
        await api.put(`/accounts/${encodeURIComponent(issue.account.id)}/issues/${encodeURIComponent(issue.id)}`, { state });
        onChange();
      } catch (error) {
        mount(message, errorBox(error));
      }
    },
  }, label));
}

function issueTable(issues, onChange, message) {
  return table([
    { title: '问题', value: i => badge(churnCategoryLabel(i.category), 'danger') },
    { title: '状态', value: i => badge(issueStateLabel(i.state), issueStateTone(i.state)) },
    { title: '最高风险', value: i => badge(riskText(i.peakRisk), riskTone(i.peakRisk)) },
    { title: '提出 / 最近', value: i => `${dateTime(i.raisedAt)} / ${dateTime(i.lastSeenAt)}` },
    { title: '次数', class: 'num', value: i => i.mentions },
    { title: '督办', value: followUp },
    { title: '', value: i => (i.state === 'resolved'
      ? `${i.resolvedBy?.name ?? ''} ${dateTime(i.resolvedAt)} 解决`
      : actions(i, onChange, message)) },
  ], issues, { empty: '没有未解决的问题' });
}

/** The issues block of one account; onChange() runs after an issue moved (the account's risk may change). */
export function accountIssues(accountId, onChange) {
  const root = h('div', { class: 'account-issues' }, loading());
  const message = h('div');
  async function show() {
    try {
      const issues = await api.get(`/accounts/${encodeURIComponent(accountId)}/issues`, { all: true });
      mount(root, h('h2', {}, '客户问题（解决前一直保留）'), message,
        issueTable(issues, () => { show(); onChange?.(); }, message));
    } catch (error) {
      mount(root, errorBox(error));
    }
  }
  show();
  return root;
}
