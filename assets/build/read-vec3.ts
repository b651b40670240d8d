/** Reads the xyz triple at vertex `vertex` of packed positions (0 past the end). */
export function readVec3(positions: Float32Array, vertex: number): [number, number, number] {
  const i = vertex * 3;
  return [positions[i] ?? 0, positions[i + 1] ?? 0, positions[i + 2] ?? 0];
}
