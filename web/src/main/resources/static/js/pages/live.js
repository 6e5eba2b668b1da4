// Live: the speech engine's capacity and backlog (polled), calls in progress with their transcript growing as people
// speak (partials in grey) and churn / QA alerts as they fire, over server-sent events. The stream and the polling
// stop when the user leaves the page.
import { api, events } from '../api.js';
import { capacityPanel } from '../components/capacity-panel.js';
import { badge, card, clock, dateTime, h, mount } from '../dom.js';
import { categoryLabel, speakerLabel } from '../labels.js';
import { link } from '../router.js';

function line(segment) {
  return h('div', { class: `utt utt-${segment.speaker}` },
    h('span', { class: 'utt-time' }, clock(segment.start)),
    h('span', { class: 'utt-speaker' }, speakerLabel(segment.speaker)),
    h('span', { class: 'utt-text' }, segment.text));
}

/**
 * An alert in the feed; links to its call by the call's account (a call id means nothing to a manager). A late alert
 * was found only when the whole call was evaluated after it ended.
 */
function alertItem(alert, call, late = false) {
  return h('div', { class: 'alert-item', dataset: { call: alert.callId, rule: alert.ruleId } },
    h('div', {}, h('strong', {}, alert.ruleName), ' ', badge(categoryLabel(alert.category), 'danger'),
      h('span', { class: 'small muted' }, ` ${dateTime(alert.emittedAt)}`)),
    late ? h('div', { class: 'small muted settle-note' }, '通话结束后复核发现') : null,
    alert.evidence?.text ? h('div', {}, `“${alert.evidence.text}”`) : null,
    h('a', { class: 'small', href: link('calls', alert.callId) }, `${call?.account?.name ?? '未知客户'} · 查看通话`));
}

/**
 * After a call ends its stored evaluation (on the whole call, with refined speaker roles for badge audio) settles the
 * live alerts: those it does not confirm are marked withdrawn wherever they are shown, its new findings are added.
 */
function settle(root, settled) {
  const withdrawn = new Set(settled.withdrawn);
  root.querySelectorAll('.alert-item').forEach(item => {
    if (item.dataset.call === settled.callId && withdrawn.has(item.dataset.rule) && !item.classList.contains('withdrawn')) {
      item.classList.add('withdrawn');
      item.append(h('div', { class: 'small muted settle-note' }, '通话结束后复核未确认，已撤回'));
    }
  });
}

/** One live call's card; returns handlers the stream dispatches to. */
function liveCall(call) {
  const lines = h('div', { class: 'live-lines' }, (call.segments ?? []).map(line));
  const partials = { rep: h('div', { class: 'partial' }), customer: h('div', { class: 'partial' }), mixed: h('div', { class: 'partial' }) };
  const alerts = h('div', {}, (call.alerts ?? []).map(a => alertItem(a, call)));
  const state = h('span', {}, badge('通话中', 'ok'));
  const el = h('div', { class: 'live-call', dataset: { call: call.callId } },
    h('div', { class: 'hit-title' }, h('strong', {}, `${call.account?.name ?? '未知客户'} · ${call.rep?.name ?? call.device ?? ''}`), state),
    lines, Object.values(partials), alerts);
  Object.entries(call.partials ?? {}).forEach(([speaker, text]) => { if (partials[speaker]) partials[speaker].textContent = text; });
  const scroll = () => { lines.scrollTop = lines.scrollHeight; };
  return {
    el,
    call,
    partial: p => { if (partials[p.speaker]) partials[p.speaker].textContent = `${speakerLabel(p.speaker)}：${p.text}…`; },
    segment: s => { if (partials[s.speaker]) partials[s.speaker].textContent = ''; lines.append(line(s)); scroll(); },
    alert: a => alerts.prepend(alertItem(a, call)),
    ended: () => mount(state, badge('已结束', 'neutral'), ' ', h('a', { href: link('calls', call.callId) }, '查看质检结果')),
  };
}

/** How often the capacity panel asks for a new snapshot. */
const CAPACITY_REFRESH_MS = 2000;

export async function render(root) {
  const [status, calls] = await Promise.all([api.get('/live/status'), api.get('/live/calls')]);
  const board = h('div', { id: 'live-calls' });
  const feed = h('div', { id: 'live-alerts' });
  const empty = h('p', { class: 'empty' }, '当前没有进行中的通话。工牌或电话接入后会自动出现在这里。');
  const connection = h('span', { class: 'small muted' }, '连接中…');
  const byId = new Map();
  const add = call => {
    const view = liveCall(call);
    byId.set(call.callId, view);
    empty.remove();
    board.prepend(view.el);
    return view;
  };
  board.append(empty);
  calls.forEach(add);
  const quiet = h('p', { class: 'empty' }, '暂无预警。规则在通话中命中时会立即出现在这里。');
  const alerts = calls.flatMap(c => c.alerts ?? []);
  if (alerts.length) alerts.forEach(a => feed.append(alertItem(a, byId.get(a.callId)?.call))); else feed.append(quiet);

  const capacity = status.capacity ? capacityPanel(status.capacity) : null;
  mount(root, h('h1', {}, '实时监控'),
    status.message ? h('p', { class: 'notice', id: status.asr ? 'asr-language' : 'asr-off' }, status.message) : null,
    capacity ? card('转写容量', capacity.el) : null,
    h('div', { class: 'row' },
      h('div', { class: 'grow2' }, card('进行中的通话', board, connection)),
      card('实时预警', feed)));

  const stream = events('/live/stream');
  const on = (name, handler) => stream.addEventListener(name, event => handler(JSON.parse(event.data)));
  stream.onopen = () => { connection.textContent = '● 实时连接'; };
  stream.onerror = () => { connection.textContent = '连接中断，正在重连…'; };
  on('call-started', call => add(call));
  on('partial', p => byId.get(p.callId)?.partial(p));
  on('segment', s => (byId.get(s.callId) ?? add({ callId: s.callId })).segment(s));
  on('alert', a => { quiet.remove(); byId.get(a.callId)?.alert(a); feed.prepend(alertItem(a, byId.get(a.callId)?.call)); });
  on('call-ended', e => byId.get(e.callId)?.ended());
  on('alerts-settled', settled => {
    settle(root, settled);
    settled.late.forEach(a => { quiet.remove(); feed.prepend(alertItem(a, byId.get(a.callId)?.call, true)); });
  });
  // A failed refresh (network blip, server restarting) keeps the last figures; the next tick tries again.
  const refresh = capacity && setInterval(() => api.get('/live/status')
    .then(next => next.capacity && capacity.show(next.capacity), () => {}), CAPACITY_REFRESH_MS);
  return () => { stream.close(); clearInterval(refresh); };
}
