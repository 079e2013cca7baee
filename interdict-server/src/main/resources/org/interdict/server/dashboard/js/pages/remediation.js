// Remediation: one item per host and product, its state and deadline, transitions and history.
import { h, replace, field, select, empty } from '../dom.js';
import { api, hasRole } from '../api.js';
import { errorBox, loading, pager, table } from '../components.js';
import { STATES, badge, deadlineCell, formatInstant } from '../format.js';
import { go } from '../route.js';

const NEXT = { open: ['in-progress', 'replaced'], 'in-progress': ['replaced'], replaced: [], verified: [] };
const ACTION_LABEL = { 'in-progress': 'Start', replaced: 'Mark replaced' };

export function render(container, params) {
  let alive = true;
  const filters = { host: params.host ?? '', product: params.product ?? '', regime: params.regime ?? '', state: params.state ?? '' };
  const page = Number(params.page ?? 1);
  const results = h('div', { id: 'remediation-results' }, loading());
  const selected = new Set();
  const bulk = hasRole('analyst') ? bulkBar() : null;
  replace(container, filterForm(), bulk, results);
  load();

  /** Several items moved to one state with one comment (POST /api/v1/remediation/transitions, audited per item). */
  function bulkBar() {
    const count = h('span', { class: 'strong', id: 'rem-selected', text: '0 selected' });
    const target = select({ id: 'rem-bulk-state', 'aria-label': 'Move the selected items to' },
      [['', 'Move to…'], ['in-progress', 'in progress'], ['replaced', 'replaced']]);
    const comment = h('input', { type: 'text', id: 'rem-bulk-comment', maxlength: 2000, placeholder: 'why (kept in the audit log)', 'aria-label': 'Comment' });
    const status = h('div', { class: 'form-status', id: 'rem-bulk-status', 'aria-live': 'polite' });
    const move = h('button', { type: 'button', class: 'btn btn-primary', id: 'rem-bulk-move', text: 'Move selected',
      onclick: async () => {
        if (!selected.size || !target.value) {
          replace(status, h('span', { class: 'error-text', text: selected.size ? 'Choose a state first.' : 'Select items first.' }));
          return;
        }
        move.disabled = true;
        replace(status, loading('Moving…'));
        try {
          const answer = await api('/api/v1/remediation/transitions', { method: 'POST', json: { ids: [...selected], state: target.value, comment: comment.value } });
          replace(status, h('span', { class: 'ok-text', text: `${answer.moved} item${answer.moved === 1 ? '' : 's'} moved.` }));
          selected.clear();
          count.textContent = '0 selected';
          load();
        } catch (error) {
          replace(status, errorBox(error));
        } finally {
          move.disabled = false;
        }
      } });
    const node = h('div', { class: 'bulk-bar card', id: 'remediation-bulk' }, h('div', { class: 'bulk-row' }, count, target, comment, move), status);
    node.refresh = () => { count.textContent = `${selected.size} selected`; };
    return node;
  }

  function choose(id, on) {
    if (on) selected.add(id); else selected.delete(id);
    bulk?.refresh();
  }

  function navigate(changes) {
    go('remediation', { ...filters, page, ...changes });
  }

  function filterForm() {
    const host = h('input', { type: 'text', id: 'rem-host', value: filters.host, autocomplete: 'off', placeholder: 'any' });
    const product = h('input', { type: 'text', id: 'rem-product', value: filters.product, autocomplete: 'off', placeholder: 'product id' });
    const regime = h('input', { type: 'text', id: 'rem-regime', value: filters.regime, autocomplete: 'off', placeholder: 'regime id' });
    const state = select({ id: 'rem-state' }, [['', 'any'], ...STATES.map((entry) => [entry.id, entry.label])], filters.state);
    const form = h('form', { class: 'toolbar-form', id: 'remediation-filters' },
      field('Host', host), field('Product', product), field('Regime', regime), field('State', state),
      h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Filter' })));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      Object.assign(filters, { host: host.value.trim(), product: product.value.trim(), regime: regime.value.trim(), state: state.value });
      navigate({ page: 1 });
    });
    return form;
  }

  async function load() {
    try {
      const answer = await api('/api/v1/remediation', { query: { ...filters, page } });
      if (alive) show(answer);
    } catch (error) {
      if (alive) replace(results, errorBox(error));
    }
  }

  function show(answer) {
    const items = answer.items ?? [];
    if (!items.length) {
      replace(results, empty('No remediation items', Object.values(filters).some(Boolean)
        ? 'No item matches these filters.' : 'Items appear when a scan finds covered software on a host.'));
      return;
    }
    const columns = [bulk ? { label: 'Select', class: 'select-col' } : null, { label: 'Host' }, { label: 'Product' }, { label: 'State' }, { label: 'Regime' }, { label: 'Deadline' },
      { label: 'History' }, { label: 'Move to', class: 'actions' }].filter(Boolean);
    replace(results, table(columns, items.flatMap((item) => itemRows(item, columns.length, load, bulk ? choose : null)), { caption: 'Remediation items' }),
      pager({ page: answer.page ?? page, pageSize: answer.pageSize ?? items.length, total: answer.total ?? items.length }, (next) => navigate({ page: next })));
  }

  return () => { alive = false; };
}

