import { describe, expect, it } from 'vitest';
import { nginxMainConf } from './nginx-main-conf.ts';

const base = { prefix: '/tmp/map-nginx-x', siteFile: '/tmp/map-nginx-x/site.conf' };

describe('the test server main nginx.conf', () => {
  for (const [who, workerUser, userLine] of [
    ['started as root, runs its worker as the caller', 'root', /^user root;$/m],
    ['started by anyone else, has no "user" line (nginx would warn)', undefined, null],
  ] as const) {
    it(who, () => {
      const conf = nginxMainConf({ ...base, workerUser });
      if (userLine) expect(conf).toMatch(userLine);
      else expect(conf).not.toMatch(/^user /m);
    });
  }

  it('writes nothing outside its prefix, so no root rights are needed', () => {
    const conf = nginxMainConf(base);
    const paths = [...conf.matchAll(/^\s*(?:pid|\w+_temp_path) (\S+);$/gm)].map((m) => m[1]);
    expect(paths).toHaveLength(6);
    for (const written of paths) expect(written!.startsWith(`${base.prefix}/`)).toBe(true);
    expect(conf).toContain('error_log stderr warn;');
    expect(conf).toContain(`include ${base.siteFile};`);
  });
});
