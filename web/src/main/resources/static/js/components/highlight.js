// Marks evidence spans inside an utterance's text. Spans may overlap (a churn signal inside a QA phrase): the
// text is cut at every span boundary and each piece is marked with the most important span covering it.
import { h } from '../dom.js';

/** Churn evidence outranks QA evidence when both cover the same characters. */
const RANK = { churn: 2, qa: 1 };

/** Collects, per utterance index, the spans {start, end, kind, hit} of every hit's evidence. */
export function spansByUtterance(hits) {
  const byUtterance = new Map();
  for (const hit of hits) {
    for (const ev of hit.evidence ?? []) {
      if (ev.utterance < 0 || ev.charEnd <= ev.charStart) continue;
      const spans = byUtterance.get(ev.utterance) ?? [];
      spans.push({ start: ev.charStart, end: ev.charEnd, kind: isChurn(hit) ? 'churn' : 'qa', hit });
      byUtterance.set(ev.utterance, spans);
    }
  }
  return byUtterance;
}

// docs/api.md: churn signals are the hits of kind "churn" (upper case in dry-run results, as qa-rules names it).
export const isChurn = hit => String(hit.kind ?? '').toLowerCase() === 'churn';

/** The utterance text as nodes, with <mark class="hl hl-churn|hl-qa" data-hit="id"> around evidence. */
export function highlightText(text, spans = []) {
  if (!spans.length) return [text];
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = spans.filter(s => s.start <= from && s.end >= to);
    if (!covering.length) { nodes.push(piece); continue; }
    const top = covering.reduce((a, b) => (RANK[b.kind] > RANK[a.kind] ? b : a));
    nodes.push(h('mark', {
      class: `hl hl-${top.kind}`, dataset: { hit: top.hit.id ?? top.hit.ruleId },
      title: covering.map(s => s.hit.ruleName).join('、'),
    }, piece));
  }
  return nodes;
}

/**
 * Turns the search API's highlight (HTML-escaped text with the matches in <em>, or <mark>) into text nodes and
 * <mark> elements, without ever parsing the server's string as HTML.
 */
export function markedText(highlight) {
  const decode = s => s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e) =>
    ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]);
  return highlight.split(/(<(?:em|mark)>.*?<\/(?:em|mark)>)/s).filter(Boolean).map(part => {
    const inner = part.match(/^<(em|mark)>(.*)<\/\1>$/s);
    return inner ? h('mark', {}, decode(inner[2])) : decode(part);
  });
}
