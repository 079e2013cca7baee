// Screening history: every stored screening, newest first, searched by name, date, user and outcome; each with
// its evidence pack.
import { h, replace, field, select, empty } from '../dom.js';
import { api } from '../api.js';
import { errorBox, loading, pager, table } from '../components.js';
import { formatInstant } from '../format.js';
import { go } from '../route.js';

const FILTERS = ['name', 'from', 'to', 'actor', 'outcome'];

export function render(container, params) {
  let alive = true;
  const page = Number(params.page ?? 1);
  const filters = Object.fromEntries(FILTERS.map((key) => [key, params[key] ?? '']));
  const results = h('div', { id: 'history-results' }, loading());
  replace(container, form(), results);
  load();

  function query() {
    return Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  }

  function form() {
    const name = h('input', { type: 'text', id: 'history-name', value: filters.name, autocomplete: 'off', placeholder: 'part of a name' });
    const from = h('input', { type: 'date', id: 'history-from', value: filters.from });
    const to = h('input', { type: 'date', id: 'history-to', value: filters.to });
    const actor = h('input', { type: 'text', id: 'history-actor', value: filters.actor, autocomplete: 'off', placeholder: 'key name' });
    const outcome = select({ id: 'history-outcome' }, [['', 'any'], ['match', 'with matches'], ['no-match', 'no match']], filters.outcome);
    const node = h('form', { class: 'toolbar-form', id: 'history-filters' },
      field('Name', name), field('From', from), field('To', to), field('User', actor), field('Outcome', outcome),
      h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Search' })));
    node.addEventListener('submit', (event) => {
      event.preventDefault();
      // the name stays out of the address bar: screened names are not put in URLs or browser history
      Object.assign(filters, { name: name.value.trim(), from: from.value, to: to.value, actor: actor.value.trim(), outcome: outcome.value });
      load();
    });
    return node;
  }

  async function load() {
    try {
      const answer = await api('/api/v1/screenings', { query: { ...query(), page } });
      if (alive) show(answer);
    } catch (error) {
      if (alive) replace(results, errorBox(error));
    }
  }

  function show(answer) {
    const items = answer.items ?? [];
    if (!items.length) {
      replace(results, empty('No screening matches', 'Change the search, or screen a name on the Screening page.'));
      return;
    }
    const rows = items.map((s) => h('tr', { dataset: { screeningId: s.id, matches: String(s.matchCount) } },
      h('td', { class: 'nowrap', text: formatInstant(s.at) }),
      h('td', { class: 'strong wrap-anywhere', text: s.query }),
      h('td', { text: s.actor }),
      h('td', { text: s.matchCount === 0 ? 'no match' : `${s.matchCount} match${s.matchCount === 1 ? '' : 'es'}` }),
      h('td', { class: 'actions' },
        h('a', { class: 'btn btn-small btn-ghost', href: `/api/v1/evidence/screenings/${encodeURIComponent(s.id)}?format=html`, target: '_blank', rel: 'noopener', text: 'Evidence' }))));
    replace(results, table([{ label: 'When' }, { label: 'Name' }, { label: 'User' }, { label: 'Outcome' }, { label: '', class: 'actions' }], rows, { caption: 'Screenings' }),
      pager({ page: answer.page, pageSize: answer.pageSize, total: answer.total }, (next) => go('history', { ...Object.fromEntries(Object.entries(query()).filter(([k]) => k !== 'name')), page: next })));
  }

  return () => { alive = false; };
}
