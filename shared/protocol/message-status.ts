import { z } from 'zod';

/** Lifecycle of an assistant message; `interrupted` marks one a crash left `streaming`. */
export const MessageStatus = z.enum([
  'streaming',
  'complete',
  'cancelled',
  'failed',
  'interrupted',
]);
export type MessageStatus = z.infer<typeof MessageStatus>;
