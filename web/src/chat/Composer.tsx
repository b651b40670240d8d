import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_MESSAGE_CHARS } from '#shared/protocol/token-stream-request';
import { useChatController } from '../app/use-chat-controller';
import { deriveQuiz } from '../quiz/derive-quiz';
import { useViewerStore } from '../state/use-viewer-store';
import { composerPlaceholder } from './composer-placeholder';

/**
 * The message box ("Message"): Enter sends, Shift+Enter starts a new line. While an answer
 * streams the send button becomes Stop. While a quiz question is open it says how to answer here.
 */
export function Composer() {
  const controller = useChatController();
  const run = useViewerStore((s) => s.run);
  const messages = useViewerStore((s) => s.messages);
  // A quiz question can be answered here too (the server grades what is typed).
  const question = useMemo(() => deriveQuiz(messages)?.question ?? null, [messages]);
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const busy = run !== null;

  const submit = () => {
    if (busy || text.trim() === '') return;
    controller.send(text);
    setText('');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) controller.cancel();
    else submit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const tooLong = text.length > MAX_MESSAGE_CHARS;
  return (
    <form className="composer" onSubmit={onSubmit}>
      <label htmlFor="composer-input" className="visually-hidden">
        Message
      </label>
      <textarea
        id="composer-input"
        ref={input}
        className="composer__input"
        rows={2}
        value={text}
        placeholder={composerPlaceholder(question)}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby="composer-hint"
        aria-invalid={tooLong}
      />
      <div className="composer__row">
        <span id="composer-hint" className="composer__hint">
          {tooLong
            ? `${text.length} / ${MAX_MESSAGE_CHARS} characters`
            : 'Enter to send · Shift+Enter for a new line'}
        </span>
        {busy ? (
          <button
            type="submit"
            className="button button--stop"
            disabled={run.phase === 'cancelling'}
          >
            {run.phase === 'cancelling' ? 'Stopping…' : 'Stop'}
          </button>
        ) : (
          <button
            type="submit"
            className="button button--primary"
            disabled={text.trim() === '' || tooLong}
          >
            Send
          </button>
        )}
      </div>
    </form>
  );
}
