// Lists in force: where they come from, each list's date, age, entries and version, the snapshots, each source's
// last update attempt with its reason, the last re-screen run and its hit changes; admins update or reload them.
import { h, replace, empty } from '../dom.js';
import { api, hasRole } from '../api.js';
import { errorBox, loading, table, card } from '../components.js';
import { formatInstant, formatNumber, formatDate } from '../format.js';
import { diffPanel } from './listsdiff.js';

export function render(container) {
  let alive = true;
  const status = h('div', { class: 'form-status', id: 'lists-action-status', 'aria-live': 'polite' });
  const body = h('div', { id: 'lists-body' }, loading());
  const actions = hasRole('admin') ? h('div', { class: 'form-actions lists-actions' },
    h('button', { type: 'button', class: 'btn btn-primary', id: 'lists-update', text: 'Update from the sources', onclick: () => act('update') }),
    h('button', { type: 'button', class: 'btn', id: 'lists-reload', text: 'Reload what is in force', onclick: () => act('reload') })) : null;
  replace(container, actions, status, body);
  load();

  async function act(kind) {
    replace(status, loading(kind === 'update' ? 'Updating (this fetches the official files)…' : 'Reloading…'));
    try {
      const answer = await api(`/api/v1/lists/${kind}`, { method: 'POST', json: {} });
      replace(status, h('div', { class: 'alert alert-info', id: 'lists-outcome' },
        h('strong', { text: answer.changed ? 'The lists in force changed.' : 'Nothing changed.' }),
        answer.diff ? h('span', { text: answer.diff }) : null,
        (answer.sources ?? []).map((source) => h('span', { class: 'small', text: `${source.sourceId}: ${source.result}${source.reason ? ' (' + source.reason + ')' : ''}` }))));
      load();
    } catch (error) {
      replace(status, errorBox(error));
    }
  }

  async function load() {
    try {
      const [lists, runs] = await Promise.all([api('/api/v1/lists'), api('/api/v1/rescreen/runs', { query: { pageSize: 20 } })]);
      if (alive) show(lists, runs.items ?? []);
    } catch (error) {
      if (alive) replace(body, errorBox(error));
    }
  }

  function show(lists, runs) {
    const listRows = (lists.lists ?? []).map((list) => h('tr', { dataset: { listId: list.listId } },
      h('td', { class: 'strong mono', text: list.listId }), h('td', { class: 'wrap-anywhere', text: list.title }),
      h('td', { class: 'nowrap', text: formatDate(list.listDate) }), h('td', { text: list.ageDays ?? '—' }),
      h('td', { text: formatNumber(list.entryCount) }), h('td', { class: 'mono small wrap-anywhere', text: list.version }),
      h('td', { text: list.complete ? 'complete' : `${list.problemCount} problems` })));
    const attemptRows = (lists.lastAttempts ?? []).map((a) => h('tr', { dataset: { sourceId: a.sourceId, result: a.result } },
      h('td', { class: 'mono', text: a.sourceId }), h('td', { class: 'nowrap', text: formatInstant(a.attemptedAt) }),
      h('td', { text: a.method }), h('td', { text: a.result }), h('td', { class: 'wrap-anywhere', text: a.reason || '—' }),
      h('td', { class: 'mono small', text: a.snapshotId || '—' })));
    const runRows = runs.map((run) => h('tr', { dataset: { runId: run.id } },
      h('td', { class: 'nowrap', text: formatInstant(run.at) }), h('td', { text: run.trigger }),
      h('td', { text: `${run.diff?.added ?? 0} added, ${run.diff?.changed ?? 0} changed, ${run.diff?.removed ?? 0} removed` }),
      h('td', { text: `${run.rescreened} of ${run.storedParties}` }),
      h('td', {}, h('a', { href: `#/rescreen?run=${encodeURIComponent(run.id)}`, text: `${run.newHits} new` }), `, ${run.goneHits} gone`),
      h('td', { text: run.webhook?.status ?? '—' })));
    replace(body,
      h('p', { class: 'muted', id: 'lists-source', text: `Source: ${lists.source} · loaded ${formatInstant(lists.loadedAt)}` }),
      (lists.problems ?? []).length ? h('div', { class: 'alert alert-error' }, (lists.problems).map((p) => h('span', { text: p }))) : null,
      card('Lists in force', table([{ label: 'List' }, { label: 'Title' }, { label: 'Date' }, { label: 'Age (days)' }, { label: 'Entries' }, { label: 'Version' }, { label: 'Read' }], listRows, { caption: 'Lists in force' })),
      card('Snapshots', (lists.snapshots ?? []).length
        ? table([{ label: 'Source' }, { label: 'Snapshot' }, { label: 'Fetched' }, { label: 'Entries' }], lists.snapshots.map((s) => h('tr', {},
          h('td', { class: 'mono', text: s.sourceId }), h('td', { class: 'mono small', text: s.snapshotId }), h('td', { text: formatInstant(s.fetchedAt) }), h('td', { text: formatNumber(s.entryCount) }))), { caption: 'Snapshots' })
        : empty('No snapshot in use', 'The bundled curated list (and a lists directory, when given) is in force; an update fills the snapshot store.')),
      card('Compare two snapshots', diffPanel()),
      card('Last update attempts', attemptRows.length ? table([{ label: 'Source' }, { label: 'When' }, { label: 'How' }, { label: 'Result' }, { label: 'Reason' }, { label: 'Snapshot' }], attemptRows, { caption: 'Last update attempts' })
        : empty('No update attempted yet', hasRole('admin') ? 'Use "Update from the sources" above.' : 'An admin can update the lists.')),
      card('Re-screen runs', runRows.length ? table([{ label: 'When' }, { label: 'Trigger' }, { label: 'List changes' }, { label: 'Re-screened' }, { label: 'Hits' }, { label: 'Webhook' }], runRows, { caption: 'Re-screen runs' })
        : empty('No re-screen yet', 'Stored parties are re-screened when the lists in force change.')));
  }

  return () => { alive = false; };
}
