import { useEffect, useId, useRef, useState } from 'react';
import { useChatController } from '../app/use-chat-controller';
import { useViewerStore } from '../state/use-viewer-store';

const when = (iso: string): string => {
  const date = new Date(iso);
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString([], { month: 'short', day: 'numeric' });
};

/** The conversation switcher: the open thread's title, a list of past threads, and "New chat". */
export function ThreadPicker() {
  const controller = useChatController();
  const threads = useViewerStore((s) => s.threads);
  const threadId = useViewerStore((s) => s.threadId);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const current = threads.find((t) => t.id === threadId);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="thread-picker" ref={root}>
      <button
        type="button"
        className="thread-picker__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          if (!open) controller.refreshThreads();
          setOpen(!open);
        }}
      >
        <span className="thread-picker__title">
          {threadId ? (current?.title ?? 'Conversation') : 'New conversation'}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          // A new conversation starts from a clean model too.
          useViewerStore.getState().resetScene();
          controller.openThread(null);
        }}
        disabled={threadId === null}
      >
        New chat
      </button>
      {open && (
        <ul id={listId} className="thread-picker__list" aria-label="Conversations">
          {threads.length === 0 && <li className="thread-picker__empty">No conversations yet</li>}
          {threads.map((thread) => (
            <li key={thread.id}>
              <button
                type="button"
                className="thread-picker__item"
                aria-current={thread.id === threadId ? 'true' : undefined}
                onClick={() => {
                  controller.openThread(thread.id);
                  setOpen(false);
                }}
              >
                <span className="thread-picker__item-title">{thread.title}</span>
                <span className="thread-picker__item-meta">
                  {thread.message_count} messages · {when(thread.updated_at)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
