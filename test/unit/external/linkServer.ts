// A local web server with every answer a web link can get, for the external-link tests
// and the bench. It listens on 127.0.0.1 only and counts what it is asked.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkServerOptions {
  /** Hosts (one port each): the per-host limit counts host:port. */
  hosts?: number;
  /** Delay before every answer. */
  latencyMs?: number;
  /** How long `/slow` takes to answer. */
  slowMs?: number;
}

export interface RequestRecord { host: string; method: string; path: string; userAgent: string }

export interface LinkServer {
  /** `http://127.0.0.1:<port>` of each host. */
  origins: string[];
  requests: RequestRecord[];
  /** The most requests in flight at once: per host and over all hosts. */
  maxInFlightPerHost(): number;
  maxInFlight(): number;
  /** A port where nothing listens (connection refused). */
  closedOrigin: string;
  reset(): void;
  close(): Promise<void>;
}

const PAGE = '<!doctype html><html><body><h1 id="intro">Intro</h1><a name="old-anchor"></a><h2 id="user-content-readme-part">R</h2></body></html>';

export async function startLinkServer(options: LinkServerOptions = {}): Promise<LinkServer> {
  const requests: RequestRecord[] = [];
  const seenPaths = new Map<string, number>();
  const inFlightPerHost = new Map<string, number>();
  let inFlight = 0;
  let maxAll = 0;
  let maxPerHost = 0;
  const servers: http.Server[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, host: string) => {
    const path = req.url ?? '/';
    requests.push({ host, method: req.method ?? '', path, userAgent: String(req.headers['user-agent'] ?? '') });
    const times = (seenPaths.get(`${host}${path}`) ?? 0) + 1;
    seenPaths.set(`${host}${path}`, times);
    inFlight++;
    const perHost = (inFlightPerHost.get(host) ?? 0) + 1;
    inFlightPerHost.set(host, perHost);
    maxAll = Math.max(maxAll, inFlight);
    maxPerHost = Math.max(maxPerHost, perHost);
    const send = (status: number, headers: Record<string, string> = {}, body = '') => {
      inFlight--;
      inFlightPerHost.set(host, inFlightPerHost.get(host)! - 1);
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    res.on('close', () => { if (!res.writableEnded) { inFlight--; inFlightPerHost.set(host, inFlightPerHost.get(host)! - 1); } });
    const answer = () => {
      const route = path.split('?')[0].replace(/\/\d+$/, '');
      switch (route) {
        case '/ok': return send(200, {}, PAGE);
        case '/moved': return send(301, { location: '/ok' });
        case '/moved-twice': return send(301, { location: '/perm' });
        case '/found': return send(302, { location: '/ok' });
        case '/perm': return send(308, { location: '/ok' });
        case '/missing': return send(404, {}, 'not found');
        case '/gone': return send(410, {}, 'gone');
        case '/busy': return times === 1 ? send(429, { 'retry-after': '1' }) : send(200, {}, PAGE);
        case '/busy-long': return send(429, { 'retry-after': '3600' });
        case '/flaky': return times === 1 ? send(500) : send(200, {}, PAGE);
        case '/broken': return send(500);
        case '/slow': { const t = setTimeout(() => send(200, {}, PAGE), options.slowMs ?? 2000); res.on('close', () => clearTimeout(t)); return; }
        case '/no-head': return req.method === 'HEAD' ? send(405) : send(200, {}, PAGE);
        case '/loop-a': return send(302, { location: '/loop-b' });
        case '/loop-b': return send(302, { location: '/loop-a' });
        default: return send(404);
      }
    };
    if (options.latencyMs) setTimeout(answer, options.latencyMs); else answer();
  };

  const origins: string[] = [];
  for (let i = 0; i < (options.hosts ?? 1); i++) {
    const server = http.createServer();
    server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('request', (req, res) => handle(req, res, host));
    servers.push(server);
    origins.push(`http://${host}`);
  }
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));

  return {
    origins,
    requests,
    closedOrigin,
    maxInFlightPerHost: () => maxPerHost,
    maxInFlight: () => maxAll,
    reset() { requests.length = 0; seenPaths.clear(); maxAll = 0; maxPerHost = 0; },
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
