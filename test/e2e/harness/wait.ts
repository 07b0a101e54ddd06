// Waiting on states, never on time: poll a probe until it satisfies a predicate or the deadline passes.

/** How often a condition is re-checked; short enough to be responsive, long enough to stay cheap. */
const POLL_INTERVAL_MS = 100;

export interface WaitOptions {
  /** Give up after this long (ms). */
  readonly timeout?: number;
  /** What we were waiting for, for the error message. */
  readonly what: string;
}

/**
 * Calls `probe` until `accept(value)` holds and returns that value. A probe that throws (e.g. a page still
 * navigating) counts as "not yet". On timeout, throws with the last value or error seen.
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 20_000, what }: WaitOptions,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (accept(value)) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? `error: ${error.message}` : error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
