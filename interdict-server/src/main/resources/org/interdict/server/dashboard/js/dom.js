// DOM helpers. Data always enters the page as text nodes or attribute values, never as HTML:
// names, file names and comments are untrusted.

/**
 * Creates an element. attrs: `class`, `text`, `dataset` (object), `style` (CSS text), `on<event>` handlers, booleans
 * (true sets an empty attribute, false/null/undefined skip it), anything else via setAttribute.
 * Children: nodes, strings/numbers (as text), arrays, null/undefined/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'value' && 'value' in node) node.value = value;
    // through the CSSOM: the Content-Security-Policy (style-src 'self') refuses style attributes set as markup
    else if (key === 'style') node.style.cssText = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children to a node (same rules as h). */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child of a node, then appends the given ones. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A labelled form field: label text, then the control, then an optional hint. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = 'f-' + Math.random().toString(36).slice(2, 9);
  return h('div', { class: 'field' },
    h('label', { for: control.id, text: labelText }),
    control,
    hint ? h('small', { class: 'hint', text: hint }) : null);
}

/** A select element from [value, label] pairs (or plain values). */
export function select(attrs, options, selected) {
  const node = h('select', attrs);
  for (const option of options) {
    const [value, label] = Array.isArray(option) ? option : [option, option];
    const opt = h('option', { value, text: label });
    if (String(value) === String(selected ?? '')) opt.selected = true;
    node.append(opt);
  }
  return node;
}

/** An empty state: a title and a sentence saying what to do next. */
export function empty(title, sentence, ...actions) {
  return h('div', { class: 'empty' },
    h('div', { class: 'empty-title', text: title }),
    sentence ? h('p', { text: sentence }) : null,
    actions.length ? h('div', { class: 'empty-actions' }, actions) : null);
}
