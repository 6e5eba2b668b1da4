// Upload of a recorded call: the WAV goes up with a progress bar (XMLHttpRequest reports upload progress, fetch
// does not), then the server transcribes it in the background and the card polls its progress until it is done.
import { api } from '../api.js';
import { errorBox, h, mount, percent } from '../dom.js';
import { link } from '../router.js';

const POLL_MS = 1500;

function send(form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/calls');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = e => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new Error('上传失败：网络中断，请重试'));
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: use the status below */ }
      if (xhr.status === 202 || xhr.status === 201 || xhr.status === 200) resolve(body);
      else reject(new Error(body.message ?? `上传失败（HTTP ${xhr.status}）`));
    };
    xhr.send(form);
  });
}

/** Polls the call until processing ends; onProgress(fraction). Stops when the element leaves the page. */
async function follow(callId, el, onProgress) {
  for (;;) {
    const call = await api.get(`/calls/${encodeURIComponent(callId)}`);
    if (call.status !== 'processing' || !el.isConnected) return call;
    onProgress(call.progress ?? 0);
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

export function uploadForm() {
  const file = h('input', { type: 'file', name: 'file', accept: '.wav,audio/wav', required: true });
  const account = h('input', { name: 'account', placeholder: '客户名称（新客户会自动创建）', maxlength: 200 });
  const channels = h('select', { name: 'channels' },
    h('option', { value: '' }, '立体声：左销售 / 右客户'), h('option', { value: 'mixed' }, '单声道（混合）'));
  const bar = h('progress', { max: 1, value: 0, hidden: true });
  const status = h('div', { class: 'small muted' });
  const form = h('form', { class: 'filters' }, h('label', {}, 'WAV 录音', file), h('label', {}, '客户', account),
    h('label', {}, '声道', channels), h('button', { class: 'primary', type: 'submit' }, '上传并质检'), bar, status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = new FormData(form);
    if (!channels.value) body.delete('channels');
    bar.hidden = false;
    const show = (label, fraction) => { bar.value = fraction; mount(status, `${label} ${percent(fraction)}`); };
    try {
      const call = await send(body, f => show('上传中', f));
      const done = await follow(call.id, form, f => show('转写与质检中', f));
      bar.hidden = true;
      mount(status, done.status === 'failed' ? errorBox(new Error(`处理失败：${done.error}`))
        : h('a', { href: link('calls', done.id) }, `完成：查看 ${done.id} 的质检结果`));
    } catch (error) {
      bar.hidden = true;
      mount(status, errorBox(error));
    }
  });
  return form;
}
