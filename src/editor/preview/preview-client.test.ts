import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cooperationQueryOptions } from '../../data/cooperation-query';
import type { LoadedCooperation } from '../../data/read-cooperation';
import { previewClient } from './preview-client';

const loaded: LoadedCooperation = {
  data: {
    hub: {
      id: 'poznan',
      name: { pl: 'Poznań', en: 'Poznań' },
      country: 'PL',
      lat: 52.4,
      lng: 16.9,
    },
    sources: [],
    themes: [],
    cities: [],
    visits: [],
  },
  skipped: 0,
  problems: [],
  wrongEncoding: false,
};

afterEach(() => vi.unstubAllGlobals());

describe('previewClient', () => {
  it('gives the map its data without asking any server', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request may leave the preview')));
    vi.stubGlobal('fetch', fetch);
    const client = previewClient(loaded);
    await expect(client.ensureQueryData(cooperationQueryOptions)).resolves.toBe(loaded);
    await expect(client.fetchQuery(cooperationQueryOptions)).resolves.toBe(loaded);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is what the map’s query finds on mounting: fresh, with nothing to fetch', () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request may leave the preview')));
    vi.stubGlobal('fetch', fetch);
    const observer = new QueryObserver(previewClient(loaded), cooperationQueryOptions);
    const unsubscribe = observer.subscribe(() => undefined);
    expect(observer.getCurrentResult()).toMatchObject({
      status: 'success',
      fetchStatus: 'idle',
      isStale: false,
      data: loaded,
    });
    unsubscribe();
    expect(fetch).not.toHaveBeenCalled();
  });
});
