import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { findActivity } from './activities.js';
import { indexCatalog } from './catalog-index.js';
import { tokenize } from './tokenize.js';

const index = indexCatalog(loadCatalog());
const activity = (text: string) => {
  const hit = findActivity(tokenize(text), index.knownActions, new Set());
  return hit && { name: hit.name, pairs: hit.pairs.map((p) => `${p.joint}:${p.movement}`) };
};

describe('activities', () => {
  it('should read an exercise or everyday activity as its movements', () => {
    expect(activity('what muscles do I use to squat')?.pairs).toEqual([
      'hip:extension',
      'knee:extension',
    ]);
    expect(activity('muscles for push ups')?.name).toBe('doing a push-up');
    expect(activity('pushups')?.name).toBe('doing a push-up');
    expect(activity('which muscles lift my heels')?.pairs).toEqual(['ankle:plantarflexion']);
    expect(activity('getting up from a chair')?.name).toBe('standing up from a chair');
    expect(activity('which muscle squeezes my knees together')?.pairs).toEqual(['hip:adduction']);
    expect(activity('pressing the thighs together')?.pairs).toEqual(['hip:adduction']);
  });

  it('should read looking over the shoulder as turning the head, and pelvic tilts by direction', () => {
    expect(activity('turn my head to look over my shoulder')?.pairs).toEqual([
      'head:rotation',
      'neck:rotation',
    ]);
    expect(activity('which muscles tilt my pelvis forward')?.pairs).toEqual([
      'hip:flexion',
      'trunk:extension',
    ]);
    expect(activity('what tucks my pelvis under')?.pairs).toEqual([
      'hip:extension',
      'trunk:flexion',
    ]);
    expect(activity('what muscle tilts my pelvis')?.pairs).toEqual([
      'hip:flexion',
      'hip:extension',
    ]);
  });

  it('should name the face muscle where the movement is too broad', () => {
    const closing = findActivity(
      tokenize('which muscle closes my eye'),
      index.knownActions,
      new Set(),
    );
    expect(closing?.muscles).toEqual(['orbicularis-oculi']);
    expect(closing?.pairs).toEqual([]);
  });

  it('should leave commands that share their words alone', () => {
    expect(activity('pull up the traps')).toBeNull();
    expect(activity('walk me through the rotator cuff')).toBeNull();
    expect(activity('show the biceps')).toBeNull();
  });
});
