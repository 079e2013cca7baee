// Sidebar icons: simple stroked shapes drawn on a 24×24 grid.
const SVG = 'http://www.w3.org/2000/svg';

const SHAPES = {
  overview: [['rect', { x: 3, y: 3, width: 7, height: 9, rx: 1.5 }], ['rect', { x: 14, y: 3, width: 7, height: 5, rx: 1.5 }],
    ['rect', { x: 14, y: 12, width: 7, height: 9, rx: 1.5 }], ['rect', { x: 3, y: 16, width: 7, height: 5, rx: 1.5 }]],
  screening: [['circle', { cx: 10.5, cy: 10.5, r: 6.5 }], ['path', { d: 'M15.5 15.5 21 21' }]],
  scans: [['path', { d: 'M12 15V4M7.5 8.5 12 4l4.5 4.5' }], ['path', { d: 'M4 14v5a1.5 1.5 0 0 0 1.5 1.5h13A1.5 1.5 0 0 0 20 19v-5' }]],
  findings: [['path', { d: 'M9 6h11M9 12h11M9 18h11' }], ['circle', { cx: 4.5, cy: 6, r: 1 }], ['circle', { cx: 4.5, cy: 12, r: 1 }], ['circle', { cx: 4.5, cy: 18, r: 1 }]],
  remediation: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'm8 12.5 2.8 2.8L16.5 9.5' }]],
  queue: [['path', { d: 'M4 6h16M4 12h16M4 18h10' }], ['circle', { cx: 19, cy: 18, r: 2 }]],
  history: [['circle', { cx: 12, cy: 12, r: 8.5 }], ['path', { d: 'M12 7.5V12l3 2' }]],
  lists: [['rect', { x: 4, y: 3.5, width: 16, height: 17, rx: 2 }], ['path', { d: 'M8 8.5h8M8 12h8M8 15.5h5' }]],
  parties: [['circle', { cx: 9, cy: 8, r: 3.5 }], ['path', { d: 'M2.5 20a6.5 6.5 0 0 1 13 0' }], ['path', { d: 'M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6.5 6.5 0 0 1 3.5 6' }]],
  rescreen: [['path', { d: 'M20 12a8 8 0 1 1-2.34-5.66' }], ['path', { d: 'M20 4v4.5h-4.5' }]],
  ownership: [['rect', { x: 9, y: 3, width: 6, height: 4.5, rx: 1 }], ['rect', { x: 3, y: 16.5, width: 6, height: 4.5, rx: 1 }],
    ['rect', { x: 15, y: 16.5, width: 6, height: 4.5, rx: 1 }], ['path', { d: 'M12 7.5V12M6 16.5V12h12v4.5' }]],
  keys: [['circle', { cx: 8, cy: 15, r: 4.5 }], ['path', { d: 'm11.5 11.5 8-8M16.5 6.5l2.5 2.5M14 9l2 2' }]],
  audit: [['path', { d: 'M6 3h9l4 4v14H6z' }], ['path', { d: 'M9.5 11h6M9.5 15h6M9.5 7h3' }]],
};

/** An inline SVG icon for a page id (aria-hidden: the link text names the page). */
export function icon(id) {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries({ viewBox: '0 0 24 24', width: 18, height: 18, fill: 'none', stroke: 'currentColor',
    'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', class: 'nav-icon' })) {
    svg.setAttribute(key, String(value));
  }
  for (const [tag, attrs] of SHAPES[id] ?? []) {
    const shape = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) shape.setAttribute(key, String(value));
    svg.append(shape);
  }
  return svg;
}
