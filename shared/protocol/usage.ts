import { z } from 'zod';

export const Usage = z.strictObject({
  inputTokens: z.number().int().min(0).nullable(),
  outputTokens: z.number().int().min(0).nullable(),
  totalTokens: z.number().int().min(0).nullable(),
  reasoningTokens: z.number().int().min(0).nullable().optional(),
});
export type Usage = z.infer<typeof Usage>;
