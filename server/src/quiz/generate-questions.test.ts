import { must } from '../../../test/support/must.js';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../language/catalog-index.js';
import { actionPhrase } from '../language/describe-action.js';
import { canAsk, generateQuestion, generateQuestions } from './generate-questions.js';
import { seededRandom } from './seeded-random.js';

const index = indexCatalog(loadCatalog());
const muscles = [...index.muscles.values()];
const meshless = muscles.filter((m) => !m.hasMesh);

describe('generateQuestions', () => {
  it('should never ask a mesh-less muscle in Find it or Name it', () => {
    expect(meshless.length).toBeGreaterThan(0);
    const questions = generateQuestions(
      index,
      meshless.map((m) => ({ muscleId: m.id })),
      { count: 60, random: seededRandom(1) },
    );
    expect(questions.length).toBeGreaterThan(10);
    for (const q of questions) expect(['fact', 'function']).toContain(q.kind);
    for (const m of meshless) {
      expect(canAsk(m, 'find')).toBe(false);
      expect(generateQuestion(index, m, 'name', seededRandom(2))).toBeNull();
    }
  });

  it('should build choice questions with four distinct options, one right, distractors from the same region first', () => {
    for (let seed = 0; seed < 40; seed++) {
      const muscle = must(muscles[(seed * 7) % muscles.length]);
      for (const kind of ['fact', 'function'] as const) {
        const q = generateQuestion(index, muscle, kind, seededRandom(seed));
        if (!q) continue;
        expect(q.answer.type).toBe('choice');
        const choices = q.choices ?? [];
        expect(choices).toHaveLength(4);
        expect(new Set(choices.map((c) => c.toLowerCase())).size).toBe(4);
        if (q.answer.type !== 'choice') continue;
        expect(choices[q.answer.index]).toBe(q.answerText);
        // The hint never names the right answer.
        expect(q.hint).not.toContain(`"${q.answerText}"`);
      }
    }
  });

  it('should draw function distractors from muscles that do not perform the movement', () => {
    const muscle = index.muscle('biceps-brachii');
    for (let seed = 0; seed < 20; seed++) {
      const q = generateQuestion(index, muscle, 'function', seededRandom(seed));
      if (!q || q.answer.type !== 'choice') throw new Error('expected a choice question');
      const asked = muscle.actions.find(
        (a) => q.prompt === `Which of these muscles ${actionPhrase(a, 'base')}?`,
      );
      expect(asked).toBeDefined();
      for (const [i, name] of (q.choices ?? []).entries()) {
        if (i === q.answer.index) continue;
        const other = must(muscles.find((m) => m.name === name));
        const doesIt = other.actions.some(
          (a) => a.joint === asked?.joint && a.movement === asked.movement,
        );
        expect(doesIt).toBe(false);
      }
    }
  });

  it('should prefer same-region distractors for facts', () => {
    const muscle = index.muscle('teres-minor');
    const q = must(generateQuestion(index, muscle, 'fact', seededRandom(3)));
    const regionTexts = new Set(
      muscles
        .filter((m) => m.region === muscle.region)
        .flatMap((m) => [
          m.origin,
          m.insertion,
          m.innervation,
          m.roots ? `${m.innervation} (${m.roots})` : '',
        ]),
    );
    const actionQuestion = q.prompt.startsWith('What does');
    if (!actionQuestion)
      for (const choice of q.choices ?? []) expect(regionTexts.has(choice)).toBe(true);
  });

  it('should name a side in Find it for paired muscles and keep it in the answer', () => {
    const q = must(generateQuestion(index, index.muscle('teres-minor'), 'find', seededRandom(5)));
    expect(q.answer).toMatchObject({ type: 'click', muscleId: 'teres-minor' });
    if (q.answer.type !== 'click') return;
    expect(['left', 'right']).toContain(q.answer.side);
    expect(q.prompt).toContain(`${q.answer.side} side`);
    expect(q.prompt).not.toContain('teres-minor');
  });

  it('should give the requested count, rotating kinds over a small group', () => {
    const cuff = index.group('rotator-cuff').muscles.map((id) => ({ muscleId: id }));
    const questions = generateQuestions(index, cuff, { count: 8, random: seededRandom(9) });
    expect(questions).toHaveLength(8);
    expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThan(1);
    const keys = questions.map((q) => `${q.muscleId}:${q.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should honour requested kinds', () => {
    const cuff = index.group('rotator-cuff').muscles.map((id) => ({ muscleId: id }));
    const questions = generateQuestions(index, cuff, {
      count: 4,
      kinds: ['find'],
      random: seededRandom(4),
    });
    expect(questions.map((q) => q.kind)).toEqual(['find', 'find', 'find', 'find']);
  });
});
