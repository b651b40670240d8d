import { describe, expect, it, vi } from 'vitest';
import type { QuizStarter } from '../agent/agent.js';
import { quizAfterTurnSaved } from './quiz-after-turn-saved.js';

const context = { userId: 'u', threadId: 't', runId: 'r' };

const starter = (): QuizStarter & { calls: string[] } => {
  const calls: string[] = [];
  const started = { ok: true } as unknown as Awaited<ReturnType<QuizStarter['start']>>;
  return {
    calls,
    start: vi.fn(() => (calls.push('start'), Promise.resolve(started))),
    answerInThread: vi.fn(() => (calls.push('answer'), Promise.resolve(started))),
    repeatQuestion: vi.fn(() => (calls.push('repeat'), Promise.resolve(started))),
    openQuestion: vi.fn(() => (calls.push('open'), Promise.resolve(null))),
  };
};

describe('quizAfterTurnSaved', () => {
  it('holds every quiz call until the turn is saved', async () => {
    const quiz = starter();
    let saved!: (ok: boolean) => void;
    const wrapped = quizAfterTurnSaved(quiz, new Promise<boolean>((r) => (saved = r)));
    const pending = wrapped?.start(context, { topic: 'the rotator cuff' } as never);
    await Promise.resolve();
    expect(quiz.calls).toEqual([]);
    saved(true);
    await pending;
    await wrapped?.answerInThread(context, 'infraspinatus');
    await wrapped?.repeatQuestion(context);
    expect(quiz.calls).toEqual(['start', 'answer', 'repeat']);
  });

  it('fails with STORE_FAILED and never starts a quiz when the turn could not be saved', async () => {
    const quiz = starter();
    const wrapped = quizAfterTurnSaved(quiz, Promise.resolve(false));
    await expect(wrapped?.start(context, { topic: 'x' } as never)).rejects.toMatchObject({
      code: 'STORE_FAILED',
    });
    expect(quiz.calls).toEqual([]);
  });

  it('reads the open question without waiting for the save (an earlier turn asked it)', async () => {
    const quiz = starter();
    const wrapped = quizAfterTurnSaved(quiz, new Promise<boolean>(() => undefined));
    await expect(wrapped?.openQuestion(context)).resolves.toBeNull();
    expect(quiz.calls).toEqual(['open']);
  });

  it('gives no quiz starter when the run has none', () => {
    expect(quizAfterTurnSaved(undefined, Promise.resolve(true))).toBeUndefined();
  });
});
