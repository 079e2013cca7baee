// Hit queue: every open hit of screenings and re-screens; filters, assignment, bulk decisions with a comment,
// and the explanation of a hit on one click. A hit decided on an earlier version of its list entry is marked reopened.
import { h, replace, field, select, empty } from '../dom.js';
import { api, hasRole, currentSession } from '../api.js';
import { errorBox, loading, pager, table } from '../components.js';
import { SCREENING_DECISIONS, badge, formatInstant, formatScore } from '../format.js';
import { go } from '../route.js';

const FILTERS = ['list', 'program', 'band', 'age', 'assignee', 'source', 'state'];
const BANDS = [['', 'any'], ['high', '0.90 and up'], ['medium', '0.80 to 0.90'], ['low', 'below 0.80']];
const BAND_QUERY = { high: { minScore: 0.9 }, medium: { minScore: 0.8, maxScore: 0.8999 }, low: { maxScore: 0.7999 } };
const AGES = [['', 'any'], ['new', 'today'], ['week', 'older than 7 days'], ['month', 'older than 30 days']];
const AGE_QUERY = { new: { maxAgeDays: 0 }, week: { minAgeDays: 8 }, month: { minAgeDays: 31 } };

export function render(container, params) {
  let alive = true;
  const state = { page: Number(params.page ?? 1), pageSize: 50 };
  const filters = Object.fromEntries(FILTERS.map((key) => [key, params[key] ?? '']));
  const selected = new Set();
  const results = h('div', { id: 'queue-results' }, loading());
  const bulk = h('div', { id: 'queue-bulk' });
  replace(container, filterForm(), bulk, results);
  load();

  function filterQuery() {
    return Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  }

  function apiQuery() {
    const { band, age, ...rest } = filterQuery();
    return { ...rest, ...(BAND_QUERY[band] ?? {}), ...(AGE_QUERY[age] ?? {}), page: state.page, pageSize: state.pageSize };
  }

  function filterForm() {
    const list = h('input', { type: 'text', id: 'queue-list', value: filters.list, autocomplete: 'off', placeholder: 'list id' });
    const program = h('input', { type: 'text', id: 'queue-program', value: filters.program, autocomplete: 'off', placeholder: 'e.g. RUSSIA-EO14024' });
    const band = select({ id: 'queue-band' }, BANDS, filters.band);
    const age = select({ id: 'queue-age' }, AGES, filters.age);
    const assignee = h('input', { type: 'text', id: 'queue-assignee', value: filters.assignee, autocomplete: 'off', placeholder: 'name, or none' });
    const source = select({ id: 'queue-source' }, [['', 'any'], ['screening', 'screenings'], ['rescreen', 're-screens after list updates']], filters.source);
    const stateSelect = select({ id: 'queue-state' }, [['', 'any'], ['open', 'to decide'], ['pending', 'awaiting approval']], filters.state);
    const form = h('form', { class: 'toolbar-form', id: 'queue-filters' },
      field('List', list), field('Program', program), field('Score', band), field('Age', age), field('Assignee', assignee), field('Source', source), field('State', stateSelect),
      h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Filter' })),
      h('div', { class: 'field field-submit' }, h('button', { type: 'button', class: 'btn btn-ghost', text: 'Clear',
        onclick: () => go('queue', {}) })));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      Object.assign(filters, { list: list.value.trim(), program: program.value.trim(), band: band.value, age: age.value, assignee: assignee.value.trim(), source: source.value, state: stateSelect.value });
      go('queue', filterQuery());
    });
    return form;
  }

  function bulkBar() {
    if (!hasRole('analyst')) return null;
    const count = h('span', { class: 'strong', id: 'queue-selected', text: `${selected.size} selected` });
    const decision = select({ id: 'bulk-decision', 'aria-label': 'Decision for the selected hits' }, [['', 'Choose a decision…'], ...SCREENING_DECISIONS]);
    const comment = h('input', { type: 'text', id: 'bulk-comment', maxlength: 2000, placeholder: 'why (kept in the audit log)', 'aria-label': 'Comment' });
    const assignee = h('input', { type: 'text', id: 'bulk-assignee', maxlength: 200, placeholder: 'assign to', 'aria-label': 'Assign to' });
    const status = h('div', { class: 'form-status', id: 'bulk-status', 'aria-live': 'polite' });
    const run = async (path, body, done) => {
      if (!selected.size) { replace(status, h('span', { class: 'error-text', text: 'Select hits first.' })); return; }
      replace(status, loading('Saving…'));
      try {
        const answer = await api(path, { method: 'POST', json: { ids: [...selected], ...body } });
        replace(status, h('span', { class: 'ok-text', text: done(answer) }));
        selected.clear();
        load(false);
      } catch (error) {
        replace(status, errorBox(error));
      }
    };
    return h('div', { class: 'bulk-bar card' },
      h('div', { class: 'bulk-row' }, count, decision, comment,
        h('button', { type: 'button', class: 'btn btn-primary', id: 'bulk-decide', text: 'Record decision',
          onclick: () => {
            if (!decision.value) { replace(status, h('span', { class: 'error-text', text: 'Choose a decision first.' })); return; }
            run('/api/v1/queue/decisions', { decision: decision.value, comment: comment.value }, (a) => `${a.reviews.length} decision${a.reviews.length === 1 ? '' : 's'} recorded.`);
          } }),
        assignee,
        h('button', { type: 'button', class: 'btn', id: 'bulk-assign', text: 'Assign',
          onclick: () => run('/api/v1/queue/assign', { assignee: assignee.value }, (a) => `${a.assigned} assigned to ${a.assignee || 'nobody'}.`) })),
      status);
  }

  async function load(clearStatus = true) {
    try {
      const answer = await api('/api/v1/queue', { query: apiQuery() });
      if (!alive) return;
      if (clearStatus || !document.getElementById('bulk-status')) replace(bulk, bulkBar());
      else document.getElementById('queue-selected').textContent = '0 selected';
      show(answer);
    } catch (error) {
      if (alive) replace(results, errorBox(error));
    }
  }

  function show(answer) {
    const items = answer.items ?? [];
    results.dataset.total = String(answer.total ?? items.length);
    if (!items.length) {
      replace(results, empty(Object.values(filters).some(Boolean) ? 'No open hit matches these filters' : 'No open hits',
        'Every hit of the screenings and re-screens has a decision on its list entry as it is now.'));
      return;
    }
    const analyst = hasRole('analyst');
    const columns = [analyst ? { label: 'Select', class: 'select-col' } : null, { label: 'Screened name' }, { label: 'Listed party' },
      { label: 'Score' }, { label: 'Source' }, { label: 'Age' }, { label: 'Assignee' }, { label: 'State' }, { label: '', class: 'actions' }].filter(Boolean);
    const rows = items.flatMap((item) => itemRows(item, columns.length, analyst));
    replace(results, table(columns, rows, { caption: 'Open hits' }),
      pager({ page: answer.page ?? state.page, pageSize: answer.pageSize ?? state.pageSize, total: answer.total ?? items.length },
        (page) => go('queue', { ...filterQuery(), page })));
  }

  function itemRows(item, width, analyst) {
    const detailRow = h('tr', { class: 'detail-row', hidden: true }, h('td', { colspan: width }, loading()));
    const toggle = h('button', { type: 'button', class: 'btn btn-small btn-ghost explain', 'aria-expanded': 'false', text: 'Explain',
      onclick: async () => {
        detailRow.hidden = !detailRow.hidden;
        toggle.setAttribute('aria-expanded', String(!detailRow.hidden));
        if (!detailRow.hidden && !detailRow.dataset.loaded) {
          try {
            const detail = await api('/api/v1/queue/item', { query: { id: item.id } });
            detailRow.dataset.loaded = 'true';
            replace(detailRow.firstChild, explanation(detail));
          } catch (error) {
            replace(detailRow.firstChild, errorBox(error));
          }
        }
      } });
    const check = analyst ? h('input', { type: 'checkbox', class: 'queue-select', 'aria-label': `Select ${item.primaryName}`,
      onchange: (event) => {
        if (event.target.checked) selected.add(item.id); else selected.delete(item.id);
        const count = document.getElementById('queue-selected');
        if (count) count.textContent = `${selected.size} selected`;
      } }) : null;
    const reopened = item.earlierDecision;
    const pending = item.pendingDecision;
    const row = h('tr', { dataset: { queueId: item.id, source: item.source, reopened: reopened ? 'true' : 'false', pending: pending ? 'true' : 'false' } },
      analyst ? h('td', {}, check) : null,
      h('td', { class: 'strong wrap-anywhere', text: item.name }),
      h('td', {}, h('div', { text: item.primaryName }),
        h('div', { class: 'muted small mono wrap-anywhere', text: `${item.listId}:${item.entryId}` }),
        (item.programs ?? []).length ? h('div', { class: 'regime-chips' }, item.programs.map((p) => h('span', { class: 'chip', text: p }))) : null),
      h('td', {}, h('span', { class: `score-tile ${item.score >= 0.9 ? 'high' : item.score >= 0.8 ? 'mid' : ''}`, text: formatScore(item.score) })),
      h('td', {}, h('div', { text: item.source === 'rescreen' ? 're-screen' : 'screening' }), h('div', { class: 'muted small', text: item.reason })),
      h('td', { class: 'nowrap', title: formatInstant(item.at), text: item.ageDays === 0 ? 'today' : `${item.ageDays} d` }),
      h('td', { class: 'assignee-cell', text: item.assignee || '—' }),
      h('td', { class: 'state-cell' }, pending ? approvalCell(pending, () => load(false))
        : reopened
          ? h('div', { class: 'reopened' }, badge('reopened', 'Reopened'),
            h('div', { class: 'muted small', text: `was ${reopened.decision} by ${reopened.reviewer}; the list entry changed since` }))
          : badge('open', 'Open')),
      h('td', { class: 'actions' }, toggle));
    return [row, detailRow];
  }

  return () => { alive = false; };
}

