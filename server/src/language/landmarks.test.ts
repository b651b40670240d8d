import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { findLandmarks } from './landmarks.js';
import { tokenize } from './tokenize.js';

const catalog = loadCatalog();
const named = (message: string) =>
  findLandmarks(tokenize(message), new Set()).map((hit) => hit.landmark.name);

describe('findLandmarks', () => {
  it('should read places in lay words, with sides and "side of" in between', () => {
    expect(named('show the back of the knee')).toEqual([
      'the back of the knee (the popliteal fossa)',
    ]);
    expect(named('whats behind my knee')).toEqual(['the back of the knee (the popliteal fossa)']);
    expect(named('look at the back of the left knee')).toEqual([
      'the back of the knee (the popliteal fossa)',
    ]);
    expect(named('the dorsal side of the forearm')).toEqual(['the back of the forearm']);
    expect(named('sole of the foot')).toEqual(['the sole of the foot']);
    expect(named('muscles of the upper back')).toEqual(['the upper back']);
    expect(named('which muscles are in the top of the back')).toEqual(['the upper back']);
  });

  it('should not read a movement of the palm as the palm', () => {
    expect(named('what turns my palm up')).toEqual([]);
  });

  it('should name only muscles the catalog has', () => {
    const ids = new Set(catalog.muscles.map((m) => m.id));
    const all = findLandmarks(
      tokenize('back of the knee inside of the elbow front of the hip sole of the foot armpit'),
      new Set(),
    );
    for (const { landmark } of all) for (const id of landmark.muscles) expect(ids).toContain(id);
  });
});
