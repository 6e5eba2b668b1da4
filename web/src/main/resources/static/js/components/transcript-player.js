// The audio player and the transcript, kept in sync: clicking a sentence seeks the audio there; while the
// audio plays, the sentence being spoken is marked and scrolled into view.
import { clock, h } from '../dom.js';
import { speakerLabel } from '../labels.js';
import { highlightText, spansByUtterance } from './highlight.js';

/** Index of the segment playing at time t: the last one that started at or before t (binary search). */
export function segmentAt(segments, t) {
  let lo = 0, hi = segments.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The speaker cell: the role, "?" when the diarizer was unsure, and a fix button when the user may correct roles. */
function speakerCell(seg, index, onRoleFix) {
  const unsure = seg.speakerConfidence != null && seg.speakerConfidence < UNSURE_BELOW;
  const label = h('span', { class: 'utt-speaker', title: unsure ? `说话人判断把握 ${Math.round(seg.speakerConfidence * 100)}%` : '' },
    speakerLabel(seg.speaker), unsure ? '?' : '');
  if (!onRoleFix || (seg.speaker !== 'rep' && seg.speaker !== 'customer')) return label;
  const other = seg.speaker === 'rep' ? 'customer' : 'rep';
  const fix = h('button', {
    class: 'link-button utt-fix', title: `这句其实是${speakerLabel(other)}说的`,
    onclick: event => { event.stopPropagation(); onRoleFix(index, other); },
  }, `改为${speakerLabel(other)}`);
  return h('span', { class: 'utt-who' }, label, fix);
}

/** Below this the diarizer's speaker is shown with a question mark. */
const UNSURE_BELOW = 0.7;

/** onRoleFix(index, role), when given, offers a per-sentence speaker correction (mono calls are diarized). */
export function transcriptPlayer({ segments, hits, audioUrl, onRoleFix }) {
  const audio = audioUrl ? h('audio', { controls: true, preload: 'auto', src: audioUrl, id: 'call-audio' }) : null;
  const spans = spansByUtterance(hits);
  const rows = segments.map((seg, i) => h('div', {
    class: `utt utt-${seg.speaker}`, dataset: { index: seg.index ?? i, start: seg.start },
    role: 'button', tabindex: 0, title: '从这句开始播放',
    onclick: () => seek(seg.start, true),
    onkeydown: event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); seek(seg.start, true); } },
  },
  h('span', { class: 'utt-time' }, clock(seg.start)),
  speakerCell(seg, seg.index ?? i, onRoleFix),
  h('span', { class: 'utt-text' }, highlightText(seg.text, spans.get(seg.index ?? i)))));
  const transcript = h('div', { class: 'transcript', id: 'transcript' },
    rows.length ? rows : h('p', { class: 'empty' }, '该通话还没有转写文本'));
  const listeners = [];
  let current = -1;

  function markCurrent(t) {
    const index = segmentAt(segments, t);
    if (index === current) return;
    rows[current]?.classList.remove('current');
    current = index;
    const row = rows[current];
    if (!row) return;
    row.classList.add('current');
    const box = transcript.getBoundingClientRect(), r = row.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) row.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  /** Seeks to t seconds (play: start playing, as after a click). Works before the media is loaded, too. */
  function seek(t, play = false) {
    markCurrent(t);
    if (!audio) return;
    const apply = () => {
      audio.currentTime = t;
      if (play) audio.play().catch(() => null);
    };
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) apply();
    else audio.addEventListener('loadedmetadata', apply, { once: true });
  }

  /** Outlines the utterance a link pointed to (search results, rule hits) and scrolls to it. */
  function focusUtterance(index) {
    for (const row of rows) row.classList.remove('target');
    const row = rows.find(r => Number(r.dataset.index) === Number(index));
    if (!row) return;
    row.classList.add('target');
    row.scrollIntoView({ block: 'center' });
  }

  audio?.addEventListener('timeupdate', () => {
    markCurrent(audio.currentTime);
    listeners.forEach(fn => fn(audio.currentTime));
  });

  return {
    player: h('div', { class: 'player' }, audio ?? h('p', { class: 'notice' }, '该通话没有录音，只能查看转写文本')),
    transcript, seek, focusUtterance,
    currentTime: () => audio?.currentTime ?? 0,
    /** Calls fn(seconds) as playback advances (for the timeline's cursor). */
    onTime: fn => listeners.push(fn),
  };
}
