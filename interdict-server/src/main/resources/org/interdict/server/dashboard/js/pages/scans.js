// Scans: upload an inventory with a profile and as-of date, follow the job, list all jobs.
import { h, replace, field, empty } from '../dom.js';
import { api, hasRole } from '../api.js';
import { errorBox, loading, card, table } from '../components.js';
import { badge, formatInstant, formatDate, formatNumber, formatBytes } from '../format.js';
import { hashFor } from '../route.js';

const PROFILES = ['us-person', 'us-federal-agency', 'us-federal-contractor', 'us-federal-grant-recipient', 'us-usf-recipient',
  'non-us', 'non-us-public-sector', 'non-us-critical-infrastructure'];
const POLL_MS = 800;

export function render(container) {
  const timers = new Set();
  let alive = true;
  const jobsBox = h('div', { id: 'scan-jobs' }, loading());
  const uploadBox = hasRole('analyst') ? uploadForm(onUploaded) : h('p', { class: 'muted', text: 'Uploading scans needs the analyst role.' });
  replace(container, h('div', { class: 'grid-upload' }, card('Upload an inventory', uploadBox), card('How it works', help())), card('Jobs', jobsBox));
  refreshJobs();

  function later(fn, ms) {
    const timer = setTimeout(() => { timers.delete(timer); if (alive) fn(); }, ms);
    timers.add(timer);
  }

  async function refreshJobs() {
    try {
      const answer = await api('/api/v1/scans');
      if (!alive) return;
      const jobs = Array.isArray(answer) ? answer : answer?.items ?? [];
      replace(jobsBox, jobsTable(jobs));
      if (jobs.some((job) => job.status === 'queued' || job.status === 'running')) later(refreshJobs, POLL_MS * 2);
    } catch (error) {
      if (alive) replace(jobsBox, errorBox(error));
    }
  }

  function onUploaded(job, progressBox) {
    refreshJobs();
    follow(job, progressBox);
  }

  async function follow(job, progressBox) {
    replace(progressBox, progress(job));
    if (job.status === 'completed' || job.status === 'failed') {
      refreshJobs();
      return;
    }
    later(async () => {
      try {
        follow(await api(`/api/v1/scans/${encodeURIComponent(job.id)}`), progressBox);
      } catch (error) {
        replace(progressBox, errorBox(error));
      }
    }, POLL_MS);
  }

  return () => {
    alive = false;
    timers.forEach(clearTimeout);
  };
}

function help() {
  return h('div', { class: 'prose' },
    h('p', { text: 'Any format interdict scan reads: osquery result logs, CSV exports, CycloneDX and SPDX SBOMs, host inventories. The format is detected from the content.' }),
    h('p', { text: 'Every finding is evaluated against the regimes that bind the chosen profile, as of the given date (the server\'s date when empty).' }),
    h('p', { text: 'A later scan that includes a host and no longer shows a product marks its remediation item verified.' }));
}

