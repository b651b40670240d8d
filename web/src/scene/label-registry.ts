/** One label on screen: its elements, the parts it names, and the structure. */
export interface LabelEntry {
  /** The label's wrapper; its opacity shows or hides the whole label. */
  readonly element: HTMLElement;
  /** The dot on the part, the leader line, and the name's box. */
  readonly dot: HTMLElement;
  readonly line: HTMLElement;
  readonly text: HTMLElement;
  /** The structure's part indices on the sides shown; the label points at one of them. */
  readonly parts: readonly number[];
  readonly structureId: string;
  /** Size of the name's box in pixels, measured once when it mounts. */
  readonly width: number;
  readonly height: number;
}

/**
 * The labels the DOM layer shows, for the projector in the canvas to place each frame. A label
 * that appears asks the projector for a frame to be placed in.
 */
export class LabelRegistry {
  readonly entries = new Map<string, LabelEntry>();
  /** Grows whenever a label comes or goes, so the projector knows to choose points again. */
  version = 0;
  private requestFrame: () => void = () => undefined;

  /** Registers a label; the returned function removes it. */
  add(key: string, entry: LabelEntry): () => void {
    this.entries.set(key, entry);
    this.version += 1;
    this.requestFrame();
    return () => {
      if (this.entries.get(key) === entry) {
        this.entries.delete(key);
        this.version += 1;
      }
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
