import { useViewerStore } from '../state/use-viewer-store';
import { Composer } from './Composer';
import { LiveAnnouncer } from './LiveAnnouncer';
import { MessageList } from './MessageList';
import { ThreadPicker } from './ThreadPicker';

/** The chat: conversation switcher, messages, notices, the message box, and the live region. */
export function ChatPanel() {
  const notice = useViewerStore((s) => s.notice);
  const setNotice = useViewerStore((s) => s.setNotice);
  return (
    <section className="chat-panel" aria-label="Chat with the anatomy tutor">
      <header className="chat-panel__header">
        <ThreadPicker />
      </header>
      <MessageList />
      {notice && (
        <div className={`notice notice--${notice.kind}`} role="alert">
          <span>{notice.text}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => setNotice(null)}
            aria-label="Dismiss"
          >
            ✕
          </button>
        </div>
      )}
      <Composer />
      <LiveAnnouncer />
    </section>
  );
}
