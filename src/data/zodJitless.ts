import * as z from 'zod';

// zod 4 compiles object parsers with `new Function` when it may, and finds out by trying once.
// Under the app's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation
// even though zod catches the error, so the JIT is turned off before any schema is built.
// Imported first by main.tsx. Parsing our few hundred records without it costs a few milliseconds.
z.config({ jitless: true });
