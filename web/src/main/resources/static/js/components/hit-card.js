// One rule hit with its evidence and the review/appeal actions the user's role allows. Used by the call detail
// page and the review queue, so the appeal workflow behaves the same in both places.
import { api } from '../api.js';
import { badge, clock, errorBox, h, mount, number } from '../dom.js';
import { categoryLabel, severityLabel } from '../labels.js';
import { isChurn } from './highlight.js';

const SEVERITY_TONE = { info: 'info', low: 'info', medium: 'warn', high: 'danger', critical: 'danger' };
const VERDICT = { correct: '确认属实', wrong: '判定误报' };
const APPEAL = { open: '申诉中', accepted: '申诉成立', rejected: '申诉驳回' };

function kindOf(hit) {
  if (hit.missing) return 'missing';
  return isChurn(hit) ? 'churn' : 'qa';
}

function status(hit) {
  return [
    hit.review ? badge(`${VERDICT[hit.review.verdict] ?? hit.review.verdict}（${hit.review.reviewer?.name ?? ''}）`,
      hit.review.verdict === 'wrong' ? 'ok' : 'neutral') : null,
    hit.appeal ? badge(APPEAL[hit.appeal.status] ?? hit.appeal.status, hit.appeal.status === 'open' ? 'warn' : 'neutral') : null,
  ];
}

/** The actions for this user on this hit: [{label, run(comment) -> Promise<{hit, score}>, primary?}]. */
function actionsFor(user, callId, hit) {
  const path = `/calls/${encodeURIComponent(callId)}/hits/${hit.id}`;
  const staff = user.role === 'manager' || user.role === 'admin';
  if (staff && hit.appeal?.status === 'open') {
    return [
      { label: '接受申诉', run: comment => api.post(`${path}/decision`, { accept: true, comment }) },
      { label: '驳回申诉', run: comment => api.post(`${path}/decision`, { accept: false, comment }) },
    ];
  }
  if (staff && !hit.review) {
    return [
      { label: '确认属实', run: comment => api.put(`${path}/review`, { verdict: 'correct', comment }) },
      { label: '判定误报', run: comment => api.put(`${path}/review`, { verdict: 'wrong', comment }) },
    ];
  }
  if (user.role === 'rep' && !hit.appeal && !hit.missing && hit.points < 0) {
    return [{ label: '提出申诉', needsComment: true, run: comment => api.post(`${path}/appeal`, { comment }) }];
  }
  return [];
}

/**
 * The action buttons; choosing one opens a short form for the comment (required for an appeal, optional
 * otherwise) and a confirm button, so a verdict is never given by a stray click.
 */
function actionBar(user, callId, hit, onChange) {
  const actions = actionsFor(user, callId, hit);
  if (!hit.id || !actions.length) return null;
  const form = h('div', { class: 'hit-actions' });
  const choose = action => {
    const comment = h('input', { placeholder: action.needsComment ? '申诉理由（必填）' : '备注（可选）', maxlength: 2000 });
    const problem = h('div');
    const confirm = h('button', {
      class: 'primary',
      onclick: async () => {
        if (action.needsComment && !comment.value.trim()) {
          mount(problem, errorBox(new Error('请写明申诉理由')));
          return;
        }
        confirm.disabled = true;
        try {
          onChange(await action.run(comment.value.trim()));
        } catch (error) {
          mount(problem, errorBox(error));
          confirm.disabled = false;
        }
      },
    }, `确定${action.label}`);
    mount(form, comment, confirm, h('button', { onclick: () => mount(form, buttons()) }, '取消'), problem);
    comment.focus();
  };
  const buttons = () => actions.map(action => h('button', { onclick: () => choose(action) }, action.label));
  return mount(form, buttons());
}

/**
 * A hit card. onEvidence(evidence) is called when an evidence line is clicked (seek the audio); onChange(result)
 * after a review action with the API's {hit, score} answer.
 */
export function hitCard(hit, { user, callId, onEvidence, onChange }) {
  const kind = kindOf(hit);
  return h('div', { class: `hit hit-${kind}`, dataset: { hit: hit.id ?? hit.ruleId } },
    h('div', { class: 'hit-title' },
      h('span', {}, h('strong', {}, hit.ruleName), ' ', badge(categoryLabel(hit.category), kind === 'churn' ? 'danger' : 'neutral')),
      h('span', {}, badge(severityLabel(hit.severity), SEVERITY_TONE[String(hit.severity).toLowerCase()] ?? 'neutral'),
        hit.veto ? badge('一票否决', 'danger') : null,
        hit.points ? h('span', { class: 'muted' }, `${number(hit.points, 0)} 分`) : null)),
    hit.missing ? h('span', { class: 'hit-evidence' }, '未做到：通话中没有找到该项') : null,
    (hit.evidence ?? []).map(ev => h('a', {
      class: 'hit-evidence', href: '#', title: '跳到这句话',
      onclick: event => { event.preventDefault(); onEvidence?.(ev); },
    }, `${clock(ev.startSeconds)} “${ev.text}”`)),
    h('div', {}, status(hit)),
    hit.appeal?.comment ? h('div', { class: 'small muted' }, `申诉理由：${hit.appeal.comment}`) : null,
    onChange ? actionBar(user, callId, hit, onChange) : null);
}
