import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { indexCatalog } from '../../language/catalog-index.js';
import { findMusclesByAction } from './find-muscles-by-action.js';
import { lookupMuscles } from './lookup-muscles.js';

const index = indexCatalog(loadCatalog());
const message = (outcome: ReturnType<typeof lookupMuscles>) =>
  outcome.ok ? outcome.message : outcome.error;

describe('lookupMuscles', () => {
  it('should return catalog facts by id, nickname, group or typo, and change nothing', () => {
    const outcome = lookupMuscles(index, {
      names: ['deltoid', 'lats', 'rotator cuff', 'infraspinatous'],
    });
    expect(outcome).toMatchObject({ ok: true, commands: [] });
    const text = message(outcome);
    expect(text).toContain('Deltoid [deltoid]\n  region: shoulder');
    expect(text).toContain('Latissimus dorsi [latissimus-dorsi] (NOT IN THE 3D MODEL');
    expect(text).toContain('Rotator cuff [group rotator-cuff]');
    expect(text).toContain('Infraspinatus [infraspinatus]');
  });

  it('should say when a name is not in the catalog', () => {
    expect(message(lookupMuscles(index, { names: ['spleen'] }))).toBe(
      '"spleen": not in the catalog.',
    );
  });
});

describe('findMusclesByAction', () => {
  it('should list prime movers then helpers, marking muscles without a mesh', () => {
    const text = message(findMusclesByAction(index, { joint: 'elbow', movement: 'flexion' }));
    expect(text).toMatch(
      /^Muscles that flex the elbow:\n- biceps-brachii \(Biceps brachii\): prime mover/,
    );
    expect(text).toMatch(
      /- brachioradialis \(Brachioradialis\): prime mover, .*; NOT IN THE 3D MODEL/,
    );
    expect(text).toContain('- pronator-teres (Pronator teres): assists');
  });

  it('should refuse a movement no muscle does', () => {
    expect(findMusclesByAction(index, { joint: 'knee', movement: 'pronation' })).toMatchObject({
      ok: false,
    });
  });
});
