// Login form: posts to Spring Security's /login (form-encoded) and goes back to the page that asked for it.
const form = document.getElementById('login');
const errorBox = document.getElementById('login-error');

/** Only same-site hash/paths are accepted as the place to return to, never another origin. */
function returnTarget() {
  const next = new URLSearchParams(location.search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  errorBox.hidden = true;
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const response = await fetch('/login', {
      method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'application/json' },
    });
    if (response.ok) {
      location.assign(returnTarget());
      return;
    }
    if (response.status === 401) showError('用户名或密码错误，请重新输入');
    else showError((await response.json().catch(() => null))?.message ?? `登录失败（HTTP ${response.status}），请稍后重试`);
  } catch {
    showError('无法连接服务器：请确认 VoiceQA 正在运行');
  } finally {
    button.disabled = false;
  }
});
