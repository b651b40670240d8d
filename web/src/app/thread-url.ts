const PARAM = 'thread';
const VALID = /^[A-Za-z0-9_-]{1,64}$/;

/** The thread named in the address bar (`?thread=`), and keeping it there. */
export const threadUrl = {
  read: (location: Pick<Location, 'search'>): string | null => {
    const value = new URLSearchParams(location.search).get(PARAM);
    return value && VALID.test(value) ? value : null;
  },
  write: (threadId: string | null): void => {
    const url = new URL(window.location.href);
    if (threadId) url.searchParams.set(PARAM, threadId);
    else url.searchParams.delete(PARAM);
    if (url.href !== window.location.href)
      window.history.replaceState(window.history.state, '', url);
  },
};
