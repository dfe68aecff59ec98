import type { Schema, SchemaError } from './z';

/**
 * Why a file could not be used, where the interface can say it in the reader's language
 * (`recovery.reason.*`); otherwise the reason is technical (HTTP status, schema paths) and shown as is.
 */
export type ReasonKey = 'network' | 'json';

/** A data file that could not be used, with the file name and a short reason for the notice. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly reasonKey: ReasonKey | undefined;
  constructor(file: string, reason: string, reasonKey?: ReasonKey) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.reason = reason;
    this.reasonKey = reasonKey;
  }
}

/** The first few zod issues as "path: message", naming the record by its id where the path passes through one. */
export function describeZodError(error: SchemaError, data: unknown): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      let node: unknown = data;
      let recordId: string | null = null;
      for (const key of issue.path) {
        node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
        const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
        if (typeof id === 'string') recordId = id;
      }
      const where = issue.path.join('.') || '(root)';
      return `${recordId ? `${recordId} → ` : ''}${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Fetch a file under data/ (relative to the page, so sub-path hosting works) and parse it as JSON. */
export async function fetchDataJson(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`data/${file}`, { signal });
  } catch {
    throw new DataLoadError(file, 'network error', 'network');
  }
  if (!response.ok) throw new DataLoadError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(file, 'not valid JSON', 'json');
  }
}

/** Fetch and validate a data file against its schema; failures become a DataLoadError naming the record and field. */
export async function fetchValidated<T>(file: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  const raw = await fetchDataJson(file, signal);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DataLoadError(file, describeZodError(parsed.error, raw));
  return parsed.data;
}
