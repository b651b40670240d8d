import { z } from 'zod';
import {
  ErrorBody,
  ProgressResponse,
  QuizAnswerResult,
  type QuizResponse,
} from '#shared/protocol/index';
import type { ClientSocket } from '../net/client-socket';
import { emitWithAck } from '../net/emit-with-ack';
import { socketOrHttp } from '../net/socket-or-http';

export type QuizAnswerOutcome =
  { ok: true; result: QuizAnswerResult } | { ok: false; error: ErrorBody };

export interface QuizClient {
  /** Sends an answer (or a hint request); the server grades it. */
  answer: (questionId: string, answer: QuizResponse) => Promise<QuizAnswerOutcome>;
  progress: () => Promise<ProgressResponse | null>;
}

const ACK_TIMEOUT_MS = 15_000;
/** A refusal, as an ack (`{ ok: false, error }`) or an HTTP error body (`{ error }`). */
const Refusal = z.object({ error: ErrorBody.strip() });
const failure = (message: string): QuizAnswerOutcome => ({
  ok: false,
  error: { code: 'INTERNAL', message, retryable: true },
});

/** The server's verdict on an ack or an HTTP body: a refusal, a result, or neither. */
const outcomeOf = (body: unknown, refused: boolean, refusedMessage: string): QuizAnswerOutcome => {
  if (refused) {
    const refusal = Refusal.safeParse(body);
    return refusal.success ? { ok: false, ...refusal.data } : failure(refusedMessage);
  }
  const parsed = QuizAnswerResult.safeParse(body);
  return parsed.success ? { ok: true, result: parsed.data } : failure('Unexpected answer');
};

const answerViaSocket = async (
  socket: ClientSocket,
  questionId: string,
  answer: QuizResponse,
): Promise<QuizAnswerOutcome> => {
  try {
    const response = await emitWithAck(
      socket,
      'quiz_answer',
      { question_id: questionId, answer },
      ACK_TIMEOUT_MS,
    );
    return outcomeOf(response, !response.ok, 'Unexpected answer');
  } catch {
    return failure('The server did not answer. Try again.');
  }
};

const answerViaHttp = async (
  fetchImpl: typeof fetch,
  questionId: string,
  answer: QuizResponse,
): Promise<QuizAnswerOutcome> => {
  const res = await fetchImpl(`/api/quiz/${encodeURIComponent(questionId)}/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answer }),
  }).catch(() => null);
  if (!res) return failure('Could not reach the server. Try again.');
  const body: unknown = await res.json().catch(() => null);
  return outcomeOf(body, !res.ok, 'The answer was refused.');
};

/** Answers over the socket (with an ack) when connected, else `POST /api/quiz/:id/answer`. */
export const createQuizClient = (deps: {
  socket: ClientSocket | null;
  fetch: typeof fetch;
}): QuizClient => ({
  answer: (questionId, answer) =>
    socketOrHttp(
      deps.socket,
      (socket) => answerViaSocket(socket, questionId, answer),
      () => answerViaHttp(deps.fetch, questionId, answer),
    ),

  async progress() {
    const res = await deps.fetch('/api/progress').catch(() => null);
    if (!res?.ok) return null;
    const parsed = ProgressResponse.safeParse(await res.json().catch(() => null));
    return parsed.success ? parsed.data : null;
  },
});

let current: QuizClient | null = null;

/** The app's quiz client, set once at start-up (the 3D view's click handler needs it too). */
export const setQuizClient = (client: QuizClient | null): void => {
  current = client;
};
export const quizClient = (): QuizClient | null => current;