/** A decision awaiting four-eyes approval; approvers other than its maker may approve or reject it. */
function approvalCell(pending, onSettled) {
  const me = currentSession()?.keyName;
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const comment = h('input', { type: 'text', class: 'approval-comment', maxlength: 2000, placeholder: 'comment', 'aria-label': 'Approval comment' });
  const settle = async (approve) => {
    replace(status, loading('Saving…'));
    try {
      await api(`/api/v1/reviews/${encodeURIComponent(pending.reviewId)}/approval`, { method: 'POST', json: { approve, comment: comment.value } });
      onSettled();
    } catch (error) {
      replace(status, errorBox(error));
    }
  };
  const canSettle = hasRole('approver') && me !== pending.reviewer;
  return h('div', { class: 'pending', dataset: { reviewId: pending.reviewId } },
    badge('pending', 'Awaiting approval'),
    h('div', { class: 'muted small', text: `${pending.decision} by ${pending.reviewer}` }),
    pending.comment ? h('q', { class: 'small', text: pending.comment }) : null,
    canSettle ? h('div', { class: 'approval' }, comment,
      h('button', { type: 'button', class: 'btn btn-small btn-primary approve', text: 'Approve', onclick: () => settle(true) }),
      h('button', { type: 'button', class: 'btn btn-small reject', text: 'Reject', onclick: () => settle(false) })) : null,
    status);
}

