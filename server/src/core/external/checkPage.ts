import type { Clock, ExternalCheckOptions, HttpClient, HttpMethod, HttpOutcome, PageVerdict } from './types';
import type { HostPool } from './hostPool';
import { backoffDelay, isRetryable, retryAfterMs } from './retryPolicy';
import { htmlIds } from './htmlIds';
import { hostOf } from './urls';

export interface PageCheckContext {
  client: HttpClient;
  clock: Clock;
  pool: HostPool;
  options: ExternalCheckOptions;
  signal?: AbortSignal;
  /** Counts requests, for the run's summary. */
  onRequest?: () => void;
  /** Answers already asked for in this run, by URL: a redirect target that is also linked (or shared by many redirects) is asked once. */
  answers: Map<string, Promise<HttpOutcome>>;
  /** Hosts whose name did not resolve in this run: their other pages get the same answer without a request. */
  unresolvedHosts: Map<string, HttpOutcome>;
}

/** Statuses with which servers refuse HEAD while a GET would work. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

/**
 * Checks one page: follows redirects itself (so loops and hop counts are seen), and
 * remembers the leading permanent hops — the URL the link should now say.
 */
export async function checkPage(url: string, needBody: boolean, ctx: PageCheckContext): Promise<PageVerdict> {
  let current = url;
  const seen = new Set([url]);
  let movedTo: string | undefined;
  let movedStatus: number | undefined;
  let stillPermanent = true;
  for (let hop = 0; ; hop++) {
    const outcome = await answerFor(current, needBody, ctx);
    if ('failure' in outcome) return { kind: 'unreachable', reason: outcome.failure, detail: outcome.detail, finalUrl: current };
    const { status } = outcome;
    if (REDIRECTS.has(status) && outcome.location !== undefined) {
      if (hop >= ctx.options.maxRedirects) return { kind: 'unreachable', reason: 'too-many-redirects', status, finalUrl: current };
      const next = resolveLocation(outcome.location, current);
      if (!next) return { kind: 'unreachable', reason: 'bad-url', status, detail: outcome.location, finalUrl: current };
      if (seen.has(next)) return { kind: 'unreachable', reason: 'redirect-loop', status, finalUrl: next };
      seen.add(next);
      if (stillPermanent && PERMANENT.has(status)) { movedTo = next; movedStatus ??= status; } else stillPermanent = false;
      current = next;
      continue;
    }
    if (status >= 200 && status < 300) {
      const ids = needBody && outcome.body !== undefined ? htmlIds(outcome.body) : undefined;
      return movedTo ? { kind: 'moved', status: movedStatus!, finalUrl: movedTo, ids } : { kind: 'ok', status, finalUrl: current, ids };
    }
    return { kind: 'unreachable', reason: 'http-status', status, finalUrl: current };
  }
}

/** A `Location` made absolute against the URL that sent it; only http(s) is followed. Fragments are dropped: they never reach the server. */
function resolveLocation(location: string, base: string): string | undefined {
  try {
    const next = new URL(location, base);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return undefined;
    next.hash = '';
    return next.href;
  } catch {
    return undefined;
  }
}

function answerFor(url: string, needBody: boolean, ctx: PageCheckContext): Promise<HttpOutcome> {
  const key = `${needBody ? 'body' : 'head'} ${url}`;
  let answer = ctx.answers.get(key);
  if (!answer) { answer = requestWithRetries(url, needBody, ctx); ctx.answers.set(key, answer); }
  return answer;
}

async function requestWithRetries(url: string, needBody: boolean, ctx: PageCheckContext): Promise<HttpOutcome> {
  const { client, clock, pool, options, signal } = ctx;
  const host = hostOf(url);
  let method: HttpMethod = needBody ? 'GET' : 'HEAD';
  for (let attempt = 0; ; ) {
    const request = { method, url, timeoutMs: options.timeoutMs, readBody: needBody && method === 'GET', signal };
    const outcome = await pool.run(host, async () => {
      const known = ctx.unresolvedHosts.get(host);
      if (known) return known;
      ctx.onRequest?.();
      const answer = await client.request(request);
      if ('failure' in answer && answer.failure === 'dns') ctx.unresolvedHosts.set(host, answer);
      return answer;
    }, signal);
    const status = 'status' in outcome ? outcome.status : undefined;
    // A refused HEAD is not a failure of the page: ask again with GET, without counting a retry.
    if (method === 'HEAD' && status !== undefined && HEAD_REFUSED.has(status)) { method = 'GET'; continue; }
    if (attempt >= options.retries || !isRetryable(status, 'failure' in outcome ? outcome.failure : undefined)) return outcome;
    let wait = backoffDelay(attempt, options.backoffMs, clock);
    if ('status' in outcome && (status === 429 || status === 503)) {
      const asked = retryAfterMs(outcome.retryAfter, clock.now());
      if (asked !== undefined) {
        if (asked > options.maxRetryAfterMs) return outcome;
        wait = asked;
        // The whole host asked for a pause, not just this URL.
        pool.pause(host, clock.now() + asked);
      }
    }
    attempt++;
    await clock.sleep(wait, signal);
    if (signal?.aborted) return { failure: 'cancelled', detail: 'cancelled' };
  }
}
