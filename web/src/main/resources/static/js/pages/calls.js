// Calls list with filters (rep, team, date range, score, churn risk, rule, text) and sorting.
import { api } from '../api.js';
import { card, h, mount } from '../dom.js';
import { riskLabel, RISK_LEVELS } from '../labels.js';
import { navigate } from '../router.js';
import { callTable } from '../components/call-table.js';
import { filterForm, pager } from '../components/filter-form.js';
import { repChoices, ruleChoices, teamChoices } from '../components/options.js';
import { uploadForm } from '../components/upload.js';

const SORTS = [
  { value: 'score,asc', label: '得分从低到高' },
  { value: 'score,desc', label: '得分从高到低' }, { value: 'risk,desc', label: '风险从高到低' },
  { value: 'duration,desc', label: '时长最长' },
];

export async function render(root, { user, query }) {
  const [reps, teams, rules] = await Promise.all([repChoices(user), teamChoices(user), ruleChoices()]);
  const fields = [
    { name: 'q', label: '客户 / 通话编号', placeholder: '例如 恒力' },
    reps.length ? { name: 'rep', label: '销售', type: 'select', options: reps } : null,
    teams.length ? { name: 'team', label: '团队', type: 'select', options: teams } : null,
    { name: 'from', label: '开始日期', type: 'date' },
    { name: 'to', label: '结束日期', type: 'date' },
    { name: 'minScore', label: '最低分', type: 'number', min: 0, max: 100 },
    { name: 'maxScore', label: '最高分', type: 'number', min: 0, max: 100 },
    { name: 'risk', label: '流失风险', type: 'select', options: RISK_LEVELS.map(r => ({ value: r, label: riskLabel(r) })) },
    { name: 'rule', label: '命中规则', type: 'select', options: rules },
    { name: 'sort', label: '排序', type: 'select', options: SORTS, blank: '最新（默认）' },
  ].filter(Boolean);
  const page = await api.get('/calls', { size: 20, ...query });
  mount(root,
    h('h1', {}, '通话记录'),
    card(null, [
      filterForm(fields, query, values => navigate('calls', values)),
      h('div', { style: { marginTop: '12px' } }, callTable(page.items)),
      pager(page, p => navigate('calls', { ...query, page: p })),
    ]),
    card('上传录音', uploadForm()));
}
