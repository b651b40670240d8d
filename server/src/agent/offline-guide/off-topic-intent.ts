import type { GuideIntent, PlanContext } from './plan-context.js';

/** Words that mark a request as being about something other than the body's muscles. */
const OFF_TOPIC_WORDS = new Set(
  `python javascript typescript java html css sql code coding program programming compile debug
  div regex algorithm app website translate translation translated french spanish german
  italian chinese japanese language solve equation equations derivative integral algebra
  calculus percent percentage calculate multiply divide sum weather forecast temperature rain news
  joke jokes poem poems poetry haiku essay story stories song lyrics recipe recipes cook cooking
  bake lasagne lasagna pizza capital president prime minister election football soccer cricket
  basketball movie movies film films hamlet shakespeare novel plot photosynthesis chemistry physics
  geography economics homework tyre tire car cars bitcoin crypto stock stocks price prices
  tokyo london paris article articles email letter numpy install pip npm universe planet planets galaxy`.split(
    /\s+/,
  ),
);

/** Requests that stay off-topic even when they name a muscle: "translate biceps into Spanish". */
const ALWAYS_OFF_TOPIC = new Set(
  'translate translation translated poem poems poetry haiku essay joke jokes recipe code python javascript lyrics'.split(
    ' ',
  ),
);

/** Tokens of arithmetic: "2x + 3 = 7", "15% of 80", "the square root of 144". */
const ARITHMETIC = /\d\s*[-+*/=^%]\s*\d|\d+\s*%|[=]|square root|\bsqrt\b/i;

/** The student's own words name something of the catalog exactly (not as a typo). */
const namesAnatomy = ({ request }: PlanContext): boolean =>
  request.mentions.some((m) => m.distance === 0) ||
  request.landmarks.length > 0 ||
  request.action.pairs.length > 0;

/**
 * Requests about anything but the muscles (code, translation, sums, homework in other subjects,
 * news, jokes): the off-topic answer, never a guess at a muscle.
 */
export const offTopicIntent: GuideIntent = {
  name: 'off-topic',
  matches(context) {
    const { request, input } = context;
    const marked =
      request.tokens.some((t) => OFF_TOPIC_WORDS.has(t)) || ARITHMETIC.test(input.message);
    if (request.tokens.some((t) => ALWAYS_OFF_TOPIC.has(t))) return true;
    return marked && !namesAnatomy(context);
  },
  answer: ({ plan }) => sayOffTopic(plan),
};

export const OFF_TOPIC_EXAMPLES =
  '“show me the rotator cuff from behind”, “which muscles extend the knee?” or “what nerve supplies the biceps?”';

/** The one answer to anything outside the muscles of the model. */
export function sayOffTopic(plan: PlanContext['plan']): void {
  plan.say(
    `I'm the offline guide to this 3D muscle model, so I can only help with its muscles: where they are, what they do, their attachments and their nerves. That question is outside what I know. Try ${OFF_TOPIC_EXAMPLES}.`,
  );
}
