import type { ExpressionSpecification } from 'maplibre-gl';
import { NAME_FALLBACK } from '../data/names';
import type { Lang } from '../data/schema';

/** A feature's name (`name_xx` properties) in the interface language, falling back in the fixed order of NAME_FALLBACK. */
export function nameExpression(lang: Lang, prefix = 'name_'): ExpressionSpecification {
  return ['coalesce', ...NAME_FALLBACK[lang].map((l) => ['get', `${prefix}${l}`] as ExpressionSpecification), ''];
}
