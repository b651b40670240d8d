import { describe, expect, it } from 'vitest';
import { basePartColor } from './part-palette';

const channels = (packed: number) => [(packed >> 16) & 255, (packed >> 8) & 255, packed & 255];

describe('basePartColor', () => {
  it('should give tendons and ligaments a colour of their own, clearly apart from bone', () => {
    const [r1, g1, b1] = channels(basePartColor('other', 0));
    const [r2, g2, b2] = channels(basePartColor('bone', 0));
    const distance = Math.hypot(
      (r1 ?? 0) - (r2 ?? 0),
      (g1 ?? 0) - (g2 ?? 0),
      (b1 ?? 0) - (b2 ?? 0),
    );
    expect(distance).toBeGreaterThan(60);
  });
});
