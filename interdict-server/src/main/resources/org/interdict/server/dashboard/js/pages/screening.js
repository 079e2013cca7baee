// Screening: screen one name, read each match's explanation, record a decision per hit.
import { h, replace, field, select, empty } from '../dom.js';
import { api, hasRole } from '../api.js';
import { errorBox, loading, reviewForm, reviewLine } from '../components.js';
import { SCREENING_DECISIONS, formatDate, formatNumber, formatScore } from '../format.js';

export function render(container) {
  let alive = true;
  const name = h('input', { type: 'text', id: 'screen-name', name: 'name', required: true, maxlength: 512, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'e.g. Kaspersky Labs Ltd' });
  const minScore = h('input', { type: 'number', id: 'screen-min-score', name: 'minScore', min: 0, max: 1, step: 0.01, placeholder: '0.76' });
  const list = select({ id: 'screen-list', name: 'list' }, [['', 'All lists']]);
  // features of the screened party, weighed by the entity scorer (entity-v1); each shows up as a score part
  const birthDate = h('input', { type: 'text', id: 'screen-birth-date', name: 'birthDate', maxlength: 10, autocomplete: 'off', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const country = h('input', { type: 'text', id: 'screen-country', name: 'partyCountry', maxlength: 64, autocomplete: 'off', placeholder: 'e.g. RU or Russia' });
  const identifier = h('input', { type: 'text', id: 'screen-identifier', name: 'identifier', maxlength: 200, autocomplete: 'off', spellcheck: 'false', placeholder: 'TYPE:VALUE, e.g. PASSPORT:1234567' });
  const partyType = select({ id: 'screen-party-type', name: 'partyType' }, [['', 'unknown'], ['person', 'person'], ['org', 'organization']]);
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'screen-submit', disabled: !hasRole('analyst'), text: 'Screen' });
  const results = h('div', { class: 'screen-results', id: 'screen-results', 'aria-live': 'polite' },
    empty('Screen a name', 'Names are matched across spellings, scripts, word orders and legal forms. Each match says why it matched.'));
  const form = h('form', { class: 'toolbar-form', id: 'screen-form' },
    h('div', { class: 'field field-grow' }, h('label', { for: name.id, text: 'Name' }), name),
    field('Min score', minScore), field('List', list), h('div', { class: 'field field-submit' }, submit),
    h('details', { class: 'features', id: 'screen-features' }, h('summary', { text: 'Party details (optional): birth date, country, identifier, type' }),
      h('div', { class: 'toolbar-form' }, field('Date of birth', birthDate), field('Country', country), field('Identifier', identifier), field('Party type', partyType))));
  if (!hasRole('analyst')) form.append(h('p', { class: 'muted', text: 'Your key is a viewer key: screening needs the analyst role.' }));

  api('/healthz').then((health) => {
    for (const entry of health?.lists ?? []) {
      const id = typeof entry === 'string' ? entry : entry.listId ?? entry.id;
      if (id) list.append(h('option', { value: id, text: typeof entry === 'string' ? id : `${entry.title ?? id}` }));
    }
  }).catch(() => {});

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { name: name.value };
    if (minScore.value !== '') body.minScore = Number(minScore.value);
    if (list.value) body.lists = [list.value];
    if (birthDate.value.trim()) body.birthDates = [birthDate.value.trim()];
    if (country.value.trim()) body.partyCountries = [country.value.trim()];
    if (identifier.value.trim()) body.identifiers = [identifier.value.trim()];
    if (partyType.value) body.partyType = partyType.value;
    submit.disabled = true;
    replace(results, loading('Screening…'));
    try {
      const answer = await api('/api/v1/screen', { method: 'POST', json: body });
      if (alive) showResults(results, answer, body.minScore);
    } catch (error) {
      if (alive) replace(results, errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  replace(container, form, results);
  name.focus();
  return () => { alive = false; };
}

function showResults(results, answer, minScore) {
  results.dataset.screeningId = answer.screeningId ?? '';
  const matches = answer.matches ?? [];
  const normalized = answer.normalized ?? {};
  const summary = h('div', { class: 'screen-summary' },
    h('div', {}, h('strong', { class: 'match-count', text: `${matches.length} match${matches.length === 1 ? '' : 'es'}` }),
      ' for ', h('q', { class: 'query-text', text: answer.query })),
    h('div', { class: 'muted' }, 'normalized as ', h('code', { text: normalized.text ?? '' }),
      (normalized.steps ?? []).length ? [' · steps ', chips(normalized.steps)] : null),
    h('div', { class: 'muted lists-line' }, 'against ',
      (answer.lists ?? []).map((list, index) => [index ? ', ' : '', h('span', { title: list.listId, text: `${list.title ?? list.listId} (${formatDate(list.listDate)}, ${formatNumber(list.entryCount)} entries)` })])),
    answer.screeningId ? h('div', { class: 'muted small evidence-links' }, `screening ${answer.screeningId} · evidence `,
      h('a', { id: 'screen-evidence', href: `/api/v1/evidence/screenings/${encodeURIComponent(answer.screeningId)}?format=html`, target: '_blank', rel: 'noopener', text: 'HTML' }), ' ',
      h('a', { id: 'screen-evidence-json', href: `/api/v1/evidence/screenings/${encodeURIComponent(answer.screeningId)}`, target: '_blank', rel: 'noopener', text: 'JSON' })) : null);
  const problem = answer.problem;
  if (problem) {
    summary.append(h('p', { class: 'alert alert-error', id: 'screen-problem', role: 'alert', text: `Not screened completely (${problem.id}): ${problem.message}.` }));
  }
  if (!matches.length && problem) {
    replace(results, summary, empty('No match, which proves nothing', 'See the warning above: this name could not be screened completely.'));
    return;
  }
  if (!matches.length) {
    replace(results, summary, empty('No match', `No listed name scored ${minScore !== undefined ? 'at least ' + minScore : 'above the minimum score'}. Nothing to review.`));
    return;
  }
  replace(results, summary, h('ol', { class: 'matches' }, matches.map((match, index) => matchCard(answer.screeningId, match, index === 0))));
}

function chips(values) {
  return h('span', { class: 'chips' }, values.map((value) => h('span', { class: 'chip', text: value })));
}

function scoreClass(score) {
  if (score >= 0.9) return 'score high';
  if (score >= 0.8) return 'score mid';
  return 'score low';
}

function matchCard(screeningId, match, open) {
  const reviewSlot = h('div', { class: 'review-slot' }, reviewLine(match.review));
  const explanation = match.explanation ?? {};
  const aliasLine = match.matchedName && match.matchedName !== match.primaryName
    ? h('div', { class: 'muted' }, `matched ${match.nameKind ?? 'name'} `, h('q', { text: match.matchedName })) : null;
  return h('li', { class: 'match card', dataset: { partyId: match.partyId, listId: match.listId } },
    h('div', { class: 'match-head' },
      h('div', { class: scoreClass(match.score), title: 'score in [0, 1]', text: formatScore(match.score) }),
      h('div', { class: 'match-title' },
        h('h3', { class: 'match-name', text: match.primaryName }),
        aliasLine,
        h('div', { class: 'match-meta' },
          meta('list', match.listId), meta('entry', match.entryId), meta('type', match.type),
          (match.programs ?? []).length ? meta('programs', match.programs.join(', ')) : null,
          (match.countries ?? []).length ? meta('countries', match.countries.join(', ')) : null))),
    reviewSlot,
    h('details', { class: 'explanation', open },
      h('summary', { text: 'Why it matched' }),
      h('div', { class: 'explain-grid' },
        h('div', {}, h('h4', { text: 'Aligned tokens' }), alignedPairs(explanation.alignedPairs ?? [])),
        h('div', {}, h('h4', { text: 'Score parts' }), scoreParts(explanation.scoreParts ?? [])),
        (explanation.steps ?? []).length ? h('div', { class: 'span-2' }, h('h4', { text: 'Normalization steps' }), chips(explanation.steps)) : null),
      match.entryHash ? h('div', { class: 'muted small mono', text: `entry sha256 ${match.entryHash}` }) : null),
    reviewForm({ subjectType: 'screening-hit', screeningId, partyId: match.partyId }, SCREENING_DECISIONS,
      (review) => replace(reviewSlot, reviewLine({ ...review, current: true }))));
}

function meta(label, value) {
  if (value === undefined || value === null || value === '') return null;
  return h('span', { class: 'meta' }, h('span', { class: 'meta-label', text: label }), h('span', { text: value }));
}

function alignedPairs(pairs) {
  if (!pairs.length) return h('p', { class: 'muted', text: 'No aligned tokens.' });
  return h('table', { class: 'mini' },
    h('thead', {}, h('tr', {}, h('th', { text: 'query' }), h('th', { text: 'list' }), h('th', { class: 'num', text: 'similarity' }))),
    h('tbody', {}, pairs.map((pair) => h('tr', {},
      h('td', { class: 'mono', text: pair.query ?? '—' }), h('td', { class: 'mono', text: pair.candidate ?? '—' }),
      h('td', { class: 'num' }, bar(pair.similarity), pair.method ? h('small', { class: 'muted', text: ` ${pair.method}` }) : null)))));
}

function scoreParts(parts) {
  if (!parts.length) return h('p', { class: 'muted', text: 'No score parts.' });
  return h('table', { class: 'mini' },
    h('tbody', {}, parts.map((part) => h('tr', { dataset: { part: part.id } },
      h('td', { class: 'mono', text: part.id }), h('td', { class: 'num', text: formatScore(part.value) }),
      h('td', { class: 'muted', text: part.detail ?? '' })))));
}

function bar(value) {
  const percent = Math.max(0, Math.min(1, Number(value) || 0)) * 100;
  return h('span', { class: 'simbar', title: formatScore(value) },
    h('span', { class: 'simbar-fill', style: `width:${percent.toFixed(0)}%` }), h('span', { class: 'simbar-text', text: formatScore(value) }));
}
