import { useCallback, useEffect, useRef, useState } from 'react';

export type PendingDelete = { id: string; title: string };

/** How long "Undo" is offered before a deletion is sent. */
export const UNDO_WINDOW_MS = 6000;

/**
 * A deletion that waits: the item disappears at once, the delete is sent when the undo window
 * closes (or the page goes away), and `undo` within the window keeps it.
 */
export const useUndoableDelete = (commit: (id: string) => void) => {
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingRef = useRef<PendingDelete | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const item = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    if (item) commitRef.current(item.id);
  }, []);

  const request = useCallback(
    (item: PendingDelete) => {
      // One undo at a time: a second delete confirms the first.
      flush();
      pendingRef.current = item;
      setPending(item);
      timer.current = setTimeout(flush, UNDO_WINDOW_MS);
    },
    [flush],
  );

  const undo = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pendingRef.current = null;
    setPending(null);
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { pending, request, undo };
};
