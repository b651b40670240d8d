import { randomUUID } from 'node:crypto';
import type { Muscle } from '#shared/anatomy/catalog-schema';
import type { ModelCommand } from '#shared/protocol/model-event';
import type { ProgressResponse } from '#shared/protocol/progress';
import type { QuizAnswerResult, QuizResponse } from '#shared/protocol/quiz-answer';
import type { QuizKind, QuizQuestionPayload } from '#shared/protocol/quiz-question';
import type { Agent } from '../agent/agent.js';
import type { CatalogIndex } from '../language/catalog-index.js';
import { AppError } from '../errors/app-error.js';
import type { AdmissionRequest, Ticket } from '../limits/admission.js';
import type { Channel } from '../runs/run.js';
import { generateQuestions, type QuestionTarget } from './generate-questions.js';
import { gradeAnswer, type Grade, type GradableResponse } from './grade-answer.js';
import { responseFromText } from './response-from-text.js';
import { shuffle } from './shuffle.js';
import { stepSegments } from './step-segments.js';
import { questionCommands, questionPayload, questionText } from './present-question.js';
import { readQuizControl } from './read-quiz-reply.js';
import { noteThenStudentText } from './relayed-text.js';
import type { ProgressRepository } from './progress-repository.js';
import type { QuestionRecord, QuizRepository } from './quiz-repository.js';
import { rateAnswer } from './rate-answer.js';
import { createQuizStepAgent, type StepSegment } from './quiz-step-agent.js';
import { fromStored, masteryOf, newCard, scheduleCard, toStored } from './schedule-card.js';
import { summarizeProgress } from './summarize-progress.js';

export const DEFAULT_QUESTIONS = 5;
export const MAX_QUESTIONS = 20;
/** How long the answer stays on screen before the next question is asked. */
export const DEFAULT_NEXT_QUESTION_PAUSE_MS = 1500;

/** Who asks, and in which thread the quiz runs. */
export interface QuizContext {
  userId: string;
  threadId: string;
}

export interface StartQuizRequest {
  /** How the student named it ("the rotator cuff"); shown on the card. */
  topic: string;
  /** Muscles to ask about; with `review`, limits the review to them. */
  muscleIds: readonly string[];
  count?: number | undefined;
  kinds?: readonly QuizKind[] | undefined;
  /** Draw the student's due and missed cards first. */
  review?: boolean | undefined;
}

export interface StartedQuiz {
  quizId: string;
  /** For the model (or guide) to say: what was started. */
  message: string;
  commands: ModelCommand[];
}

/** A graded step starts a run in the thread, like a message, with the step agent. */
export interface StepRunRequest extends AdmissionRequest {
  channel: Channel;
  threadId: string;
  message: string;
  requestId: string;
  agent: Agent;
  /** The admission the answer passed, for the step's run. */
  ticket?: Ticket | undefined;
}

export interface QuizServiceDeps {
  index: CatalogIndex;
  quizzes: QuizRepository;
  progress: ProgressRepository;
  /** Starts the run that streams a graded step to the thread; admission is checked before. */
  startStepRun: (request: StepRunRequest) => Promise<{ runId: string; threadId: string }>;
  /** Admits the step's run (rate limits, concurrent runs), for run id `runId`. */
  admit?: (request: AdmissionRequest, runId: string) => Promise<Ticket>;
  now?: () => Date;
  random?: () => number;
  nextQuestionPauseMs?: number;
}

export interface AnswerRequest extends AdmissionRequest {
  channel: Channel;
  questionId: string;
  response: QuizResponse;
}

const NOT_FOUND = (id: string) =>
  new AppError('QUESTION_NOT_FOUND', `Quiz question ${id} not found`);
const CLOSED = (id: string) =>
  new AppError('QUESTION_CLOSED', `Question ${id} is already answered or the quiz ended`);

/**
 * Runs quizzes: starts them (from a tool call, so any agent can), grades answers on the server,
 * records progress as FSRS cards, and streams each step as a run of the quiz's thread.
 */
