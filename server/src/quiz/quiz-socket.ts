import { AppError, toErrorBody } from '../errors/app-error.js';
import { QuizAnswerPayload } from '../../../shared/protocol/quiz-answer.js';
import { assertOwnClaim } from '../auth/assert-own-claim.js';
import type { AppServer } from '../channels/socket-channel.js';
import type { Logger } from '../logger.js';
import type { QuizService } from './quiz-service.js';

/**
 * `quiz_answer` on every socket: parsed, graded by the quiz service, answered through the ack
 * (and `error` on failure). The step then streams to the thread's room as a run.
 */
export const attachQuizSocket = (io: AppServer, quiz: QuizService, log: Logger): void => {
  io.on('connection', (socket) => {
    socket.on('quiz_answer', async (...args: unknown[]) => {
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (response: unknown) => void) : undefined;
      try {
        const parsed = QuizAnswerPayload.safeParse(args[0] ?? {});
        if (!parsed.success) throw AppError.invalid(parsed.error, 'quiz_answer payload');
        assertOwnClaim(parsed.data.user_id, socket.data.userId);
        const result = await quiz.answer({
          userId: socket.data.userId,
          anonymous: socket.data.anonymous,
          ip: socket.handshake.address,
          channel: 'socket',
          questionId: parsed.data.question_id,
          response: parsed.data.answer,
        });
        ack?.({ ok: true, ...result });
      } catch (error) {
        const body = toErrorBody(error, 'quiz_answer');
        if (!AppError.isInstance(error)) log.error({ err: error }, 'quiz_answer failed');
        socket.emit('error', body);
        ack?.({ ok: false, error: body });
      }
    });
  });
};
