import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { setCameraView } from './set-camera-view.js';

const index = indexCatalog(loadCatalog());

describe('setCameraView', () => {
  it('should frame muscles from a named view', () => {
    expect(setCameraView(index, { view: 'posterior', muscleIds: ['rotator-cuff'] })).toMatchObject({
      ok: true,
      commands: [
        {
          type: 'model:setCameraView',
          payload: {
            view: 'posterior',
            focus: {
              muscleIds: ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'],
              side: 'both',
            },
            durationMs: 900,
          },
        },
      ],
    });
  });

  it('should frame a region, or turn the whole body', () => {
    expect(setCameraView(index, { region: 'shoulder', side: 'left' })).toMatchObject({
      commands: [{ payload: { focus: { region: 'shoulder', side: 'left' } } }],
    });
    expect(setCameraView(index, { view: 'superior', durationMs: 0 })).toMatchObject({
      commands: [{ payload: { view: 'superior', durationMs: 0 } }],
    });
  });

  it('should refuse a call with nothing to do, and unknown ids', () => {
    expect(setCameraView(index, {})).toMatchObject({ ok: false });
    expect(setCameraView(index, { muscleIds: ['deltoyd'] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('deltoid (Deltoid)'),
    });
  });

  it('should not move for muscles without a mesh, but keep a view asked for', () => {
    expect(setCameraView(index, { muscleIds: ['masseter'] })).toMatchObject({
      ok: true,
      commands: [],
    });
    expect(setCameraView(index, { muscleIds: ['masseter'], view: 'left' })).toMatchObject({
      ok: true,
      commands: [{ payload: { view: 'left' } }],
    });
  });
});
