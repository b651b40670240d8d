import { z } from 'zod';

/** Server-issued ids are unguessable (UUID v4 or random base64url); clients may only echo them. */
export const EntityId = z
  .string()
  .min(8, 'id is too short')
  .max(64, 'id is too long')
  .regex(/^[A-Za-z0-9_-]+$/, 'id may hold only letters, digits, "-" and "_"');
export type EntityId = z.infer<typeof EntityId>;

export const MuscleId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'muscle ids are kebab-case, e.g. "biceps-brachii"');
export type MuscleId = z.infer<typeof MuscleId>;

export const Side = z.enum(['left', 'right', 'both']);
export type Side = z.infer<typeof Side>;

export const Vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);
export type Vec3 = z.infer<typeof Vec3>;

/** CSS hex colour, `#rgb` or `#rrggbb`. */
export const HexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'colour must be #rgb or #rrggbb');
export type HexColor = z.infer<typeof HexColor>;
