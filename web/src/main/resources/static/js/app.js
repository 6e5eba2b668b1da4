// Dashboard entry point: who is logged in, the navigation their role may use, then the router.
import { api } from './api.js';
import { badge, errorBox, h, mount } from './dom.js';
import { roleLabel } from './labels.js';
import { link, startRouter } from './router.js';

const ALL = ['admin', 'manager', 'rep'];
const STAFF = ['admin', 'manager'];

const ROUTES = [
  { path: '', nav: '概览', roles: ALL, page: () => import('./pages/overview.js') },
  { path: 'calls', nav: '通话记录', roles: ALL, page: () => import('./pages/calls.js') },
  { path: 'calls/:id', roles: ALL, page: () => import('./pages/call-detail.js'), parent: 'calls' },
  { path: 'search', nav: '话术搜索', roles: ALL, page: () => import('./pages/search.js') },
  { path: 'reps', nav: '销售辅导', roles: ALL, page: () => import('./pages/reps.js') },
  { path: 'reps/:id', roles: ALL, page: () => import('./pages/rep-detail.js'), parent: 'reps' },
  { path: 'accounts', nav: '风险客户', roles: ALL, page: () => import('./pages/accounts.js') },
  { path: 'retention', nav: '客户留存', roles: ALL, page: () => import('./pages/retention.js') },
  { path: 'handover', nav: '客户交接', roles: STAFF, page: () => import('./pages/handover.js') },
  { path: 'live', nav: '实时监控', roles: ALL, page: () => import('./pages/live.js') },
  { path: 'reviews', nav: '复核申诉', roles: ALL, page: () => import('./pages/reviews.js') },
  { path: 'rules', nav: '质检规则', roles: STAFF, page: () => import('./pages/rules.js') },
  { path: 'admin', nav: '系统管理', roles: ['admin'], page: () => import('./pages/admin.js') },
];

function navigation(routes) {
  return h('nav', { class: 'nav' }, routes.filter(r => r.nav).map(r =>
    h('a', { href: link(...r.path.split('/').filter(Boolean)), dataset: { path: r.path } }, r.nav)));
}

async function logout() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => null);
  location.assign('/login.html');
}

async function boot() {
  const root = document.getElementById('page');
  let user;
  try {
    user = await api.get('/me');
  } catch (error) {
    mount(root, errorBox(error));
    return;
  }
  const routes = ROUTES.filter(r => r.roles.includes(user.role));
  const nav = navigation(routes);
  mount(document.getElementById('sidebar'), h('div', { class: 'brand' }, 'VoiceQA 智能质检'), nav);
  mount(document.getElementById('user'),
    h('span', { class: 'user-name' }, user.displayName ?? user.username), badge(roleLabel(user.role), 'info'),
    h('button', { class: 'link-button', onclick: logout }, '退出'));
  startRouter(root, routes, { user }, route => {
    const active = route.parent ?? route.path;
    for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.dataset.path === active);
  });
}

boot();
