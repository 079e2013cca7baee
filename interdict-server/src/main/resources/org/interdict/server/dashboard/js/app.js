// The dashboard shell: sign-in, sidebar, hash routing (#/page?query) to the page modules.
import { h, replace, field } from './dom.js';
import { api, restoreSession, signIn, signOut, currentSession, onUnauthorized, hasRole } from './api.js';
import { errorBox } from './components.js';
import { parseHash } from './route.js';
import { icon } from './icons.js';
import * as overview from './pages/overview.js';
import * as screening from './pages/screening.js';
import * as queue from './pages/queue.js';
import * as history from './pages/history.js';
import * as lists from './pages/lists.js';
import * as parties from './pages/parties.js';
import * as rescreen from './pages/rescreen.js';
import * as ownership from './pages/ownership.js';
import * as scans from './pages/scans.js';
import * as findings from './pages/findings.js';
import * as remediation from './pages/remediation.js';
import * as audit from './pages/audit.js';
import * as keys from './pages/keys.js';

const PAGES = [
  { id: 'overview', title: 'Overview', module: overview },
  { id: 'screening', title: 'Screening', module: screening },
  { id: 'queue', title: 'Hit queue', module: queue },
  { id: 'history', title: 'Screening history', module: history },
  { id: 'lists', title: 'Lists', module: lists },
  { id: 'parties', title: 'Stored parties', module: parties },
  { id: 'rescreen', title: 'Re-screen runs', module: rescreen },
  { id: 'ownership', title: 'Ownership', module: ownership },
  { id: 'scans', title: 'Scans', module: scans },
  { id: 'findings', title: 'Findings', module: findings },
  { id: 'remediation', title: 'Remediation', module: remediation },
  { id: 'audit', title: 'Audit log', module: audit },
  { id: 'keys', title: 'API keys', module: keys, role: 'admin' },
];

const root = document.getElementById('app');
let cleanup = null;

function currentRoute() {
  const { pageId, params } = parseHash();
  const page = PAGES.find((entry) => entry.id === pageId && (!entry.role || hasRole(entry.role)));
  return { page: page ?? PAGES[0], params };
}

function showLogin(message) {
  teardown();
  const key = h('input', { type: 'password', id: 'api-key', name: 'apiKey', required: true, autocomplete: 'current-password', spellcheck: 'false', placeholder: 'idk_…' });
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' }, message ? h('div', { class: 'alert alert-info', text: message }) : null);
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'sign-in', text: 'Sign in' });
  const form = h('form', { class: 'login-card', id: 'login-form' },
    h('div', { class: 'brand brand-large' }, h('img', { src: 'img/favicon.svg', alt: '', width: 36, height: 36 }), h('span', { text: 'Interdict' })),
    h('p', { class: 'muted', text: 'Banned-vendor software and restricted parties, with the evidence.' }),
    field('API key', key, 'Paste a key. At its first start the server prints an initial admin key on stderr.'),
    submit, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    replace(status);
    try {
      await signIn(key.value.trim());
      showShell();
    } catch (error) {
      replace(status, errorBox(error));
      key.select();
    } finally {
      submit.disabled = false;
    }
  });
  replace(root, h('main', { class: 'login' }, form));
  key.focus();
  offerSingleSignOn(form, key.closest('.field') ?? key);
}

/** Adds "Sign in with SSO" above the key field when the server has an OpenID provider configured. */
async function offerSingleSignOn(form, keyField) {
  const sso = await api('/api/v1/sso').catch(() => null);
  if (!sso?.enabled || !form.isConnected) return;
  form.insertBefore(h('a', { class: 'btn btn-primary btn-block', id: 'sign-in-sso', href: sso.loginUrl, text: 'Sign in with SSO' }), keyField);
  form.insertBefore(h('div', { class: 'login-or muted small', text: 'or with an API key' }), keyField);
}

function showShell() {
  const session = currentSession();
  const nav = h('nav', { class: 'nav', 'aria-label': 'Pages' },
    PAGES.filter((page) => !page.role || hasRole(page.role)).map((page) => h('a', { href: `#/${page.id}`, id: `nav-${page.id}`, dataset: { page: page.id } },
      icon(page.id), page.title)));
  const who = h('div', { class: 'who' },
    h('div', { class: 'who-name', text: session.userName ?? session.keyName }),
    h('div', { class: 'who-role', text: session.role }),
    h('button', { type: 'button', class: 'btn btn-ghost btn-small', id: 'sign-out', text: 'Sign out',
      onclick: async () => { await signOut().catch(() => {}); showLogin('Signed out.'); } }));
  const sidebar = h('aside', { class: 'sidebar' },
    h('a', { class: 'brand', href: '#/overview' }, h('img', { src: 'img/favicon.svg', alt: '', width: 26, height: 26 }), h('span', { text: 'Interdict' })),
    nav, who);
  const main = h('main', { class: 'content', id: 'content', tabindex: '-1' });
  replace(root, h('div', { class: 'shell' }, h('a', { class: 'skip', href: '#content', text: 'Skip to content',
    onclick: (event) => { event.preventDefault(); main.focus(); } }), sidebar, main));
  route();
}

function teardown() {
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
}

function route() {
  const main = document.getElementById('content');
  if (!main || !currentSession()) return;
  teardown();
  const { page, params } = currentRoute();
  for (const link of document.querySelectorAll('.nav a')) {
    if (link.dataset.page === page.id) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${page.title} · Interdict`;
  const heading = h('h1', { class: 'page-title', tabindex: '-1', text: page.title });
  const body = h('div', { class: 'page-body', id: `page-${page.id}` });
  replace(main, h('header', { class: 'page-head' }, heading), body);
  try {
    cleanup = page.module.render(body, params);
    if (!body.contains(document.activeElement)) heading.focus({ preventScroll: true });
  } catch (error) {
    replace(body, errorBox(error));
  }
}

window.addEventListener('hashchange', route);
onUnauthorized(() => showLogin('Your session ended. Sign in again.'));

restoreSession()
  .then((session) => (session ? showShell() : showLogin()))
  .catch((error) => replace(root, h('main', { class: 'login' }, h('div', { class: 'login-card' }, errorBox(error)))));
