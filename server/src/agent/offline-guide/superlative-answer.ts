import type { Muscle } from '#shared/anatomy/catalog-schema';
import { inSentence, joinList, muscleLabel } from './compose.js';
import type { PlanContext } from './plan-context.js';
import { showMuscles } from './show-muscle.js';

/** What a student's superlative asks, and the words the catalog's descriptions use for it. */
const SUPERLATIVES: readonly { asked: RegExp; written: RegExp }[] = [
  {
    asked: /^(biggest|largest|broadest|widest|heaviest|thickest)$/,
    written: /\b(largest|broadest|biggest|widest)\b/i,
  },
  { asked: /^longest$/, written: /\blongest\b/i },
  { asked: /^(strongest|powerful)$/, written: /\b(strongest|most powerful)\b/i },
  { asked: /^smallest$/, written: /\bsmallest\b/i },
];

/** Descriptions quoted at most when none speaks of the whole body. */
const MAX_QUOTED = 6;

/**
 * "Which is the biggest muscle of the back?", "the longest muscle in the body": the catalog
 * records no sizes, but some descriptions say it in words ("the broadest muscle of the back").
 * Those are quoted and shown, among the muscles asked about (all when none are named). False when
 * no description says it (the caller says the catalog cannot rank them).
 */
export function answerSuperlative(context: PlanContext, among: readonly Muscle[]): boolean {
  const { request, plan, index } = context;
  const asked = SUPERLATIVES.find(({ asked }) => request.tokens.some((t) => asked.test(t)));
  if (asked === undefined) return false;
  const candidates = among.length > 0 ? among : [...index.muscles.values()];
  const all = candidates.flatMap((muscle) => {
    const clause = muscle.summary.split(/[.;]/).find((part) => asked.written.test(part));
    return clause === undefined ? [] : [{ muscle, clause: clause.trim() }];
  });
  if (all.length === 0) return false;
  // "The longest muscle in the body" is what the description says of the body, not of its group
  // ("the largest and longest scalene"); "the biggest in the back", what it says of the back.
  const saysOf = (clause: string, word: string) =>
    new RegExp(`\\b(of|in) the ${word}\\b`, 'i').test(clause);
  // Nothing named asks about the whole body: only a description that says so answers it.
  const wholeBody = among.length === 0 || request.tokens.includes('body');
  const scope = wholeBody
    ? ['body']
    : request.tokens.filter(
        (t) => /^[a-z]+$/.test(t) && all.some(({ clause }) => saysOf(clause, t)),
      );
  const scoped = all.filter(({ clause }) => scope.some((word) => saysOf(clause, word)));
  const quote = ({ muscle, clause }: { muscle: Muscle; clause: string }) =>
    `${muscleLabel(muscle)}: “${inSentence(clause)}”`;
  if (wholeBody && scoped.length === 0) {
    // "The largest muscle in the body": no description says it of the body, only of a group or
    // a region; those are what the catalog can honestly offer.
    const within = all.slice(0, MAX_QUOTED);
    // The superlative itself is enough here ("the broadest muscle of the back"), not the clause.
    const brief = ({ muscle, clause }: { muscle: Muscle; clause: string }) =>
      `${muscleLabel(muscle)} (“${inSentence(clause.split(',')[0] ?? clause).trim()}”)`;
    plan.say(
      `The catalog records no sizes or strengths to rank the body's muscles by, and no description says it of the whole body, only within a group or a region: ${joinList(within.map(brief))}.`,
    );
    showMuscles(
      context,
      within.map((s) => s.muscle),
    );
    return true;
  }
  const said = scoped.length > 0 ? scoped : all;
  plan.say(
    `The catalog records no sizes or strengths to rank muscles by, but its descriptions say it of ${said.length === 1 ? 'one' : 'these'}: ${joinList(said.map(quote))}.`,
  );
  showMuscles(
    context,
    said.map((s) => s.muscle),
  );
  return true;
}
