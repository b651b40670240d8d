import { createEmptyCard, fsrs, State, type Card, type Grade } from 'ts-fsrs';
import type { MasteryState } from '#shared/protocol/progress';

/** A card stored as JSON: ts-fsrs's fields with dates as ISO strings. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

const scheduler = fsrs();

/** Days between reviews from which a card counts as mastered. */
const MASTERED_DAYS = 21;

export const newCard = (now: Date): Card => createEmptyCard(now);

export const toStored = ({ due, last_review, ...rest }: Card): StoredCard => ({
  ...rest,
  due: due.toISOString(),
  ...(last_review ? { last_review: last_review.toISOString() } : {}),
});

export const fromStored = ({ due, last_review, ...rest }: StoredCard): Card => ({
  ...rest,
  due: new Date(due),
  ...(last_review ? { last_review: new Date(last_review) } : {}),
});

/** The card after a review with `grade` at `now` (FSRS, via ts-fsrs). */
export const scheduleCard = (card: Card, grade: Grade, now: Date): Card =>
  scheduler.next(card, now, grade).card;

/** Where a card stands for the progress panel. */
export function masteryOf(card: Card, now: Date): MasteryState {
  if (card.state === State.New) return 'new';
  if (card.due.getTime() <= now.getTime()) return 'due';
  return card.state === State.Review && card.scheduled_days >= MASTERED_DAYS
    ? 'mastered'
    : 'learning';
}
