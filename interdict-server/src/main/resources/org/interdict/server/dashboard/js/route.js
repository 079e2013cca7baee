// Hash routes: "#/findings?host=WS-1" is page "findings" with params {host: "WS-1"}.

/** The hash for a page and its params (empty values left out). */
export function hashFor(pageId, params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== '' && value !== null && value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return `#/${pageId}${query ? '?' + query : ''}`;
}

/** Goes to a page with params; the hashchange listener renders it. */
export function go(pageId, params) {
  const hash = hashFor(pageId, params);
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

/** Parses the current hash into {pageId, params}. */
export function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const cut = raw.indexOf('?');
  const pageId = cut < 0 ? raw : raw.slice(0, cut);
  const query = cut < 0 ? '' : raw.slice(cut + 1);
  return { pageId, params: Object.fromEntries(new URLSearchParams(query)) };
}
