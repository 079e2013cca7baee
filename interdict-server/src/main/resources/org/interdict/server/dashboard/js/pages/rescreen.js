// Re-screen runs: each run after a change of the lists in force, with its counts; a run opened shows its hits
// (new and gone), each new one linking into the hit queue where it is decided.
import { h, replace, empty } from '../dom.js';
import { api } from '../api.js';
import { errorBox, loading, pager, table, card } from '../components.js';
import { badge, formatInstant, formatScore } from '../format.js';
import { go, hashFor } from '../route.js';

export function render(container, params) {
  let alive = true;
  const page = Number(params.page ?? 1);
  const runsBox = h('div', { id: 'rescreen-runs' }, loading());
  const hitsBox = h('div', { id: 'rescreen-hits' });
  replace(container, runsBox, hitsBox);
  loadRuns();
  if (params.run) loadHits(params.run, Number(params.hitsPage ?? 1));

  async function loadRuns() {
    try {
      const answer = await api('/api/v1/rescreen/runs', { query: { page } });
      if (alive) showRuns(answer);
    } catch (error) {
      if (alive) replace(runsBox, errorBox(error));
    }
  }

  function showRuns(answer) {
    const runs = answer.items ?? [];
    if (!runs.length) {
      replace(runsBox, empty('No re-screen run yet', 'Stored parties are re-screened whenever the lists in force change (an update or reload on the Lists page).'));
      return;
    }
    const rows = runs.map((run) => h('tr', { dataset: { runId: run.id }, class: run.id === params.run ? 'selected' : null },
      h('td', { class: 'nowrap', text: formatInstant(run.at) }),
      h('td', {}, h('div', { text: run.trigger }), h('div', { class: 'muted small', text: run.actor ?? '' })),
      h('td', { class: 'mono small wrap-anywhere', text: `${run.listsBefore ?? '—'} → ${run.listsAfter ?? '—'}` }),
      h('td', { text: `${run.diff?.added ?? 0} added, ${run.diff?.changed ?? 0} changed, ${run.diff?.removed ?? 0} removed` }),
      h('td', { class: 'num', text: `${run.rescreened} of ${run.storedParties}` }),
      h('td', { class: 'num strong', text: String(run.newHits) }),
      h('td', { class: 'num', text: String(run.goneHits) }),
      h('td', { text: run.webhook?.status ?? '—' }),
      h('td', { class: 'actions' }, h('a', { class: 'btn btn-small open-run', href: hashFor('rescreen', { run: run.id, page: page === 1 ? '' : page }), text: 'Hits' }))));
    replace(runsBox, card('Runs', [
      table([{ label: 'When' }, { label: 'Trigger' }, { label: 'Lists before → after' }, { label: 'List changes' }, { label: 'Re-screened' },
        { label: 'New hits' }, { label: 'Gone hits' }, { label: 'Webhook' }, { label: '', class: 'actions' }], rows, { caption: 'Re-screen runs' }),
      pager({ page: answer.page, pageSize: answer.pageSize, total: answer.total }, (next) => go('rescreen', { page: next }))]));
  }

  async function loadHits(runId, hitsPage) {
    replace(hitsBox, loading());
    try {
      const answer = await api('/api/v1/rescreen/hits', { query: { run: runId, page: hitsPage } });
      if (alive) showHits(runId, answer);
    } catch (error) {
      if (alive) replace(hitsBox, errorBox(error));
    }
  }

  function showHits(runId, answer) {
    const hits = answer.items ?? [];
    const body = hits.length ? [
      table([{ label: 'Kind' }, { label: 'Stored party' }, { label: 'Listed party' }, { label: 'Score' }, { label: 'Why' }, { label: 'Snapshots' }, { label: '', class: 'actions' }],
        hits.map((hit) => h('tr', { dataset: { hitId: hit.id, kind: hit.kind } },
          h('td', {}, badge(hit.kind === 'new' ? 'open' : 'verified', hit.kind)),
          h('td', { class: 'strong wrap-anywhere', text: hit.storedPartyName }),
          h('td', {}, h('div', { class: 'wrap-anywhere', text: hit.primaryName }), h('div', { class: 'muted small mono wrap-anywhere', text: hit.partyId })),
          h('td', { class: 'num', text: formatScore(hit.score) }),
          h('td', { text: hit.reason ?? '—' }),
          h('td', { class: 'mono small wrap-anywhere', text: `${hit.snapshotBefore ?? '—'} → ${hit.snapshotAfter ?? '—'}` }),
          h('td', { class: 'actions' }, hit.kind === 'new'
            ? h('a', { class: 'btn btn-small queue-link', href: hashFor('queue', { source: 'rescreen', list: hit.listId }), text: 'In the queue' })
            : h('span', { class: 'muted small', text: 'closed' })))), { caption: 'Hits of the run' }),
      pager({ page: answer.page, pageSize: answer.pageSize, total: answer.total }, (next) => go('rescreen', { run: runId, hitsPage: next }))]
      : empty('No hit changed in this run', 'The list changes moved no stored party in or out of a match.');
    replace(hitsBox, card(`Hits of run ${runId}`, body));
  }

  return () => { alive = false; };
}
