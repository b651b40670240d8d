import { randomId } from './random-id';

const KEY = 'anatomy.guestId';
const VALID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * This browser's guest identity, made once and kept in `storage` (localStorage), for servers
 * without a session endpoint (they answer 404). Falls back to a per-page id when storage is
 * unavailable.
 */
export const guestId = (storage: Pick<Storage, 'getItem' | 'setItem'> | null): string => {
  try {
    const stored = storage?.getItem(KEY);
    if (stored && VALID.test(stored)) return stored;
    const id = `guest-${randomId(20)}`;
    storage?.setItem(KEY, id);
    return id;
  } catch {
    return `guest-${randomId(20)}`;
  }
};
