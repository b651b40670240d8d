/** Wall-clock microseconds, comparable across processes on one machine. */
export const nowMicros = (): number =>
  Math.round((performance.timeOrigin + performance.now()) * 1000);
