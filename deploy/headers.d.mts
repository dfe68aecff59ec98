// Types of headers.mjs (plain JS so that node, the test server and Vite share it).
export const NOT_FOUND_HTML: string;
export const CSP_DIRECTIVES: Record<string, string[]>;
export const CSP: string;
export const IMMUTABLE: string;
export const REVALIDATE: string;
export function cacheControlFor(relPath: string): string;
export const SECURITY_HEADERS: Record<string, string>;
