/**
 * Indexed triangle geometry of one part: positions as packed xyz floats, three indices per
 * triangle. Units depend on the pipeline stage (millimetres from the source, metres in the output).
 */
export interface PartGeometry {
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
}
