/** One label on screen: its element, where it is pinned, and the structure it names. */
export interface LabelEntry {
  readonly element: HTMLElement;
  /** Candidate points, one per side shown; the label sits at the first one in view. */
  readonly anchors: readonly (readonly [number, number, number])[];
  readonly structureId: string;
  /** Size of the label's body in pixels, measured once when it mounts. */
  readonly width: number;
  readonly height: number;
}

/**
 * The labels the DOM layer shows, for the projector in the canvas to place each frame. A label
 * that appears asks the projector for a frame to be placed in.
 */
export class LabelRegistry {
  readonly entries = new Map<string, LabelEntry>();
  private requestFrame: () => void = () => undefined;

  /** Registers a label; the returned function removes it. */
  add(key: string, entry: LabelEntry): () => void {
    this.entries.set(key, entry);
    this.requestFrame();
    return () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
  }

  /** The projector's way to be asked for frames; the returned function undoes it. */
  onFrameNeeded(requestFrame: () => void): () => void {
    this.requestFrame = requestFrame;
    requestFrame();
    return () => {
      if (this.requestFrame === requestFrame) this.requestFrame = () => undefined;
    };
  }
}
