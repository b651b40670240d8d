import { useState, type FormEvent } from 'react';
import type { ThreadSummary } from '#shared/protocol/index';

const when = (iso: string): string => {
  const date = new Date(iso);
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString([], { month: 'short', day: 'numeric' });
};

const MAX_TITLE = 120;

/** One conversation in the picker: open it, rename it in place, or delete it. */
export function ThreadPickerItem(props: {
  thread: ThreadSummary;
  current: boolean;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDelete: () => void;
}) {
  const { thread } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(thread.title);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const title = draft.replace(/\s+/g, ' ').trim();
    setEditing(false);
    if (title !== '' && title !== thread.title) props.onRename(title);
  };

  if (editing) {
    return (
      <li className="thread-picker__row">
        <form className="thread-picker__rename" onSubmit={save}>
          <input
            className="thread-picker__rename-input"
            aria-label="Conversation title"
            value={draft}
            maxLength={MAX_TITLE}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <button type="submit" className="button button--small">
            Save
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="thread-picker__row">
      <button
        type="button"
        className="thread-picker__item"
        aria-current={props.current ? 'true' : undefined}
        onClick={props.onOpen}
      >
        <span className="thread-picker__item-title">{thread.title}</span>
        <span className="thread-picker__item-meta">
          {thread.message_count} messages · {when(thread.updated_at)}
        </span>
      </button>
      <button
        type="button"
        className="thread-picker__action"
        aria-label={`Rename “${thread.title}”`}
        title="Rename"
        onClick={() => {
          setDraft(thread.title);
          setEditing(true);
        }}
      >
        ✎
      </button>
      <button
        type="button"
        className="thread-picker__action"
        aria-label={`Delete “${thread.title}”`}
        title="Delete"
        onClick={props.onDelete}
      >
        🗑
      </button>
    </li>
  );
}
