import type { Node } from 'jsonc-parser';
import type { Problem } from '../../src/data/validation/problem.ts';

/**
 * The node at a path. Where a key is written twice, the last one counts, as in JSON.parse
 * (jsonc-parser's own findNodeAtLocation takes the first).
 */
function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = root;
  for (const key of path) {
    if (node === undefined) return undefined;
    if (node.type === 'object' && typeof key === 'string') {
      const property: Node | undefined = node.children?.findLast(
        (child) => child.children?.[0]?.value === key,
      );
      node = property?.children?.[1];
    } else if (node.type === 'array' && typeof key === 'number') {
      node = node.children?.[key];
    } else {
      return undefined;
    }
  }
  return node;
}

/** Offset in the text of what a problem points at: the key, the value, or the nearest parent. */
export function locate(tree: Node, problem: Problem): number {
  for (let length = problem.path.length; length >= 0; length -= 1) {
    const node = nodeAt(tree, problem.path.slice(0, length));
    if (node === undefined) continue;
    const exact = length === problem.path.length;
    if (exact && problem.at === 'key' && node.parent?.type === 'property') {
      return node.parent.children?.[0]?.offset ?? node.offset;
    }
    return node.offset;
  }
  return 0;
}
