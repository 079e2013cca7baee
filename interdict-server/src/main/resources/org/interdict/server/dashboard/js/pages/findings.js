// Findings: what is on the hosts now (each host's latest completed scan), or every scan with "history";
// filter, sort and page them; expand one to read its evidence and record a decision.
import { h, replace, field, select, empty } from '../dom.js';
import { api, queryString } from '../api.js';
import { errorBox, loading, pager, table, reviewForm, reviewLine } from '../components.js';
import { STATUSES, FINDING_DECISIONS, badge, deadlineCell, formatInstant } from '../format.js';
import { go } from '../route.js';

const FILTERS = ['regime', 'status', 'host', 'product', 'scan', 'history'];

export function render(container, params) {
  let alive = true;
  const state = { sort: params.sort ?? 'deadline', order: params.order ?? 'asc', page: Number(params.page ?? 1), pageSize: Number(params.pageSize ?? 50) };
  const filters = Object.fromEntries(FILTERS.map((key) => [key, params[key] ?? '']));
  const results = h('div', { id: 'findings-results' }, loading());
  const csv = h('a', { class: 'btn', id: 'findings-csv', href: '/api/v1/findings.csv' + queryString(filterQuery()), download: 'findings.csv', text: 'Export CSV' });
  replace(container, filterForm(), results);
  load();

  function filterQuery() {
    return Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  }

  function navigate(changes) {
    go('findings', { ...filterQuery(), sort: state.sort, order: state.order, page: state.page, pageSize: state.pageSize === 50 ? '' : state.pageSize, ...changes });
  }

  function filterForm() {
    const regime = h('input', { type: 'text', id: 'filter-regime', name: 'regime', value: filters.regime, list: 'regime-ids', autocomplete: 'off', placeholder: 'any' });
    const regimeIds = h('datalist', { id: 'regime-ids' });
    api('/api/v1/overview').then((overview) => {
      for (const id of new Set((overview.findingsByRegimeAndStatus ?? []).map((row) => row.regimeId))) regimeIds.append(h('option', { value: id }));
    }).catch(() => {});
    const status = select({ id: 'filter-status', name: 'status' }, [['', 'any'], ...STATUSES.map((entry) => [entry.id, entry.label])], filters.status);
    const host = h('input', { type: 'text', id: 'filter-host', name: 'host', value: filters.host, autocomplete: 'off', placeholder: 'any' });
    const product = h('input', { type: 'text', id: 'filter-product', name: 'product', value: filters.product, autocomplete: 'off', placeholder: 'product id' });
    const history = h('input', { type: 'checkbox', id: 'filter-history', name: 'history', checked: filters.history === 'true' });
    const form = h('form', { class: 'toolbar-form', id: 'findings-filters' },
      field('Regime', regime), regimeIds, field('Status', status), field('Host', host), field('Product', product),
      h('div', { class: 'field field-check' }, h('label', { for: 'filter-history' }, history, ' Earlier scans too'),
        h('small', { class: 'hint', text: filters.history === 'true' || filters.scan ? 'every scan, not only the latest per host' : 'latest scan of each host' })),
      filters.scan ? h('div', { class: 'field' }, h('span', { class: 'label', text: 'Scan' }),
        h('span', { class: 'chip' }, filters.scan, ' ', h('button', { type: 'button', class: 'chip-x', 'aria-label': 'Clear scan filter', text: '×',
          onclick: () => { filters.scan = ''; navigate({ page: 1 }); } }))) : null,
      h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Filter' })),
      h('div', { class: 'field field-submit' }, h('button', { type: 'button', class: 'btn btn-ghost', text: 'Clear',
        onclick: () => { FILTERS.forEach((key) => { filters[key] = ''; }); navigate({ page: 1 }); } })),
      h('div', { class: 'field field-submit push-right' }, csv));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      Object.assign(filters, { regime: regime.value.trim(), status: status.value, host: host.value.trim(), product: product.value.trim(), history: history.checked ? 'true' : '' });
      navigate({ page: 1 });
    });
    return form;
  }

  async function load() {
    try {
      const answer = await api('/api/v1/findings', { query: { ...filterQuery(), sort: state.sort, order: state.order, page: state.page, pageSize: state.pageSize } });
      if (alive) show(answer);
    } catch (error) {
      if (alive) replace(results, errorBox(error));
    }
  }

  function show(answer) {
    const items = answer.items ?? [];
    if (!items.length) {
      const filtered = Object.values(filters).some(Boolean);
      replace(results, empty(filtered ? 'No finding matches these filters' : 'No findings yet',
        filtered ? 'Clear a filter to see more.' : 'Upload an inventory on the Scans page.'));
      return;
    }
    const columns = [
      { label: 'Host', key: 'host', sortable: true }, { label: 'Product', key: 'product', sortable: true },
      { label: 'Status', key: 'status', sortable: true }, { label: 'Regimes' },
      { label: 'Deadline', key: 'deadline', sortable: true }, { label: 'Last seen', key: 'lastSeen', sortable: true },
      { label: 'Remediation' }, { label: 'Decision' }, { label: '', class: 'actions' }];
    const rows = items.flatMap((finding) => findingRows(finding, columns.length));
    replace(results,
      table(columns, rows, { sort: state.sort, order: state.order, caption: 'Findings', onSort: (sort, order) => navigate({ sort, order, page: 1 }) }),
      pager({ page: answer.page ?? state.page, pageSize: answer.pageSize ?? state.pageSize, total: answer.total ?? items.length }, (page) => navigate({ page })));
  }

  return () => { alive = false; };
}

