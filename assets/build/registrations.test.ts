import { describe, expect, it } from 'vitest';
import { isOutOfFrame } from './is-out-of-frame.js';
import { registrations } from './registrations.js';

describe('registrations', () => {
  it('should register each of the eight mis-scaled files once', () => {
    const labels = registrations.map((r) => r.label).sort();
    expect(labels).toEqual(
      ['Atlas', 'Axis', 'Diaphragm', 'Ethmoid', 'Mandible', 'Manubrium', 'Sacrum', 'Vomer'].sort(),
    );
    expect(new Set(registrations.map((r) => r.fma)).size).toBe(registrations.length);
  });

  it('should anchor every part on other parts and check it against other parts', () => {
    const registered = new Set(registrations.map((r) => r.fma));
    for (const registration of registrations) {
      expect(registration.landmark.fmas.length).toBeGreaterThan(0);
      expect(registration.mustTouch.length).toBeGreaterThan(0);
      for (const fma of [...registration.landmark.fmas, ...registration.mustTouch]) {
        expect(registered.has(fma), `${registration.label} leans on another registered part`).toBe(
          false,
        );
      }
    }
  });
});

describe('isOutOfFrame', () => {
  it('should flag a tiny part on the midline between the feet', () => {
    expect(isOutOfFrame({ min: [-2.2, 28.6, 0.2], max: [2.2, 33.9, 3.4] })).toBe(true);
  });

  it('should not flag parts of the feet or anything above them', () => {
    expect(isOutOfFrame({ min: [126.9, -4.1, 198.4], max: [135.5, 3, 209.6] })).toBe(false);
    expect(isOutOfFrame({ min: [-24, 1187, 165], max: [23, 1303, 206] })).toBe(false);
  });
});
