import type { QuizResponse } from '#shared/protocol/quiz-answer';
import type { QuizVerdict } from '#shared/protocol/quiz-feedback';
import type { CatalogIndex } from '../language/catalog-index.js';
import { editDistance } from '../language/edit-distance.js';
import { findMentions } from '../language/match-entities.js';
import { tokenize } from '../language/tokenize.js';
import type { QuestionSpec } from './question-spec.js';

/** An answer that closes the question (hints are handled apart: they leave it open). */
export type GradableResponse = Exclude<QuizResponse, { type: 'hint' }>;

export interface Grade {
  verdict: QuizVerdict;
  correct: boolean;
  /** What the student gave, in words, for the feedback and the thread's history. */
  given: string;
}

/** Whole-name typos allowed: about one per six letters, so "teres mnor" passes and "teres major" does not. */
const typoBudget = (length: number) => Math.max(1, Math.floor(length / 6));

/**
 * Whether typed text names `muscleId`: by any of its names, synonyms or nicknames, with the typos
 * the guide's own name matching accepts, or as a whole within a small edit distance.
 */
export function textNamesMuscle(index: CatalogIndex, text: string, muscleId: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0) return false;
  const mentions = findMentions(tokens, index.lexicon);
  // Naming another muscle as well ("teres major or minor") is not an answer.
  const named = new Set(mentions.filter((m) => m.kind === 'muscle').flatMap((m) => m.ids));
  if (named.size === 1 && named.has(muscleId)) return true;
  if (named.size > 0) return false;
  const muscle = index.muscles.get(muscleId);
  if (!muscle) return false;
  const typed = tokens.filter((t) => t !== 'muscle' && t !== 'the').join(' ');
  return [muscle.name, ...muscle.synonyms, ...muscle.nicknames].some((name) => {
    const candidate = tokenize(name)
      .filter((t) => t !== 'muscle')
      .join(' ');
    return (
      editDistance(typed, candidate, typoBudget(candidate.length)) <= typoBudget(candidate.length)
    );
  });
}

const describeClick = (index: CatalogIndex, structureId: string, side: string) => {
  const name = index.muscles.get(structureId)?.name ?? index.bones.get(structureId)?.name;
  const what = name ?? structureId;
  return side === 'both' ? what : `${what} (${side})`;
};

/** Grades a response to a question. Pure: the server records the result. */
export function gradeAnswer(
  index: CatalogIndex,
  question: QuestionSpec,
  response: GradableResponse,
): Grade {
  if (response.type === 'skip') return { verdict: 'skipped', correct: false, given: 'Skip' };
  if (response.type === 'stop') return { verdict: 'stopped', correct: false, given: 'Stop quiz' };
  const { answer } = question;
  if (answer.type === 'click') {
    if (response.type !== 'click')
      return { verdict: 'wrong', correct: false, given: answerWords(question, response) };
    const given = describeClick(index, response.structureId, response.side);
    if (response.structureId !== answer.muscleId)
      return { verdict: 'wrong', correct: false, given };
    const sideOk = answer.side === 'both' || response.side === answer.side;
    return sideOk
      ? { verdict: 'correct', correct: true, given }
      : { verdict: 'wrong-side', correct: false, given };
  }
  if (answer.type === 'text') {
    if (response.type !== 'text')
      return { verdict: 'wrong', correct: false, given: answerWords(question, response) };
    const correct = textNamesMuscle(index, response.text, answer.muscleId);
    return { verdict: correct ? 'correct' : 'wrong', correct, given: response.text };
  }
  if (response.type !== 'choice')
    return { verdict: 'wrong', correct: false, given: answerWords(question, response) };
  const correct = response.index === answer.index;
  return {
    verdict: correct ? 'correct' : 'wrong',
    correct,
    given: question.choices?.[response.index] ?? `choice ${response.index + 1}`,
  };
}

const answerWords = (question: QuestionSpec, response: GradableResponse): string => {
  switch (response.type) {
    case 'text':
      return response.text;
    case 'choice':
      return question.choices?.[response.index] ?? `choice ${response.index + 1}`;
    case 'click':
      return response.structureId;
    default:
      return response.type;
  }
};
