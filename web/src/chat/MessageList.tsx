import { useEffect, useLayoutEffect, useRef } from 'react';
import { useChatController } from '../app/use-chat-controller';
import { useViewerStore } from '../state/use-viewer-store';
import { ChatMessageView } from './ChatMessageView';

const STICK_PX = 80;

const suggestions = [
  'Show me the rotator cuff from behind',
  'Which muscles flex the elbow?',
  'Give me a tour of the quadriceps',
];

/**
 * The conversation, newest at the bottom. Sending scrolls the new turn into view; the streaming
 * answer is followed while the reader is at the bottom; scrolling up stops following until they
 * return.
 */
export function MessageList() {
  const messages = useViewerStore((s) => s.messages);
  const historyStatus = useViewerStore((s) => s.historyStatus);
  const historyBefore = useViewerStore((s) => s.historyBefore);
  const controller = useChatController();
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const ownScroll = useRef(-1);
  const scrollToBottom = (element: HTMLElement) => {
    element.scrollTop = element.scrollHeight;
    ownScroll.current = element.scrollTop;
  };
  /**
   * Whether the reader is at the bottom, when they moved since our own last scroll. Read before
   * each follow too: the scroll event comes a frame later, and a fast answer that grew meanwhile
   * would otherwise pull a reader who just scrolled up back down.
   */
  const noteReader = (element: HTMLElement) => {
    if (Math.abs(element.scrollTop - ownScroll.current) <= 1) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_PX;
  };

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    // Our own scroll to the bottom says nothing about the reader, even if text has grown below
    // it since.
    const onScroll = () => noteReader(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    // The answer's text renders a moment after the list (deferred), so follow its growth too.
    const follow = new ResizeObserver(() => {
      noteReader(element);
      if (atBottom.current) scrollToBottom(element);
    });
    if (content.current) follow.observe(content.current);
    return () => {
      follow.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, []);

  // A question the student just sent brings the new turn into view, wherever they had
  // scrolled to; the answer is then followed until they scroll away from it.
  const newestQuestion = useRef<string | null>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    const question = messages.findLast((m) => m.role === 'user')?.key ?? null;
    if (element) noteReader(element);
    if (question !== newestQuestion.current) {
      newestQuestion.current = question;
      atBottom.current = true;
    }
    if (element && atBottom.current) scrollToBottom(element);
  }, [messages]);

  return (
    <div className="message-list" ref={scroller}>
      {historyBefore && (
        <button
          type="button"
          className="link-button message-list__older"
          onClick={() => void controller.loadOlder()}
        >
          Load earlier messages
        </button>
      )}
      {historyStatus === 'loading' && messages.length === 0 && (
        <p className="message-list__empty">Loading the conversation…</p>
      )}
      {historyStatus === 'error' && (
        <p className="message-list__empty">Could not load this conversation.</p>
      )}
      {messages.length === 0 && historyStatus !== 'loading' && (
        <div className="message-list__welcome">
          <h2>Ask about any muscle</h2>
          <p>The model highlights what the answer talks about and turns to show it.</p>
          <ul className="suggestions">
            {suggestions.map((text) => (
              <li key={text}>
                <button type="button" className="suggestion" onClick={() => controller.send(text)}>
                  {text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* The log wraps the list: a list's items must stay in a plain list. */}
      <div role="log" aria-label="Conversation" aria-live="off" ref={content}>
        <ol className="message-list__items">
          {messages.map((message, index) => (
            <ChatMessageView
              key={message.key}
              message={message}
              isLast={index === messages.length - 1}
            />
          ))}
        </ol>
      </div>
    </div>
  );
}
