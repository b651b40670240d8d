import { useEffect, useId, useRef, useState } from 'react';
import { useChatController } from '../app/use-chat-controller';
import { useViewerStore } from '../state/use-viewer-store';
import { ThreadPickerItem } from './ThreadPickerItem';
import { useUndoableDelete } from './use-undoable-delete';
import './thread-picker-actions.css';

/**
 * The conversation switcher: the open thread's title, a list of past threads (each can be
 * renamed, or deleted with a moment to undo), and "New chat".
 */
export function ThreadPicker() {
  const controller = useChatController();
  const threads = useViewerStore((s) => s.threads);
  const threadId = useViewerStore((s) => s.threadId);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const current = threads.find((t) => t.id === threadId);
  const deletion = useUndoableDelete((id) => void controller.deleteThread(id));
  const shown = threads.filter((t) => t.id !== deletion.pending?.id);

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
          {shown.length === 0 && <li className="thread-picker__empty">No conversations yet</li>}
          {shown.map((thread) => (
            <ThreadPickerItem
              key={thread.id}
              thread={thread}
              current={thread.id === threadId}
              onOpen={() => {
                controller.openThread(thread.id);
                setOpen(false);
              }}
              onRename={(title) => void controller.renameThread(thread.id, title)}
              onDelete={() => deletion.request({ id: thread.id, title: thread.title })}
            />
          ))}
        </ul>
      )}
      {deletion.pending && (
        <div className="undo-toast" role="status">
          <span>Deleted “{deletion.pending.title}”.</span>
          <button type="button" className="button button--small" onClick={deletion.undo}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
