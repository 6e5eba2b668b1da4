// Call detail: the player synced to the transcript with evidence highlighted in place, the rule hits, the score
// breakdown and the acoustic metrics as charts. #/calls/<id>?t=<seconds>&u=<utterance> opens at that moment.
import { api, ApiError } from '../api.js';
import { disposeCharts } from '../charts.js';
import { badge, card, clock, dateTime, errorBox, h, mount, number, percent } from '../dom.js';
import { riskLabel, riskTone } from '../labels.js';
import { link } from '../router.js';
import { scoreChart, speechRateChart, talkRatioChart, timelineChart } from '../components/call-charts.js';
import { hitCard } from '../components/hit-card.js';
import { isChurn } from '../components/highlight.js';
import { transcriptPlayer } from '../components/transcript-player.js';

function header(call) {
  // maxScore 0: no quality pack is written in this call's language, so nothing was inspected.
  const scored = call.status === 'done' && call.maxScore > 0;
  return h('div', { class: 'call-head' },
    h('h1', {}, call.account?.name ?? call.id),
    h('span', { class: 'muted' }, `${call.id} · 销售 ${call.rep?.name ?? '—'} · ${dateTime(call.startedAt)} · 时长 ${clock(call.durationSeconds)}`),
    scored ? badge(`质检得分 ${number(call.score, 0)}${call.vetoed ? '（一票否决）' : ''}`, call.vetoed ? 'danger' : 'info')
      : badge(call.status === 'processing' ? '质检中' : '未质检', 'neutral'),
    call.status === 'done' ? badge(`流失风险：${riskLabel(call.churnRisk)}`, riskTone(call.churnRisk)) : null);
}

/** Where the call stands when it is not scored yet: still processing, or failed and what the viewer can do. */
function statusNotice(call, user) {
  if (call.status === 'processing') {
    return h('p', { class: 'notice' }, `通话处理中（${percent(call.progress)}），完成后显示完整结果`);
  }
  if (call.status !== 'failed') return null;
  const next = user.role === 'admin'
    ? '管理员：服务器日志里有原因；开启语音识别请用 ./voiceqa serve --model 模型目录 重新启动。'
    : '需要转写和质检请联系管理员。';
  return h('p', { class: 'error', id: 'call-failed' }, `处理失败：${call.error ?? '原因未知'}。${next}`);
}

/** "(复核前 78)" when reviews or appeals changed the score the rules gave. */
function reviewedNote(call) {
  const original = call.scoreBreakdown?.originalScore;
  return original != null && original !== call.score ? `（复核前 ${number(original, 0)}）` : '';
}

/** A veto zeroes the score whatever the bars say: name it above them. */
function vetoNote(breakdown) {
  return breakdown.vetoed
    ? h('p', { class: 'notice', id: 'veto-reason' }, `一票否决：${breakdown.vetoedBy ?? '否决项'}，本通电话计 0 分（下方为各维度原得分）`)
    : null;
}

/** The bars' total in words: equals the header's score unless a veto zeroed it. */
function scoreSum(breakdown) {
  const dims = (breakdown.dimensions ?? []).filter(d => d.max > 0);
  const sum = dims.reduce((total, d) => total + d.score, 0), max = dims.reduce((total, d) => total + d.max, 0);
  return h('p', { class: 'small muted', id: 'score-sum' }, `各维度合计 ${number(sum, 0)} / ${number(max, 0)}`);
}

function metricsSummary(metrics) {
  const rep = metrics.channels.find(c => c.role === 'rep');
  return h('p', { class: 'small muted' },
    `销售说话占比 ${percent(rep?.talkRatio)} · 最长静默 ${number(metrics.longestSilence, 1)} 秒`,
    ` · 长静默（≥${number(metrics.longSilenceThreshold, 0)} 秒）${metrics.longSilences.length} 次 · 抢话 ${metrics.overlaps.length} 次`);
}

