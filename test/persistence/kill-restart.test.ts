import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import { openEventStream, tokensOf } from '../support/sse-client.js';
import {
  startServerProcess as startProcess,
  stopServerProcesses,
} from '../support/server-process.js';
import { waitFor } from '../support/util.js';

let dataDir = '';
afterAll(async () => {
  await stopServerProcesses();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the server killed mid-answer', () => {
  it('should come back with the answer marked interrupted, its partial text, and every earlier message', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'anatomy-kill-'));
    const env = {
      DATA_DIR: dataDir,
      CHECKPOINT_MS: '50',
      LLM_PROVIDER: 'offline',
      OFFLINE_TOKEN_DELAY_MS: '40',
    };
    const first = await startProcess(env);
    const session = (await (await fetch(`${first.url}/api/session`)).json()) as { token: string };
    const headers = { authorization: `Bearer ${session.token}` };

    const stream = openEventStream(
      `${first.url}/model/token-stream?message=${encodeURIComponent('what does the deltoid do?')}`,
      { headers },
    );
    await waitFor(() => tokensOf(stream.received).length > 20, 'some of the answer', 20_000);
    const { thread_id } = MetadataEvent.parse(stream.received[0]?.data);
    await new Promise((r) => setTimeout(r, 200));
    first.kill();
    stream.source.close();
    const seen = tokensOf(stream.received);

    const second = await startProcess(env);
    const res = await fetch(`${second.url}/api/threads/${thread_id}/messages`, { headers });
    const body = (await res.json()) as {
      messages: { role: string; text: string; status: string }[];
    };
    expect(body.messages.map((m) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'interrupted'],
    ]);
    expect(body.messages[0]?.text).toBe('what does the deltoid do?');
    const saved = body.messages[1]?.text ?? '';
    expect(saved.length).toBeGreaterThan(0);
    // What was saved is a prefix of what the client saw, or the reverse: checkpoints trail by at most one interval.
    expect(seen.startsWith(saved) || saved.startsWith(seen)).toBe(true);

    // And it serves new messages in the same thread.
    const next = await openEventStream(
      `${second.url}/model/token-stream?${new URLSearchParams({ message: 'thanks', thread_id })}`,
      { headers },
    ).finished;
    expect(next.at(-1)?.event).toBe('done');
  }, 60_000);
});
