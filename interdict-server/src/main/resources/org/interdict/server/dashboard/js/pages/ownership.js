// Ownership graph: a party's owners (above) and subsidiaries (below) with the percentages, drawn as a layered
// SVG; the rules' flags on the party with the path that flagged it highlighted; click a node to centre on it.
import { h, replace, field, empty } from '../dom.js';
import { api } from '../api.js';
import { errorBox, loading, card } from '../components.js';
import { formatNumber } from '../format.js';
import { go } from '../route.js';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_W = 190;
const NODE_H = 44;
const GAP_X = 36;
const GAP_Y = 96;

export function render(container, params) {
  let alive = true;
  const node = params.node ?? '';
  const name = h('input', { type: 'text', id: 'ownership-node', value: node, list: 'ownership-flagged', autocomplete: 'off', spellcheck: 'false', placeholder: 'a company or person in the graph' });
  const flagged = h('datalist', { id: 'ownership-flagged' });
  const depth = h('input', { type: 'number', id: 'ownership-depth', min: 1, max: 6, value: params.depth ?? 2 });
  const form = h('form', { class: 'toolbar-form', id: 'ownership-form' },
    h('div', { class: 'field field-grow' }, h('label', { for: name.id, text: 'Party' }), name, flagged), field('Steps each way', depth),
    h('div', { class: 'field field-submit' }, h('button', { type: 'submit', class: 'btn btn-primary', text: 'Show' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('ownership', { node: name.value.trim(), depth: depth.value === '2' ? '' : depth.value });
  });
  const body = h('div', { id: 'ownership-body' }, loading());
  replace(container, form, body);
  load();

  async function load() {
    try {
      const answer = await api('/api/v1/ownership/graph', { query: { node, depth: params.depth } });
      if (!alive) return;
      replace(flagged, (answer.flaggedNodes ?? []).map((n) => h('option', { value: n })));
      show(answer);
    } catch (error) {
      if (alive) replace(body, errorBox(error));
    }
  }

  function show(answer) {
    const starts = answer.flaggedNodes ?? [];
    const startList = starts.length ? h('p', { class: 'chips', id: 'ownership-starts' }, h('span', { class: 'muted', text: 'Flagged: ' }),
      starts.slice(0, 30).map((n) => h('a', { class: 'chip', href: `#/ownership?node=${encodeURIComponent(n)}`, text: n }))) : null;
    if (!answer.node) {
      replace(body, answer.edgeCount
        ? [h('p', { class: 'muted', text: `The graph holds ${formatNumber(answer.nodeCount)} names and ${formatNumber(answer.edgeCount)} edges. Name one above, or start from a flagged one.` }), startList]
        : empty('No ownership graph yet', 'Import owners and subsidiaries (owner,owned,percent,relation,source) with POST /api/v1/ownership.'));
      return;
    }
    const flags = answer.flags ?? [];
    const pathSlot = h('div', { id: 'ownership-flags' });
    // the listed parties at the far end of the flag paths: drawn dashed red, with their list entry
    const listed = new Map(flags.flatMap((flag) => (flag.paths ?? []).filter((path) => path.listed)
      .map((path) => [path.listed.node, `${path.listed.listId}:${path.listed.entryId}`])));
    const picture = graph(answer, listed, (n) => go('ownership', { node: n, depth: params.depth }));
    const highlight = (path) => {
      const pairs = new Set((path?.edges ?? []).map((e) => `${e.owner}\u0000${e.owned}`));
      for (const line of picture.querySelectorAll('.og-edge')) line.classList.toggle('og-path', pairs.has(line.dataset.pair));
      const names = new Set(path?.nodes ?? []);
      for (const g of picture.querySelectorAll('.og-node')) g.classList.toggle('og-on-path', names.has(g.dataset.name));
    };
    replace(pathSlot, flags.length
      ? h('ul', { class: 'flag-list' }, flags.map((flag) => h('li', { class: 'flag', dataset: { ruleId: flag.ruleId } },
        h('div', {}, h('strong', { text: flag.ruleId }), flag.aggregatePercent != null ? h('span', { text: ` · ${flag.aggregatePercent}% owned by listed parties` }) : null),
        h('div', { class: 'muted small', text: (flag.citations ?? []).join(' · ') }),
        h('ol', { class: 'plain' }, (flag.paths ?? []).map((path) => h('li', {},
          h('button', { type: 'button', class: 'btn btn-small btn-ghost path-show', onclick: () => highlight(path), text: 'Show path' }),
          h('span', { class: 'mono small wrap-anywhere', text: ` ${path.description}` }),
          path.listed ? h('span', { class: 'muted small', text: ` · listed ${path.listed.listId}:${path.listed.entryId}` }) : null))),
        flag.pathsTotal > (flag.paths ?? []).length ? h('div', { class: 'muted small', text: `and ${flag.pathsTotal - flag.paths.length} more paths` }) : null)))
      : h('p', { class: 'muted', id: 'ownership-no-flag', text: 'No rule flags this party.' }));
    replace(body,
      card(answer.node, [h('div', { class: 'graph-wrap' }, picture),
        answer.truncated ? h('p', { class: 'muted small', text: 'Only part of the neighbourhood is drawn: it has too many edges.' }) : null,
        h('p', { class: 'muted small', text: 'Owners above, subsidiaries below; click a name to centre on it.' })]),
      card('What flagged it', pathSlot), startList);
    if (flags[0]?.paths?.[0]) highlight(flags[0].paths[0]);
  }

  return () => { alive = false; };
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

/** The layered drawing: one row per level (owners negative, the party 0, subsidiaries positive). */
function graph(answer, listed, onPick) {
  const rows = new Map();
  for (const n of answer.nodes) {
    if (!rows.has(n.level)) rows.set(n.level, []);
    rows.get(n.level).push(n);
  }
  const levels = [...rows.keys()].sort((a, b) => a - b);
  const widest = Math.max(...[...rows.values()].map((r) => r.length));
  const width = Math.max(widest * (NODE_W + GAP_X) + GAP_X, 420);
  const height = levels.length * (NODE_H + GAP_Y) - GAP_Y + 40;
  const place = new Map();
  levels.forEach((level, row) => {
    const items = rows.get(level).sort((a, b) => a.name.localeCompare(b.name));
    const span = items.length * (NODE_W + GAP_X) - GAP_X;
    items.forEach((n, i) => place.set(n.name, { x: (width - span) / 2 + i * (NODE_W + GAP_X), y: 20 + row * (NODE_H + GAP_Y), node: n }));
  });
  const edges = answer.edges.filter((e) => place.has(e.owner) && place.has(e.owned)).map((e) => {
    const a = place.get(e.owner);
    const b = place.get(e.owned);
    const down = b.y >= a.y;
    const x1 = a.x + NODE_W / 2;
    const y1 = down ? a.y + NODE_H : a.y;
    const x2 = b.x + NODE_W / 2;
    const y2 = down ? b.y : b.y + NODE_H;
    const label = e.percent != null ? `${e.percent}%` : e.relation;
    return svg('g', { class: 'og-edge', 'data-pair': `${e.owner}\u0000${e.owned}`, 'data-owner': e.owner, 'data-owned': e.owned },
      svg('line', { x1, y1, x2, y2, 'marker-end': 'url(#og-arrow)' }),
      svg('text', { x: (x1 + x2) / 2 + 4, y: (y1 + y2) / 2, class: 'og-label' }, document.createTextNode(label)));
  });
  const nodes = [...place.values()].map(({ x, y, node: n }) => {
    const flaggedNode = (n.ruleIds ?? []).length > 0;
    const text = n.name.length > 26 ? n.name.slice(0, 25) + '…' : n.name;
    const entry = listed.get(n.name);
    const role = n.level === 0 ? 'this party' : n.level < 0 ? `owner, ${-n.level} up` : `subsidiary, ${n.level} down`;
    const g = svg('g', { class: `og-node${n.level === 0 ? ' og-center' : ''}${flaggedNode ? ' og-flagged' : ''}${entry ? ' og-listed' : ''}`, 'data-name': n.name,
      tabindex: 0, role: 'button', 'aria-label': `${n.name}, ${role}${entry ? ', listed ' + entry : ''}${flaggedNode ? ', flagged ' + n.ruleIds.join(', ') : ''}`, transform: `translate(${x},${y})` },
    svg('title', {}, document.createTextNode(n.name + (entry ? `, listed ${entry}` : '') + (flaggedNode ? ` (${n.ruleIds.join(', ')})` : ''))),
    svg('rect', { width: NODE_W, height: NODE_H, rx: 8 }),
    svg('text', { x: 10, y: 19, class: 'og-name' }, document.createTextNode(text)),
    svg('text', { x: 10, y: 35, class: 'og-sub' }, document.createTextNode(entry ? `listed · ${role}` : role)));
    g.addEventListener('click', () => onPick(n.name));
    g.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onPick(n.name); } });
    return g;
  });
  return svg('svg', { class: 'ownership-graph', id: 'ownership-graph', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Ownership of ${answer.node}` },
    svg('defs', {}, svg('marker', { id: 'og-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0 0L10 5L0 10z' }))),
    edges, nodes);
}
