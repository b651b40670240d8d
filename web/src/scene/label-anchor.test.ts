import { describe, expect, it } from 'vitest';
import { anatomyFixture } from '../test-support/anatomy-fixture';
import { labelAnchors } from './label-anchor';

const anatomy = anatomyFixture();

describe('labelAnchors', () => {
  it('should offer one anchor per side shown, left first', () => {
    const anchors = labelAnchors(anatomy, 'biceps-brachii', 'both');
    expect(anchors).toHaveLength(2);
    expect(anchors[0]?.[0]).toBeCloseTo(0.205, 3);
    expect(anchors[1]?.[0]).toBeCloseTo(-0.205, 3);
    expect(labelAnchors(anatomy, 'biceps-brachii', { left: false, right: true })).toHaveLength(1);
  });

  it('should use midline parts for unpaired structures and members for groups', () => {
    expect(labelAnchors(anatomy, 'diaphragm', 'left')).toEqual([[0, 1.1, 0.05]]);
    expect(labelAnchors(anatomy, 'elbow-flexors', 'right')).toHaveLength(1);
    expect(labelAnchors(anatomy, 'masseter', 'both')).toEqual([]);
  });
});
