// Hash router: #/calls/call-0003?t=12.5 → page "calls/:id" with params {id} and query {t}. Each page module
// exports `render(root, context)` and may return a cleanup function (close streams, stop timers).
import { disposeCharts } from './charts.js';
import { errorBox, h, loading, mount } from './dom.js';

export function parseHash(hash = location.hash) {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  return { segments: path.split('/').filter(Boolean).map(decodeURIComponent), query: Object.fromEntries(new URLSearchParams(search)) };
}

/** Builds a hash link: link('calls', id, {t: 3}) → '#/calls/<id>?t=3'. */
export function link(...parts) {
  const query = typeof parts.at(-1) === 'object' ? parts.pop() : null;
  const search = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v != null)).toString() : '';
  return `#/${parts.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

export const navigate = (...parts) => { location.hash = link(...parts); };

function match(routes, segments) {
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params = {};
    if (pattern.every((p, i) => (p.startsWith(':') ? (params[p.slice(1)] = segments[i], true) : p === segments[i]))) {
      return { route, params };
    }
  }
  return null;
}

/** Starts routing; routes: [{path, page: () => import(...), nav?}]; onRoute(route) marks the active nav item. */
export function startRouter(root, routes, context, onRoute) {
  let cleanup = null;
  let generation = 0;
  async function show() {
    const { segments, query } = parseHash();
    const found = match(routes, segments) ?? match(routes, []);
    const current = ++generation;
    if (typeof cleanup === 'function') cleanup();
    cleanup = null;
    disposeCharts();
    onRoute(found.route);
    // Each visit renders into its own element: a slow page that finishes after the user moved on writes into a
    // detached element instead of over the newer page.
    const view = h('div', { class: 'view' }, loading());
    mount(root, view);
    try {
      const module = await found.route.page();
      if (current !== generation) return;
      const result = await module.render(view, { ...context, params: found.params, query });
      if (current === generation) cleanup = result;
      else if (typeof result === 'function') result();
    } catch (error) {
      if (current === generation) mount(view, errorBox(error));
    }
  }
  window.addEventListener('hashchange', show);
  show();
}
