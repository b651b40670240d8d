import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { DirectionalLight } from 'three';

/**
 * Plain lights, no HDRI (nothing to fetch): a soft sky/ground fill, a key light that follows the
 * camera (up and to the right of it) so whatever side is in view is lit, and a cool rim light.
 */
export function Lights() {
  const key = useRef<DirectionalLight>(null);
  useFrame(({ camera }) => {
    const light = key.current;
    if (!light) return;
    // Offset in camera space without allocating: right (+x) and up (+y) of the view.
    light.position.set(1.2, 1.6, 1).applyMatrix4(camera.matrixWorld);
    light.target.position.set(0, 0, -3).applyMatrix4(camera.matrixWorld);
    light.target.updateMatrixWorld();
  }, -2);
  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#3a3430', 1.15]} />
      <directionalLight ref={key} intensity={2.1} />
      <directionalLight position={[-2, 3, -3]} intensity={0.9} color="#cfe2ff" />
      <directionalLight position={[0, -2, 2]} intensity={0.25} />
    </>
  );
}
