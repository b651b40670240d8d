import { lazy, Suspense, useDeferredValue } from 'react';
import { useChatController } from '../app/use-chat-controller';
import type { ChatMessage } from '../state/chat-message';
import { useViewerStore } from '../state/use-viewer-store';
import { StreamingRate } from './StreamingRate';
import { ThinkingIndicator } from './ThinkingIndicator';

const MarkdownText = lazy(() =>
  import('./MarkdownText').then((m) => ({ default: m.MarkdownText })),
);

export interface ChatMessageViewProps {
  /** The message to show. */
  message: ChatMessage;
  /** Whether it is the last message of the thread (regenerate is offered there). @default false */
  isLast?: boolean;
}

const statusText: Partial<Record<ChatMessage['status'], string>> = {
  cancelled: 'Stopped',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

/** One message: the user's bubble, or the assistant's markdown answer with its status and actions. */
export function ChatMessageView({ message, isLast = false }: ChatMessageViewProps) {
  const controller = useChatController();
  const busy = useViewerStore((s) => s.run !== null);
  const replayEvents = useViewerStore((s) => s.replayEvents);
  // Markdown re-parses on every token; let React skip renders it cannot keep up with.
  const text = useDeferredValue(message.text);

  if (message.role === 'user') {
    return (
      <li className="message message--user">
        <span className="visually-hidden">You said:</span>
        <div className="message__bubble">{message.text}</div>
        {message.status === 'sending' && <span className="message__meta">Sending…</span>}
      </li>
    );
  }

  const streaming = message.status === 'streaming';
  const ended = statusText[message.status];
  const canRetry =
    (message.status === 'failed' || message.status === 'interrupted') &&
    (message.error?.retryable ?? true);
  return (
    <li className="message message--assistant" aria-busy={streaming}>
      <div className="message__head">
        <span className={`message__who ${message.offline ? 'message__who--offline' : ''}`}>
          {message.offline ? 'Offline guide' : 'AI'}
        </span>
        {(streaming || message.tokenCount > 0) && <StreamingRate message={message} />}
      </div>
      {message.thinking && streaming && <ThinkingIndicator text={message.thinkingText} />}
      {text !== '' && (
        <div className={`message__body markdown ${streaming ? 'message__body--streaming' : ''}`}>
          <Suspense fallback={<p className="markdown__plain">{text}</p>}>
            <MarkdownText text={text} />
          </Suspense>
        </div>
      )}
      {ended && (
        <div className={`message__status message__status--${message.status}`} role="status">
          <strong>{ended}</strong>
          {message.error && message.error.code !== 'cancelled' && (
            <span> — {message.error.message}</span>
          )}
          {canRetry && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => controller.retry(message.key)}
            >
              Retry
            </button>
          )}
        </div>
      )}
      {!streaming && (
        <div className="message__actions">
          {message.events.length > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => replayEvents(message.events)}
            >
              Show in 3D
            </button>
          )}
          {isLast && message.status !== 'failed' && message.status !== 'interrupted' && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => controller.regenerate()}
            >
              Regenerate
            </button>
          )}
        </div>
      )}
    </li>
  );
}
