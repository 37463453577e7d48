import { z } from 'zod';

// Under the production CSP (script-src 'self', no 'unsafe-eval') zod must not compile
// validators with `new Function`: even its guarded probe is reported as a violation.
z.config({ jitless: true });
