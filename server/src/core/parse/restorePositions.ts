// mdast-util-gfm-autolink-literal finds some bare e-mail addresses after parsing, by
// replacing text nodes, and the nodes it makes have no source position. Without one,
// the prose around such an address would be invisible to mentions and TODOs. Positions
// are restored by finding each node's text in the source, in order, inside its parent.
import type { Nodes, Parent } from 'mdast';

export function restorePositions(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  const end = parent.position?.end.offset;
  let cursor = parent.position?.start.offset;
  for (const child of parent.children as Nodes[]) {
    if (child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
      cursor = child.position.end.offset;
    } else if (cursor !== undefined && end !== undefined) {
      const value = child.type === 'text' ? child.value : child.type === 'link' ? plainText(child) : undefined;
      const at = value ? source.indexOf(value, cursor) : -1;
      if (value && at !== -1 && at + value.length <= end) {
        place(child, at, at + value.length);
        cursor = at + value.length;
      }
    }
    restorePositions(child, source);
  }
}

function plainText(node: Nodes): string | undefined {
  if (!('children' in node) || node.children.length !== 1) return undefined;
  const only = node.children[0] as Nodes;
  return only.type === 'text' ? only.value : undefined;
}

function place(node: Nodes, start: number, end: number): void {
  node.position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
  if ('children' in node) for (const child of node.children as Nodes[]) if (!child.position) place(child, start, end);
}
