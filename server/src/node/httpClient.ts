// The one module that talks to the network. It is used only when the user asks for a web
// link check (`check --external`, the "Check External Links" command); a test holds every
// other module of the bundles to having no network client at all.
import * as http from 'node:http';
import * as https from 'node:https';
import { setMaxListeners } from 'node:events';
import type { HttpClient, HttpOutcome, HttpRequest, NetworkFailure } from '../core/external/types';

/** HTML beyond this is not read for ids: a fragment check needs the page, not a download. */
const MAX_BODY_BYTES = 5_000_000;

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'HPE_INVALID_CONSTANT', 'HPE_INVALID_STATUS']);
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN']);

/**
 * One HTTP(S) request, redirects not followed (the checker does that). Connections are
 * kept alive and reused per host; the deadline covers connecting, the headers and any body.
 */
export class NodeHttpClient implements HttpClient {
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 8 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 8 }),
  };

  constructor(private readonly userAgent: string) {}

  request(request: HttpRequest): Promise<HttpOutcome> {
    return new Promise<HttpOutcome>((resolve) => {
      let url: URL;
      try { url = new URL(request.url); } catch { resolve({ failure: 'bad-url', detail: request.url }); return; }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') { resolve({ failure: 'bad-url', detail: request.url }); return; }
      // One signal stops a whole run: every request in flight listens to it.
      if (request.signal) setMaxListeners(0, request.signal);
      let settled = false;
      const finish = (outcome: HttpOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        request.signal?.removeEventListener('abort', onAbort);
        resolve(outcome);
      };
      const transport = url.protocol === 'https:' ? https : http;
      const req = transport.request(url, {
        method: request.method,
        agent: this.agents[url.protocol],
        headers: { 'user-agent': this.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'accept-encoding': 'identity' },
      }, (res) => {
        const base = {
          status: res.statusCode ?? 0,
          location: header(res.headers.location),
          retryAfter: header(res.headers['retry-after']),
          contentType: header(res.headers['content-type']),
        };
        const isHtml = /html/i.test(base.contentType ?? '');
        if (!request.readBody || !isHtml || base.status < 200 || base.status >= 300) {
          // HEAD has no body; an unread GET body is not downloaded: the socket is dropped.
          if (request.method === 'HEAD') res.resume(); else res.destroy();
          finish(base);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) chunks.push(chunk);
          else { res.destroy(); finish({ ...base, body: Buffer.concat(chunks).toString('utf8') }); }
        });
        res.on('end', () => finish({ ...base, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (error) => finish(failureOf(error)));
      });
      const deadline = setTimeout(() => { req.destroy(); finish({ failure: 'timeout', detail: `${request.timeoutMs} ms` }); }, request.timeoutMs);
      const onAbort = () => { req.destroy(); finish({ failure: 'cancelled', detail: 'cancelled' }); };
      if (request.signal?.aborted) { onAbort(); return; }
      request.signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error) => finish(failureOf(error)));
      req.end();
    });
  }

  /** Closes kept-alive connections, so a command-line run can exit. */
  dispose(): void {
    for (const agent of Object.values(this.agents)) agent.destroy();
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function failureOf(error: unknown): { failure: NetworkFailure; detail: string } {
  const e = error as NodeJS.ErrnoException;
  const code = e?.code ?? '';
  const detail = code || (e?.message ?? String(error));
  if (DNS_CODES.has(code)) return { failure: 'dns', detail };
  if (code === 'ECONNREFUSED') return { failure: 'refused', detail };
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return { failure: 'timeout', detail };
  if (RESET_CODES.has(code) || /socket hang up/i.test(e?.message ?? '')) return { failure: 'reset', detail };
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) return { failure: 'tls', detail };
  if (code === 'ABORT_ERR' || e?.name === 'AbortError') return { failure: 'cancelled', detail };
  if (UNREACHABLE_CODES.has(code)) return { failure: 'network', detail };
  return { failure: 'network', detail };
}
