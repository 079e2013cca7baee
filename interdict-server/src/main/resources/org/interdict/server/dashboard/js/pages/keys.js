// API keys (admin only): list with each key's owner, create (the key is shown once), revoke.
import { h, replace, field, select, empty } from '../dom.js';
import { api, currentSession } from '../api.js';
import { errorBox, loading, table, card } from '../components.js';
import { badge, formatInstant } from '../format.js';

export function render(container) {
  let alive = true;
  const listBox = h('div', { id: 'keys-list' }, loading());
  const created = h('div', { id: 'key-created', 'aria-live': 'polite' });
  replace(container, card('Create a key', [createForm(), created]), card('Keys', listBox));
  load();

  async function load() {
    try {
      const answer = await api('/api/v1/keys');
      if (alive) showKeys(answer.items ?? []);
    } catch (error) {
      if (alive) replace(listBox, errorBox(error));
    }
  }

  function createForm() {
    const name = h('input', { type: 'text', id: 'key-name', required: true, maxlength: 100, autocomplete: 'off', placeholder: 'e.g. ci-scanner' });
    const role = select({ id: 'key-role' }, [['viewer', 'viewer (read)'], ['analyst', 'analyst (screen, scan, decide)'], ['approver', 'approver (analyst + approve others\' decisions)'], ['admin', 'admin (keys too)']], 'analyst');
    const form = h('form', { class: 'toolbar-form flat', id: 'key-form' }, field('Name', name), field('Role', role),
      h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Create key' })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const key = await api('/api/v1/keys', { method: 'POST', json: { name: name.value.trim(), role: role.value } });
        replace(created, h('div', { class: 'alert alert-info' },
          h('strong', { text: `Key "${key.name}" (${key.role}) created. Copy it now: it is not shown again.` }),
          h('code', { class: 'secret', id: 'key-secret', text: key.key })));
        name.value = '';
        load();
      } catch (error) {
        replace(created, errorBox(error));
      }
    });
    return form;
  }

  function showKeys(keys) {
    if (!keys.length) {
      replace(listBox, empty('No keys', 'Create one above.'));
      return;
    }
    const columns = [{ label: 'Name' }, { label: 'Owner' }, { label: 'Role' }, { label: 'Created' }, { label: 'By' }, { label: 'State' }, { label: '', class: 'actions' }];
    replace(listBox, table(columns, keys.map((key) => h('tr', { dataset: { keyId: key.id } },
      h('td', {}, h('div', { class: 'strong', text: key.name }), h('div', { class: 'muted small mono', text: key.id })),
      h('td', { class: 'key-owner', text: key.userName || '—' }),
      h('td', { text: key.role }), h('td', { class: 'nowrap', text: formatInstant(key.createdAt) }), h('td', { text: key.createdBy ?? '—' }),
      h('td', {}, key.revokedAt ? badge('failed', `revoked ${formatInstant(key.revokedAt)}`) : badge('completed', 'active')),
      h('td', { class: 'actions' }, key.revokedAt || key.name === currentSession()?.keyName ? null
        : h('button', { type: 'button', class: 'btn btn-small', text: 'Revoke', onclick: async () => {
          if (!window.confirm(`Revoke key "${key.name}"? Clients using it stop working at once.`)) return;
          try {
            await api(`/api/v1/keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' });
            load();
          } catch (error) {
            replace(listBox, errorBox(error));
          }
        } })))), { caption: 'API keys' }));
  }

  return () => { alive = false; };
}
