/**
 * A small, safe way to build DOM: elements are created with attributes and
 * children, and every string child becomes a text node. Nothing here ever
 * parses HTML, so untrusted document text cannot become markup.
 */

/** A child of {@link el}: a node, a string (becomes text), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attributes and properties {@link el} can set. */
export type Attributes = Record<string, string | number | boolean | null | undefined> & {
  class?: string;
};

/**
 * Creates an element with attributes (`true` sets an empty attribute, `false`
 * and `null` leave it out) and children.
 * @example el('button', { type: 'button', 'aria-label': 'Close' }, '×')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children, turning strings into text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Finds a required element by id, failing loudly when the page lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`claimgraph-viewer: the page has no #${id}`);
  return element as T;
}

/** Offers `content` as a file download. */
export function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = el('a', { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
