import type { Muscle } from '#shared/anatomy/catalog-schema';
import { bestViewFor } from './best-view.js';
import { capitalize, joinList, muscleLabel } from './compose.js';
import type { PlanContext } from './plan-context.js';

/**
 * Lights the muscles up and turns the camera to them, after a paragraph naming those that have
 * no mesh to light.
 */
export function showMuscles({ plan, request }: PlanContext, muscles: readonly Muscle[]): void {
  const drawable = muscles.filter((m) => m.hasMesh);
  const missing = muscles.filter((m) => !m.hasMesh);
  if (missing.length > 0)
    plan.paragraph(
      `${capitalize(joinList(missing.map((m) => muscleLabel(m))))} ${missing.length === 1 ? 'is' : 'are'} not in this 3D model, so I can't highlight ${missing.length === 1 ? 'it' : 'them'}.`,
    );
  if (drawable.length === 0) return;
  const side = request.side ?? 'both';
  const muscleIds = drawable.map((m) => m.id);
  plan.act(
    { toolName: 'selectMuscles', input: { muscleIds, side, mode: 'replace' } },
    { toolName: 'setCameraView', input: { view: bestViewFor(drawable, side), muscleIds, side } },
  );
}
