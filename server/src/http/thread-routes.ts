import express from 'express';
import { z } from 'zod';
import { identifyRequest } from '../auth/identify.js';
import { parseOrThrow } from '../errors/parse-or-throw.js';
import { ThreadTitle } from '#shared/protocol/socket-payloads';
import {
  DEFAULT_HISTORY_LIMIT,
  describeActiveRun,
  type ThreadService,
} from '../threads/thread-service.js';

const PageQuery = z.object({
  page: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const MessagesQuery = z.object({
  before: z.string().max(64).optional(),
  page: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(DEFAULT_HISTORY_LIMIT),
});
const RenameBody = z.object({ title: ThreadTitle });
const ThreadParam = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid thread id'),
});

/** Threads and their history over HTTP; ownership is checked by the thread service. */
export const createThreadRoutes = (threads: ThreadService) => {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const { page, limit } = parseOrThrow(PageQuery, req.query, 'query');
    const found = await threads.list(identifyRequest(req), page, limit);
    res.json({ threads: found.threads, page, limit, has_more: found.hasMore });
  });

  router.get('/:id/messages', async (req, res) => {
    const { id } = parseOrThrow(ThreadParam, req.params, 'thread id');
    const query = parseOrThrow(MessagesQuery, req.query, 'query');
    const { messages, nextBefore, active } = await threads.history(identifyRequest(req), id, query);
    res.json({
      thread_id: id,
      messages,
      next_before: nextBefore,
      active_run: describeActiveRun(active),
    });
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parseOrThrow(ThreadParam, req.params, 'thread id');
    const { title } = parseOrThrow(RenameBody, req.body, 'body');
    await threads.rename(identifyRequest(req), id, title);
    res.json({ thread_id: id, title });
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseOrThrow(ThreadParam, req.params, 'thread id');
    await threads.delete(identifyRequest(req), id);
    res.status(204).end();
  });

  return router;
};
