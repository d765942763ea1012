/**
 * Namespace-agnostic walking of a parsed XML document. SRU answers come with `srw:`, `zs:`, `sru:` or no prefix,
 * records with `mxc:`, `marc:` or a default namespace, and some servers drop namespaces altogether: elements are
 * therefore found by local name. Works on browsers' DOM and on @xmldom/xmldom alike (only core DOM Level 2 used).
 */

const ELEMENT_NODE = 1;

/** An element's name without its prefix, whatever the parser (some give `localName` null for non-NS nodes). */
export function localNameOf(el: Element): string {
  const name = el.localName || el.nodeName;
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childElements(parent: Node): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node && node.nodeType === ELEMENT_NODE) out.push(node as Element);
  }
  return out;
}

export function childrenNamed(parent: Node, localName: string): Element[] {
  return childElements(parent).filter((el) => localNameOf(el) === localName);
}

export function firstChildNamed(parent: Node, localName: string): Element | undefined {
  return childElements(parent).find((el) => localNameOf(el) === localName);
}

/** Depth-first search for the first element named `localName` below `root` (or `root` itself). */
export function findElement(root: Element, localName: string): Element | undefined {
  if (localNameOf(root) === localName) return root;
  for (const child of childElements(root)) {
    const found = findElement(child, localName);
    if (found) return found;
  }
  return undefined;
}

export function textOf(el: Element | undefined): string {
  return el?.textContent ?? '';
}
