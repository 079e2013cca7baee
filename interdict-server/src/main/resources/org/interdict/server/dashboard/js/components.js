// Shared page parts: error boxes, pagers, loading rows, review forms.
import { h, field, select, replace } from './dom.js';
import { api, hasRole } from './api.js';
import { badge, formatInstant } from './format.js';

/** An error box from an ApiError (problem+json detail and its errors[]) or any Error. */
export function errorBox(error) {
  const problem = error?.problem ?? {};
  const items = Array.isArray(problem.errors) ? problem.errors : [];
  return h('div', { class: 'alert alert-error', role: 'alert' },
    h('strong', { text: problem.title || 'Something went wrong' }),
    h('span', { class: 'alert-detail', text: error?.message ?? String(error) }),
    items.length
      ? h('ul', {}, items.slice(0, 20).map((item) => h('li', { text: typeof item === 'string' ? item : describeError(item) })))
      : null);
}

function describeError(item) {
  const where = [item.field, item.parameter, item.pointer, item.file, item.line].filter((part) => part !== undefined && part !== '');
  const message = item.message ?? item.detail ?? item.error ?? JSON.stringify(item);
  return where.length ? `${where.join(' ')}: ${message}` : message;
}

/** A small "Loading…" placeholder. */
export function loading(text = 'Loading…') {
  return h('div', { class: 'loading', 'aria-live': 'polite' }, h('span', { class: 'spinner' }), text);
}

/** Pager: "1–50 of 123" and previous/next buttons; onPage(page) is called with the new page. */
export function pager({ page, pageSize, total }, onPage) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('span', { class: 'pager-range', text: `${first}–${last} of ${total}` }),
    h('button', { type: 'button', class: 'btn btn-small', disabled: page <= 1, onclick: () => onPage(page - 1), text: '← Previous' }),
    h('span', { class: 'pager-page', text: `Page ${page} of ${pages}` }),
    h('button', { type: 'button', class: 'btn btn-small', disabled: page >= pages, onclick: () => onPage(page + 1), text: 'Next →' }));
}

/** The recorded decision on a hit or finding, as a line of text. */
export function reviewLine(review) {
  if (!review) return null;
  const stale = review.current === false;
  const pending = review.status === 'pending';
  return h('div', { class: 'review-line' + (stale ? ' stale' : '') + (pending ? ' review-pending' : ''), dataset: { decision: review.decision, status: review.status ?? '' } },
    h('span', { class: 'review-lead', text: stale ? 'Earlier decision' : pending ? 'Pending approval' : 'Decision' }), badge(review.decision),
    h('span', { text: ` by ${review.reviewer ?? 'unknown'} · ${formatInstant(review.at)}` }),
    review.comment ? h('q', { text: review.comment }) : null,
    stale ? h('em', { text: ' The list entry changed since this decision: the hit is open again.' }) : null,
    pending ? h('em', { class: 'pending-note', text: ' Four-eyes review: this decision takes effect when a different user with the approver role approves it (Hit queue).' }) : null);
}

/**
 * A decision form (select + comment + submit) that POSTs /api/v1/reviews with the subject fields
 * and calls onRecorded(review). Viewers see nothing.
 */
export function reviewForm(subject, decisions, onRecorded) {
  if (!hasRole('analyst')) return null;
  const decision = select({ name: 'decision', required: true, class: 'decision-select' },
    [['', 'Choose a decision…'], ...decisions]);
  const comment = h('textarea', { name: 'comment', rows: 2, maxlength: 2000, class: 'decision-comment', placeholder: 'Why? (kept in the audit log)' });
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: 'Record decision' });
  const form = h('form', { class: 'review-form' },
    field('Decision', decision), field('Comment', comment), h('div', { class: 'form-actions' }, submit), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!decision.value) {
      replace(status, h('span', { class: 'error-text', text: 'Choose a decision first.' }));
      decision.focus();
      return;
    }
    submit.disabled = true;
    replace(status, loading('Recording…'));
    try {
      const review = await api('/api/v1/reviews', { method: 'POST', json: { ...subject, decision: decision.value, comment: comment.value } });
      replace(status, h('span', { class: 'ok-text', text: 'Decision recorded.' }));
      onRecorded(review);
    } catch (error) {
      replace(status, errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** A table with a header row; columns: [{label, key?, sortable?, class?}]. */
export function table(columns, rows, { sort, order, onSort, caption } = {}) {
  const headRow = h('tr', {}, columns.map((column) => {
    if (!column.sortable) return h('th', { scope: 'col', class: column.class, text: column.label });
    const active = sort === column.key;
    const nextOrder = active && order === 'asc' ? 'desc' : 'asc';
    return h('th', { scope: 'col', class: column.class, 'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort' + (active ? ' active' : ''), onclick: () => onSort(column.key, nextOrder) },
        column.label, h('span', { class: 'sort-arrow', 'aria-hidden': 'true', text: active ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕' })));
  }));
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data' }, caption ? h('caption', { class: 'sr-only', text: caption }) : null,
      h('thead', {}, headRow), h('tbody', {}, rows)));
}

/** A card: title, optional aside, body. */
export function card(title, body, aside) {
  return h('section', { class: 'card' },
    title ? h('header', { class: 'card-head' }, h('h2', { text: title }), aside ?? null) : null,
    h('div', { class: 'card-body' }, body));
}
