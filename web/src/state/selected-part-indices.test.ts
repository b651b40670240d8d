import { describe, expect, it } from 'vitest';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { selectedPartIndices } from './selected-part-indices';

const anatomy = anatomyFixture();
const keys = (parts: number[]) => parts.map((p) => anatomy.parts[p]?.key).sort();

describe('selectedPartIndices', () => {
  it('should give the meshes of the selected parts on the selected sides', () => {
    const entry = { left: true, right: true, parts: ['short-head'] };
    expect(keys(selectedPartIndices(anatomy, 'biceps-brachii', entry))).toEqual(['FMA2', 'FMA4']);
  });

  it('should give every mesh of a whole muscle, or of one whose parts the model lacks', () => {
    expect(
      keys(selectedPartIndices(anatomy, 'biceps-brachii', { left: true, right: false })),
    ).toEqual(['FMA1', 'FMA2']);
    const lacking = { left: true, right: true, parts: ['long-head'] };
    expect(keys(selectedPartIndices(anatomy, 'triceps-brachii', lacking))).toEqual([
      'FMA5',
      'FMA6',
    ]);
  });
});
