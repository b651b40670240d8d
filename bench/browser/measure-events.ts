import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { waitForBody } from '../../test/e2e/support/app-page.js';
import type { EventChannel, EventFigures } from './browser-report.js';
import type { BrowserBenchSettings } from './browser-bench-settings.js';
import { estimateClockOffset, type ClockOffset } from './estimate-clock-offset.js';
import { eventBenchMessage, type EventBenchAgent } from './event-bench-agent.js';
import { clipAppDrawingInPage } from './measure-frames.js';
import { newBenchContext } from './new-bench-context.js';
import { installPageProbe, type PageProbe } from './page-probe.js';
import { summarize } from './summarize.js';

const seqOf = (id: string): number => Number(/-(\d+)$/.exec(id)?.[1] ?? Number.NaN);

/** The event id a model-event frame carries (an SSE `event`'s data, or a Socket.IO packet). */
const idOfFrame = (delivery: PageProbe['deliveries'][number]): string => {
  const data: unknown =
    delivery.channel === 'sse'
      ? JSON.parse(delivery.raw)
      : (JSON.parse(delivery.raw.slice(2)) as unknown[])[1];
  return (data as { id: string }).id;
};

/**
 * Leaves the app only `channel` to receive model events on: `sse` refuses the socket (both of
 * its transports), `socket` holds the EventSource's request unanswered (the socket's
 * `model_start` starts the run alone), `both` is the app as it runs. Returns what to release.
 */
const restrictTo = async (context: BrowserContext, channel: EventChannel) => {
  const held: Route[] = [];
  if (channel === 'sse') {
    await context.routeWebSocket(/\/socket\.io\//, (ws) => ws.close());
    await context.route(
      (url) => url.pathname.startsWith('/socket.io/'),
      (route) => route.abort(),
    );
  }
  if (channel === 'socket') {
    await context.route(
      (url) => url.pathname === '/model/token-stream',
      (route) => void held.push(route),
    );
  }
  return async () => {
    for (const route of held) await route.abort().catch(() => undefined);
  };
};

/**
 * Time from the agent emitting a model event to the page's store applying it, over one channel:
 * the page sends one message; the agent answers with `count` selection events; the probe logs
 * each frame as it arrives and each id as the store applies it, on the page's clock, which is
 * put on this process's clock by the measured offset.
 */
export const measureEvents = async (
  browser: Browser,
  baseUrl: string,
  agent: EventBenchAgent,
  channel: EventChannel,
  settings: BrowserBenchSettings,
): Promise<EventFigures> => {
  const { count, intervalMs } = settings.events;
  const context = await newBenchContext(browser, settings);
  const release = await restrictTo(context, channel);
  try {
    await context.addInitScript(installPageProbe);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // Measured with the body on screen and nothing loading any more, drawing clipped as for
    // script times: software rasterizing would otherwise take the CPU from the page and server.
    await waitForBody(page, 120_000);
    await page.evaluate(clipAppDrawingInPage);
    if (channel !== 'sse')
      await page.waitForFunction(
        () => window.__anatomyStore?.getState().connection.socket === 'online',
      );
    const before = await estimateClockOffset(page);
    const message = eventBenchMessage(
      count,
      intervalMs,
      `${channel}-${randomBytes(4).toString('hex')}`,
    );
    const box = page.getByRole('textbox', { name: 'Message' });
    // On a narrow screen the chat is a drawer.
    if (!(await box.isVisible()))
      await page.getByRole('button', { name: 'Chat', exact: true }).click();
    await box.fill(message);
    await box.press('Enter');
    await page
      .waitForFunction((n) => (window.__benchProbe?.applied.length ?? 0) >= n, count, {
        timeout: count * intervalMs + 30_000,
        polling: 250,
      })
      .catch(() => undefined);
    // Late copies would show up as duplicates.
    await page.waitForTimeout(500);
    const after = await estimateClockOffset(page);
    const clock: ClockOffset = before.uncertaintyMs <= after.uncertaintyMs ? before : after;
    const probe = await page.evaluate(() => window.__benchProbe ?? null);
    if (!probe) throw new Error('the page probe is missing');

    const emitted = agent.emittedAt(message);
    const toLocal = (pageTime: number) => pageTime - clock.offsetMs;
    const applyMs: number[] = [];
    let unexpected = 0;
    for (const { id, at } of probe.applied) {
      const emittedAt = emitted[seqOf(id)];
      if (emittedAt === undefined) unexpected += 1;
      else applyMs.push(toLocal(at) - emittedAt);
    }
    const firstReceived = new Map<string, number>();
    const framesPerChannel = new Map<string, number>();
    let duplicated = 0;
    for (const delivery of probe.deliveries) {
      const id = idOfFrame(delivery);
      const key = `${delivery.channel} ${id}`;
      const seen = framesPerChannel.get(key) ?? 0;
      framesPerChannel.set(key, seen + 1);
      if (seen > 0) duplicated += 1;
      if (!firstReceived.has(id)) firstReceived.set(id, delivery.at);
    }
    const receiveMs = [...firstReceived].flatMap(([id, at]) => {
      const emittedAt = emitted[seqOf(id)];
      return emittedAt === undefined ? [] : [toLocal(at) - emittedAt];
    });
    return {
      channel,
      emitted: emitted.length,
      applied: applyMs.length,
      lost: emitted.length - applyMs.length,
      duplicated,
      unexpected,
      delivered: {
        socket: probe.deliveries.filter((d) => d.channel === 'socket').length,
        sse: probe.deliveries.filter((d) => d.channel === 'sse').length,
      },
      applyMs: summarize(applyMs),
      receiveMs: summarize(receiveMs),
      clockOffsetMs: Math.round(clock.offsetMs * 1000) / 1000,
      clockUncertaintyMs: Math.round(clock.uncertaintyMs * 1000) / 1000,
      intervalMs,
    };
  } finally {
    await release();
    await context.close();
  }
};
