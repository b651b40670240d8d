import type { Muscle } from '#shared/anatomy/catalog-schema';
import { anyPattern as any, findTagged } from './phrase-pattern.js';

/** Lay and textbook words for the catalog's layers: "right under the skin", "next to the bone". */
const LAYER_PHRASES = [
  ...any(
    'superficial|outermost|topmost',
    // Not "outer" or "inner" alone: "the outer thigh" is a place.
    'top layer',
    'under|beneath|below|underneath the|my skin',
    'closest|nearest|next to the|my skin|surface',
    'on the surface',
    'can feel|see ?under ?the ?my ?skin',
  ).map((pattern) => ({ pattern, tag: 'superficial' as const })),
  ...any(
    'deep|deeper|deepest|innermost',
    'bottom layer',
    'closest|nearest|next to the|my bone|bones|spine|skeleton',
    'on the bone|bones',
  ).map((pattern) => ({ pattern, tag: 'deep' as const })),
];

/**
 * The layer a message picks ("the deep muscles of the back", "which muscles are right under the
 * skin"), outside the words `claimed` (names: "flexor digitorum profundus" is no layer), or null.
 */
export const layerAsked = (
  tokens: readonly string[],
  claimed: ReadonlySet<number> = new Set(),
): Muscle['layer'] | null => findTagged(tokens, LAYER_PHRASES, claimed)[0]?.tag ?? null;
