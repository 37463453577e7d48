import { describe, expect, it } from 'vitest';
import { readBody } from './read-body';
import { readJsonBytes } from './read-json-bytes';

/** A response whose body arrives in these pieces. */
function responseOf(chunks: readonly number[][]): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
  return new Response(stream);
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const BOM = [0xef, 0xbb, 0xbf];

describe('readBody', () => {
  it.each<[string, number[][], string]>([
    ['one piece', [utf8('{"a": "Poznań"}')], '{"a": "Poznań"}'],
    ['several pieces', [utf8('{"a": '), utf8('1}')], '{"a": 1}'],
    // "ń" is two bytes: the first piece ends between them.
    ['a letter split between pieces', [utf8('"Pozna').concat(0xc5), [0x84, 0x22]], '"Poznań"'],
    ['a UTF-8 byte order mark, dropped', [BOM.concat(utf8('[]'))], '[]'],
    ['nothing', [], ''],
  ])('decodes plain UTF-8 as it comes: %s', async (_, chunks, text) => {
    expect(await readBody(responseOf(chunks))).toEqual({ utf8Text: text });
  });

  it.each<[string, number[][]]>([
    ['a UTF-16 byte order mark', [[0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]]],
    ['a Windows-1250 letter', [utf8('"Pozna'), [0xf1, 0x22]]],
    ['a letter cut off at the end', [utf8('"Pozna').concat(0xc5)]],
  ])('keeps the bytes of anything else, joined: %s', async (_, chunks) => {
    expect(await readBody(responseOf(chunks))).toEqual(new Uint8Array(chunks.flat()));
  });

  it('reads to the same text as readJsonBytes does from the bytes', async () => {
    const bytes = BOM.concat(utf8('{"miasto": "Łódź", "lata": [2019]}'));
    const body = await readBody(responseOf([bytes.slice(0, 9), bytes.slice(9)]));
    expect(readJsonBytes(body)).toEqual(readJsonBytes(new Uint8Array(bytes)));
  });
});
