import { z } from 'zod';

// Under the production CSP (script-src 'self', no 'unsafe-eval') zod must not compile
// validators with `new Function`: even its guarded probe is reported as a violation.
// Imported by the modules that validate in the browser, before they parse anything.
z.config({ jitless: true });