function hitsPanel(call, user, player, reload) {
  if (call.status !== 'done') {
    return [card('质检结果', h('p', { class: 'empty' }, call.status === 'failed' ? '这通电话没有质检结果' : '质检完成后显示'))];
  }
  const seekTo = ev => {
    player.seek(ev.startSeconds, true);
    if (ev.utterance >= 0) player.focusUtterance(ev.utterance);
  };
  const cards = hits => hits.map(hit => hitCard(hit, { user, callId: call.id, onEvidence: seekTo, onChange: reload }));
  const churn = call.hits.filter(isChurn);
  const qa = call.hits.filter(hit => !isChurn(hit));
  return [
    card(`流失信号（${churn.length}）`, churn.length ? cards(churn) : h('p', { class: 'empty' }, '未发现流失信号')),
    card(`质检问题（${qa.length}）`, qa.length ? cards(qa)
      : h('p', { class: 'empty' }, call.maxScore > 0 ? '全部质检项通过' : '没有这通电话语言的质检规则，未质检')),
  ];
}

function chartBox(size = '') {
  return h('div', { class: `chart ${size}` });
}

export async function render(root, { params, query, user }) {
  let call;
  try {
    call = await api.get(`/calls/${encodeURIComponent(params.id)}`);
  } catch (error) {
    // The API answers 404 for calls outside the user's scope too, so the message covers both cases.
    const shown = error instanceof ApiError && error.status === 404
      ? new Error(`找不到通话 ${params.id}，或您没有权限查看（销售只能查看自己的通话）`) : error;
    mount(root, errorBox(shown), h('a', { href: link('calls') }, '← 返回通话列表'));
    return;
  }
  const staff = user.role === 'manager' || user.role === 'admin';
  // Roles of badge (mono) calls come from diarization; staff can correct them and the call is scored again.
  const correctRoles = async correction => {
    try {
      await api.post(`/calls/${encodeURIComponent(call.id)}/roles`, correction);
      await reload();
    } catch (error) {
      mount(roleMessage, errorBox(error));
    }
  };
  const roleMessage = h('div', {});
  const player = transcriptPlayer({
    segments: call.segments, hits: call.hits, audioUrl: call.audioUrl,
    onRoleFix: staff && call.status === 'done' ? (index, role) => correctRoles({ segments: { [index]: role } }) : null,
  });
  // After a review action the score and hits change: redraw the page at the same playback position.
  const reload = () => {
    disposeCharts();
    return render(root, { params, query: { t: player.currentTime() }, user });
  };
  const scoreBox = chartBox('small');
  const metrics = call.metrics;
  const timelineBox = chartBox('small'), ratioBox = chartBox('small'), rateBox = chartBox('small');

  mount(root,
    h('a', { href: link('calls'), class: 'small' }, '← 通话列表'),
    header(call),
    statusNotice(call, user),
    h('div', { class: 'row' },
      h('div', { class: 'grow2' }, card('录音与转写', [player.player, roleMessage, player.transcript],
        staff && call.status === 'done' ? h('button', {
          id: 'swap-roles', title: '销售和客户识别反了时使用：交换后重新质检评分',
          onclick: () => correctRoles({ swap: true }),
        }, '交换销售/客户') : null)),
      h('div', {}, hitsPanel(call, user, player, reload))),
    h('div', { class: 'row' },
      call.scoreBreakdown ? card(`得分明细${reviewedNote(call)}`, [vetoNote(call.scoreBreakdown), scoreBox, scoreSum(call.scoreBreakdown)]) : null,
      metrics ? card('说话占比', ratioBox) : null,
      metrics && call.segments.length ? card('语速', rateBox) : null),
    metrics ? card('通话时间线（点击跳转）', [timelineBox, metricsSummary(metrics)])
      : h('p', { class: 'notice' }, call.audioUrl ? '声学指标尚未计算' : '没有录音，无法计算声学指标'));

  if (call.scoreBreakdown) scoreChart(scoreBox, call.scoreBreakdown);
  if (metrics) {
    talkRatioChart(ratioBox, metrics);
    // Speech rate needs a transcript; the other metrics come from the audio alone.
    if (call.segments.length) speechRateChart(rateBox, metrics);
    player.onTime(timelineChart(timelineBox, metrics, t => player.seek(t, true)));
  }
  if (query.u !== undefined) player.focusUtterance(query.u);
  if (query.t !== undefined) player.seek(Number(query.t));
}
