import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { ModelRegeneratePayload } from '#shared/protocol/socket-payloads';
import { TokenStreamBody, TokenStreamQuery } from '#shared/protocol/token-stream-request';
import { identifyRequest, requestIdentity } from '../auth/identify.js';
import { SseStream, streamRunToSse, type SseOptions } from '../channels/sse-stream.js';
import { AppError, toErrorBody } from '../errors/app-error.js';
import { parseOrThrow } from '../errors/parse-or-throw.js';
import { addressKey } from '../limits/client-address.js';
import type { MessageRepository } from '../store/message-repository.js';
import { formatEventId, parseEventId } from '#shared/protocol/event-id';
import type { RunService } from '../runs/run-service.js';

export type ModelRoutesDeps = { runs: RunService; messages: MessageRepository; sse: SseOptions };

const RunIdParam = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid run id'),
});

const wantsEventStream = (req: Request) => (req.get('accept') ?? '').includes('text/event-stream');

/**
 * The streaming routes. Errors before the stream starts go to EventSource clients as SSE `error`
 * + `done` (a non-200 gives EventSource no detail and makes it retry); to others as HTTP errors.
 */
export const createModelRoutes = (deps: ModelRoutesDeps) => {
  const router = express.Router();

  const failStream = (req: Request, res: Response, error: unknown) => {
    if (!wantsEventStream(req)) throw error;
    new SseStream(res, req, deps.sse).fail(
      toErrorBody(error, `${req.method} ${req.baseUrl}${req.path}`),
    );
  };

  /** Reconnect with Last-Event-ID: resume that run, never start another generation. */
  const resume = async (
    req: Request,
    res: Response,
    userId: string,
    lastEventId: string,
  ): Promise<boolean> => {
    const parsed = parseEventId(lastEventId);
    if (!parsed) return false;
    let run;
    try {
      run = await deps.runs.get(parsed.runId, userId);
    } catch {
      run = undefined;
    }
    if (run) {
      streamRunToSse(new SseStream(res, req, deps.sse), run, parsed.index);
      return true;
    }
    // Gone from memory (grace period over, or the server restarted): answer from the database.
    const stored = await deps.messages.findByRun(parsed.runId);
    const stream = new SseStream(res, req, deps.sse);
    if (!stored || (await deps.messages.find(stored.id))?.user_id !== userId) {
      stream.fail(new AppError('RUN_NOT_FOUND', 'That answer is no longer available').toBody());
    } else if (stored.status === 'complete') {
      const id = formatEventId(parsed.runId, parsed.index + 1);
      stream.send(
        id,
        'complete',
        JSON.stringify({
          response: stored.text,
          events: stored.events,
          usage: stored.usage,
          message_id: stored.id,
          thread_id: stored.thread_id,
        }),
      );
      stream.send(
        formatEventId(parsed.runId, parsed.index + 2),
        'done',
        JSON.stringify({ run_id: parsed.runId, status: 'complete' }),
      );
      stream.end();
    } else {
      const error =
        stored.error ?? new AppError('INTERRUPTED', 'The answer was interrupted').toBody();
      stream.fail(error, stored.status === 'streaming' ? 'interrupted' : stored.status, {
        runId: parsed.runId,
        index: parsed.index + 1,
      });
    }
    return true;
  };

  const start = async (req: Request, res: Response, input: unknown, source: 'query' | 'body') => {
    try {
      const { userId, anonymous } = requestIdentity(req);
      const lastEventId = req.get('last-event-id');
      if (lastEventId && (await resume(req, res, userId, lastEventId))) return;
      const request =
        source === 'query'
          ? parseOrThrow(TokenStreamQuery, input, 'query')
          : parseOrThrow(TokenStreamBody, input, 'body');
      const { run } = await deps.runs.startOrAttach({
        userId,
        anonymous,
        ip: addressKey(req.ip ?? 'unknown'),
        channel: 'sse',
        message: request.message,
        threadId: request.thread_id,
        requestId: request.request_id,
        scene: request.scene,
      });
      streamRunToSse(new SseStream(res, req, deps.sse), run, -1);
    } catch (error) {
      failStream(req, res, error);
    }
  };

  router.get('/token-stream', (req, res) => start(req, res, req.query, 'query'));
  router.post('/token-stream', (req, res) => start(req, res, req.body, 'body'));

  /** Attach to a run by id: a second tab, or a resume (Last-Event-ID or `?after=`). */
  router.get('/runs/:id/stream', async (req, res) => {
    try {
      const userId = identifyRequest(req);
      const { id } = parseOrThrow(RunIdParam, req.params, 'run id');
      // `?after=` is Last-Event-ID for a page that reloaded (EventSource cannot set the header).
      const after = typeof req.query.after === 'string' ? req.query.after : undefined;
      const lastEventId = req.get('last-event-id') ?? after;
      if (lastEventId !== undefined && parseEventId(lastEventId)?.runId !== id) {
        throw new AppError(
          'INVALID_REQUEST',
          'Last-Event-ID / after must be an event id of this run',
        );
      }
      if (lastEventId && (await resume(req, res, userId, lastEventId))) return;
      const run = await deps.runs.get(id, userId);
      streamRunToSse(new SseStream(res, req, deps.sse), run, -1);
    } catch (error) {
      failStream(req, res, error);
    }
  });

  router.post('/runs/:id/cancel', async (req, res) => {
    const { id } = parseOrThrow(RunIdParam, req.params, 'run id');
    const run = await deps.runs.cancel(id, identifyRequest(req));
    res.status(202).json({ run_id: run.id, status: run.ended ? run.status : 'cancelling' });
  });

  /** Answer the thread's last message again, streamed like the token stream. */
  router.post('/regenerate', async (req, res) => {
    try {
      const body = parseOrThrow(ModelRegeneratePayload, req.body, 'body');
      const { userId, anonymous } = requestIdentity(req);
      const run = await deps.runs.regenerate({
        userId,
        anonymous,
        ip: addressKey(req.ip ?? 'unknown'),
        threadId: body.thread_id,
        scene: body.scene,
      });
      streamRunToSse(new SseStream(res, req, deps.sse), run, -1);
    } catch (error) {
      failStream(req, res, error);
    }
  });

  return router;
};
