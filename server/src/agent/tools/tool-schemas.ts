import { z } from 'zod';
import { highlightColors } from '../../language/highlight-colors.js';

/** Muscle references as a model sends them: catalog ids, or group ids that stand for their members. */
export const MuscleRefs = z.array(z.string().min(1).max(80)).min(1).max(60);

export const SideInput = z.enum(['left', 'right', 'both']).describe('default both');

/** Resolves a colour name or hex code to `#rrggbb`; null when it is neither. */
export function resolveColor(input: string): string | null {
  const value = input.trim().toLowerCase();
  if (/^#(?:[0-9a-f]{3}){1,2}$/.test(value)) return value;
  return highlightColors[value] ?? null;
}

export const colorHelp = `a hex colour (#rrggbb) or one of: ${Object.keys(highlightColors).join(', ')}`;
