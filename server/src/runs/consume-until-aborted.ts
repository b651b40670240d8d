/**
 * Hands each value of an async iterable to `onValue`, in order, until the source is done or
 * `signal` fires; resolves then, rejects as the source does (or as `onValue` throws). It stops
 * waiting the moment the signal fires, even if the source is stuck awaiting its provider: a
 * cancel must end the stream now, not when the provider next speaks. The source is closed
 * (`return()`) either way, without waiting for a stuck one.
 *
 * Built for the token path: the loop is callbacks made once, so a part costs the source's own
 * promise and one `then`, no async frame or wrapping promise (about a kilobyte less garbage per
 * token than an `await` loop racing the signal).
 */
export const consumeUntilAborted = <T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
  onValue: (value: T) => void,
): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const iterator = source[Symbol.asyncIterator]();
    let settled = false;
    const settle = (failed: boolean, error?: unknown) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      void iterator.return?.()?.catch(() => undefined);
      if (failed) reject(error);
      else resolve();
    };
    const onAbort = () => settle(false);
    const onError = (error: unknown) => settle(true, error);
    const onResult = (result: IteratorResult<T>) => {
      if (settled) return;
      if (result.done) return settle(false);
      try {
        onValue(result.value);
      } catch (error) {
        return settle(true, error);
      }
      if (signal.aborted) return settle(false);
      iterator.next().then(onResult, onError);
    };
    if (signal.aborted) return settle(false);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(onResult, onError);
  });
