import { useEffect, useState } from 'react';
import type { ChatMessage } from '../state/chat-message';
import { tokensPerSecond } from '../state/tokens-per-second';
import { formatRate } from './format-rate';

export interface StreamingRateProps {
  /** The message whose speed to show. */
  message: ChatMessage;
}

/**
 * Tokens per second, behind a small "Details" disclosure (a figure for the curious, not for
 * every student): live while the answer streams (refreshed twice a second), final after.
 */
export function StreamingRate({ message }: StreamingRateProps) {
  const streaming = message.status === 'streaming';
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!streaming) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [streaming]);
  const rate = tokensPerSecond(message, streaming ? now : (message.lastTokenAt ?? now));
  if (rate === null) return null;
  return (
    <details className="message__details">
      <summary>Details</summary>
      <span className="message__rate">Writing speed: {formatRate(rate)} (tokens per second)</span>
    </details>
  );
}
