import type { Clock, ExternalCheckOptions, HttpClient, PageVerdict } from './types';
import type { ProgressReporter } from '../workspace';
import { HostPool } from './hostPool';
import { checkPage } from './checkPage';
import { isCacheable, isFresh, type ExternalResultCache } from './resultCache';

export interface PageToCheck { page: string; needIds: boolean }

export interface ExternalRunDeps {
  client: HttpClient;
  clock: Clock;
  options: ExternalCheckOptions;
  /** Absent: every page is requested (`--no-cache`). */
  cache?: ExternalResultCache;
}

export interface ExternalRunResult {
  verdicts: Map<string, PageVerdict>;
  /** Pages answered from the cache, without a request. */
  fromCache: number;
  /** HTTP requests made (retries, GET after HEAD and redirect hops included). */
  requests: number;
  cancelled: boolean;
}

/**
 * Checks each page once: fresh cached verdicts first, then the rest through one host pool
 * (per-host and overall limits). Cancelling stops new requests and aborts those in flight;
 * the verdicts reached so far are kept.
 */
export async function runExternalCheck(pages: PageToCheck[], deps: ExternalRunDeps, progress?: ProgressReporter, signal?: AbortSignal): Promise<ExternalRunResult> {
  const { clock, options, cache } = deps;
  const verdicts = new Map<string, PageVerdict>();
  let fromCache = 0;
  let requests = 0;
  const wanted = new Map<string, boolean>();
  for (const { page, needIds } of pages) wanted.set(page, (wanted.get(page) ?? false) || needIds);
  const toRequest: PageToCheck[] = [];
  for (const [page, needIds] of wanted) {
    const cached = cache?.get(page);
    if (cached && isFresh(cached, clock.now(), needIds)) { verdicts.set(page, cached.verdict); fromCache++; }
    else toRequest.push({ page, needIds });
  }
  let done = fromCache;
  progress?.report(done, wanted.size);
  const pool = new HostPool(options.perHost, options.concurrency, clock);
  const ctx = { client: deps.client, clock, pool, options, signal, onRequest: () => { requests++; }, answers: new Map(), unresolvedHosts: new Map() };
  const stopWaiting = () => pool.cancelQueued(signal!.reason);
  signal?.addEventListener('abort', stopWaiting, { once: true });
  await Promise.all(toRequest.map(async ({ page, needIds }) => {
    let verdict: PageVerdict;
    try {
      verdict = await checkPage(page, needIds, ctx);
    } catch (error) {
      if (!signal?.aborted) throw error;
      return; // cancelled while waiting for a slot
    }
    if (signal?.aborted && verdict.kind === 'unreachable' && verdict.reason === 'cancelled') return;
    verdicts.set(page, verdict);
    if (isCacheable(verdict)) cache?.set(page, { verdict, checkedAt: clock.now() });
    progress?.report(++done, wanted.size);
  })).finally(() => signal?.removeEventListener('abort', stopWaiting));
  return { verdicts, fromCache, requests, cancelled: signal?.aborted ?? false };
}
