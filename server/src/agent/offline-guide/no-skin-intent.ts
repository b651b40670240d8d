import type { GuideIntent } from './plan-context.js';

const SKIN_WORDS = new Set(['skin', 'fat', 'subcutaneous', 'dermis', 'epidermis']);
/** Organs students ask to see; "heart muscle" is cardiac muscle, not one of the catalog's. */
const ORGANS: Record<string, string> = {
  heart: 'heart',
  cardiac: 'heart',
  lung: 'lungs',
  lungs: 'lungs',
  liver: 'liver',
  stomach: 'stomach',
  brain: 'brain',
  kidney: 'kidneys',
  kidneys: 'kidneys',
  intestine: 'intestines',
  intestines: 'intestines',
  bowel: 'intestines',
  bowels: 'intestines',
  guts: 'intestines',
  bladder: 'bladder',
  spleen: 'spleen',
  pancreas: 'pancreas',
  tongue: 'tongue',
  eyeball: 'eyes',
  eyeballs: 'eyes',
  uterus: 'uterus',
};

/**
 * "Hide the skin", "show me the heart", "the tongue muscles": the model has no skin, fat or
 * organs to show or hide, so say what it has instead of reading the message as off-topic or
 * matching the word in some muscle's text. Questions about a muscle ("which muscle is just under
 * the skin of the shin?") are left to the catalog answer.
 */
export const noSkinIntent: GuideIntent = {
  name: 'no skin',
  matches: ({ request }) =>
    request.tokens.some((t) => SKIN_WORDS.has(t) || ORGANS[t] !== undefined) &&
    request.mentions.length === 0 &&
    request.landmarks.length === 0 &&
    request.action.pairs.length === 0 &&
    // "Where are the lungs", "how does the heart pump blood": asked of an organ, not a muscle.
    request.intent.facts.every((k) => k === 'location' || k === 'summary' || k === 'blood') &&
    request.tokens.length <= 10,
  answer({ plan, request }) {
    const organ = request.tokens.map((t) => ORGANS[t]).find((o) => o !== undefined);
    plan.say(
      organ === undefined
        ? 'This model has no skin or fat: it shows the muscles, the bones and other structures (tendons, ligaments, cartilage), so the muscles are already bare.'
        : `This model has no ${organ === 'heart' ? 'heart (its muscle is cardiac muscle, not a skeletal one)' : organ} or other organs: it shows the skeletal muscles, the bones and other structures (tendons, ligaments, cartilage).`,
    );
    plan.paragraph(
      'You can hide or show the bones and the other structures (“hide the bones”), see through muscles with x-ray (“x-ray on”), or hide single muscles (“hide the deltoid”).',
    );
  },
};
