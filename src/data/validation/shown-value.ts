/** Invisible or direction-changing characters, shown as escapes so a line reads as it is. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

function escapeInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A value as an editor would recognise it in the file: quoted, one line, never a trap (no
 * control or bidirectional characters), cut short in the middle when long so both ends show.
 * Lists and objects are not spelt out (they may be huge or deeply nested).
 */
export function shown(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return '[ … ]';
  if (typeof value === 'object' && value !== null) return '{ … }';
  if (typeof value !== 'string') return String(value);
  const quoted = escapeInvisible(JSON.stringify(value));
  return quoted.length > 60 ? `${quoted.slice(0, 40)}…${quoted.slice(-18)}` : quoted;
}
