/**
 * Feature-state diffs: what to change on the map when a model field moves from one value to
 * the next. Pure (ids and states in, changes out) so the rules are tested without WebGL; the
 * controller applies the changes. Only differences are returned: a repaint costs per change.
 */

/** One `setFeatureState` call: the feature id and the state keys to set. */
export type StateChange = { id: string; state: Record<string, unknown> };

/** Membership of a set as a boolean state `key`: ids that left get false, ids that joined true. */
export function setChanges(
  prev: ReadonlySet<string> | undefined,
  next: ReadonlySet<string>,
  key: string,
): StateChange[] {
  if (prev === next) return [];
  const out: StateChange[] = [];
  if (prev) for (const id of prev) if (!next.has(id)) out.push({ id, state: { [key]: false } });
  for (const id of next) if (!prev || !prev.has(id)) out.push({ id, state: { [key]: true } });
  return out;
}

/** Values of a map as state: removed ids get `toState(undefined)`, new or changed ones `toState(value)`. */
export function mapChanges<V>(
  prev: ReadonlyMap<string, V> | undefined,
  next: ReadonlyMap<string, V>,
  toState: (value: V | undefined) => Record<string, unknown>,
): StateChange[] {
  if (prev === next) return [];
  const out: StateChange[] = [];
  if (prev) for (const id of prev.keys()) if (!next.has(id)) out.push({ id, state: toState(undefined) });
  for (const [id, v] of next) if (!prev || prev.get(id) !== v) out.push({ id, state: toState(v) });
  return out;
}
