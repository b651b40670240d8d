import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { QuizKind } from '#shared/protocol/quiz-question';
import type { CatalogIndex } from '../../language/catalog-index.js';
import type { AnswerPlan, GuideInput } from './plan-answer.js';
import { findMentions } from '../../language/match-entities.js';
import { createPlanBuilder } from './plan-builder.js';
import { tokenize } from '../../language/tokenize.js';

/** What a quiz request asks for; null when the message is not one. */
export interface QuizRequest {
  review: boolean;
  /** Kinds of question asked for ("find the…", "name the…"); all when none is. */
  kinds: QuizKind[];
  count: number | null;
  muscles: Muscle[];
  topic: string | null;
}

const NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/**
 * "quiz me", "test me", "drill me", "a quiz", "ask me some questions about", "test my knowledge";
 * "5 questions on" is read below.
 */
const ASKS_FOR_QUIZ =
  /\b(?:quiz|test|drill|examine|question) me\b|\bquiz\b|\b(?:start|give me|do|take) (?:a )?test\b|\bask me (?:\w+ ){0,3}questions?\b|\b(?:test|check) my knowledge\b/;
/** Study words that ask for a quiz only with a topic named ("practise the leg muscles"). */
const SOFT_QUIZ =
  /\b(?:practi[cs]e|practi[cs]ing|revise|revising|study|studying|memori[sz]e|memori[sz]ing|flash ?cards?)\b/;
/** "what I got wrong", "my mistakes", "review", "what is due". */
const ASKS_FOR_REVIEW =
  /\b(?:got|get|had|answered) (?:\w+ )?wrong\b|\bmistakes?\b|\bmissed\b|\breview\b|\bdue\b/;

/** Words that ask for one kind of question. */
const KIND_WORDS: readonly [QuizKind, RegExp][] = [
  ['find', /\b(?:find|finding|locate|locating|click|clicking|where)\b/],
  ['name', /\b(?:naming|identify|identifying|names?)\b/],
  ['fact', /\b(?:facts?|origins?|insertions?|nerves?|innervations?|attachments?)\b/],
  ['function', /\b(?:functions?|actions?|movements?)\b/],
];

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Reads a quiz request: its topic (names, groups, regions), count, and whether it is a review. */
export function readQuizRequest(index: CatalogIndex, message: string): QuizRequest | null {
  const tokens = tokenize(message);
  const text = tokens.join(' ');
  const countMatch =
    /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?: \w+)? questions?\b/.exec(
      text,
    );
  // "5 questions on the hamstrings" asks for a quiz; "questions about the biceps" does not.
  // "Practise the leg muscles", "flashcards on the rotator cuff" do, when they name what.
  const soft = !ASKS_FOR_QUIZ.test(text) && SOFT_QUIZ.test(text);
  if (
    !ASKS_FOR_QUIZ.test(text) &&
    !soft &&
    !(countMatch && / questions? (?:on|about|for)\b/.test(text))
  )
    return null;
  const countWord = countMatch?.[1];
  const count = countWord
    ? (NUMBERS[countWord] ?? (Number.isFinite(Number(countWord)) ? Number(countWord) : null))
    : null;
  const muscles = new Map<string, Muscle>();
  const names: string[] = [];
  for (const mention of findMentions(tokens, index.lexicon)) {
    const id = mention.ids[0] ?? '';
    if (mention.kind === 'muscle') {
      for (const muscleId of mention.ids) {
        const muscle = index.muscles.get(muscleId);
        if (muscle) muscles.set(muscle.id, muscle);
      }
      names.push(`the ${lower(index.muscles.get(id)?.name ?? mention.text)}`);
    } else if (mention.kind === 'group') {
      const group = index.groups.get(id);
      for (const muscleId of group?.muscles ?? []) muscles.set(muscleId, index.muscle(muscleId));
      if (group) names.push(`the ${lower(group.name)}`);
    } else if (mention.kind === 'region') {
      const region = index.catalog.regions.find((r) => r.id === id);
      for (const m of index.muscles.values()) if (m.region === id) muscles.set(m.id, m);
      if (region) names.push(`the muscles of the ${lower(region.name)}`);
    }
  }
  if (soft && muscles.size === 0) return null;
  return {
    review: ASKS_FOR_REVIEW.test(text),
    kinds: KIND_WORDS.filter(([, words]) => words.test(text)).map(([kind]) => kind),
    count: count !== null && count > 0 ? Math.min(count, 20) : null,
    muscles: [...muscles.values()],
    topic: names.length > 0 ? names.join(' and ') : null,
  };
}

/**
 * The offline guide's answer to "quiz me on …": one `startQuiz` call, so the server asks and
 * grades. Null when the message is not a quiz request (the guide answers it as usual).
 */
export function planQuiz(index: CatalogIndex, input: GuideInput): AnswerPlan | null {
  const request = readQuizRequest(index, input.message);
  if (!request) return null;
  const plan = createPlanBuilder();
  const selected = (input.scene?.selection ?? [])
    .map((s) => index.muscles.get(s.muscleId))
    .filter((m): m is Muscle => m !== undefined);
  const muscles = request.muscles.length > 0 ? request.muscles : request.review ? [] : selected;
  const topic =
    request.topic ??
    (request.review
      ? 'what you got wrong'
      : selected.length > 0
        ? selected.length === 1
          ? `the ${lower(selected[0]?.name ?? '')}`
          : 'the selected muscles'
        : null);
  if (!request.review && (muscles.length === 0 || topic === null)) {
    plan.say(
      'What should I quiz you on? Name muscles, a group or a region ("quiz me on the rotator cuff", "5 questions on the hamstrings"), select some muscles first, or say "quiz me on what I got wrong".',
    );
    return { reasoning: 'A quiz request without a topic.', steps: plan.finish() };
  }
  const count = request.count ?? 5;
  plan.say(
    request.review
      ? `Let's review ${topic}: the cards due first, then your misses. Answer on the question card; I grade each answer and show it in the 3D view.`
      : `Quiz time: ${count} question${count === 1 ? '' : 's'} on ${topic}. Answer on the question card; I grade each answer and show it in the 3D view.`,
  );
  plan.act({
    toolName: 'startQuiz',
    input: {
      topic: topic ?? 'what you got wrong',
      ...(muscles.length > 0 ? { muscleIds: muscles.map((m) => m.id) } : {}),
      count,
      ...(request.kinds.length > 0 ? { kinds: request.kinds } : {}),
      ...(request.review ? { review: true } : {}),
    },
  });
  return {
    reasoning: `A quiz request: ${request.review ? 'a review' : topic}, ${count} questions.`,
    steps: plan.finish(),
  };
}
