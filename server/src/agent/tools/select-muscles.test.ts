import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { selectMuscles, selectMusclesTool } from './select-muscles.js';
import type { ToolOutcome } from './tool-outcome.js';

const index = indexCatalog(loadCatalog());

describe('selectMuscles', () => {
  it('should build a validated selection event with defaults and a resolved colour', () => {
    expect(selectMuscles(index, { muscleIds: ['deltoid'], color: 'Blue' })).toEqual({
      ok: true,
      message: 'Selected (both sides): deltoid (Deltoid).',
      commands: [
        {
          type: 'model:selectMuscles',
          payload: { muscleIds: ['deltoid'], side: 'both', mode: 'replace', color: '#1e88e5' },
        },
      ],
    });
  });

  it('should add to or remove from the selection on one side', () => {
    const outcome = selectMuscles(index, { muscleIds: ['soleus'], side: 'left', mode: 'remove' });
    expect(outcome).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Removed from the selection \(left side\)/),
      commands: [{ payload: { muscleIds: ['soleus'], side: 'left', mode: 'remove' } }],
    });
  });

  it('should refuse unknown ids, so nothing reaches a client', () => {
    const outcome = selectMuscles(index, { muscleIds: ['deltoid', 'bicep-brachii'] });
    expect(outcome.ok).toBe(false);
    expect(outcome).toMatchObject({
      error: expect.stringContaining('Close matches: biceps-brachii (Biceps brachii)'),
    });
  });

  it('should refuse a colour it cannot use', () => {
    expect(selectMuscles(index, { muscleIds: ['deltoid'], color: 'sparkly' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('"sparkly" is not a colour'),
    });
  });

  it('should say a muscle has no mesh and highlight nothing for it', () => {
    expect(selectMuscles(index, { muscleIds: ['latissimus-dorsi'] })).toEqual({
      ok: true,
      message: expect.stringContaining('Not in this 3D model'),
      commands: [],
    });
    const mixed = selectMuscles(index, { muscleIds: ['latissimus-dorsi', 'teres-major'] });
    expect(mixed).toMatchObject({
      ok: true,
      commands: [{ payload: { muscleIds: ['teres-major'] } }],
    });
    expect(mixed.ok && mixed.message).toContain('latissimus-dorsi (Latissimus dorsi)');
  });
});

describe('selectMusclesTool', () => {
  it('should show the model the message, or the error as an error result', async () => {
    const { execute, toModelOutput } = selectMusclesTool(index);
    if (execute === undefined || toModelOutput === undefined)
      throw new Error('the tool runs on the server');
    const options = { toolCallId: 'c1', messages: [] };
    const ok = (await execute({ muscleIds: ['deltoid'] }, options)) as ToolOutcome;
    expect(
      toModelOutput({ toolCallId: 'c1', input: { muscleIds: ['deltoid'] }, output: ok }),
    ).toEqual({
      type: 'text',
      value: 'Selected (both sides): deltoid (Deltoid).',
    });
    const bad = (await execute({ muscleIds: ['nope'] }, options)) as ToolOutcome;
    expect(
      toModelOutput({ toolCallId: 'c2', input: { muscleIds: ['nope'] }, output: bad }),
    ).toMatchObject({ type: 'error-text' });
  });

  it('should select only the parts named by id, slug or lay word, with their muscles', () => {
    const outcome = selectMuscles(index, {
      muscleIds: ['trapezius'],
      partIds: ['trapezius/descending', 'deltoid/rear', 'Biceps brachii/long head'],
      side: 'left',
    });
    expect(outcome).toMatchObject({
      ok: true,
      commands: [
        {
          payload: {
            muscleIds: ['trapezius', 'deltoid', 'biceps-brachii'],
            side: 'left',
            partIds: ['trapezius/descending', 'deltoid/spinal', 'biceps-brachii/long-head'],
          },
        },
      ],
    });
  });

  it('should highlight the whole muscle when the model has no mesh for the part, and say so', () => {
    const outcome = selectMuscles(index, {
      muscleIds: ['sternocleidomastoid'],
      partIds: ['sternocleidomastoid/sternal head'],
    });
    expect(outcome).toMatchObject({
      ok: true,
      message: expect.stringContaining('no separate mesh for the sternal head'),
      commands: [{ payload: { muscleIds: ['sternocleidomastoid'] } }],
    });
    expect(outcome.ok && outcome.commands[0]?.payload).not.toHaveProperty('partIds');
  });

  it('should refuse a part the muscle does not have, naming the parts it has', () => {
    expect(
      selectMuscles(index, { muscleIds: ['deltoid'], partIds: ['deltoid/elbow'] }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('clavicular (front) part') });
  });
});