function explanation(detail) {
  const e = detail.explanation ?? {};
  const item = detail.item;
  return h('div', { class: 'queue-detail' },
    h('dl', { class: 'kv' },
      kv('matched name', e.matchedName), kv('scorer', e.scorer), kv('entry sha256', item.entryHash),
      kv('screened by', detail.screenedBy), kv('at', formatInstant(item.at)), kv('queue id', item.id)),
    item.earlierDecision ? h('p', { class: 'review-line stale' }, h('span', { class: 'review-lead', text: 'Earlier decision ' }), badge(item.earlierDecision.decision),
      ` by ${item.earlierDecision.reviewer} · ${formatInstant(item.earlierDecision.at)} `, item.earlierDecision.comment ? h('q', { text: item.earlierDecision.comment }) : null,
      h('em', { text: ` on entry ${String(item.earlierDecision.entryHash).slice(0, 12)}…, which has changed: decide again.` })) : null,
    h('h4', { text: 'Aligned tokens' }),
    h('table', { class: 'mini' }, h('thead', {}, h('tr', {}, ['query', 'list', 'similarity', 'method'].map((t) => h('th', { text: t })))),
      h('tbody', {}, (e.alignedPairs ?? []).map((p) => h('tr', {}, h('td', { class: 'mono', text: p.query }), h('td', { class: 'mono', text: p.candidate }),
        h('td', { text: formatScore(p.similarity) }), h('td', { text: p.method }))))),
    h('h4', { text: 'Score parts' }),
    h('table', { class: 'mini score-parts' }, h('tbody', {}, (e.scoreParts ?? []).map((p) => h('tr', {}, h('td', { class: 'mono', text: p.id }), h('td', { text: formatScore(p.value) }))))),
    (e.unmatchedQueryTokens ?? []).length ? h('p', { class: 'muted small', text: `unmatched in the query: ${e.unmatchedQueryTokens.join(', ')}` }) : null,
    (e.unmatchedCandidateTokens ?? []).length ? h('p', { class: 'muted small', text: `unmatched in the list name: ${e.unmatchedCandidateTokens.join(', ')}` }) : null);
}

function kv(key, value) {
  if (value === undefined || value === null || value === '') return null;
  return [h('dt', { text: key }), h('dd', { text: value })];
}
