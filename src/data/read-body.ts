import type { JsonSource } from './read-json-bytes';

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Reads a response's body to its end, decoding it as UTF-8 piece by piece while it arrives,
 * so a large file costs no time to decode once it is there: its text when the bytes are plain
 * UTF-8, its bytes otherwise (another byte order mark, a bad byte), for readJsonBytes to read
 * by its policy. Rejects as fetch's own body methods do.
 */
export async function readBody(response: Response): Promise<JsonSource> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  // Fatal: any byte that is not UTF-8 stops the decoding (UTF-16 and UTF-32 byte order marks
  // start with such bytes). A UTF-8 byte order mark is dropped, as readJsonBytes does.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: string[] | undefined = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    try {
      parts?.push(decoder.decode(value, { stream: true }));
    } catch {
      parts = undefined;
    }
  }
  try {
    parts?.push(decoder.decode());
  } catch {
    parts = undefined;
  }
  return parts ? { utf8Text: parts.join('') } : joined(chunks, length);
}
