import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelToPlace, type ScreenRect } from './layout-labels';

const bounds: ScreenRect = { x: 0, y: 0, width: 800, height: 600 };
const box = (l: LabelToPlace, p: { x: number; y: number }): ScreenRect => ({
  x: p.x,
  y: p.y,
  width: l.width,
  height: l.height,
});
const intersects = (a: ScreenRect, b: ScreenRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: ScreenRect, b: ScreenRect) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

describe('layoutLabels', () => {
  it('should put a lone label right beside its anchor, with the leader line ending on the box', () => {
    const label = { anchorX: 400, anchorY: 300, width: 100, height: 22 };
    const [placed] = layoutLabels([label], { bounds });
    if (!placed) throw new Error('nothing placed');
    expect(placed.x).toBeGreaterThan(label.anchorX);
    expect(placed.x - label.anchorX).toBeLessThan(30);
    expect(Math.abs(placed.y + label.height / 2 - label.anchorY)).toBeLessThan(1);
    expect(placed.lineX).toBe(placed.x);
    expect(placed.lineY).toBe(label.anchorY);
  });

  it('should keep labels whole inside the bounds, even for anchors at the edge', () => {
    const labels = [
      { anchorX: 795, anchorY: 5, width: 140, height: 22 },
      { anchorX: 2, anchorY: 598, width: 140, height: 22 },
      { anchorX: 790, anchorY: 590, width: 200, height: 22 },
    ];
    const placed = layoutLabels(labels, { bounds });
    labels.forEach((l, i) =>
      expect(inside(box(l, placed[i] ?? { x: -1, y: -1 }), bounds)).toBe(true),
    );
  });

  it('should not let labels of anchors close together overlap', () => {
    // Eight labels on anchors a few pixels apart: the rotator cuff seen from behind.
    const labels = Array.from({ length: 8 }, (_, i) => ({
      anchorX: 300 + (i % 3) * 6,
      anchorY: 200 + i * 4,
      width: 110,
      height: 22,
    }));
    const placed = layoutLabels(labels, { bounds });
    const boxes = labels.map((l, i) => box(l, placed[i] ?? { x: 0, y: 0 }));
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1)
        expect(intersects(boxes[i] as ScreenRect, boxes[j] as ScreenRect)).toBe(false);
  });

  it('should keep labels off the obstacles and off other anchors', () => {
    const card: ScreenRect = { x: 0, y: 450, width: 800, height: 150 };
    const labels = [
      { anchorX: 400, anchorY: 440, width: 120, height: 22 },
      { anchorX: 440, anchorY: 440, width: 120, height: 22 },
    ];
    const placed = layoutLabels(labels, { bounds, obstacles: [card] });
    labels.forEach((l, i) => {
      const b = box(l, placed[i] ?? { x: 0, y: 0 });
      expect(intersects(b, card)).toBe(false);
      for (const other of labels)
        expect(
          b.x <= other.anchorX &&
            other.anchorX <= b.x + b.width &&
            b.y <= other.anchorY &&
            other.anchorY <= b.y + b.height,
        ).toBe(false);
    });
  });
});
