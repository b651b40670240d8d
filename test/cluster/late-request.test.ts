import { describe, expect, it } from 'vitest';
import { MetadataEvent } from '#shared/protocol/index';
import { openEventStream } from '../support/sse-client.js';
import { connectSocket } from '../support/socket-client.js';
import { clusterTestUrls, guestHeaders, useTwoInstances } from './cluster-fixture.js';

const urls = clusterTestUrls();

describe.skipIf(!urls)('a request that arrives after its message’s run expired', () => {
  // Ended runs are dropped almost at once; the pairing claim lives on for its window.
  const two = useTwoInstances(urls, 3, { RUN_GRACE_MS: '100', OFFLINE_TOKEN_DELAY_MS: '1' });

  it('should replay the stored answer instead of generating it a second time', async () => {
    const headers = await guestHeaders(two.a.url);
    const request_id = `late-${Date.now()}`;
    const message = 'what does the deltoid do?';
    const first = await openEventStream(
      `${two.a.url}/model/token-stream?${new URLSearchParams({ message, request_id })}`,
      { headers },
    ).finished;
    const { thread_id, run_id } = MetadataEvent.parse(first[0]?.data);
    await new Promise((r) => setTimeout(r, 500));

    const socket = await connectSocket(two.b.url, { token: headers.authorization?.slice(7) ?? '' });
    const response = new Promise<{ run_id: string; response: string }>((resolve) =>
      socket.on('model_response', resolve),
    );
    const ack = (await socket.emitWithAck('model_start', { message, request_id })) as {
      ok: boolean;
      run_id?: string;
    };
    expect(ack).toMatchObject({ ok: true, run_id, thread_id });
    const answer = first.find((e) => e.event === 'complete')?.data as { response: string };
    expect(await response).toMatchObject({ run_id, response: answer.response });
    socket.close();
    const rows = await two.cluster.db.query('select id from messages where thread_id = $1', [
      thread_id,
    ]);
    expect(rows.rowCount).toBe(2);
    const all = await two.cluster.db.query(
      "select id from messages where text = $1 and role = 'user'",
      [message],
    );
    expect(all.rowCount).toBe(1);
  }, 30_000);
});
