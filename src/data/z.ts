// zod/mini: the same parser as classic zod, with functions instead of methods on every schema,
// so the bundle carries only the checks we use (about 10 KB gzip against 28 KB for classic).
// Namespace import so the bundler can drop the rest.
import * as z from 'zod/mini';
// Mini ships no messages; English ones make a data error readable ("expected string, received number").
import en from 'zod/v4/locales/en.js';

// zod 4 compiles object parsers with `new Function` when it may, and finds out by trying once, when
// a schema is built. Under the app's Content-Security-Policy (no 'unsafe-eval') that probe is
// reported as a violation even though zod catches the error. Every module that builds a schema
// imports `z` from here, so the JIT is off before the first schema exists, whatever order the
// bundler's chunks are evaluated in. Parsing our few hundred records without it costs a few ms.
z.config({ jitless: true, ...en() });

/** A schema that parses to T (what the fetch and decode helpers accept). */
export type Schema<T> = z.ZodMiniType<T>;
/** What a failed `safeParse` returns. */
export type SchemaError = z.core.$ZodError;

export { z };
