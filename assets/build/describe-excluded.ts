import type { ExcludedPart } from '#shared/anatomy/model-manifest';

/**
 * "3 parts excluded: A, B (file absent); C (not a mesh)", grouped by reason, or null when none
 * were: what a person starting the app should know about the model they get.
 */
export const describeExcluded = (excluded: readonly ExcludedPart[]): string | null => {
  if (excluded.length === 0) return null;
  // Map.groupBy needs Node 21.
  const byReason = new Map<string, ExcludedPart[]>();
  for (const part of excluded)
    byReason.set(part.reason, [...(byReason.get(part.reason) ?? []), part]);
  const groups = [...byReason].map(
    ([reason, parts]) => `${parts.map((part) => part.label).join(', ')} (${reason})`,
  );
  return `${excluded.length} ${excluded.length === 1 ? 'part' : 'parts'} excluded: ${groups.join('; ')}`;
};
