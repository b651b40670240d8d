/** An axis-aligned screen rectangle in pixels. */
export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A label to place: where its own part is on screen, and the size of its text box. */
export interface LabelToPlace {
  readonly anchorX: number;
  readonly anchorY: number;
  readonly width: number;
  readonly height: number;
}

/** Where a label's box goes (top-left corner), with the leader line's end on the box. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  /** The point of the box nearest the anchor: the leader line runs from the anchor to it. */
  readonly lineX: number;
  readonly lineY: number;
}

export interface LabelLayoutOptions {
  /** The area labels must stay inside (the canvas). */
  readonly bounds: ScreenRect;
  /** Areas labels must not cover (toolbars, chips, the tour card). @default [] */
  readonly obstacles?: readonly ScreenRect[];
  /** Space kept between boxes, and between a box and an anchor dot. @default 4 */
  readonly gap?: number;
}

/** Offsets of a box's near corner from its anchor, tried in order: near first, right before left. */
const DISTANCES = [18, 44, 80, 130];
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
];
const DOT_RADIUS = 7;

const overlapArea = (a: ScreenRect, b: ScreenRect, gap: number): number => {
  const w = Math.min(a.x + a.width + gap, b.x + b.width + gap) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height + gap, b.y + b.height + gap) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** The box for a label at `distance` in direction (dx, dy) from its anchor, clamped into bounds. */
const candidateBox = (
  label: LabelToPlace,
  dx: number,
  dy: number,
  distance: number,
  bounds: ScreenRect,
): ScreenRect => {
  const x =
    dx > 0
      ? label.anchorX + distance
      : dx < 0
        ? label.anchorX - distance - label.width
        : label.anchorX - label.width / 2;
  const y =
    dy > 0
      ? label.anchorY + distance * 0.7
      : dy < 0
        ? label.anchorY - distance * 0.7 - label.height
        : label.anchorY - label.height / 2;
  return {
    x: clamp(x, bounds.x, bounds.x + bounds.width - label.width),
    y: clamp(y, bounds.y, bounds.y + bounds.height - label.height),
    width: label.width,
    height: label.height,
  };
};

/**
 * Screen-space label layout: each label's box goes beside its anchor, at the nearest of a few
 * candidate places that stays inside the bounds (so no label is ever cut at an edge) and covers
 * no label placed before it, no anchor dot, and no obstacle (the first clear place in order of
 * distance, right before left). When every place collides, the one with the least overlap wins. Labels are placed in the order given (put the important first).
 */
export const layoutLabels = (
  labels: readonly LabelToPlace[],
  options: LabelLayoutOptions,
): PlacedLabel[] => {
  const { bounds } = options;
  const gap = options.gap ?? 4;
  const obstacles = options.obstacles ?? [];
  const dots: ScreenRect[] = labels.map((l) => ({
    x: l.anchorX - DOT_RADIUS,
    y: l.anchorY - DOT_RADIUS,
    width: DOT_RADIUS * 2,
    height: DOT_RADIUS * 2,
  }));
  const placed: ScreenRect[] = [];
  return labels.map((label) => {
    let best: ScreenRect | null = null;
    let bestCost = Infinity;
    search: for (const distance of DISTANCES) {
      for (const [dx, dy] of DIRECTIONS) {
        const box = candidateBox(label, dx, dy, distance, bounds);
        let cost = 0;
        for (const other of placed) cost += overlapArea(box, other, gap) * 4;
        for (const dot of dots) cost += overlapArea(box, dot, gap);
        for (const obstacle of obstacles) cost += overlapArea(box, obstacle, gap) * 2;
        if (cost === 0) {
          best = box;
          break search;
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = box;
        }
      }
    }
    const box = best ?? candidateBox(label, 1, 0, DISTANCES[0] ?? 18, bounds);
    placed.push(box);
    return {
      x: box.x,
      y: box.y,
      lineX: clamp(label.anchorX, box.x, box.x + box.width),
      lineY: clamp(label.anchorY, box.y, box.y + box.height),
    };
  });
};
