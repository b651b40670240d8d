import type { Muscle, MuscleGroup } from '#shared/anatomy/catalog-schema';
import { describeActions } from './describe-action.js';

/** The catalog's sentences without its "not in this 3D model" remark (answers say that themselves). */
export const withoutModelRemark = (text: string): string =>
  text
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !/not in (this|the) 3D model/i.test(sentence))
    .join(' ')
    .trim();

/**
 * Everything the catalog says about one muscle, compact, for a model's context or a lookup
 * result. States plainly when the 3D model has no mesh for it.
 */
export function formatMuscleFacts(
  muscle: Muscle,
  groups: ReadonlyMap<string, MuscleGroup>,
): string {
  const lines = [
    `${muscle.name} [${muscle.id}]${muscle.hasMesh ? '' : ' (NOT IN THE 3D MODEL: no mesh, cannot be highlighted)'}`,
    `  region: ${muscle.region}${muscle.compartment ? `; ${muscle.compartment}` : ''}; layer: ${muscle.layer}`,
    `  origin: ${muscle.origin}`,
    `  insertion: ${muscle.insertion}`,
    `  nerve: ${muscle.innervation}${muscle.roots ? ` (${muscle.roots})` : ''}`,
  ];
  if (muscle.bloodSupply) lines.push(`  blood supply: ${muscle.bloodSupply}`);
  lines.push(`  actions: ${describeActions(muscle.actions)}`);
  const groupNames = muscle.groups.map((id) => groups.get(id)?.name ?? id);
  if (groupNames.length > 0) lines.push(`  groups: ${groupNames.join(', ')}`);
  lines.push(`  summary: ${withoutModelRemark(muscle.summary)}`);
  return lines.join('\n');
}

/** A group, its description and members (marking those the 3D model lacks). */
export function formatGroupFacts(group: MuscleGroup, muscles: ReadonlyMap<string, Muscle>): string {
  const members = group.muscles.map((id) => {
    const muscle = muscles.get(id);
    return muscle === undefined ? id : `${muscle.id}${muscle.hasMesh ? '' : ' (not in 3D model)'}`;
  });
  return `${group.name} [group ${group.id}]: ${withoutModelRemark(group.description)}\n  members: ${members.join(', ')}`;
}
