import { useEffect, useRef } from 'react';
import { useViewerStore } from '../state/use-viewer-store';
import { nextAnnouncement } from './next-announcement';

/**
 * A polite ARIA live region that reads the streaming answer sentence by sentence (not token by
 * token), then what is left when it ends, and says when it was stopped or failed. Updates the
 * region directly from a store subscription, so streaming causes no React renders here.
 */
export function LiveAnnouncer() {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let key: string | null = null;
    let spoken = 0;
    const say = (text: string) => {
      if (region.current && text) region.current.textContent = text;
    };
    return useViewerStore.subscribe((state, previous) => {
      if (state.messages === previous.messages && state.run === previous.run) return;
      const runKey = state.run?.key ?? null;
      if (runKey !== null && runKey !== key) {
        key = runKey;
        spoken = 0;
      }
      if (key === null) return;
      const message = state.messages.find((m) => m.key === key);
      if (!message) return;
      const final = message.status !== 'streaming';
      const next = nextAnnouncement(message.text, spoken, final);
      spoken = next.spoken;
      say(next.say);
      if (final) {
        if (message.status === 'cancelled') say('Answer stopped.');
        else if (message.status === 'failed' || message.status === 'interrupted')
          say(`Answer failed. ${message.error?.message ?? ''}`);
        key = null;
      }
    });
  }, []);
  return <div ref={region} className="visually-hidden" aria-live="polite" aria-atomic="true" />;
}
