import { z } from 'zod';

export const Usage = z.strictObject({
  inputTokens: z.number().int().min(0).nullable(),
  outputTokens: z.number().int().min(0).nullable(),
  totalTokens: z.number().int().min(0).nullable(),
  reasoningTokens: z.number().int().min(0).nullable().optional(),
  /** Input tokens the provider read from its prompt cache (part of inputTokens). */
  cachedInputTokens: z.number().int().min(0).nullable().optional(),
  /** The model that answered, as the provider names it (may differ from the configured name). */
  model: z.string().max(200).optional(),
});
export type Usage = z.infer<typeof Usage>;
