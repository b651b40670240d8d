import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/create-server.js';
import type { Database } from '../../server/src/store/database.js';
import { createScriptedAgent } from '../support/scripted-agent.js';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import { createGuests, credentialsFor, type Guest } from '../support/guests.js';
import { openTestDatabase, startTestServer } from '../support/test-server.js';

let db: Database;
let server: RunningServer;
let u: Record<'sam', Guest>;
// 12 MB of answer: more than the loopback socket buffers hold while the client does not read.
const chunk = `${'x'.repeat(6000)} `;
const agent = createScriptedAgent(Array.from({ length: 2000 }, () => ({ token: chunk })));

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer({
    agent,
    database: db,
    config: { SLOW_CLIENT_TIMEOUT_MS: '500' },
  });
  u = await createGuests(server.url, ['sam']);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

/** Opens the stream and does not read it for `pauseMs`, then reads it all. */
const readAfterPause = (url: string, pauseMs: number) =>
  new Promise<string>((resolve, reject) => {
    http
      .get(url, { headers: { accept: 'text/event-stream', ...credentialsFor(url) } }, (res) => {
        res.pause();
        let body = '';
        setTimeout(() => {
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve(body));
          res.resume();
        }, pauseMs);
      })
      .on('error', reject);
  });

describe('a client that stops reading', () => {
  it('should get a long answer whole when it reads, however far behind it starts', async () => {
    const events = await openEventStream(
      `${server.url}/model/token-stream?message=read+it+all&user_id=${u.sam.userId}`,
    ).finished;
    expect(tokensOf(events)).toBe(chunk.repeat(2000));
    expect(events.at(-1)?.event).toBe('done');
  }, 30_000);

  it('should be dropped with a retryable SLOW_CLIENT error, then resume from where it was', async () => {
    const body = await readAfterPause(
      `${server.url}/model/token-stream?message=long+answer&user_id=${u.sam.userId}`,
      2500,
    );
    const blocks = body.split('\n\n').filter((b) => b.includes('event: '));
    const last = blocks.at(-1) ?? '';
    expect(last).toContain('event: error');
    expect(last).toContain('"code":"SLOW_CLIENT"');
    expect(last).toContain('"retryable":true');
    expect(blocks.some((b) => b.includes('event: done'))).toBe(false);

    const lastId = /^id: (.*)$/m.exec(last)?.[1] as string;
    const receivedText = blocks
      .filter((b) => b.includes('event: token'))
      .map(
        (b) => (JSON.parse(/^data: (.*)$/m.exec(b)?.[1] as string) as { content: string }).content,
      )
      .join('');
    const rest = await openEventStream(
      `${server.url}/model/token-stream?message=long+answer&user_id=${u.sam.userId}`,
      { headers: { 'Last-Event-ID': lastId } },
    ).finished;
    expect(receivedText + tokensOf(rest)).toBe(chunk.repeat(2000));
    expect(rest.at(-1)?.event).toBe('done');
  }, 30_000);
});
