// Search for reps: type a phrase, see the matching moments across past calls, jump to the audio there.
import { api } from '../api.js';
import { badge, card, clock, dateTime, h, mount } from '../dom.js';
import { categoryLabel, churnCategoryFor, riskText, speakerLabel } from '../labels.js';
import { link, navigate } from '../router.js';
import { pager } from '../components/filter-form.js';
import { markedText } from '../components/highlight.js';

const EXAMPLES = ['竞品', '"到期再说"', '价格 AND 便宜', '(投诉 OR 报修) NOT 解决'];

function moment(item) {
  const target = link('calls', item.callId, { t: item.start, u: item.utterance });
  return h('div', { class: 'moment' },
    h('div', { class: 'moment-text' }, badge(speakerLabel(item.speaker), item.speaker === 'customer' ? 'warn' : 'info'),
      markedText(item.highlight ?? item.text)),
    h('div', { class: 'moment-meta' },
      h('a', { href: target, class: 'play-link' }, `▶ ${clock(item.start)} 播放`),
      h('span', {}, item.account?.name ?? ''), h('span', {}, `销售 ${item.rep?.name ?? '—'}`),
      h('span', {}, dateTime(item.startedAt)), h('a', { href: link('calls', item.callId) }, item.callId)));
}

/** Churn-risk counts of the matching calls; clicking one narrows the search to that risk. */
function riskFacets(counts, query) {
  const chips = Object.entries(counts).map(([risk, count]) => h('a', {
    href: link('search', { ...query, risk: query.risk === risk ? '' : risk, page: '' }),
    class: `badge badge-${query.risk === risk ? 'info' : 'neutral'}`,
  }, `${riskText(risk)} ${count}`));
  return chips.length ? ['· 按流失风险筛选：', chips] : null;
}

/** Accounts of the matching calls; clicking one narrows the search to that customer. */
function accountFacets(counts, query) {
  const chips = Object.entries(counts).map(([account, count]) => h('a', {
    href: link('search', { ...query, account: query.account === account ? '' : account, page: '' }),
    class: `badge badge-${query.account === account ? 'info' : 'neutral'}`,
  }, `${account} ${count}`));
  return chips.length ? h('p', { class: 'muted', id: 'account-facets' }, '按客户筛选：', chips) : null;
}

/** A category word such as 竞品 or 太贵 is rarely said: offer the calls the rules put in that churn category. */
function categoryOffer(query) {
  const category = churnCategoryFor(query.q);
  return category ? h('p', { class: 'notice', id: 'category-offer' }, `客户很少直接说“${query.q}”。`,
    h('a', { href: link('calls', { rule: category }) }, `查看规则判定为「${categoryLabel(category)}」流失信号的通话`)) : null;
}

function searchForm(query) {
  const input = h('input', { type: 'search', name: 'q', value: query.q ?? '', placeholder: '输入客户说过的话或话术，例如：竞品 报价', autofocus: true });
  const speaker = h('select', { name: 'speaker' }, h('option', { value: '' }, '双方'),
    ['customer', 'rep'].map(s => h('option', { value: s, selected: query.speaker === s }, `只看${speakerLabel(s)}`)));
  const form = h('form', { class: 'search-box', role: 'search' }, input, speaker, h('button', { class: 'primary', type: 'submit' }, '搜索'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim()) navigate('search', { q: input.value.trim(), speaker: speaker.value });
  });
  return form;
}

export async function render(root, { query }) {
  const form = searchForm(query);
  if (!query.q) {
    mount(root, h('h1', {}, '话术搜索'), card(null, [form,
      h('p', { class: 'muted' }, '示例：', EXAMPLES.map(q => [h('a', { href: link('search', { q }) }, q), ' ']),
        '（支持 "短语"、AND / OR / NOT 和括号；按词、按字和按拼音匹配，同音的识别错误也能找到）')]));
    return;
  }
  const result = await api.get('/search', {
    q: query.q, speaker: query.speaker, risk: query.risk, account: query.account, page: query.page, size: 20,
  });
  mount(root, h('h1', {}, '话术搜索'), card(null, [form, categoryOffer(query),
    h('p', { class: 'muted' }, `在 ${result.total} 通通话中找到 `, riskFacets(result.facets?.risk ?? {}, query)),
    accountFacets(result.facets?.account ?? {}, query),
    h('div', { id: 'search-results' }, result.items.length ? result.items.map(moment) : h('p', { class: 'empty' }, '没有匹配的片段，换个说法试试')),
    result.total > result.size ? pager(result, p => navigate('search', { ...query, page: p })) : null]));
}
