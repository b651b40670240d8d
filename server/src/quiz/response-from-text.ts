import type { CatalogIndex } from '../language/catalog-index.js';
import { tokenize } from '../language/tokenize.js';
import type { GradableResponse } from './grade-answer.js';
import { textNamesMuscle } from './grade-answer.js';
import type { QuestionSpec } from './question-spec.js';
import { answerWords, readQuizControl } from './read-quiz-reply.js';
import { ORDINALS } from '../language/ordinals.js';

/** "2", "b", "the second one", "the last": a choice by its place in the list, or null. */
function choiceByPlace(words: string, count: number): number | null {
  const bare = words.replace(/^the /, '').replace(/ (?:one|option|choice)$/, '');
  if (/^\d$/.test(bare)) return Math.max(0, Number(bare) - 1);
  if (/^[a-f]$/.test(bare)) return bare.charCodeAt(0) - 'a'.charCodeAt(0);
  const ordinal = ORDINALS[bare];
  if (ordinal === undefined) return null;
  return ordinal < 0 ? count - 1 : ordinal;
}

/**
 * Reads an answer typed in the chat for the open question: "skip" or "stop the quiz"; a name for
 * Name it; a choice by its place ("2", "b", "the second one") or its words for Facts and
 * Function. Null for Find it, which takes a click, and for a hint (no grade: it asks for help).
 */
export function responseFromText(
  index: CatalogIndex,
  spec: QuestionSpec,
  text: string,
): GradableResponse | null {
  const control = readQuizControl(text);
  if (control === 'skip') return { type: 'skip' };
  if (control === 'stop') return { type: 'stop' };
  if (control !== null || spec.answer.type === 'click') return null;
  const words = answerWords(text);
  if (spec.answer.type === 'text') return { type: 'text', text: (words || text).slice(0, 200) };
  const choices = spec.choices ?? [];
  const place = choiceByPlace(words, choices.length);
  if (place !== null) return { type: 'choice', index: Math.min(place, choices.length) };
  const byText = choices.findIndex((c) => tokenize(c).join(' ') === words);
  if (byText >= 0) return { type: 'choice', index: byText };
  // Function choices are muscle names: a name, lay name or misspelling of one picks it.
  const byName = choices.findIndex((c) => {
    const muscle = [...index.muscles.values()].find((m) => m.name === c);
    return muscle !== undefined && textNamesMuscle(index, words, muscle.id);
  });
  // An answer matching no choice is still an answer: a wrong one.
  return { type: 'choice', index: byName >= 0 ? byName : choices.length };
}
