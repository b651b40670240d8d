import { describe, expect, it } from 'vitest';
import { unobstructedFraming, viewInsets } from './unobstructed-view';

describe('viewInsets', () => {
  it('should take a band for a wide toolbar at the top and the tour card at the bottom', () => {
    const insets = viewInsets(800, 900, [
      { x: 12, y: 12, width: 420, height: 36 },
      { x: 120, y: 700, width: 560, height: 160 },
    ]);
    expect(insets.top).toBe(48);
    expect(insets.bottom).toBe(200);
  });

  it('should leave out a narrow toolbar in a corner', () => {
    const insets = viewInsets(800, 900, [{ x: 690, y: 12, width: 100, height: 140 }]);
    expect(insets).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('should keep at least 40 % of the height free', () => {
    const insets = viewInsets(400, 800, [
      { x: 0, y: 0, width: 400, height: 400 },
      { x: 0, y: 500, width: 400, height: 300 },
    ]);
    expect(800 - insets.top - insets.bottom).toBeCloseTo(320);
  });
});

describe('unobstructedFraming', () => {
  it('should change nothing without insets', () => {
    const framing = unobstructedFraming(800, 600, 30, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(framing.fovDeg).toBeCloseTo(30);
    expect(framing.aspect).toBeCloseTo(800 / 600);
    expect(framing.shiftX).toBe(0);
    expect(framing.shiftY).toBe(0);
  });

  it('should frame in the part above a card: narrower view, centre moved up', () => {
    const framing = unobstructedFraming(800, 600, 30, { top: 0, right: 0, bottom: 200, left: 0 });
    expect(framing.fovDeg).toBeLessThan(30);
    expect(Math.tan((framing.fovDeg * Math.PI) / 360)).toBeCloseTo(
      Math.tan((30 * Math.PI) / 360) * (400 / 600),
    );
    expect(framing.aspect).toBeCloseTo(2);
    expect(framing.shiftY).toBe(-100);
  });
});
