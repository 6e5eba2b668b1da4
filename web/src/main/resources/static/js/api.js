// The one place that talks HTTP to /api. Every page goes through it, so session expiry, CSRF and the JSON error
// format are handled once. Errors carry the server's human-readable message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const LOGIN_PAGE = '/login.html';

function query(params) {
  const entries = Object.entries(params ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}

async function errorMessage(response) {
  const fallback = `请求失败（HTTP ${response.status}）`;
  try {
    const body = await response.json();
    const fields = (body.fieldErrors ?? []).map(f => `${f.field}：${f.message}`).join('；');
    return [body.message ?? body.error ?? fallback, fields].filter(Boolean).join(' — ');
  } catch {
    return fallback;
  }
}

async function request(method, path, { params, body, raw } = {}) {
  // No CSRF token: the server refuses writes the browser marks as cross-origin (Sec-Fetch-Site), see SECURITY.md.
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api${path}${query(params)}`, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    redirectToLogin();
    throw new ApiError(401, '登录已过期，请重新登录');
  }
  if (response.status === 403) throw new ApiError(403, '没有权限执行此操作：请用主管或管理员账号登录');
  if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

export function redirectToLogin() {
  const next = location.pathname + location.hash;
  location.assign(`${LOGIN_PAGE}?next=${encodeURIComponent(next)}`);
}

export const api = {
  get: (path, params) => request('GET', path, { params }),
  post: (path, body, params) => request('POST', path, { body, params }),
  put: (path, body) => request('PUT', path, { body }),
  patch: (path, body) => request('PATCH', path, { body }),
  del: path => request('DELETE', path),
};

/** URL of a call's audio (served with HTTP Range so the player can seek). */
export const audioUrl = callId => `/api/calls/${encodeURIComponent(callId)}/audio`;

/** Opens a server-sent-event stream under /api; returns the EventSource (the caller closes it). */
export const events = path => new EventSource(`/api${path}`, { withCredentials: true });
