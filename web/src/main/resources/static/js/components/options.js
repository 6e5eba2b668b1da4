// Choices for filter drop-downs, loaded from the API once per page load and shared by the pages that filter.
import { api } from '../api.js';

const cache = new Map();

function once(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch(() => []));
  return cache.get(key);
}

/** Reps the user may filter by (managers: their team; reps get none: they only see themselves). */
export function repChoices(user) {
  if (user.role === 'rep') return Promise.resolve([]);
  return once('reps', async () => (await api.get('/users')).filter(u => u.role === 'rep')
    .map(u => ({ value: u.id, label: u.displayName ?? u.username })));
}

export function teamChoices(user) {
  if (user.role !== 'admin') return Promise.resolve([]);
  return once('teams', async () => (await api.get('/teams')).map(t => ({ value: t.id, label: t.name })));
}

/** Every rule of the active packs (from their scoring schemes), for the "rule" filter. */
export function ruleChoices() {
  return once('rules', async () => (await api.get('/scoring'))
    .flatMap(scheme => scheme.rules.map(r => ({ value: r.ruleId, label: r.ruleName ?? r.ruleId }))));
}
