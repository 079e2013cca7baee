// Overview: findings by regime and status, hosts affected, deadlines, burn-down, screening counts.
import { h, replace, empty } from '../dom.js';
import { api } from '../api.js';
import { errorBox, loading, card } from '../components.js';
import { STATUSES, STATES, formatDate, formatNumber } from '../format.js';
import { hashFor } from '../route.js';

export function render(container) {
  const charts = [];
  let alive = true;
  replace(container, loading());
  api('/api/v1/overview')
    .then((overview) => { if (alive) show(container, overview, charts); })
    .catch((error) => { if (alive) replace(container, errorBox(error)); });
  return () => {
    alive = false;
    charts.forEach((chart) => chart.destroy());
  };
}

function show(container, overview, charts) {
  const byRegime = overview.findingsByRegimeAndStatus ?? [];
  const coveredPairs = byRegime.filter((row) => row.status !== 'not-covered').reduce((sum, row) => sum + row.count, 0);
  const screeningCounts = overview.screening ?? {};
  const stats = h('div', { class: 'stats' },
    stat('Hosts affected', overview.hostsAffected, 'hosts with covered software', 'stat-hosts', hashFor('findings')),
    stat('Covered findings', coveredPairs, 'findings counted once per regime that covers them', 'stat-findings', hashFor('findings')),
    stat('Screenings', screeningCounts.screenings, 'names screened', 'stat-screenings', hashFor('screening')),
    stat('Open hits', screeningCounts.openHits, 'hits of screenings and re-screens without a decision on the entry as it is now', 'stat-open-hits', hashFor('queue'), screeningCounts.openHits > 0 ? 'warn' : ''),
    stat('Decided', screeningCounts.decided, 'hits with a decision', 'stat-decided', hashFor('audit', { action: 'review-recorded' })));
  const asOf = h('p', { class: 'muted as-of', text: `As of ${formatDate(overview.asOf)}` });
  replace(container, asOf, stats,
    card('Deadlines', deadlines(overview.deadlines ?? [])),
    h('div', { class: 'grid-2' },
      card('Findings by regime and status', byRegime.length
        ? h('div', { class: 'chart-box' }, h('canvas', { id: 'chart-regimes', role: 'img', 'aria-label': 'Findings by regime and status, stacked bars' }))
        : empty('No findings yet', 'Upload an inventory on the Scans page; covered software shows here by regime.', h('a', { class: 'btn', href: hashFor('scans'), text: 'Upload a scan' }))),
      card('Remediation burn-down', (overview.burndown ?? []).length
        ? h('div', { class: 'chart-box' }, h('canvas', { id: 'chart-burndown', role: 'img', 'aria-label': 'Remediation items by state over time' }))
        : empty('Nothing to remediate', 'Items appear here once a scan finds covered software.'))));
  if (!window.Chart) {
    container.append(h('div', { class: 'alert alert-info', text: 'Charts are unavailable: Chart.js did not load from /webjars/.' }));
    return;
  }
  if (byRegime.length) showRegimeChart(byRegime, charts);
  if ((overview.burndown ?? []).length) charts.push(burndownChart(document.getElementById('chart-burndown'), overview.burndown));
}

function stat(label, value, title, id, href, tone = '') {
  return h('a', { class: `stat ${tone}`, id, href, title },
    h('span', { class: 'stat-value', text: formatNumber(value ?? 0) }), h('span', { class: 'stat-label', text: label }));
}

function deadlines(rows) {
  if (!rows.length) return empty('No deadlines', 'No regime in force has a deadline for the findings so far.');
  const sorted = [...rows].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  return h('div', { class: 'deadline-cards' }, sorted.map((row) => {
    const past = row.daysLeft < 0;
    const soon = !past && row.daysLeft <= 30;
    return h('a', { class: 'deadline-card' + (past ? ' past' : soon ? ' soon' : ''), href: hashFor('findings', { regime: row.regimeId, sort: 'deadline' }),
      dataset: { regime: row.regimeId } },
      h('div', { class: 'deadline-days' }, h('span', { class: 'deadline-number', text: Math.abs(row.daysLeft) }),
        h('span', { text: past ? (row.daysLeft === -1 ? 'day past' : 'days past') : row.daysLeft === 1 ? 'day left' : 'days left' })),
      h('div', { class: 'deadline-what' },
        h('div', { class: 'deadline-regime', text: row.regimeId }),
        row.phaseId ? h('div', { class: 'muted', text: row.phaseId }) : null,
        h('div', { class: 'deadline-date', text: formatDate(row.date) }),
        h('div', { class: 'deadline-items', text: `${formatNumber(row.openItems ?? 0)} open item${row.openItems === 1 ? '' : 's'}` })));
  }));
}

