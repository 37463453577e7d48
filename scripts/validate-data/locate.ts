import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { Problem } from '../../src/data/validation/problem.ts';

/** Offset in the text of what a problem points at: the key, the value, or the nearest parent. */
export function locate(tree: Node, problem: Problem): number {
  for (let length = problem.path.length; length >= 0; length -= 1) {
    const node = findNodeAtLocation(tree, problem.path.slice(0, length) as (string | number)[]);
    if (node === undefined) continue;
    const exact = length === problem.path.length;
    if (exact && problem.at === 'key' && node.parent?.type === 'property') {
      return node.parent.children?.[0]?.offset ?? node.offset;
    }
    return node.offset;
  }
  return 0;
}
