// The speech engine's live capacity and backlog on 实时监控 (GET /api/live/status → capacity, docs/api.md): live
// calls, channels in use of the measured capacity, calls recorded and queued until capacity frees, queued calls now
// catching up on what they recorded (then live), cores the decoder uses and the furthest-behind call's backlog. Each tile carries data-capacity=<figure> for tests and styles.
import { h, mount, number, stat } from '../dom.js';
import { CAPACITY_LABELS } from '../labels.js';

function tiles(capacity) {
  const figures = {
    liveSessions: [number(capacity.liveSessions), null],
    channels: [`${number(capacity.liveChannels)} / ${number(capacity.channelCapacity)} 路`,
      `实测每路 ${number(capacity.costPerAudioSecond, 3)} 核`],
    queuedRecordings: [number(capacity.queuedRecordings), '容量不足时先录音，空出后转写'],
    catchingUp: [number(capacity.catchingUp), '排队通话补转已录音频，追上后实时转写'],
    coresUsed: [`${number(capacity.coresUsed, 2)} 核`, null],
    worstBacklogSeconds: [`${number(capacity.worstBacklogSeconds, 1)} 秒`, '最落后通话未解码的音频'],
  };
  return Object.entries(figures).map(([key, [value, hint]]) => {
    const tile = stat(CAPACITY_LABELS[key], value, hint);
    tile.dataset.capacity = key;
    return tile;
  });
}

/** A panel showing `capacity`; show(next) redraws it with a newer snapshot. */
export function capacityPanel(capacity) {
  const el = h('div', { class: 'stats', id: 'live-capacity' });
  const show = next => mount(el, tiles(next));
  show(capacity);
  return { el, show };
}
