/**
 * Leaflet's own placeholders in a tile URL template: what TileLayer fills in itself. Leaflet
 * would also fill `{anything}` from the layer's options and throws "No value provided for
 * variable {apikey}" on any other name, taking the map down with it; so only these are allowed.
 */
export const TILE_PLACEHOLDERS = ['z', 'x', 'y', 's', 'r', '-y'] as const;

/** One thing wrong with a tile URL template. */
export type TemplateProblem =
  /** `{apikey}`, `{foo}`, `{ z }`: not one of Leaflet's; `meant` when it is a near miss. */
  | { readonly kind: 'unknown'; readonly placeholder: string; readonly meant?: string }
  /** A `{` or `}` that opens or closes no placeholder; `at` counts from 0. */
  | { readonly kind: 'unpaired'; readonly brace: '{' | '}'; readonly at: number }
  /** Without {z}, {x} and {y} (or {-y}) every tile would be the same picture. */
  | { readonly kind: 'missing'; readonly placeholders: readonly string[] };

const KNOWN: ReadonlySet<string> = new Set(TILE_PLACEHOLDERS);
const PLACEHOLDER_OR_BRACE = /\{[^{}]*\}|[{}]/g;

/** The near miss someone meant: `{ z }` or `{Z}` for `{z}`, `{-Y}` for `{-y}`. */
function meantFor(name: string): string | undefined {
  const cleaned = name.replace(/\s+/g, '').toLowerCase();
  return KNOWN.has(cleaned) ? `{${cleaned}}` : undefined;
}

/** Everything wrong with a tile URL template's placeholders, in the order they are written. */
export function tileTemplateProblems(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const used = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER_OR_BRACE)) {
    const [text] = match;
    if (text === '{' || text === '}') {
      problems.push({ kind: 'unpaired', brace: text, at: match.index });
      continue;
    }
    const name = text.slice(1, -1);
    if (KNOWN.has(name)) {
      used.add(name);
      continue;
    }
    const meant = meantFor(name);
    problems.push({ kind: 'unknown', placeholder: text, ...(meant ? { meant } : {}) });
  }
  const missing = ['z', 'x'].filter((name) => !used.has(name));
  if (!used.has('y') && !used.has('-y')) missing.push('y');
  if (missing.length > 0) {
    problems.push({ kind: 'missing', placeholders: missing.map((name) => `{${name}}`) });
  }
  return problems;
}

/** True when Leaflet can fill every placeholder and each tile gets its own address. */
export function isTileTemplate(template: string): boolean {
  return tileTemplateProblems(template).length === 0;
}
