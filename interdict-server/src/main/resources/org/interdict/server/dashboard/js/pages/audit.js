// Audit log: every recorded action, paged and filtered by action and actor; read-only.
import { h, replace, field, select, empty } from '../dom.js';
import { api } from '../api.js';
import { errorBox, loading, pager, table } from '../components.js';
import { formatInstant } from '../format.js';
import { go } from '../route.js';

const ACTIONS = ['key-created', 'key-revoked', 'session-created', 'scan-uploaded', 'scan-completed', 'scan-failed', 'screening',
  'review-recorded', 'remediation-transition', 'remediation-verified'];

export function render(container, params) {
  let alive = true;
  const filters = { action: params.action ?? '', actor: params.actor ?? '' };
  const page = Number(params.page ?? 1);
  const results = h('div', { id: 'audit-results' }, loading());
  const action = select({ id: 'audit-action' }, [['', 'any'], ...ACTIONS], filters.action);
  const actor = h('input', { type: 'text', id: 'audit-actor', value: filters.actor, autocomplete: 'off', placeholder: 'key name' });
  const form = h('form', { class: 'toolbar-form', id: 'audit-filters' }, field('Action', action), field('Actor', actor),
    h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Filter' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('audit', { action: action.value, actor: actor.value.trim(), page: 1 });
  });
  replace(container, form, results);
  api('/api/v1/audit', { query: { ...filters, page } })
    .then((answer) => { if (alive) show(results, answer, filters, page); })
    .catch((error) => { if (alive) replace(results, errorBox(error)); });
  return () => { alive = false; };
}

function show(results, answer, filters, page) {
  const items = answer.items ?? [];
  if (!items.length) {
    replace(results, empty('No audit entries', filters.action || filters.actor ? 'No entry matches these filters.' : 'Actions appear here as they happen.'));
    return;
  }
  const columns = [{ label: 'When' }, { label: 'Actor' }, { label: 'Role' }, { label: 'Action' }, { label: 'Subject' }, { label: 'Detail' }];
  const rows = items.map((entry) => h('tr', { dataset: { auditId: entry.id, action: entry.action } },
    h('td', { class: 'nowrap', text: formatInstant(entry.at) }),
    h('td', { class: 'strong', text: entry.actor ?? '—' }),
    h('td', { class: 'muted', text: entry.role ?? '' }),
    h('td', {}, h('span', { class: `chip action-${String(entry.action).replace(/[^a-z-]/g, '')}`, text: entry.action })),
    h('td', {}, h('div', { class: 'small', text: entry.subjectType ?? '' }), h('div', { class: 'mono small', text: entry.subjectId ?? '' })),
    h('td', { class: 'audit-detail', text: detailText(entry.detail) })));
  replace(results, table(columns, rows, { caption: 'Audit log' }),
    pager({ page: answer.page ?? page, pageSize: answer.pageSize ?? items.length, total: answer.total ?? items.length },
      (next) => go('audit', { ...filters, page: next })));
}

function detailText(detail) {
  if (detail === null || detail === undefined) return '';
  if (typeof detail === 'string') return detail;
  return Object.entries(detail).map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`).join(' · ');
}
