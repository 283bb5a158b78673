import type { Clock } from './types';

/** Exponential back-off with jitter: base·2^attempt, plus up to half of that at random (so retries from many links do not arrive together). */
export function backoffDelay(attempt: number, baseMs: number, clock: Clock): number {
  const delay = baseMs * 2 ** attempt;
  return Math.round(delay + delay * 0.5 * clock.random());
}

/** `Retry-After`: seconds, or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Worth asking again: the server is busy or failing, or did not answer in time. */
export function isRetryable(status: number | undefined, failure: string | undefined): boolean {
  if (failure !== undefined) return failure === 'timeout' || failure === 'reset';
  return status === 429 || (status !== undefined && status >= 500 && status !== 501);
}
