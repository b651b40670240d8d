import { consume } from '../../language/phrase-pattern.js';
import { layerAsked } from '../../language/layer-asked.js';
import { bestViewFor } from './best-view.js';
import type { GuideIntent, PlanContext } from './plan-context.js';

/** Words that point at muscles already on screen: "which of them are deep" is not the body's. */
const REFERRING = new Set([
  'it',
  'its',
  'they',
  'them',
  'these',
  'those',
  'this',
  'selected',
  'one',
  'ones',
]);
/** The body's layer is asked of muscles or layers: "which one is deepest" asks of earlier ones. */
const LAYER_NOUNS = new Set(['muscle', 'muscles', 'layer', 'layers']);

const layerOf = ({ request }: PlanContext) => {
  const named = new Set<number>();
  consume(named, request.mentions);
  return layerAsked(request.tokens, named);
};

/**
 * "Which muscles are right under the skin", "show me the deep muscles": a layer of the whole
 * body, when no muscle, region or place narrows it (those are answered with their own layer).
 */
export const bodyLayerIntent: GuideIntent = {
  name: 'layer of the body',
  matches: (context) => {
    const { request } = context;
    return (
      request.mentions.length === 0 &&
      request.landmarks.length === 0 &&
      request.action.pairs.length === 0 &&
      request.activity === null &&
      !request.tokens.some((t) => REFERRING.has(t)) &&
      request.tokens.some((t) => LAYER_NOUNS.has(t)) &&
      layerOf(context) !== null
    );
  },
  answer(context) {
    const { index, request, plan } = context;
    const layer = layerOf(context) ?? 'superficial';
    const inLayer = index.catalog.muscles.filter((m) => m.layer === layer);
    const drawable = inLayer.filter((m) => m.hasMesh);
    const side = request.side ?? 'both';
    const muscleIds = drawable.map((m) => m.id);
    plan.say(
      `Here are the ${layer} muscles of the whole body: ${drawable.length} of the catalog's ${inLayer.length} ${layer} muscles are in this 3D model, and they are highlighted.`,
    );
    plan.act(
      { toolName: 'selectMuscles', input: { muscleIds, side, mode: 'replace' } },
      { toolName: 'setCameraView', input: { view: bestViewFor(drawable, side), muscleIds, side } },
    );
    plan.paragraph(
      layer === 'superficial'
        ? 'Superficial muscles lie just under the skin and fascia (this model has no skin, so they are the ones you see first).'
        : layer === 'deep'
          ? 'Deep muscles lie under the others, most of them on the bones and joints; x-ray (“x-ray on”) lets you see them through the muscles above.'
          : 'Intermediate muscles lie between the superficial and the deep ones.',
    );
    plan.paragraph(
      `Name a region to narrow it down, for example “the ${layer} muscles of the back”.`,
    );
  },
};
