import type { PageVerdict } from './types';

/** A page's verdict and when it was reached. */
export interface CachedPage { verdict: PageVerdict; checkedAt: number }

/** Verdicts kept between runs; the Node one is a file in the cache directory. */
export interface ExternalResultCache {
  get(page: string): CachedPage | undefined;
  set(page: string, entry: CachedPage): void;
}

export const GOOD_RESULT_TTL_MS = 24 * 60 * 60 * 1000;
export const FAILED_RESULT_TTL_MS = 60 * 60 * 1000;

/** Good results live a day, failures an hour (a site may be back soon). A cached page without ids cannot answer a fragment check. */
export function isFresh(entry: CachedPage, now: number, needIds: boolean): boolean {
  const ttl = entry.verdict.kind === 'unreachable' ? FAILED_RESULT_TTL_MS : GOOD_RESULT_TTL_MS;
  if (now - entry.checkedAt >= ttl || now < entry.checkedAt) return false;
  return !needIds || entry.verdict.kind === 'unreachable' || entry.verdict.ids !== undefined;
}

/** Cancelled checks say nothing about the page: they are not kept. */
export function isCacheable(verdict: PageVerdict): boolean {
  return !(verdict.kind === 'unreachable' && verdict.reason === 'cancelled');
}
