import { describe, expect, it, vi } from 'vitest';
import { firstRequest, type FirstRequest } from './first-request';

const signal = new AbortController().signal;

/** A request function that answers its nth call with `answers[n]` (a value, or an Error to throw). */
function requests(...answers: (string | Error)[]) {
  let call = 0;
  return vi.fn(async () => {
    const answer = answers[call++];
    if (answer instanceof Error) throw answer;
    return answer!;
  });
}

describe('firstRequest', () => {
  it('starts the request once, however often it is started', async () => {
    const request = requests('data');
    const first = firstRequest(request);
    const a = first.start();
    const b = first.start();
    expect(a).toBe(b);
    await expect(a).resolves.toBe('data');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('hands the started request to the query, then asks anew', async () => {
    const request = requests('early', 'again');
    const first = firstRequest(request);
    const started = first.start();
    expect(first.queryFn({ signal })).toBe(started);
    await expect(first.queryFn({ signal })).resolves.toBe('again');
    expect(request).toHaveBeenCalledTimes(2);
    expect(request).toHaveBeenLastCalledWith(signal);
  });

  it('hands a failed request over as the first attempt; the retry asks anew', async () => {
    const request = requests(new Error('offline'), 'back');
    const first = firstRequest(request);
    await expect(first.start()).rejects.toThrow('offline');
    await expect(first.queryFn({ signal })).rejects.toThrow('offline');
    await expect(first.queryFn({ signal })).resolves.toBe('back');
  });

  it('asks the server itself when nothing was started', async () => {
    const request = requests('late');
    await expect(firstRequest(request).queryFn({ signal })).resolves.toBe('late');
    expect(request).toHaveBeenCalledWith(signal);
  });

  it.each([
    ['before it is started', () => {}],
    ['while it is on its way', (first: FirstRequest<string>) => void first.start()],
  ])('has no answer to take %s', (_, act) => {
    const first = firstRequest(requests('data'));
    act(first);
    expect(first.take()).toBeUndefined();
  });

  it('gives its answer once it has come, once; the query asks anew after', async () => {
    const request = requests('data', 'again');
    const first = firstRequest(request);
    await first.start();
    expect(first.take()).toBe('data');
    expect(first.take()).toBeUndefined();
    await expect(first.queryFn({ signal })).resolves.toBe('again');
  });

  it('has no answer to take once a query has taken the request', async () => {
    const first = firstRequest(requests('data'));
    await first.queryFn({ signal }).then(() => first.start());
    expect(first.take()).toBeUndefined();
  });

  it('has no answer to take when the request failed', async () => {
    const first = firstRequest(requests(new Error('404')));
    await first.start().catch(() => {});
    expect(first.take()).toBeUndefined();
  });
});
