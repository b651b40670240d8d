import type { Muscle } from '#shared/anatomy/catalog-schema';
import { bestViewFor } from './best-view.js';
import { capitalize, inSentence } from './compose.js';
import type { PlanContext } from './plan-context.js';

/** Lights one muscle up and turns the camera to it, or says it has no mesh to light. */
export function showMuscle({ plan, request }: PlanContext, muscle: Muscle): void {
  if (!muscle.hasMesh) {
    plan.paragraph(
      `${capitalize(`the ${inSentence(muscle.name)}`)} is not in this 3D model, so I can't highlight it.`,
    );
    return;
  }
  const side = request.side ?? 'both';
  plan.act(
    { toolName: 'selectMuscles', input: { muscleIds: [muscle.id], side, mode: 'replace' } },
    {
      toolName: 'setCameraView',
      input: { view: bestViewFor([muscle], side), muscleIds: [muscle.id], side },
    },
  );
}
