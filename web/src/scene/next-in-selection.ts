import type { SelectionEntry } from '../state/scene-data';

/**
 * The selected structure after (or before, `step` -1) `current` in selection order, wrapping
 * around; the first (or last) when `current` is not selected. Null when nothing is selected.
 */
export const nextInSelection = (
  selection: Readonly<Record<string, SelectionEntry>>,
  current: string | null,
  step: 1 | -1 = 1,
): string | null => {
  const ids = Object.keys(selection);
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return (step === 1 ? ids[0] : ids.at(-1)) ?? null;
  return ids[(at + step + ids.length) % ids.length] ?? null;
};
