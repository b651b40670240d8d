import type { Region } from '#shared/anatomy/catalog-schema';
import type { ModelEvent, NamedView, Side, TourStep, Vec3 } from '#shared/protocol/index';

/** Which sides of a paired structure a flag applies to; midline parts follow either side. */
export interface SideFlags {
  readonly left: boolean;
  readonly right: boolean;
}

/** One selected structure: the sides shown highlighted and its colour (null: the default). */
export interface SelectionEntry extends SideFlags {
  readonly color: string | null;
  /** Only these named parts of the muscle (`descending`, `long-head`); absent: all of it. */
  readonly parts?: readonly string[];
}

/** Where the camera should go; `seq` grows with every new goal so the rig knows to move. */
export interface CameraGoal {
  readonly seq: number;
  readonly view: NamedView | null;
  readonly focus: {
    readonly muscleIds: readonly string[];
    readonly region: Region | null;
    readonly side: Side;
  } | null;
  readonly position: Vec3 | null;
  readonly target: Vec3 | null;
  readonly durationMs: number;
}

export interface AnnotationEntry {
  readonly muscleId: string;
  readonly side: Side;
  readonly text: string;
}

export interface TourState {
  readonly title: string;
  readonly steps: readonly TourStep[];
  readonly index: number;
  readonly playing: boolean;
}

/** Exactly-once, in-order bookkeeping for model events arriving on two channels. */
export interface EventDelivery {
  /** Ids of events applied. */
  readonly applied: Readonly<Record<string, true>>;
  /** Per run: the seq expected next. */
  readonly nextSeq: Readonly<Record<string, number>>;
  /** Per run: events that arrived ahead of a gap, sorted by seq. */
  readonly pending: Readonly<Record<string, readonly ModelEvent[]>>;
}

/** Everything the 3D view shows, as plain data: model events and user actions reduce over it. */
export interface SceneData {
  readonly selection: Readonly<Record<string, SelectionEntry>>;
  /** Structures hidden one by one (`model:setMuscleVisibility`). */
  readonly hidden: Readonly<Record<string, SideFlags>>;
  /** When set, only these muscles (and bones, as context) show. */
  readonly isolated: { readonly muscleIds: readonly string[]; readonly side: Side } | null;
  readonly layers: { readonly muscles: boolean; readonly bones: boolean; readonly other: boolean };
  readonly xray: { readonly enabled: boolean; readonly opacity: number };
  readonly camera: CameraGoal;
  readonly annotations: Readonly<Record<string, AnnotationEntry>>;
  readonly tour: TourState | null;
  /** The structure the info card shows. */
  readonly inspected: string | null;
  readonly delivery: EventDelivery;
}
