// The HTTP API v1 client (docs/api.md): cookie session, CSRF header on state-changing requests,
// RFC 9457 problem details turned into ApiError.

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let session = null;
const unauthorizedListeners = [];

/** A failed API call, carrying the problem details the server sent (or a synthetic one). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The live session {keyName, role, csrfToken}, or null. */
export function currentSession() {
  return session;
}

/** Calls the listener whenever the server answers 401 (the session expired or was ended). */
export function onUnauthorized(listener) {
  unauthorizedListeners.push(listener);
}

/** True when the session's role includes the given one (viewer < analyst < approver < admin). */
export function hasRole(role) {
  const order = ['viewer', 'analyst', 'approver', 'admin'];
  return session !== null && order.indexOf(session.role) >= order.indexOf(role);
}

/** Builds a query string from an object, leaving out empty values. */
export function queryString(params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/**
 * Calls the API. options: method, query (object), json (body sent as JSON), form (FormData).
 * Resolves to the parsed JSON body (null for 204); rejects with ApiError.
 */
export async function api(path, { method = 'GET', query, json, form } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  if (STATE_CHANGING.has(method) && session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  let response;
  try {
    response = await fetch(path + queryString(query), { method, headers, body, credentials: 'same-origin' });
  } catch (networkError) {
    throw new ApiError(0, { title: 'Server unreachable', detail: 'The server did not answer: ' + networkError.message });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const problem = parsed && typeof parsed === 'object' ? parsed : { title: response.statusText, status: response.status };
    if (response.status === 401 && path !== '/api/v1/session') unauthorizedListeners.forEach((listener) => listener());
    throw new ApiError(response.status, problem);
  }
  return parsed;
}

/** Restores a live session from the cookie; resolves to it or to null. */
export async function restoreSession() {
  try {
    session = await api('/api/v1/session');
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 0) throw error;
    session = null;
  }
  return session;
}

/** Exchanges an API key for a cookie session. */
export async function signIn(apiKey) {
  session = await api('/api/v1/session', { method: 'POST', json: { apiKey } });
  return session;
}

/** Ends the session on the server (best effort) and forgets it here. */
export async function signOut() {
  try {
    await api('/api/v1/session', { method: 'DELETE' });
  } finally {
    session = null;
  }
}
