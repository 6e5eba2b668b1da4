// Forms and row buttons for the admin page. A form collects its named fields and runs `action(values)`; a row button
// runs `action()`; either then re-renders the page through `after(message)`, or shows the server's error (in
// Chinese, from api.js) where the user clicked.
import { errorBox, h, mount } from '../dom.js';

export function adminForm(name, fields, submitLabel, action, after) {
  const message = h('div', { class: 'admin-message' });
  const form = h('form', { class: 'filters admin-form', dataset: { form: name } },
    fields.map(([label, input]) => h('label', {}, label, input)),
    h('button', { type: 'submit', class: 'primary' }, submitLabel), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const values = Object.fromEntries([...form.elements].filter(e => e.name).map(e => [e.name, e.value.trim()]));
    try {
      await after(await action(values));
    } catch (error) {
      mount(message, errorBox(error));
    }
  });
  return form;
}

export const input = (name, attrs = {}) => h('input', { type: 'text', name, ...attrs });

export function select(name, options, placeholder) {
  return h('select', { name }, placeholder ? h('option', { value: '' }, placeholder) : null,
    options.map(([value, label]) => h('option', { value }, label)));
}

export function rowButton(label, action, after) {
  const button = h('button', { type: 'button', class: 'link-button' }, label);
  button.addEventListener('click', async () => {
    try {
      await after(await action());
    } catch (error) {
      button.replaceWith(errorBox(error));
    }
  });
  return button;
}
