// Formatting and the shared visual vocabulary: statuses, states, decisions, dates, numbers.
import { h } from './dom.js';

/** Finding statuses, most severe first, with their colours (also used by charts). */
export const STATUSES = [
  { id: 'prohibited', label: 'Prohibited', color: '#c62828' },
  { id: 'prohibited-from', label: 'Prohibited from', color: '#d97706' },
  { id: 'advisory', label: 'Advisory', color: '#2563eb' },
  { id: 'not-covered', label: 'Not covered', color: '#8a94a3' },
];

/** Remediation states in their order, with chart colours. */
export const STATES = [
  { id: 'open', label: 'Open', color: '#c62828' },
  { id: 'in-progress', label: 'In progress', color: '#d97706' },
  { id: 'replaced', label: 'Replaced', color: '#2563eb' },
  { id: 'verified', label: 'Verified', color: '#15803d' },
];

export const SCREENING_DECISIONS = [
  ['true-match', 'True match'],
  ['false-positive', 'False positive'],
  ['accepted-risk', 'Accepted risk'],
];

export const FINDING_DECISIONS = [...SCREENING_DECISIONS, ['remediated', 'Remediated']];

/** A coloured pill for a status, state, decision or job status id. */
export function badge(id, label) {
  const known = [...STATUSES, ...STATES].find((entry) => entry.id === id);
  return h('span', { class: `badge badge-${cssId(id)}`, text: label ?? known?.label ?? id ?? '—' });
}

function cssId(id) {
  return String(id ?? 'none').toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** "2024-09-29" stays as is; an instant becomes "2024-09-29 14:03 UTC". */
export function formatInstant(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function formatDate(value) {
  return value ? String(value).slice(0, 10) : '—';
}

const numberFormat = new Intl.NumberFormat('en-US');

export function formatNumber(value) {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Days left as words: "in 12 days", "today", "3 days past". */
export function daysLeftText(daysLeft) {
  if (daysLeft === null || daysLeft === undefined) return '';
  if (daysLeft === 0) return 'today';
  if (daysLeft > 0) return `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
  return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} past`;
}

/** Days from an ISO date to the as-of date (today in UTC when not given). */
export function daysUntil(date, asOf) {
  if (!date) return null;
  const from = asOf ? Date.parse(asOf + 'T00:00:00Z') : Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return Math.round((Date.parse(String(date).slice(0, 10) + 'T00:00:00Z') - from) / 86400000);
}

/** A deadline date with its distance, red once past. */
export function deadlineCell(date, asOf) {
  if (!date) return h('span', { class: 'muted', text: '—' });
  const days = daysUntil(date, asOf);
  return h('span', { class: days !== null && days < 0 ? 'deadline past' : 'deadline' },
    formatDate(date), ' ', h('small', { text: daysLeftText(days) }));
}

/** A match score as a number with two decimals. */
export function formatScore(score) {
  return typeof score === 'number' ? score.toFixed(2) : '—';
}
