/**
 * An external URL fit for an href, or undefined. The schema already allows only http(s);
 * this is checked again where data becomes a link, the one place it could become executable.
 */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