function uploadForm(onUploaded) {
  const file = h('input', { type: 'file', id: 'scan-file', name: 'file', required: true });
  const profile = h('input', { type: 'text', id: 'scan-profile', name: 'profile', list: 'profiles', value: 'us-person', autocomplete: 'off' });
  const profiles = h('datalist', { id: 'profiles' }, PROFILES.map((id) => h('option', { value: id })));
  const asOf = h('input', { type: 'date', id: 'scan-as-of', name: 'asOf' });
  const host = h('input', { type: 'text', id: 'scan-host', name: 'host', autocomplete: 'off', placeholder: 'only for single-host inventories' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'scan-submit', text: 'Upload and scan' });
  const progressBox = h('div', { class: 'scan-progress', id: 'scan-progress', 'aria-live': 'polite' });
  const form = h('form', { class: 'stack-form', id: 'scan-form' },
    field('Inventory file', file),
    h('div', { class: 'row' }, field('Profile', profile), profiles, field('As of', asOf), field('Host', host, 'optional')),
    h('div', { class: 'form-actions' }, submit), progressBox);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      replace(progressBox, h('span', { class: 'error-text', text: 'Choose a file first.' }));
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    if (profile.value.trim()) data.append('profile', profile.value.trim());
    if (asOf.value) data.append('asOf', asOf.value);
    if (host.value.trim()) data.append('host', host.value.trim());
    submit.disabled = true;
    replace(progressBox, loading(`Uploading ${file.files[0].name} (${formatBytes(file.files[0].size)})…`));
    try {
      const job = await api('/api/v1/scans', { method: 'POST', form: data });
      onUploaded(job, progressBox);
    } catch (error) {
      replace(progressBox, errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function progress(job) {
  const p = job.progress ?? {};
  const done = job.status === 'completed' || job.status === 'failed';
  const fraction = done ? 1 : p.totalBytes ? Math.min(1, (p.bytesRead ?? 0) / p.totalBytes) : 0;
  const bar = h('div', { class: 'progress' + (job.status === 'failed' ? ' failed' : done ? ' done' : ''), role: 'progressbar',
    'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(fraction * 100), 'aria-label': 'Scan progress' },
  h('div', { class: 'progress-fill', style: `width:${(fraction * 100).toFixed(1)}%` }));
  return h('div', { class: 'job-progress', dataset: { jobId: job.id, status: job.status } },
    h('div', { class: 'job-progress-head' }, h('strong', { text: job.fileName ?? job.id }), ' ', badge(job.status),
      h('span', { class: 'muted', text: ` ${Math.round(fraction * 100)} %` })),
    bar,
    h('div', { class: 'muted small', text: `${formatBytes(p.bytesRead)} of ${formatBytes(p.totalBytes)} · ${formatNumber(p.records)} records · ${formatNumber(p.findings)} findings · ${formatNumber(p.errors)} errors` }),
    job.reason ? h('div', { class: job.status === 'failed' ? 'error-text' : 'muted', text: job.reason }) : null,
    job.status === 'completed' ? h('a', { class: 'btn', id: 'scan-view-findings', href: hashFor('findings', { scan: job.id }), text: 'View findings →' }) : null,
    (job.errors ?? []).length ? h('ul', { class: 'errors-list' }, job.errors.slice(0, 10).map((item) =>
      h('li', { text: typeof item === 'string' ? item : `${item.file ?? ''}${item.line ? ':' + item.line : ''} ${item.error ?? ''} ${item.message ?? ''}`.trim() }))) : null);
}

function jobsTable(jobs) {
  if (!jobs.length) return empty('No scans yet', 'Upload an inventory above; its job appears here with its status.');
  const columns = [{ label: 'File' }, { label: 'Format' }, { label: 'Profile' }, { label: 'As of' }, { label: 'Status' },
    { label: 'Records', class: 'num' }, { label: 'Findings', class: 'num' }, { label: 'Errors', class: 'num' }, { label: 'Created' }, { label: '' }];
  const rows = jobs.map((job) => {
    const p = job.progress ?? {};
    return h('tr', { dataset: { jobId: job.id, status: job.status } },
      h('td', {}, h('div', { class: 'strong', text: job.fileName ?? '—' }), h('div', { class: 'muted small mono', text: job.id }),
        job.reason ? h('div', { class: job.status === 'failed' ? 'error-text small' : 'muted small', text: job.reason }) : null),
      h('td', { text: job.format ?? '—' }), h('td', { text: job.profile ?? '—' }), h('td', { text: formatDate(job.asOf) }),
      h('td', {}, badge(job.status)),
      h('td', { class: 'num', text: formatNumber(p.records) }), h('td', { class: 'num', text: formatNumber(p.findings) }),
      h('td', { class: 'num', text: formatNumber(p.errors) }), h('td', { class: 'nowrap', text: formatInstant(job.createdAt) }),
      h('td', {}, job.status === 'completed' ? h('a', { href: hashFor('findings', { scan: job.id }), text: 'Findings' }) : null));
  });
  return table(columns, rows, { caption: 'Scan jobs, newest first' });
}