export const createQuizService = (deps: QuizServiceDeps) => {
  const { index } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const pauseMs = deps.nextQuestionPauseMs ?? DEFAULT_NEXT_QUESTION_PAUSE_MS;

  /** Due cards first (soonest first), then missed ones, then the rest of what was practised. */
  const reviewTargets = async (
    userId: string,
    only: ReadonlySet<string> | null,
  ): Promise<QuestionTarget[]> => {
    const at = now();
    const cards = (await deps.progress.list(userId)).filter(
      (c) => (!only || only.has(c.muscleId)) && index.muscles.has(c.muscleId),
    );
    const rank = (c: (typeof cards)[number]) => {
      const card = fromStored(c.card);
      if (card.due.getTime() <= at.getTime()) return 0;
      return c.lastCorrect === false ? 1 : 2;
    };
    return cards
      .map((c) => ({ c, r: rank(c) }))
      .sort((a, b) => a.r - b.r)
      .map(({ c }) => ({ muscleId: c.muscleId, kind: c.kind }));
  };

  const recordProgress = async (
    userId: string,
    muscleId: string,
    kind: QuizKind,
    outcome: { correct: boolean; hints: number; elapsedMs: number },
  ) => {
    const at = now();
    const existing = await deps.progress.find(userId, muscleId, kind);
    const card = existing ? fromStored(existing.card) : newCard(at);
    const next = scheduleCard(card, rateAnswer(outcome), at);
    await deps.progress.save(userId, {
      muscleId,
      kind,
      card: toStored(next),
      lastCorrect: outcome.correct,
    });
  };

  /** The question, if it is this user's and still open. */
  const openQuestion = async (userId: string, questionId: string): Promise<QuestionRecord> => {
    const question = await deps.quizzes.findQuestion(questionId);
    // Another user's question looks exactly like a missing one.
    if (!question || question.userId !== userId) throw NOT_FOUND(questionId);
    if (question.status !== 'open') throw CLOSED(questionId);
    return question;
  };

  /** Grades, closes the question (once: a second answer gets QUESTION_CLOSED), records the card. */
  const gradeStep = async (
    userId: string,
    question: QuestionRecord,
    response: GradableResponse,
  ): Promise<{ grade: Grade; segments: StepSegment[] }> => {
    const grade = gradeAnswer(index, question.spec, response);
    const at = now();
    const result = await deps.quizzes.close(question.id, grade.verdict, response, at);
    if (!result) throw CLOSED(question.id);
    if (grade.verdict !== 'stopped') {
      await recordProgress(userId, question.spec.muscleId, question.spec.kind, {
        correct: grade.correct,
        hints: question.hints,
        elapsedMs: at.getTime() - (question.askedAt ?? at).getTime(),
      });
    }
    return { grade, segments: stepSegments(index, result, grade, response) };
  };

  return {
    async start(context: QuizContext, request: StartQuizRequest): Promise<StartedQuiz> {
      const count = Math.min(MAX_QUESTIONS, Math.max(1, request.count ?? DEFAULT_QUESTIONS));
      const pool = request.muscleIds
        .map((id) => index.muscles.get(id))
        .filter((m): m is Muscle => m !== undefined);
      let targets: QuestionTarget[];
      if (request.review) {
        targets = await reviewTargets(
          context.userId,
          pool.length > 0 ? new Set(pool.map((m) => m.id)) : null,
        );
        if (targets.length === 0)
          throw new AppError(
            'NOT_FOUND',
            'Nothing to review yet: answer a quiz first, and what you miss comes back here.',
          );
      } else {
        if (pool.length === 0)
          throw new AppError('INVALID_REQUEST', 'A quiz needs at least one catalog muscle.');
        targets = shuffle(pool, random).map((m) => ({ muscleId: m.id }));
      }
      const specs = generateQuestions(index, targets, {
        count,
        ...(request.kinds ? { kinds: request.kinds } : {}),
        random,
      });
      if (specs.length === 0)
        throw new AppError(
          'INVALID_REQUEST',
          'No question can be asked about these muscles with the kinds asked for (Find it and Name it need muscles drawn in the 3D model).',
        );
      const first = await deps.quizzes.create(
        {
          id: randomUUID(),
          userId: context.userId,
          threadId: context.threadId,
          topic: request.topic,
          questions: specs.map((spec) => ({ id: randomUUID(), spec })),
        },
        now(),
      );
      return {
        quizId: first.quizId,
        message: `Quiz started on ${request.topic}: ${specs.length} question${specs.length === 1 ? '' : 's'}. The student answers on the question card; the server grades. First: ${first.spec.prompt}`,
        commands: questionCommands(first),
      };
    },

    async answer(request: AnswerRequest): Promise<QuizAnswerResult> {
      const question = await openQuestion(request.userId, request.questionId);
      const { response } = request;
      if (response.type === 'hint') {
        await deps.quizzes.addHint(question.id);
        return { type: 'hint', question_id: question.id, hint: question.spec.hint };
      }
      const ticket = await deps.admit?.(request, randomUUID());
      const step = await gradeStep(request.userId, question, response).catch((error: unknown) => {
        void ticket?.release();
        throw error;
      });
      const run = await deps.startStepRun({
        userId: request.userId,
        anonymous: request.anonymous,
        ip: request.ip,
        channel: request.channel,
        threadId: question.threadId,
        message: step.grade.given,
        requestId: `quiz-${question.id}`,
        agent: createQuizStepAgent(step.segments, pauseMs),
        ticket,
      });
      return {
        type: 'graded',
        question_id: question.id,
        verdict: step.grade.verdict,
        correct: step.grade.correct,
        run_id: run.runId,
        thread_id: run.threadId,
      };
    },

    /**
     * Grades what the student typed in the chat against the thread's open question, for a model's
     * tool call: the server grades, the model only relays. "Skip", "stop the quiz" and "a hint"
     * work as the card's buttons do. The step's events go out with the model's own answer.
     */
    async answerInThread(context: QuizContext, text: string): Promise<StartedQuiz> {
      const question = await deps.quizzes.openInThread(context.threadId, context.userId);
      if (!question) throw new AppError('QUESTION_NOT_FOUND', 'No quiz question is open here.');
      if (readQuizControl(text) === 'hint') {
        await deps.quizzes.addHint(question.id);
        return {
          quizId: question.quizId,
          message: noteThenStudentText(
            'A hint from the server; the question stays open (do not give the answer).',
            `Hint: ${question.spec.hint}`,
          ),
          commands: [],
        };
      }
      const response = responseFromText(index, question.spec, text);
      if (!response)
        throw new AppError(
          'INVALID_REQUEST',
          'This question is answered by clicking the muscle in the 3D view (or say “skip”, “hint” or “stop the quiz”).',
        );
      const step = await gradeStep(context.userId, question, response);
      const commands = step.segments.flatMap((segment) => segment.commands);
      return {
        quizId: question.quizId,
        message: noteThenStudentText(
          `Graded by the server: ${step.grade.verdict}. Relay it; do not grade again.`,
          step.segments.map((s) => s.text).join('\n\n'),
        ),
        commands,
      };
    },

    /** The thread's open question again (its card and text), for a model to restate it. */
    async repeatQuestion(context: QuizContext): Promise<StartedQuiz> {
      const question = await deps.quizzes.openInThread(context.threadId, context.userId);
      if (!question) throw new AppError('QUESTION_NOT_FOUND', 'No quiz question is open here.');
      return {
        quizId: question.quizId,
        message: noteThenStudentText(
          'The open question again (the server grades the answer: do not reveal or guess it).',
          questionText(question),
        ),
        commands: questionCommands(question),
      };
    },

    /** The thread's open question as the student sees it (no answer), or null. */
    async openQuestion(context: QuizContext): Promise<QuizQuestionPayload | null> {
      const question = await deps.quizzes.openInThread(context.threadId, context.userId);
      return question ? questionPayload(question) : null;
    },

    async progress(userId: string): Promise<ProgressResponse> {
      const cards = await deps.progress.list(userId);
      return summarizeProgress(index, userId, cards, now(), (c) =>
        masteryOf(fromStored(c.card), now()),
      );
    },
  };
};
export type QuizService = ReturnType<typeof createQuizService>;