function earliestDeadline(finding) {
  const dates = (finding.regimes ?? []).map((regime) => regime.deadline).filter(Boolean).sort();
  return dates[0] ?? null;
}

function findingRows(finding, width) {
  const decisionCell = h('td', { class: 'decision-cell' }, finding.review ? badge(finding.review.decision) : h('span', { class: 'muted', text: 'open' }));
  const detailRow = h('tr', { class: 'detail-row', hidden: true }, h('td', { colspan: width }, details(finding, (review) => {
    replace(decisionCell, badge(review.decision));
    finding.review = review;
  })));
  const toggle = h('button', { type: 'button', class: 'btn btn-small btn-ghost', 'aria-expanded': 'false', text: 'Details',
    onclick: () => {
      detailRow.hidden = !detailRow.hidden;
      toggle.setAttribute('aria-expanded', String(!detailRow.hidden));
    } });
  const row = h('tr', { dataset: { findingId: finding.id, status: finding.worstStatus } },
    h('td', { class: 'strong mono', text: finding.host || '—' }),
    h('td', {}, h('div', { text: finding.productName ?? finding.productId }), h('div', { class: 'muted small', text: `${finding.context ?? ''} · ${finding.confidence ?? ''} confidence` })),
    h('td', {}, badge(finding.worstStatus)),
    h('td', {}, h('div', { class: 'regime-chips' }, (finding.regimes ?? []).filter((regime) => regime.status !== 'not-covered').map((regime) =>
      h('span', { class: `chip chip-${regime.status}`, title: regime.citation ?? '', text: regime.regimeId })))),
    h('td', {}, deadlineCell(earliestDeadline(finding))),
    h('td', { class: 'nowrap', text: formatInstant(finding.lastSeen) }),
    h('td', { class: 'remediation-cell', dataset: { state: finding.remediation?.state ?? '' } }, finding.remediation
      ? [badge(finding.remediation.state), finding.remediation.assignee ? h('div', { class: 'muted small', text: finding.remediation.assignee }) : null]
      : h('span', { class: 'muted', text: '—' })),
    decisionCell,
    h('td', { class: 'actions' }, toggle));
  return [row, detailRow];
}

function details(finding, onRecorded) {
  const reviewSlot = h('div', {}, reviewLine(finding.review));
  return h('div', { class: 'finding-detail' },
    h('div', { class: 'detail-grid' },
      h('div', {},
        h('h4', { text: 'Observed' }),
        h('dl', { class: 'kv' },
          kv('name', finding.observedName), kv('version', finding.version), kv('vendor', finding.vendorId),
          kv('product id', finding.productId), kv('location', finding.location), kv('scan', finding.scanId),
          kv('first seen', formatInstant(finding.firstSeen)), kv('finding', finding.id)),
        h('h4', { text: 'Evidence' }),
        h('ul', { class: 'evidence' }, (finding.evidence ?? []).map((line) => h('li', { class: 'mono', text: typeof line === 'string' ? line : JSON.stringify(line) })))),
      h('div', {},
        h('h4', { text: 'Regimes' }),
        regimeList(finding.regimes ?? []))),
    h('p', { class: 'evidence-links small' }, 'Evidence pack: ',
      h('a', { class: 'finding-evidence', href: `/api/v1/evidence/findings/${encodeURIComponent(finding.id)}?format=html`, target: '_blank', rel: 'noopener', text: 'HTML' }), ' ',
      h('a', { href: `/api/v1/evidence/findings/${encodeURIComponent(finding.id)}`, target: '_blank', rel: 'noopener', text: 'JSON' })),
    h('div', { class: 'detail-review' }, h('h4', { text: 'Decision' }), reviewSlot,
      reviewForm({ subjectType: 'finding', findingId: finding.id }, FINDING_DECISIONS, (review) => {
        replace(reviewSlot, reviewLine(review));
        onRecorded(review);
      })));
}

/** The regimes that cover the finding, in full; the others in one line, as the CLI prints them. */
function regimeList(regimes) {
  const covered = regimes.filter((regime) => regime.status !== 'not-covered');
  const others = regimes.filter((regime) => regime.status === 'not-covered');
  return h('div', {},
    covered.length ? h('ul', { class: 'regime-list' }, covered.map((regime) => h('li', {},
      h('div', {}, badge(regime.status), ' ', h('strong', { text: regime.regimeId }), regime.phaseId ? h('span', { class: 'muted', text: ` · ${regime.phaseId}` }) : null),
      regime.deadline ? h('div', {}, 'deadline ', deadlineCell(regime.deadline)) : null,
      regime.action ? h('div', { text: regime.action }) : null,
      regime.citation ? h('div', { class: 'muted small', text: regime.citation }) : null)))
      : h('p', { class: 'muted', text: 'No regime in the catalog covers this product for the profile and date of the scan.' }),
    others.length ? h('p', { class: 'muted small not-covered-line' }, h('strong', { text: 'Not covered: ' }),
      others.map((regime) => regime.regimeId).join(', ')) : null);
}

function kv(key, value) {
  if (value === undefined || value === null || value === '') return null;
  return [h('dt', { text: key }), h('dd', { text: value })];
}
