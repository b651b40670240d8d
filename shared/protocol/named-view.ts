import { z } from 'zod';

/** Camera views by anatomical direction; the camera looks FROM that side of the body. */
export const NamedView = z.enum([
  'anterior',
  'posterior',
  'left',
  'right',
  'superior',
  'inferior',
  'anterolateral-left',
  'anterolateral-right',
  'posterolateral-left',
  'posterolateral-right',
]);
export type NamedView = z.infer<typeof NamedView>;
