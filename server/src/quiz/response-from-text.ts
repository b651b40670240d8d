import type { CatalogIndex } from '../language/catalog-index.js';
import { tokenize } from '../language/tokenize.js';
import type { GradableResponse } from './grade-answer.js';
import { textNamesMuscle } from './grade-answer.js';
import type { QuestionSpec } from './question-spec.js';

/**
 * Reads an answer typed in the chat for the open question: a name for Name it, a choice by its
 * number ("2") or its words for Facts and Function. Null for Find it, which takes a click.
 */
export function responseFromText(
  index: CatalogIndex,
  spec: QuestionSpec,
  text: string,
): GradableResponse | null {
  if (spec.answer.type === 'click') return null;
  if (spec.answer.type === 'text') return { type: 'text', text: text.slice(0, 200) };
  const choices = spec.choices ?? [];
  const number = /^\s*(?:option\s+)?(\d)\s*[.)]?\s*$/i.exec(text);
  if (number) return { type: 'choice', index: Math.max(0, Number(number[1]) - 1) };
  const words = tokenize(text).join(' ');
  const byText = choices.findIndex((c) => tokenize(c).join(' ') === words);
  if (byText >= 0) return { type: 'choice', index: byText };
  // Function choices are muscle names: a name, lay name or misspelling of one picks it.
  const byName = choices.findIndex((c) => {
    const muscle = [...index.muscles.values()].find((m) => m.name === c);
    return muscle !== undefined && textNamesMuscle(index, text, muscle.id);
  });
  // An answer matching no choice is still an answer: a wrong one.
  return { type: 'choice', index: byName >= 0 ? byName : choices.length };
}
