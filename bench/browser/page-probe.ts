import type { ViewerStore } from '../../web/src/state/viewer-store.js';

/** A model event reaching the page: which channel, its raw frame, when (shared clock, ms). */
export interface ProbeDelivery {
  channel: 'socket' | 'sse';
  raw: string;
  at: number;
}

/** What the probe records in the app's page, read back with `page.evaluate`. */
export interface PageProbe {
  /** Model-event frames as the transports hand them over, before the app sees them. */
  deliveries: ProbeDelivery[];
  /** Event ids as the store first marks them applied (shared clock, ms). */
  applied: { id: string; at: number }[];
  /** Milliseconds after navigation at the first frame showing each tier of the whole body. */
  shownAt: { light: number | null; full: number | null };
}

declare global {
  interface Window {
    __benchProbe?: PageProbe;
  }
}

/**
 * Runs in the page before the app (`addInitScript`): wraps EventSource and WebSocket to log
 * model-event frames on arrival, and subscribes to the store the moment the app publishes it,
 * logging each newly applied event id and the frame after each tier is shown. Self-contained:
 * Playwright sends its source text.
 */
export const installPageProbe = (): void => {
  const clock = () => performance.timeOrigin + performance.now();
  const probe: PageProbe = { deliveries: [], applied: [], shownAt: { light: null, full: null } };
  window.__benchProbe = probe;

  const NativeEventSource = window.EventSource;
  window.EventSource = class extends NativeEventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      // Added before the app's listeners, so it runs first.
      this.addEventListener('event', (event) => {
        probe.deliveries.push({ channel: 'sse', raw: String(event.data), at: clock() });
      });
    }
  };
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string' && event.data.startsWith('42["model_event",'))
          probe.deliveries.push({ channel: 'socket', raw: event.data, at: clock() });
      });
    }
  };

  let store: ViewerStore | undefined;
  Object.defineProperty(window, '__anatomyStore', {
    configurable: true,
    get: () => store,
    set: (value: ViewerStore) => {
      store = value;
      const seen = new Set<string>();
      value.subscribe((state, previous) => {
        const applied = state.scene.delivery.applied;
        if (applied !== previous.scene.delivery.applied) {
          const at = clock();
          for (const id of Object.keys(applied)) {
            if (seen.has(id)) continue;
            seen.add(id);
            probe.applied.push({ id, at });
          }
        }
        const shown = state.modelLoad.shown;
        if (shown && shown !== previous.modelLoad.shown && probe.shownAt[shown] === null) {
          // The view asked for a frame before telling the store: this callback runs after it.
          requestAnimationFrame(() => {
            probe.shownAt[shown] ??= performance.now();
          });
        }
      });
    },
  });
};
