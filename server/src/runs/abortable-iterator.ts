/**
 * Reads an async iterator but stops waiting the moment `signal` fires, even if the source is
 * stuck awaiting its provider: a cancel must end the stream now, not when the provider next
 * speaks. Built for the token path: the handlers are made once, so each part costs one promise
 * and no closures (a Promise.race per part would also leave one reaction per part on a promise
 * that lives as long as the run).
 */
export class AbortableIterator<T> {
  private readonly iterator: AsyncIterator<T>;
  private resolve: (result: IteratorResult<T> | null) => void = () => undefined;
  private reject: (error: unknown) => void = () => undefined;
  private readonly executor = (
    resolve: (result: IteratorResult<T> | null) => void,
    reject: (error: unknown) => void,
  ) => {
    this.resolve = resolve;
    this.reject = reject;
  };
  private readonly onResult = (result: IteratorResult<T>) => this.resolve(result);
  private readonly onError = (error: unknown) => this.reject(error);
  private readonly onAbort = () => this.resolve(null);

  constructor(
    source: AsyncIterable<T>,
    private readonly signal: AbortSignal,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** The next value; null once the source is done or the signal fired. Rejects as the source does. */
  async next(): Promise<T | null> {
    if (this.signal.aborted) return null;
    const waiting = new Promise(this.executor);
    this.iterator.next().then(this.onResult, this.onError);
    const result = await waiting;
    return result === null || result.done ? null : result.value;
  }

  /** Tells the source to clean up, without waiting for a stuck one. */
  close(): void {
    this.signal.removeEventListener('abort', this.onAbort);
    void this.iterator.return?.()?.catch(() => undefined);
  }
}
