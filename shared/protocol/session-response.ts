import { z } from 'zod';

/**
 * `GET /api/session`: who the request is (the cookie is set alongside). `token` is the guest
 * session token for a socket handshake that cookies do not reach; null for a signed-in account.
 * Unknown keys are ignored, so a newer server's extra fields do not break an older client.
 */
export const SessionResponse = z.object({
  userId: z.string().min(1).max(200),
  anonymous: z.boolean(),
  token: z.string().min(1).max(2000).nullable(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;
