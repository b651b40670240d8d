import type { GuideIntent } from './plan-context.js';

const SKIN_WORDS = new Set(['skin', 'fat', 'subcutaneous', 'dermis', 'epidermis']);

/**
 * "Hide the skin", "and the skin?", "show me the skin": the model has no skin or fat to show or
 * hide, so say what it has instead of reading the message as off-topic. Questions about a muscle
 * ("which muscle is just under the skin of the shin?") are left to the catalog answer.
 */
export const noSkinIntent: GuideIntent = {
  name: 'no skin',
  matches: ({ request }) =>
    request.tokens.some((t) => SKIN_WORDS.has(t)) &&
    request.mentions.length === 0 &&
    request.landmarks.length === 0 &&
    request.action.pairs.length === 0 &&
    request.intent.facts.length === 0 &&
    request.tokens.length <= 8,
  answer({ plan }) {
    plan.say(
      'This model has no skin or fat: it shows the muscles, the bones and other structures (tendons, ligaments, cartilage), so the muscles are already bare.',
    );
    plan.paragraph(
      'You can hide or show the bones and the other structures (“hide the bones”), see through muscles with x-ray (“x-ray on”), or hide single muscles (“hide the deltoid”).',
    );
  },
};
