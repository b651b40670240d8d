import { describe, expect, it } from 'vitest';
import { FakeSocket } from '../test-support/fake-socket';
import { createQuizClient } from './quiz-client';

const refused = { code: 'QUESTION_CLOSED', message: 'That question is closed.', retryable: false };

describe('createQuizClient', () => {
  it('should pass on the error of a refused answer over the socket', async () => {
    const socket = new FakeSocket();
    socket.acks.set('quiz_answer', () => ({ ok: false, error: refused }));
    const client = createQuizClient({ socket: socket.asClient(), fetch });
    expect(await client.answer('q-1', { type: 'hint' })).toEqual({
      ok: false,
      error: refused,
    });
  });

  it('should not pass on an HTTP error body that is not an error', async () => {
    const client = createQuizClient({
      socket: null,
      fetch: async () => new Response(JSON.stringify({ error: { code: 42 } }), { status: 409 }),
    });
    const outcome = await client.answer('q-1', { type: 'hint' });
    expect(outcome).toMatchObject({ ok: false, error: { message: 'The answer was refused.' } });
  });

  it('should pass on the error of a refused answer over HTTP', async () => {
    const client = createQuizClient({
      socket: null,
      fetch: async () => new Response(JSON.stringify({ error: refused }), { status: 409 }),
    });
    expect(await client.answer('q-1', { type: 'hint' })).toEqual({
      ok: false,
      error: refused,
    });
  });
});
