import type { CatalogIndex } from '../../language/catalog-index.js';
import { tokenize } from '../../language/tokenize.js';
import { readQuizControl, readQuizReply } from '../../quiz/read-quiz-reply.js';
import type { PlannedToolCall } from '../tools/create-tools.js';
import type { AnswerPlan, GuideInput } from './plan-answer.js';
import { createPlanBuilder } from './plan-builder.js';
import { readQuizRequest } from './plan-quiz.js';

/** Words that show a control is about a quiz even when none is open ("hint", "next question"). */
const QUIZ_WORDS = new Set(['quiz', 'question', 'questions', 'hint', 'clue', 'skip']);

/**
 * A message typed while a quiz question is open that answers it, skips it, asks for a hint, stops
 * the quiz or asks for the question again: one call to the quiz tool, whose verdict (the server
 * grades, never the guide) is then relayed. Without an open question, "skip this question" or
 * "give me a hint" says so. Null when the message is none of these (the guide answers as usual).
 */
export function planQuizReply(index: CatalogIndex, input: GuideInput): AnswerPlan | null {
  const question = input.quiz ?? null;
  if (question === null) {
    const control = readQuizControl(input.message);
    if (control === null || !tokenize(input.message).some((t) => QUIZ_WORDS.has(t))) return null;
    const plan = createPlanBuilder();
    plan.say(
      'No quiz question is open right now. Say “quiz me on the rotator cuff” (or any muscles, group or region) to start one; a guided tour moves on with the buttons on its card.',
    );
    return { reasoning: `A quiz ${control} with no question open.`, steps: plan.finish() };
  }
  const reply = readQuizReply(input.message, question.answerBy);
  if (reply === null) return null;
  // "3 questions on the hamstrings" while a question is open starts that quiz; it answers nothing.
  if (reply.type !== 'control' && readQuizRequest(index, input.message) !== null) return null;
  if (reply.type === 'needs-click') {
    // Showing the muscle named would answer the question for the student.
    const plan = createPlanBuilder();
    plan.say(
      'This question is answered by clicking the muscle in the 3D view. Stuck? Say “hint”, “skip” or “stop the quiz”.',
    );
    return {
      reasoning: `A name typed for quiz question ${question.number} of ${question.total}, which takes a click.`,
      steps: plan.finish(),
    };
  }
  const call: PlannedToolCall =
    reply.type === 'control' && reply.control === 'repeat'
      ? { toolName: 'askQuizQuestion', input: {} }
      : { toolName: 'gradeQuizAnswer', input: { answer: input.message.trim().slice(0, 200) } };
  const plan = createPlanBuilder();
  plan.act(call);
  const steps = plan.finish();
  const last = steps.at(-1);
  if (last) last.relay = true;
  return {
    reasoning: `A reply to quiz question ${question.number} of ${question.total} (${reply.type === 'control' ? reply.control : 'an answer'}): the server grades it.`,
    steps,
  };
}
