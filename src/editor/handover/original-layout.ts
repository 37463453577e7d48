import type { DataPath } from '../../data/validation/problem';

/** A path as one string, to look it up in a set. */
export function pathKey(path: DataPath): string {
  return JSON.stringify(path);
}

type Open = { object: true; key: string; expectingKey: boolean } | { object: false; index: number };

function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text[end - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0 || end === -1) return end;
    end = text.indexOf('"', end + 1);
  }
}

function breaksAfterBrace(text: string, brace: number): boolean {
  const next = text.slice(brace + 1).search(/\S/);
  if (next === -1) return false;
  const between = text.slice(brace + 1, brace + 1 + next);
  return between.includes('\n') && text[brace + 1 + next] !== '}';
}

/**
 * The paths of the objects written with a line break before their first key. Prettier keeps
 * such an object on several lines even where it would fit on one, so writing the file back
 * must too. Expects text JSON.parse accepts; one pass, no recursion, whatever the depth.
 */
export function expandedObjects(text: string): Set<string> {
  const expanded = new Set<string>();
  const open: Open[] = [];
  const path = () => open.map((container) => (container.object ? container.key : container.index));
  for (let i = 0; i < text.length; i += 1) {
    const top = open.at(-1);
    switch (text[i]) {
      case '"': {
        const end = stringEnd(text, i);
        if (end === -1) return expanded;
        if (top?.object && top.expectingKey) top.key = JSON.parse(text.slice(i, end + 1)) as string;
        i = end;
        break;
      }
      case '{':
        if (breaksAfterBrace(text, i)) expanded.add(pathKey(path()));
        open.push({ object: true, key: '', expectingKey: true });
        break;
      case '[':
        open.push({ object: false, index: 0 });
        break;
      case ':':
        if (top?.object) top.expectingKey = false;
        break;
      case ',':
        if (top?.object) top.expectingKey = true;
        else if (top) top.index += 1;
        break;
      case '}':
      case ']':
        open.pop();
        break;
    }
  }
  return expanded;
}