function itemRows(item, width, reload, choose) {
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const comment = h('input', { type: 'text', class: 'transition-comment', placeholder: 'comment', 'aria-label': `Comment for ${item.host} ${item.productId}` });
  const transitions = hasRole('analyst') ? (NEXT[item.state] ?? []) : [];
  const buttons = transitions.map((state) => h('button', { type: 'button', class: 'btn btn-small', dataset: { transition: state }, text: ACTION_LABEL[state],
    onclick: async (event) => {
      event.target.disabled = true;
      try {
        await api(`/api/v1/remediation/${encodeURIComponent(item.id)}/transitions`, { method: 'POST', json: { state, comment: comment.value } });
        reload();
      } catch (error) {
        replace(status, errorBox(error));
        event.target.disabled = false;
      }
    } }));
  const historyRow = h('tr', { class: 'detail-row', hidden: true }, h('td', { colspan: width }, history(item.history ?? [])));
  const toggle = h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-expanded': 'false', text: `History (${(item.history ?? []).length})`,
    onclick: () => { historyRow.hidden = !historyRow.hidden; toggle.setAttribute('aria-expanded', String(!historyRow.hidden)); } });
  const pick = choose && (NEXT[item.state] ?? []).length
    ? h('input', { type: 'checkbox', class: 'rem-select', 'aria-label': `Select ${item.host} ${item.productId}`, onchange: (event) => choose(item.id, event.target.checked) })
    : null;
  const row = h('tr', { dataset: { itemId: item.id, state: item.state } },
    choose ? h('td', { class: 'select-col' }, pick) : null,
    h('td', { class: 'strong mono', text: item.host }),
    h('td', { title: item.productId, text: item.productName ?? item.productId }),
    h('td', {}, badge(item.state), h('div', { class: 'muted small nowrap', text: formatInstant(item.updatedAt) })),
    h('td', { class: 'mono small', text: item.regimeId ?? '—' }),
    h('td', {}, item.state === 'replaced' || item.state === 'verified' ? h('span', { class: 'muted', text: item.deadline ?? '—' }) : deadlineCell(item.deadline)),
    h('td', {}, toggle),
    h('td', { class: 'actions' }, transitions.length ? h('div', { class: 'transition' }, comment, buttons) : h('span', { class: 'muted', text: '—' }), status));
  return [row, historyRow];
}

function history(entries) {
  if (!entries.length) return h('p', { class: 'muted', text: 'No history yet.' });
  return h('ol', { class: 'timeline' }, entries.map((entry) => h('li', {},
    badge(entry.state), h('span', { class: 'muted', text: ` ${formatInstant(entry.at)} · ${entry.actor ?? 'system'}` }),
    entry.comment ? h('q', { text: entry.comment }) : null)));
}
