import type { MuscleAction } from '#shared/anatomy/catalog-schema';

const joints: Record<string, string> = {
  radioulnar: 'forearm',
  fingers: 'fingers',
  'great-toe': 'great toe',
  'pelvic-floor': 'pelvic floor',
  head: 'head',
  neck: 'neck',
  trunk: 'trunk',
  ribs: 'ribs',
};

/** "Flexion of the elbow", "Supination of the forearm (assists)". */
export const formatAction = (action: MuscleAction): string => {
  const movement = action.movement.replace(/-/g, ' ');
  const joint = joints[action.joint] ?? action.joint.replace(/-/g, ' ');
  const text = `${movement.charAt(0).toUpperCase()}${movement.slice(1)} of the ${joint}`;
  return action.role === 'assist' ? `${text} (assists)` : text;
};
