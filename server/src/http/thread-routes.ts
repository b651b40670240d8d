import express from 'express';
import { z } from 'zod';
import { identifyRequest } from '../auth/identify.js';
import { parseOrThrow } from '../errors/parse-or-throw.js';
import type { MessageRepository } from '../store/message-repository.js';
import type { ThreadRepository } from '../store/thread-repository.js';
import type { RunService } from '../runs/run-service.js';
import { AppError } from '../errors/app-error.js';
import { ThreadTitle } from '../../../shared/protocol/socket-payloads.js';
import type { ThreadChanges } from '../threads/thread-changes.js';

const PageQuery = z.object({
  page: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const MessagesQuery = z.object({
  before: z.string().max(64).optional(),
  page: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
const RenameBody = z.object({ title: ThreadTitle });
const ThreadParam = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid thread id'),
});

export type ThreadRoutesDeps = {
  threads: ThreadRepository;
  messages: MessageRepository;
  runs: RunService;
  changes: ThreadChanges;
};

/** Threads and their history, each scoped to its owner. */
export const createThreadRoutes = (deps: ThreadRoutesDeps) => {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const { page, limit } = parseOrThrow(PageQuery, req.query, 'query');
    const { threads, hasMore } = await deps.threads.listForUser(identifyRequest(req), page, limit);
    res.json({ threads, page, limit, has_more: hasMore });
  });

  router.get('/:id/messages', async (req, res) => {
    const { id } = parseOrThrow(ThreadParam, req.params, 'thread id');
    const { before, page, limit } = parseOrThrow(MessagesQuery, req.query, 'query');
    await deps.runs.ownedThread(id, identifyRequest(req));
    if (before) {
      const anchor = await deps.messages.find(before);
      if (!anchor || anchor.thread_id !== id)
        throw new AppError('MESSAGE_NOT_FOUND', `Message ${before} is not in this thread`);
    }
    const { messages, nextBefore } = await deps.messages.page(id, limit, before, page);
    const active = await deps.runs.activeInThread(id);
    res.json({
      thread_id: id,
      messages,
      next_before: nextBefore,
      active_run: active ? { run_id: active.id, message_id: active.init.assistantMessageId } : null,
    });
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parseOrThrow(ThreadParam, req.params, 'thread id');
    const { title } = parseOrThrow(RenameBody, req.body, 'body');
    await deps.changes.rename(identifyRequest(req), id, title);
    res.json({ thread_id: id, title });
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseOrThrow(ThreadParam, req.params, 'thread id');
    await deps.changes.delete(identifyRequest(req), id);
    res.status(204).end();
  });

  return router;
};
