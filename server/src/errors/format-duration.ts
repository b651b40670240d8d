/** "150 ms" or "60 s", for error messages that say how long something waited. */
export const formatDuration = (ms: number): string =>
  ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
