import { tokenize } from '../language/tokenize.js';

/** What the student can do to an open question besides answering it. */
export type QuizControl = 'skip' | 'hint' | 'stop' | 'repeat';

/** A message typed while a question is open: a control, an answer, or neither (ask the guide). */
export type QuizReply =
  | { type: 'control'; control: QuizControl }
  | { type: 'answer' }
  /** A name typed for a Find it question, which a click answers. */
  | { type: 'needs-click' }
  | null;

// Patterns run over the message's tokens joined by spaces: apostrophes go ("don't" → "dont")
// and so does a "'s" ("it's" → "it", "what's" → "what").
const STOP =
  /^(?:(?:stop|end|quit|exit|cancel|finish|leave|close)(?: (?:the|this|my))? (?:quiz|test|questions?)|(?:stop|quit|exit|enough|im done|i am done|that enough|no more(?: questions)?)(?: (?:please|now|thanks))*)$|\b(?:stop|end|quit|exit|cancel|finish) (?:the|this) quiz\b/;
const SKIP =
  /^(?:skip(?: (?:it|this|this one|that one|the question|question))?|pass|next(?: (?:one|question))?|i (?:dont|do not) know|idk|dunno|no idea|not sure|no clue|i give up|give up|i have no idea|tell me the answer|show me the answer|what(?: is)? the answer|reveal(?: the answer)?)(?: (?:please|sorry|then))*$/;
const HINT =
  /^(?:(?:a |give me a |can i (?:have|get) a |i need a |any )?(?:hint|clue)s?|help(?: me)?)(?: (?:please|pls))*$/;
const REPEAT =
  /^(?:repeat(?: (?:the|that))?(?: question)?|(?:what|which)(?: was| is)? the question(?: again)?|say (?:it|that) again|the question again|again)(?: (?:please|pls))*$/;

/** "is it the deltoid?", "I think deltoid", "maybe the soleus": the answer after a lead-in. */
const LEAD_IN =
  /^(?:(?:is it|it is|it|is that|that is|that|i think|i guess|id say|i would say|maybe|probably|perhaps|my answer is|the answer is|my final answer is|final answer|answer|option|number)\b ?)+/;
/** Words that open a question or a request of its own: the student asks the guide something. */
const ASKS =
  /^(?:what|whats|how|why|where|when|which|who|whose|show|tell|explain|describe|can|could|would|does|do|should|give|zoom|rotate|turn|hide|select|highlight|quiz|test)\b/;

/** Chat that answers nothing ("ok", "thanks", "hmm wait"): never graded as a wrong answer. */
const ACKNOWLEDGING = new Set(
  'ok okay k kk cool nice great good thanks thank you thx ty hm hmm hmmm wait sure alright right yes yeah yep no nope lol haha oh ah oops sorry then so now please'.split(
    ' ',
  ),
);
const acknowledges = (text: string): boolean =>
  text !== '' && text.split(' ').every((t) => ACKNOWLEDGING.has(t));

/** The most words an answer typed in the chat is taken to have, lead-in aside. */
const MAX_ANSWER_WORDS = 6;

/** A message's tokens joined by spaces: what every pattern here reads. */
const wordsOf = (message: string): string => tokenize(message).join(' ');

const withoutLeadIn = (text: string): string => text.replace(LEAD_IN, '').trim();

/** The answer words of a message read as an answer ("is it the deltoid?" → "the deltoid"). */
export const answerWords = (message: string): string => withoutLeadIn(wordsOf(message));

const controlIn = (text: string): QuizControl | null => {
  if (STOP.test(text)) return 'stop';
  if (SKIP.test(text)) return 'skip';
  if (HINT.test(text)) return 'hint';
  if (REPEAT.test(text)) return 'repeat';
  return null;
};

/** A control typed in the chat ("skip", "I don't know", "a hint please", "stop the quiz"). */
export const readQuizControl = (message: string): QuizControl | null => controlIn(wordsOf(message));

/**
 * Reads a message typed while a question is open: a short message that asks nothing else is the
 * answer ("deltoid", "is it the soleus?", "2"), while "what does the deltoid do?" is left to the
 * guide. A Find it question takes a click: a name typed for it is told so, not graded.
 */
export function readQuizReply(message: string, answerBy: 'click' | 'text' | 'choice'): QuizReply {
  // Tokenized once: the control, the acknowledgement and the answer read the same words.
  const text = wordsOf(message);
  const control = controlIn(text);
  if (control) return { type: 'control', control };
  const words = withoutLeadIn(text);
  if (
    words === '' ||
    ASKS.test(words) ||
    acknowledges(text) ||
    words.split(' ').length > MAX_ANSWER_WORDS
  )
    return null;
  return answerBy === 'click' ? { type: 'needs-click' } : { type: 'answer' };
}
