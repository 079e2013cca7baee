// Stored parties: the names kept for ongoing monitoring (imported or screened), searched by name or id; a CSV
// upload with its column mapping; each party's last screening, its hits and its evidence pack.
import { h, replace, field, select, empty } from '../dom.js';
import { api, hasRole } from '../api.js';
import { errorBox, loading, pager, table, card } from '../components.js';
import { formatInstant, formatScore } from '../format.js';

const MAPPED = [['name', 'Name column', true], ['id', 'Id column', false], ['type', 'Type column', false], ['country', 'Country column', false]];

export function render(container, params) {
  let alive = true;
  const filters = { q: '', origin: params.origin ?? '', page: Number(params.page ?? 1) };
  const results = h('div', { id: 'parties-results' }, loading());
  replace(container, hasRole('analyst') ? card('Upload parties (CSV)', uploadForm(() => load())) : null, searchForm(), results);
  load();

  function searchForm() {
    const q = h('input', { type: 'search', id: 'parties-q', autocomplete: 'off', spellcheck: 'false', placeholder: 'part of a name or id' });
    const origin = select({ id: 'parties-origin' }, [['', 'any'], ['import', 'imported'], ['screening', 'from screenings']], filters.origin);
    const form = h('form', { class: 'toolbar-form', id: 'parties-search' },
      h('div', { class: 'field field-grow' }, h('label', { for: q.id, text: 'Search' }), q), field('Origin', origin),
      h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Search' })));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // the search stays out of the address bar: stored names are personal data
      Object.assign(filters, { q: q.value.trim(), origin: origin.value, page: 1 });
      load();
    });
    return form;
  }

  async function load() {
    try {
      const answer = await api('/api/v1/parties', { query: { q: filters.q, origin: filters.origin, page: filters.page } });
      if (alive) show(answer);
    } catch (error) {
      if (alive) replace(results, errorBox(error));
    }
  }

  function show(answer) {
    const items = answer.items ?? [];
    results.dataset.total = String(answer.total ?? items.length);
    if (!items.length) {
      replace(results, empty(filters.q || filters.origin ? 'No stored party matches' : 'No stored parties yet',
        'Upload a CSV of your customers and suppliers, or screen names: screened names are kept and re-screened when the lists change.'));
      return;
    }
    const rows = items.map((party) => h('tr', { dataset: { partyId: party.id, hits: String((party.lastHits ?? []).length) } },
      h('td', { class: 'mono small wrap-anywhere', text: party.id }),
      h('td', { class: 'strong wrap-anywhere', text: party.name }),
      h('td', { text: [party.type, party.country].filter(Boolean).join(' · ') || '—' }),
      h('td', { text: party.origin }),
      h('td', { class: 'nowrap', text: party.screenedAt ? formatInstant(party.screenedAt) : 'never' }),
      h('td', { class: 'party-hits' }, hitsCell(party.lastHits ?? [])),
      h('td', { class: 'actions' },
        h('a', { class: 'btn btn-small btn-ghost party-evidence', href: `/api/v1/evidence/parties/${encodeURIComponent(party.id)}?format=html`, target: '_blank', rel: 'noopener', text: 'Evidence' }))));
    replace(results,
      table([{ label: 'Id' }, { label: 'Name' }, { label: 'Type · country' }, { label: 'Origin' }, { label: 'Last screened' }, { label: 'Hits of the last screening' }, { label: '', class: 'actions' }],
        rows, { caption: 'Stored parties' }),
      pager({ page: answer.page, pageSize: answer.pageSize, total: answer.total }, (next) => { filters.page = next; load(); }));
  }

  return () => { alive = false; };
}

function hitsCell(hits) {
  if (!hits.length) return h('span', { class: 'muted', text: 'none' });
  return h('div', {},
    h('a', { href: '#/queue', class: 'strong', text: `${hits.length} hit${hits.length === 1 ? '' : 's'}` }),
    h('ul', { class: 'plain small' }, hits.slice(0, 3).map((hit) => h('li', { class: 'mono wrap-anywhere', text: `${hit.partyId} (${formatScore(hit.score)})` }))),
    hits.length > 3 ? h('span', { class: 'muted small', text: `and ${hits.length - 3} more` }) : null);
}

/** A CSV file, its header read here so that the columns can be mapped to name, id, type and country. */
function uploadForm(onDone) {
  const file = h('input', { type: 'file', id: 'parties-file', accept: '.csv,text/csv', required: true });
  const mapping = h('div', { class: 'toolbar-form', id: 'parties-mapping' });
  const status = h('div', { class: 'form-status', id: 'parties-upload-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'parties-upload', text: 'Upload and screen' });
  let text = '';
  const selects = {};
  file.addEventListener('change', async () => {
    replace(mapping);
    replace(status);
    if (!file.files.length) return;
    text = await file.files[0].text();
    const header = headerOf(text);
    for (const [key, label, required] of MAPPED) {
      const guess = header.find((column) => column.toLowerCase() === key) ?? (required ? header[0] : '');
      selects[key] = select({ id: `parties-column-${key}` }, [...(required ? [] : [['', '(none)']]), ...header], guess);
      mapping.append(field(label, selects[key]));
    }
  });
  const form = h('form', { id: 'parties-upload-form' },
    field('CSV file', file, 'One party a row, with a header row; choose which column holds what.'), mapping,
    h('div', { class: 'form-actions' }, submit), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text) {
      replace(status, h('span', { class: 'error-text', text: 'Choose a CSV file first.' }));
      return;
    }
    const query = {};
    for (const [key] of MAPPED) if (selects[key]?.value) query[`${key}Column`] = selects[key].value;
    submit.disabled = true;
    replace(status, loading('Uploading and screening…'));
    try {
      const answer = await api('/api/v1/parties', { method: 'POST', query, form: new Blob([text], { type: 'text/csv' }) });
      replace(status, h('div', { class: 'alert alert-info', id: 'parties-imported' },
        h('strong', { text: `${answer.created} created, ${answer.updated} updated, ${answer.withHits} with hits.` }),
        (answer.errors ?? []).slice(0, 20).map((line) => h('span', { class: 'small', text: line }))));
      onDone();
    } catch (error) {
      replace(status, errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The column names of a CSV's first line (quoted names unquoted). */
function headerOf(text) {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { current += '"'; i++; } else if (c === '"') quoted = false; else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { columns.push(current.trim()); current = ''; } else current += c;
  }
  columns.push(current.trim());
  return columns.filter(Boolean);
}
