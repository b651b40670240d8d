import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';

/** Averaged over this window, so a short burst (a page opening) passes. */
const WINDOW_S = 5;

export type SocketEventGate = {
  /** Runs `work` in this socket's turn, or throws RATE_LIMITED when the socket sends too much. */
  run<T>(work: () => Promise<T>): Promise<T>;
};

/**
 * Every socket's fair share: at most `perSecond` events (averaged over 5 s, 0 = no limit),
 * handled one at a time so one socket never has more than one statement in the database's
 * queue; a socket that goes on flooding after being refused is disconnected (`onFlood`).
 */
export const createSocketEventGates = (perSecond: number) => {
  const points = Math.max(1, perSecond * WINDOW_S);
  const accepted = new RateLimiterMemory({ keyPrefix: 'socket-ok', points, duration: WINDOW_S });
  // As many refusals again as the allowance, within one window, and the socket is cut off.
  const refused = new RateLimiterMemory({ keyPrefix: 'socket-no', points, duration: WINDOW_S });

  const secondsToWait = (rejection: unknown): number =>
    rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : 1;

  return {
    forSocket(socketId: string, onFlood: () => void): SocketEventGate {
      let tail: Promise<unknown> = Promise.resolve();
      let flooded = false;

      const refuse = async (seconds: number): Promise<never> => {
        const tolerated = await refused.consume(socketId).then(
          () => true,
          () => false,
        );
        if (!tolerated && !flooded) {
          flooded = true;
          onFlood();
        }
        throw new AppError('RATE_LIMITED', 'Too many requests on this connection; slow down', {
          retryAfterSeconds: seconds,
        });
      };

      return {
        async run<T>(work: () => Promise<T>): Promise<T> {
          if (perSecond > 0) {
            const wait = await accepted.consume(socketId).then(() => 0, secondsToWait);
            if (wait > 0) return refuse(wait);
          }
          // The rate bounds how many wait here; they run one after another.
          const turn = tail.then(work);
          tail = turn.catch(() => undefined);
          return turn;
        },
      };
    },
  };
};
