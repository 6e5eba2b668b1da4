// Review queue for the appeal workflow: managers mark hits correct or wrong and decide appeals; reps follow
// their appeals. The actions are the same hit cards as on the call detail page.
import { api } from '../api.js';
import { badge, card, dateTime, h, mount, number } from '../dom.js';
import { riskLabel, riskTone } from '../labels.js';
import { link, navigate } from '../router.js';
import { hitCard } from '../components/hit-card.js';
import { pager } from '../components/filter-form.js';

const STATES = [
  { value: 'unreviewed', label: '待复核' }, { value: 'appealed', label: '申诉待裁定' }, { value: 'reviewed', label: '已复核' },
];

function entry(item, user, refresh) {
  const call = item.call;
  const go = ev => navigate('calls', call.id, { t: ev.startSeconds, u: ev.utterance });
  return card(h('a', { href: link('calls', call.id) }, `${call.account?.name ?? call.id} · ${call.rep?.name ?? ''} · ${dateTime(call.startedAt)}`),
    item.hits.map(hit => hitCard(hit, { user, callId: call.id, onEvidence: go, onChange: refresh })),
    h('span', {}, badge(`得分 ${number(call.score, 0)}`, 'info'), badge(riskLabel(call.churnRisk), riskTone(call.churnRisk))));
}

export async function render(root, { user, query }) {
  const state = query.state ?? (user.role === 'rep' ? 'appealed' : 'unreviewed');
  const page = await api.get('/reviews', { state, page: query.page, size: 10 });
  const refresh = () => render(root, { user, query });
  mount(root, h('h1', {}, '复核与申诉'),
    h('div', { class: 'tabs' }, STATES.map(s => h('button', {
      class: s.value === state ? 'active' : null, onclick: () => navigate('reviews', { state: s.value }),
    }, s.label))),
    page.items.length ? page.items.map(item => entry(item, user, refresh)) : h('p', { class: 'empty' }, '队列为空'),
    page.total > page.size ? pager(page, p => navigate('reviews', { state, page: p })) : null);
}
