// What the external-link checker needs from outside (an HTTP client and a clock) and what
// it answers. Plain data: the Node client lives in server/src/node/, tests inject fakes.

export type HttpMethod = 'HEAD' | 'GET';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  timeoutMs: number;
  /** GET only: read the body (HTML pages, for `#fragment` checks); otherwise it is discarded. */
  readBody: boolean;
  signal?: AbortSignal;
}

/** Why no HTTP status came back. */
export type NetworkFailure = 'timeout' | 'dns' | 'refused' | 'tls' | 'reset' | 'cancelled' | 'bad-url' | 'network';

export type HttpOutcome =
  | { status: number; location?: string; retryAfter?: string; contentType?: string; body?: string }
  | { failure: NetworkFailure; detail: string };

/** One request, no redirects followed: the checker follows them itself (to count hops and see loops). */
export interface HttpClient {
  request(request: HttpRequest): Promise<HttpOutcome>;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** In [0, 1): jitter for back-off. */
  random(): number;
}

export type UnreachableReason = 'http-status' | 'redirect-loop' | 'too-many-redirects' | 'no-such-fragment' | NetworkFailure;

/** The answer for one page (a URL without its fragment). */
export type PageVerdict =
  | { kind: 'ok'; status: number; finalUrl: string; ids?: string[] }
  | { kind: 'moved'; status: number; finalUrl: string; ids?: string[] }
  | { kind: 'unreachable'; reason: UnreachableReason; status?: number; detail?: string; finalUrl: string };

export interface ExternalCheckOptions {
  timeoutMs: number;
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Requests in flight at once to one host (host:port). */
  perHost: number;
  /** Retries after a 5xx, a 429 or a timeout. */
  retries: number;
  /** First back-off; each retry doubles it, plus up to 50% jitter. */
  backoffMs: number;
  /** A `Retry-After` longer than this is not waited for: the link is reported as rate-limited. */
  maxRetryAfterMs: number;
  maxRedirects: number;
  /** Fetch HTML pages with GET and compare `#fragment`s with their ids. */
  checkFragments: boolean;
}

export const DEFAULT_EXTERNAL_CHECK_OPTIONS: ExternalCheckOptions = {
  timeoutMs: 10_000,
  concurrency: 16,
  perHost: 2,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
  maxRedirects: 10,
  checkFragments: false,
};
