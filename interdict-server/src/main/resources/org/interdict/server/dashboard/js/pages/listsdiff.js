// The diff between two stored snapshots of one source on the Lists page: entries added, removed and changed
// (field by field), as `interdict lists diff` prints them.
import { h, replace, field, select, empty } from '../dom.js';
import { api } from '../api.js';
import { errorBox, loading, table } from '../components.js';
import { formatNumber } from '../format.js';

/** The "Compare two snapshots" card body; snapshots come from GET /api/v1/lists/snapshots. */
export function diffPanel() {
  const box = h('div', { id: 'lists-diff' }, loading());
  api('/api/v1/lists/snapshots').then((answer) => replace(box, form(answer.items ?? []))).catch((error) => replace(box, errorBox(error)));
  return box;
}

function form(snapshots) {
  const sources = [...new Set(snapshots.map((s) => s.sourceId))];
  const twice = sources.filter((id) => snapshots.filter((s) => s.sourceId === id).length >= 2);
  if (!twice.length) {
    return empty('Nothing to compare yet', 'A diff needs two stored snapshots of one source; each update that changes a source stores one.');
  }
  const source = select({ id: 'diff-source' }, twice, twice[0]);
  const from = select({ id: 'diff-from' }, []);
  const to = select({ id: 'diff-to' }, []);
  const result = h('div', { id: 'diff-result', 'aria-live': 'polite' });
  const fill = () => {
    const own = snapshots.filter((s) => s.sourceId === source.value);
    const options = own.map((s) => [s.snapshotId, `${s.snapshotId} · ${formatNumber(s.entryCount)} entries${s.inForce ? ' · in force' : ''}`]);
    replace(from, options.map(([value, label]) => h('option', { value, text: label })));
    replace(to, options.map(([value, label]) => h('option', { value, text: label })));
    // newest first: compare the one before the newest with the newest
    to.value = own[0].snapshotId;
    from.value = own[1].snapshotId;
  };
  source.addEventListener('change', fill);
  fill();
  const node = h('form', { class: 'toolbar-form', id: 'diff-form' }, field('Source', source), field('From', from), field('To', to),
    h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'diff-compare', text: 'Compare' })));
  node.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(result, loading('Reading both snapshots…'));
    try {
      replace(result, show(await api('/api/v1/lists/diff', { query: { source: source.value, from: from.value, to: to.value } })));
    } catch (error) {
      replace(result, errorBox(error));
    }
  });
  return h('div', {}, node, result);
}

function show(diff) {
  const c = diff.counts;
  const entryRows = (entries, kind) => entries.map((e) => h('tr', { class: `diff-${kind}`, dataset: { partyId: e.id } },
    h('td', { class: 'mono small wrap-anywhere', text: e.id }), h('td', { class: 'strong wrap-anywhere', text: e.primaryName }),
    h('td', { text: e.type }), h('td', { class: 'wrap-anywhere', text: (e.programs ?? []).join(', ') || '—' })));
  const entryColumns = [{ label: 'Entry' }, { label: 'Name' }, { label: 'Type' }, { label: 'Programs' }];
  const changedRows = diff.changed.map((change) => h('tr', { class: 'diff-changed', dataset: { partyId: change.id } },
    h('td', { class: 'mono small wrap-anywhere', text: change.id }), h('td', { class: 'strong wrap-anywhere', text: change.primaryName }),
    h('td', {}, h('ul', { class: 'plain small' }, change.fields.map((f) => h('li', {}, h('strong', { text: f.field + ': ' }),
      h('del', { class: 'wrap-anywhere', text: f.before.join('; ') || '∅' }), ' → ', h('ins', { class: 'wrap-anywhere', text: f.after.join('; ') || '∅' })))))));
  const section = (title, id, count, rows, columns) => h('section', { class: 'diff-section', id },
    h('h3', { text: `${title} (${formatNumber(count)})` }),
    rows.length ? table(columns, rows, { caption: title }) : h('p', { class: 'muted', text: 'None.' }));
  return h('div', {},
    h('p', { class: 'strong', id: 'diff-summary', text: `${diff.sourceId}: ${diff.from} → ${diff.to}: ${diff.summary}` }),
    diff.complete === false ? h('p', { class: 'alert alert-error', id: 'diff-incomplete', role: 'alert', text: `A snapshot was not read completely, so entries it lost show as removed or added: ${diff.incompleteness.join('; ')}` }) : null,
    diff.truncated ? h('p', { class: 'muted small', text: 'Each section shows its first 500 entries; the counts are complete (the CLI\'s `interdict lists diff` prints all).' }) : null,
    section('Added', 'diff-added', c.added, entryRows(diff.added, 'added'), entryColumns),
    section('Removed', 'diff-removed', c.removed, entryRows(diff.removed, 'removed'), entryColumns),
    section('Changed', 'diff-changed', c.changed, changedRows, [{ label: 'Entry' }, { label: 'Name' }, { label: 'What changed' }]));
}

