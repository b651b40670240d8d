/** The load every target streams: fixed-rate tokens, a model event every few tokens. */
export type SyntheticLoad = { tokensPerSecond: number; eventEvery: number; tokens: number };

export const defaultLoad: SyntheticLoad = { tokensPerSecond: 30, eventEvery: 20, tokens: 400 };

/** A token's text carries its index and emit time, so the client measures latency and gaps. */
export const tokenText = (index: number, emittedAt: number): string => `t${index}@${emittedAt} `;

export const parseTokenText = (text: string): { index: number; emittedAt: number } | null => {
  const match = /^t(\d+)@(\d+) $/.exec(text);
  return match ? { index: Number(match[1]), emittedAt: Number(match[2]) } : null;
};
