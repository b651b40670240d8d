import { addressKey } from '../limits/client-address.js';
import express from 'express';
import { z } from 'zod';
import { EntityId } from '#shared/protocol/ids';
import { QuizAnswerBody } from '#shared/protocol/quiz-answer';
import { assertOwnClaim } from '../auth/assert-own-claim.js';
import { requestIdentity } from '../auth/identify.js';
import { parseOrThrow } from '../errors/parse-or-throw.js';
import type { QuizService } from './quiz-service.js';

const QuestionParam = z.object({ id: EntityId });

/**
 * `POST /api/quiz/:id/answer` (answer or hint; the step streams as a run of the thread) and
 * `GET /api/progress` (the caller's own cards).
 */
export const createQuizRoutes = (quiz: QuizService) => {
  const router = express.Router();

  router.post('/quiz/:id/answer', async (req, res) => {
    const { id } = parseOrThrow(QuestionParam, req.params, 'question id');
    const body = parseOrThrow(QuizAnswerBody, req.body ?? {}, 'body');
    const identity = requestIdentity(req);
    assertOwnClaim(body.user_id, identity.userId);
    const result = await quiz.answer({
      userId: identity.userId,
      anonymous: identity.anonymous,
      ip: addressKey(req.ip ?? 'unknown'),
      channel: 'sse',
      questionId: id,
      response: body.answer,
    });
    res.json(result);
  });

  router.get('/progress', async (req, res) => {
    const identity = requestIdentity(req);
    assertOwnClaim(req.query.user_id, identity.userId);
    res.set('Cache-Control', 'no-store').json(await quiz.progress(identity.userId));
  });

  return router;
};
