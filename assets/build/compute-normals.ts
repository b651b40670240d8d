/**
 * Smooth vertex normals for welded, indexed triangles: each vertex gets the area-weighted sum of
 * its faces' normals. gltf-transform's `normals()` would unweld into flat normals, tripling the
 * vertices. A vertex whose faces are all degenerate (zero area, as in the source's right vastus
 * lateralis) would get a zero-length normal, which breaks octahedral encoding and lighting; it
 * points away from the mesh centre instead.
 */
export function computeNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const vertexCount = positions.length / 3;
  const sums = new Float64Array(positions.length);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = (indices[t] ?? 0) * 3;
    const b = (indices[t + 1] ?? 0) * 3;
    const c = (indices[t + 2] ?? 0) * 3;
    const ax = positions[a] ?? 0;
    const ay = positions[a + 1] ?? 0;
    const az = positions[a + 2] ?? 0;
    const abx = (positions[b] ?? 0) - ax;
    const aby = (positions[b + 1] ?? 0) - ay;
    const abz = (positions[b + 2] ?? 0) - az;
    const acx = (positions[c] ?? 0) - ax;
    const acy = (positions[c + 1] ?? 0) - ay;
    const acz = (positions[c + 2] ?? 0) - az;
    // The unnormalized cross product is twice the area: summing it weights faces by area.
    const nx = aby * acz - abz * acy;
    const ny = abz * acx - abx * acz;
    const nz = abx * acy - aby * acx;
    for (const v of [a, b, c]) {
      sums[v] = (sums[v] ?? 0) + nx;
      sums[v + 1] = (sums[v + 1] ?? 0) + ny;
      sums[v + 2] = (sums[v + 2] ?? 0) + nz;
    }
  }
  let cx = 0;
  let cy = 0;
  let cz = 0;
  for (let i = 0; i < positions.length; i += 3) {
    cx += (positions[i] ?? 0) / vertexCount;
    cy += (positions[i + 1] ?? 0) / vertexCount;
    cz += (positions[i + 2] ?? 0) / vertexCount;
  }
  const normals = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    let x = sums[i] ?? 0;
    let y = sums[i + 1] ?? 0;
    let z = sums[i + 2] ?? 0;
    if (!(Math.hypot(x, y, z) > 0)) {
      x = (positions[i] ?? 0) - cx;
      y = (positions[i + 1] ?? 0) - cy;
      z = (positions[i + 2] ?? 0) - cz;
      if (!(Math.hypot(x, y, z) > 0)) [x, y, z] = [0, 1, 0];
    }
    const length = Math.hypot(x, y, z);
    normals[i] = x / length;
    normals[i + 1] = y / length;
    normals[i + 2] = z / length;
  }
  return normals;
}
