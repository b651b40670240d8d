import { AppError } from '../errors/app-error.js';

/**
 * The seed protocol lets clients send a `user_id`; it is accepted only when it is the caller's own
 * identity. Absent or empty means "no claim".
 */
export const assertOwnClaim = (claimed: unknown, userId: string): void => {
  if (claimed !== undefined && claimed !== null && claimed !== '' && claimed !== userId) {
    throw new AppError('FORBIDDEN', 'user_id does not match your session');
  }
};
