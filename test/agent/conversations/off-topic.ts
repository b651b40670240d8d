import {
  ask,
  NOT_A_MUSCLE_QUESTION,
  OFF_TOPIC,
  type ConversationCase,
} from './conversation-case.js';

const O = 'off-topic';
const off = { says: [OFF_TOPIC], never: NOT_A_MUSCLE_QUESTION, noCalls: true };

/** Anything that is not about the muscles gets the off-topic answer, never a guess at a muscle. */
export const offTopicCases: ConversationCase[] = [
  ask(O, 'write me a python function to sort a list', off),
  ask(O, 'translate hello into french', off),
  ask(O, 'solve 2x + 3 = 7', off),
  ask(O, "what's the weather like today?", off),
  ask(O, 'tell me a joke', off),
  ask(O, 'who won the world cup in 2018', off),
  ask(O, 'whats the capital of australia', off),
  ask(O, 'can you help with my chemistry homework', off),
  ask(O, 'write an essay about the french revolution', off),
  ask(O, 'how do i center a div in css', off),
  ask(O, 'recommend a good recipe for lasagne', off),
  ask(O, 'what is the price of bitcoin', off),
  ask(O, 'explain photosynthesis', off),
  ask(O, 'write a poem about the sea', off),
  ask(O, 'how do i fix a flat tyre', off),
  ask(O, 'what is 15% of 80', off),
  ask(O, 'debug my javascript code please', off),
  ask(O, 'what time is it in tokyo', off),
  ask(O, 'how do you say thank you in spanish', off),
  ask(O, 'summarise the plot of hamlet', off),
  ask(O, 'what is the derivative of x squared', off),
  ask(O, ['show me the biceps', 'now write a haiku about it'], { says: [OFF_TOPIC] }),
  ask(O, 'can you help me with my maths homework', off),
  ask(O, 'write me a cover letter', off),
  ask(O, 'who is the president of france', off),
  ask(O, 'what is the square root of 144', off),
  ask(O, 'summarize this article for me', off),
  ask(O, "what's the best pizza in town", off),
  ask(O, 'how do i install numpy', off),
  ask(O, 'translate biceps into spanish', off),
  ask(O, ['show the quads', 'tell me a joke about them'], { says: [OFF_TOPIC] }),
  ask(O, "what's the capital of spain", off),
  ask(O, 'can u translate gluteus maximus to english', off),
  ask(O, 'what do you think about the election', off),
  ask(O, 'i need help with my biology exam on photosynthesis', off),
  ask(O, 'what is the origin of the universe', off),
  // About the guide itself: what it is (no AI) and what it can do.
  ask(O, 'tell me about yourself', { says: [/offline guide/, /without an AI/], noCalls: true }),
  ask(O, 'are you an AI?', { says: [/without an AI/, /quiz you/], noCalls: true }),
];
