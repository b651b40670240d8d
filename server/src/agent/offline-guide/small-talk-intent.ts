import { OFF_TOPIC_EXAMPLES } from './off-topic-intent.js';
import type { GuideIntent } from './plan-context.js';
import type { ParsedRequest } from '../../language/parse-request.js';
import type { PlanBuilder } from './plan-builder.js';

/** Nothing in the message but the small talk: no name, place, movement, view, setup or "it". */
const onlySmallTalk = ({ mentions, landmarks, action, view, intent }: ParsedRequest): boolean =>
  mentions.length === 0 &&
  landmarks.length === 0 &&
  action.pairs.length === 0 &&
  action.missingJoint === null &&
  view.view === null &&
  !view.lateral &&
  !view.angled &&
  !view.flip &&
  view.zoom === null &&
  !intent.reset &&
  !intent.clear &&
  !intent.showAll &&
  intent.layers.length === 0 &&
  intent.xray === null &&
  !intent.pronoun &&
  intent.facts.length === 0;

export function sayGreeting(plan: PlanBuilder): void {
  plan.say(
    `Hello! I'm the offline guide to this 3D muscle model. Ask me to show a muscle or a group, turn the view, or tell you what a muscle does, where it attaches and which nerve supplies it: for example ${OFF_TOPIC_EXAMPLES}.`,
  );
}

export function sayThanks(plan: PlanBuilder): void {
  plan.say("You're welcome! Ask me about any other muscle whenever you like.");
}

export function sayHelp(plan: PlanBuilder): void {
  plan.say(
    "I'm the offline guide: I answer from the anatomy catalog of this model, without an AI. I can:",
  );
  plan.paragraph(
    [
      '- show and highlight muscles and groups, on one side or both (“my left biceps”, “the quads”)',
      '- turn and zoom the camera (“from behind”, “turn to the side”, “zoom in on the shoulder”)',
      '- answer origin, insertion, nerve, blood supply and action questions',
      '- find the muscles behind a movement (“what lets me shrug?”)',
      '- give guided tours (“give me a tour of the forearm flexors”)',
      '- hide or isolate muscles, hide the bones, and turn x-ray on or off',
      '- quiz you (“quiz me on the rotator cuff”): answer on the question card or here',
    ].join('\n'),
  );
}

/** "Hello", "thanks", "help", "what can you do": answered when the message holds nothing else. */
export const smallTalkIntents: readonly GuideIntent[] = [
  {
    name: 'empty',
    matches: ({ request }) => request.tokens.length === 0,
    answer: ({ plan }) => sayHelp(plan),
  },
  {
    name: 'greeting',
    matches: ({ request }) => request.intent.greeting && onlySmallTalk(request),
    answer: ({ plan }) => sayGreeting(plan),
  },
  {
    name: 'thanks',
    matches: ({ request }) => request.intent.thanks && onlySmallTalk(request),
    answer: ({ plan }) => sayThanks(plan),
  },
  {
    name: 'help',
    matches: ({ request }) => request.intent.help && onlySmallTalk(request),
    answer: ({ plan }) => sayHelp(plan),
  },
  {
    // "Undo", "go back": the guide keeps no list of past scenes to step back through.
    name: 'undo',
    matches: ({ request }) => UNDO.test(request.tokens.join(' ')),
    answer: ({ plan }) =>
      plan.say(
        "I can't step back through earlier views, but I can set it up again: say what to show (“show the biceps again”), “reset the view”, “clear the selection” or “show everything”.",
      ),
  },
];

/** The whole message asks to undo: "undo", "go back", "undo that please", "take that back". */
const UNDO =
  /^(please )?(undo|go back|take (that|it) back|revert|back to (before|the last one)|previous view)( that| it| please| the last (one|step|change))*$/;

/** Questions about the guide itself: "who are you", "are you an AI", "tell me about yourself". */
const ABOUT_GUIDE =
  /^(?:(?:so|and|hey|hi|ok|okay) )?(?:(?:who|what) are you|(?:tell me|talk) about (?:yourself|you)|introduce yourself|(?:what is|whats) your name|are you (?:an? )?(?:ai|bot|chatbot|robot|human|person|real|chatgpt|gpt|llm|computer|machine|language model|artificial intelligence))\b/;

/** "Are you an AI?": what the guide is (no AI) and what it can do. Before the off-topic row. */
export const aboutGuideIntent: GuideIntent = {
  name: 'aboutGuide',
  matches: ({ request }) => ABOUT_GUIDE.test(request.tokens.join(' ')),
  answer: ({ plan }) => sayHelp(plan),
};
