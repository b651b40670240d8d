/**
 * Concurrent answers per identity, counted by reservation: a slot is taken before anything is
 * awaited and held until the answer ends or is stopped, so parallel starts cannot all pass a
 * check that only one of them should pass.
 */
export interface RunSlots {
  /** Takes a slot for `slotId` unless the user already holds `max`; false when full. */
  acquire(userId: string, slotId: string, max: number): boolean | Promise<boolean>;
  /** Gives the slot back (idempotent). */
  release(userId: string, slotId: string): void | Promise<void>;
}

/** One instance's slots. The check and the reservation happen in one synchronous step. */
export const createLocalRunSlots = (): RunSlots => {
  const held = new Map<string, Set<string>>();
  return {
    acquire(userId, slotId, max) {
      const slots = held.get(userId) ?? new Set<string>();
      if (slots.size >= max && !slots.has(slotId)) return false;
      slots.add(slotId);
      held.set(userId, slots);
      return true;
    },
    release(userId, slotId) {
      const slots = held.get(userId);
      if (!slots?.delete(slotId)) return;
      if (slots.size === 0) held.delete(userId);
    },
  };
};
