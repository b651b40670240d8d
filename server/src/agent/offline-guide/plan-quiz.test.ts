import { must } from '../../../../test/support/must.js';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { planQuiz, readQuizRequest } from './plan-quiz.js';

const index = indexCatalog(loadCatalog());
const ids = (message: string) =>
  readQuizRequest(index, message)
    ?.muscles.map((m) => m.id)
    .sort();

describe('readQuizRequest', () => {
  it('should read the topic of a quiz request: a group, a region, muscles', () => {
    expect(ids('quiz me on the rotator cuff')).toEqual(
      [...index.group('rotator-cuff').muscles].sort(),
    );
    const forearm = ids('test me on the muscles of the forearm') ?? [];
    expect(forearm.length).toBeGreaterThan(5);
    for (const id of forearm) expect(index.muscle(id).region).toBe('forearm');
    expect(ids('quiz me on the biceps and the triceps')).toEqual([
      'biceps-brachii',
      'triceps-brachii',
    ]);
  });

  it('should read every group and region the quiz menu offers', () => {
    const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
    for (const group of index.catalog.groups)
      expect(ids(`quiz me on the ${lower(group.name)}`)).toEqual([...group.muscles].sort());
    for (const region of index.catalog.regions)
      expect(ids(`quiz me on the muscles of the ${lower(region.name)}`)).toEqual(
        [...index.muscles.values()]
          .filter((m) => m.region === region.id)
          .map((m) => m.id)
          .sort(),
      );
  });

  it('should read counts and reviews', () => {
    expect(readQuizRequest(index, '5 questions on the hamstrings')).toMatchObject({
      count: 5,
      review: false,
      topic: 'the hamstrings',
    });
    expect(readQuizRequest(index, 'give me ten quiz questions on the quads')?.count).toBe(10);
    expect(readQuizRequest(index, 'quiz me on what I got wrong')).toMatchObject({
      review: true,
      muscles: [],
    });
  });

  it('should read the kinds of question asked for', () => {
    expect(readQuizRequest(index, 'quiz me on finding the rotator cuff')?.kinds).toEqual(['find']);
    expect(
      readQuizRequest(index, 'test me on the origins and nerves of the hamstrings')?.kinds,
    ).toEqual(['fact']);
    expect(readQuizRequest(index, 'quiz me on the rotator cuff')?.kinds).toEqual([]);
  });

  it('should read a quiz asked for in other words', () => {
    expect(ids('can you ask me some questions about the hamstrings')).toEqual([
      'biceps-femoris',
      'semimembranosus',
      'semitendinosus',
    ]);
    expect(ids('test my knowledge of the calf')).toEqual(['gastrocnemius', 'soleus']);
    expect(ids('question me on the soleus')).toEqual(['soleus']);
    expect(ids('flashcards on the calf')).toEqual(['gastrocnemius', 'soleus']);
    expect(ids('i want to practise the calf muscles')).toEqual(['gastrocnemius', 'soleus']);
  });

  it('should leave other messages to the guide', () => {
    expect(readQuizRequest(index, 'show me the rotator cuff')).toBeNull();
    expect(readQuizRequest(index, 'I have questions about the biceps')).toBeNull();
    expect(readQuizRequest(index, 'what does the teres minor do?')).toBeNull();
    expect(readQuizRequest(index, 'what questions do students ask about the biceps')).toBeNull();
    // A study word without a topic is training talk, not a quiz.
    expect(readQuizRequest(index, 'how do I practice squats')).toBeNull();
  });
});

describe('planQuiz', () => {
  const input = (message: string) => ({ message, scene: null, history: [] });

  it('should plan one startQuiz call with the topic muscles and count', () => {
    const plan = must(planQuiz(index, input('5 questions on the hamstrings')));
    const calls = plan.steps.flatMap((s) => s.calls);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      toolName: 'startQuiz',
      input: { topic: 'the hamstrings', count: 5 },
    });
    const input0 = must(calls[0]).input as { muscleIds: string[] };
    expect(input0.muscleIds.sort()).toEqual([...index.group('hamstrings').muscles].sort());
  });

  it('should quiz on the selection when no topic is named, and ask when there is none', () => {
    const selected = must(
      planQuiz(index, {
        message: 'quiz me',
        scene: {
          selection: [{ muscleId: 'deltoid', side: 'both' }],
          view: null,
          layers: { muscles: true, bones: true, other: true },
          isolated: [],
          xray: false,
        },
        history: [],
      }),
    );
    expect(selected.steps.flatMap((s) => s.calls)[0]).toMatchObject({
      input: { muscleIds: ['deltoid'] },
    });
    const none = must(planQuiz(index, input('quiz me')));
    expect(none.steps.flatMap((s) => s.calls)).toHaveLength(0);
    expect(none.steps.map((s) => s.text).join('')).toContain('What should I quiz you on?');
  });

  it('should plan a review with no muscles', () => {
    const plan = must(planQuiz(index, input('quiz me on what I got wrong')));
    expect(plan.steps.flatMap((s) => s.calls)[0]).toMatchObject({
      toolName: 'startQuiz',
      input: { review: true },
    });
  });
});
