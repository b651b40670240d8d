import { Rating } from 'ts-fsrs';
import { must } from '../../../test/support/must.js';
import { describe, expect, it } from 'vitest';
import { rateAnswer } from './rate-answer.js';
import { fromStored, masteryOf, newCard, scheduleCard, toStored } from './schedule-card.js';

const now = new Date('2026-12-01T10:00:00Z');
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;

describe('rateAnswer', () => {
  it('should grade from correctness, hints and answer time', () => {
    expect(rateAnswer({ correct: false, hints: 0, elapsedMs: 2000 })).toBe(Rating.Again);
    expect(rateAnswer({ correct: true, hints: 1, elapsedMs: 2000 })).toBe(Rating.Hard);
    expect(rateAnswer({ correct: true, hints: 0, elapsedMs: 60_000 })).toBe(Rating.Hard);
    expect(rateAnswer({ correct: true, hints: 0, elapsedMs: 3000 })).toBe(Rating.Easy);
    expect(rateAnswer({ correct: true, hints: 0, elapsedMs: 10_000 })).toBe(Rating.Good);
  });
});

describe('scheduleCard', () => {
  it('should schedule later the better the grade', () => {
    const card = newCard(now);
    const again = scheduleCard(card, Rating.Again, now).due;
    const hard = scheduleCard(card, Rating.Hard, now).due;
    const good = scheduleCard(card, Rating.Good, now).due;
    const easy = scheduleCard(card, Rating.Easy, now).due;
    expect(again.getTime()).toBeLessThan(good.getTime());
    expect(hard.getTime()).toBeLessThanOrEqual(good.getTime());
    expect(good.getTime()).toBeLessThan(easy.getTime());
  });

  it('should grow intervals with repeated right answers and shrink them after a lapse', () => {
    let card = newCard(now);
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = scheduleCard(card, Rating.Good, at);
      intervals.push(days(at, card.due));
      at = card.due;
    }
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThan(must(intervals[i - 1]));
    const lapsed = scheduleCard(card, Rating.Again, at);
    expect(days(at, lapsed.due)).toBeLessThan(must(intervals.at(-1)));
    expect(lapsed.lapses).toBe(card.lapses + 1);
  });

  it('should round-trip through storage and report mastery', () => {
    const card = newCard(now);
    expect(masteryOf(card, now)).toBe('new');
    const learnt = scheduleCard(card, Rating.Again, now);
    const back = fromStored(JSON.parse(JSON.stringify(toStored(learnt))));
    expect(back.due.getTime()).toBe(learnt.due.getTime());
    expect(masteryOf(back, now)).toBe('learning');
    expect(masteryOf(back, new Date(learnt.due.getTime() + 1))).toBe('due');
    let strong = card;
    let at = now;
    for (let i = 0; i < 4; i++) {
      strong = scheduleCard(strong, Rating.Easy, at);
      at = strong.due;
    }
    expect(masteryOf(strong, new Date(at.getTime() - 1))).toBe('mastered');
  });
});
