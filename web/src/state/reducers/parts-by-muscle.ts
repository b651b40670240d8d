import { parseMusclePartId } from '#shared/protocol/index';

/** Part ids grouped by muscle: `['trapezius/descending']` → `trapezius → ['descending']`. */
export const partsByMuscle = (partIds: readonly string[] | undefined): Map<string, string[]> => {
  const byMuscle = new Map<string, string[]>();
  for (const id of partIds ?? []) {
    const ref = parseMusclePartId(id);
    if (ref === null) continue;
    const list = byMuscle.get(ref.muscleId) ?? [];
    if (!list.includes(ref.part)) list.push(ref.part);
    byMuscle.set(ref.muscleId, list);
  }
  return byMuscle;
};
