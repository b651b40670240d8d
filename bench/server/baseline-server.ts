import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startCpuProfile } from './cpu-profile.js';
import { createSyntheticAgent } from './synthetic-agent.js';
import type { SyntheticLoad } from './synthetic-load.js';

// The practical limit: a bare node:http SSE relay of the same synthetic agent. No framework, no
// database, no replay log, no second channel. Prints `READY <url>` when listening.
const load = JSON.parse(process.argv[2] ?? '{}') as SyntheticLoad;
const agent = createSyntheticAgent(load);

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/__bench/memory') {
    globalThis.gc?.();
    res.end(JSON.stringify(process.memoryUsage()));
    return;
  }
  const controller = new AbortController();
  req.on('close', () => controller.abort());
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
  let id = 0;
  void (async () => {
    for await (const part of agent.run({
      message: url.searchParams.get('message') ?? '',
      history: [],
      scene: null,
      signal: controller.signal,
    })) {
      if (part.type === 'token')
        res.write(`id: ${id++}\nevent: token\ndata: ${JSON.stringify({ content: part.text })}\n\n`);
      if (part.type === 'model-event')
        res.write(`id: ${id++}\nevent: event\ndata: ${JSON.stringify(part.command)}\n\n`);
    }
    res.end(`id: ${id}\nevent: done\ndata: {}\n\n`);
  })();
});
const writeProfile = await startCpuProfile('baseline');
server.listen(0, '127.0.0.1', () =>
  console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}`),
);
process.once('SIGTERM', () => void writeProfile().then(() => process.exit(0)));
