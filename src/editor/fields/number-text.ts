/** What a number input's text means for the draft. */
export type NumberText =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  /** Not a number: kept as typed, so the validator can say what is wrong with it. */
  | { readonly kind: 'text'; readonly text: string };

/** JSON's number syntax: no "1e", no ".5", no "52,4" (the validator explains the comma). */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function readNumberText(text: string): NumberText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (JSON_NUMBER.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  return { kind: 'text', text };
}

/** Whether the typed text already stands for `value`, so the input keeps it as typed ("52.40"). */
export function showsValue(text: string, value: unknown): boolean {
  const read = readNumberText(text);
  switch (read.kind) {
    case 'empty':
      return value === undefined;
    case 'number':
      return read.value === value;
    case 'text':
      return read.text === value;
  }
}

/** The text an input shows for a value in the draft. */
export function numberText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}
