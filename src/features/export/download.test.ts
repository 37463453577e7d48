import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSV_MIME, downloadText, GEOJSON_MIME } from './download';

/** Just enough of the DOM for a link: the test runs in Node. */
function fakeDocument(events: string[]) {
  const link = {
    href: '',
    download: '',
    hidden: false,
    click: () => events.push(`click ${link.download} ${link.href}`),
    remove: () => events.push('remove'),
  };
  return {
    link,
    document: {
      createElement: (tag: string) => {
        expect(tag).toBe('a');
        return link;
      },
      body: { append: () => events.push('append') },
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it.each<[string, string, string]>([
    ['\uFEFFa,b\r\n', 'poznan-wspolpraca.csv', CSV_MIME],
    ['{"type":"FeatureCollection","features":[]}', 'poznan-wspolpraca.geojson', GEOJSON_MIME],
  ])('saves %j as %s, then frees the URL on the next tick', async (content, fileName, mime) => {
    vi.useFakeTimers();
    const events: string[] = [];
    const blobs: Blob[] = [];
    const { document } = fakeDocument(events);
    vi.stubGlobal('document', document);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => events.push(`revoke ${url}`));

    downloadText(content, fileName, mime);

    expect(events).toEqual(['append', `click ${fileName} blob:test/1`, 'remove']);
    vi.runAllTimers();
    expect(events.at(-1)).toBe('revoke blob:test/1');
    expect(blobs[0]!.type).toBe(mime);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(content);
  });

  it('writes the BOM as the UTF-8 bytes Excel looks for', async () => {
    vi.stubGlobal('document', fakeDocument([]).document);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/2';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    downloadText('\uFEFFł', 'a.csv', CSV_MIME);
    const bytes = [...new Uint8Array(await blobs[0]!.arrayBuffer())];
    expect(bytes).toEqual([0xef, 0xbb, 0xbf, 0xc5, 0x82]);
  });
});
