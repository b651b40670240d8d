/** "42 tok/s", with one decimal below 10. */
export const formatRate = (rate: number): string =>
  `${rate < 10 ? rate.toFixed(1) : Math.round(rate)} tok/s`;
