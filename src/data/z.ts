// Namespace import: lets the bundler drop the parts of zod we never call (~60 KB gzip).
import * as z from 'zod';

// zod 4 compiles object parsers with `new Function` when it may, and finds out by trying once, when
// a schema is built. Under the app's Content-Security-Policy (no 'unsafe-eval') that probe is
// reported as a violation even though zod catches the error. Every module that builds a schema
// imports `z` from here, so the JIT is off before the first schema exists, whatever order the
// bundler's chunks are evaluated in. Parsing our few hundred records without it costs a few ms.
z.config({ jitless: true });

export { z };
