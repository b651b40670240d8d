import { describe, expect, it } from 'vitest';
import { computeBounds, type Box3 } from './compute-bounds.js';
import { registerPart } from './register-part.js';
import type { Registration } from './registrations.js';
import { createUvSphere } from './test-support/create-uv-sphere.js';

const registration: Registration = {
  fma: '1',
  label: 'Test bone',
  scale: 10,
  landmark: { description: 'above the neighbour', fmas: ['2'] },
  offset: [0, 35, 0],
  mustTouch: ['2'],
};

const neighbour: Box3 = { min: [-20, 0, -20], max: [20, 40, 20] };

describe('registerPart', () => {
  const tiny = createUvSphere(2, 16, 8, [1, 30, 3]);

  it('should scale the part about its own centre and put that centre at landmark plus offset', () => {
    const outcome = registerPart(registration, tiny, (fma) =>
      fma === '2' ? neighbour : undefined,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const bounds = computeBounds(outcome.geometry.positions);
    for (const axis of [0, 1, 2] as const) {
      expect(bounds.max[axis] - bounds.min[axis]).toBeCloseTo(40, 3);
      expect((bounds.max[axis] + bounds.min[axis]) / 2).toBeCloseTo(outcome.target[axis], 3);
    }
    expect(outcome.pivot[1]).toBeCloseTo(30, 3);
    expect(outcome.target).toEqual([0, 55, 0]);
    expect(outcome.geometry.indices).toBe(tiny.indices);
  });

  it('should refuse when a landmark part is missing', () => {
    const outcome = registerPart(registration, tiny, () => undefined);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/missing.*FMA 2/);
  });

  it('should refuse when the result does not reach the parts it must touch', () => {
    const far = { ...registration, offset: [0, 500, 0] as const };
    const outcome = registerPart(far, tiny, (fma) => (fma === '2' ? neighbour : undefined));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/does not reach FMA 2/);
  });
});
