import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { TourPayload } from '#shared/protocol/tour';
import { indexCatalog } from '../../language/catalog-index.js';
import { startTour } from './start-tour.js';

const index = indexCatalog(loadCatalog());

describe('startTour', () => {
  it('should build steps with a selection and a camera each', () => {
    const outcome = startTour(index, {
      title: 'Calf',
      steps: [
        { caption: 'The calf', muscleIds: ['triceps-surae'], view: 'posterior' },
        { caption: 'Soleus', muscleIds: ['soleus'], side: 'right', durationMs: 6000 },
        { caption: 'The leg', region: 'leg' },
      ],
    });
    expect(outcome.ok).toBe(true);
    const command = outcome.ok ? outcome.commands[0] : undefined;
    expect(command?.type).toBe('model:tour');
    const payload = TourPayload.parse(command?.payload);
    expect(payload.steps).toEqual([
      {
        caption: 'The calf',
        select: { muscleIds: ['gastrocnemius', 'soleus'], side: 'both' },
        camera: {
          view: 'posterior',
          focus: { muscleIds: ['gastrocnemius', 'soleus'], side: 'both' },
          durationMs: 900,
        },
        durationMs: 4000,
      },
      {
        caption: 'Soleus',
        select: { muscleIds: ['soleus'], side: 'right' },
        camera: { focus: { muscleIds: ['soleus'], side: 'right' }, durationMs: 900 },
        durationMs: 6000,
      },
      {
        caption: 'The leg',
        camera: { focus: { region: 'leg', side: 'both' }, durationMs: 900 },
        durationMs: 4000,
      },
    ]);
  });

  it('should refuse unknown ids, naming the step', () => {
    expect(
      startTour(index, {
        title: 'x',
        steps: [{ caption: 'a' }, { caption: 'b', muscleIds: ['solius'] }],
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^Step 2: "solius" is not a catalog muscle id\. Close matches: soleus/,
      ),
    });
  });

  it('should keep a step whose muscles have no mesh as a caption, and say so', () => {
    const outcome = startTour(index, {
      title: 'Jaw',
      steps: [{ caption: 'Masseter', muscleIds: ['masseter'] }],
    });
    expect(outcome).toMatchObject({
      ok: true,
      message: expect.stringContaining('masseter (Masseter)'),
    });
    expect(outcome.ok && outcome.commands[0]?.payload).toEqual({
      title: 'Jaw',
      steps: [{ caption: 'Masseter', durationMs: 4000 }],
    });
  });
});
