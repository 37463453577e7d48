/** Where in a text the parser stopped, counted as a person does (from 1). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The line and column of a character offset (a "\r\n" ends one line, as does "\n" or "\r"). */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/u);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse stopped, from its message ("… at position 25 (line 1 column 26)" in
 * Chromium, "… at line 1 column 26 …" in Firefox), or undefined when it does not say.
 */
export function parsePosition(text: string, message: string): TextPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/u.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/u.exec(message);
  if (position) return positionAt(text, Number(position[1]));
  return undefined;
}