function baseOptions() {
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  window.Chart.defaults.color = '#4b5563';
  return {
    responsive: true, maintainAspectRatio: false, animation: false,
    plugins: {
      legend: { display: true, position: 'bottom', labels: { boxWidth: 10, boxHeight: 10, usePointStyle: true, pointStyle: 'rectRounded', padding: 14 } },
      tooltip: { mode: 'index', intersect: false },
    },
  };
}

/** Regimes with a covered finding first; those whose findings are all not-covered only on request. */
function showRegimeChart(rows, charts) {
  const canvas = document.getElementById('chart-regimes');
  const covered = new Set(rows.filter((row) => row.status !== 'not-covered' && row.count > 0).map((row) => row.regimeId));
  const hidden = new Set(rows.map((row) => row.regimeId).filter((id) => !covered.has(id)));
  let chart = regimeChart(canvas, rows.filter((row) => covered.has(row.regimeId)));
  charts.push(chart);
  if (!hidden.size) return;
  const toggle = h('input', { type: 'checkbox', id: 'show-uncovered' });
  toggle.addEventListener('change', () => {
    chart.destroy();
    charts.splice(charts.indexOf(chart), 1);
    chart = regimeChart(canvas, toggle.checked ? rows : rows.filter((row) => covered.has(row.regimeId)));
    charts.push(chart);
  });
  canvas.parentElement.after(h('label', { class: 'check', for: toggle.id }, toggle,
    ` also show ${hidden.size} regime${hidden.size === 1 ? '' : 's'} that cover none of the findings`));
}

function regimeChart(canvas, rows) {
  const total = (regime) => rows.filter((row) => row.regimeId === regime && row.status !== 'not-covered').reduce((sum, row) => sum + row.count, 0);
  const regimes = [...new Set(rows.map((row) => row.regimeId))].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  canvas.parentElement.style.height = `${Math.max(160, 70 + regimes.length * 34)}px`;
  const count = (regime, status) => rows.filter((row) => row.regimeId === regime && row.status === status).reduce((sum, row) => sum + row.count, 0);
  const options = baseOptions();
  options.indexAxis = 'y';
  options.scales = { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true, grid: { display: false } } };
  options.onClick = (_event, elements, chart) => {
    if (!elements.length) return;
    const { datasetIndex, index } = elements[0];
    location.hash = hashFor('findings', { regime: chart.data.labels[index], status: STATUSES[datasetIndex].id });
  };
  return new window.Chart(canvas, {
    type: 'bar',
    data: { labels: regimes, datasets: STATUSES.map((status) => ({ label: status.label, data: regimes.map((regime) => count(regime, status.id)), backgroundColor: status.color, borderRadius: 3, maxBarThickness: 26 })) },
    options,
  });
}

function burndownChart(canvas, rows) {
  const keys = { open: 'open', 'in-progress': 'inProgress', replaced: 'replaced', verified: 'verified' };
  const options = baseOptions();
  options.scales = { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } } };
  options.interaction = { mode: 'index', intersect: false };
  // One day of history is a column, not a line.
  const type = rows.length < 2 ? 'bar' : 'line';
  return new window.Chart(canvas, {
    type,
    data: { labels: rows.map((row) => formatDate(row.date)), datasets: STATES.map((state) => ({
      label: state.label, data: rows.map((row) => row[keys[state.id]] ?? 0), borderColor: state.color, backgroundColor: state.color,
      tension: 0.25, pointRadius: rows.length > 20 ? 0 : 3, maxBarThickness: 36, borderRadius: 3, pointHoverRadius: 4, borderWidth: 2 })) },
    options,
  });
}
