// Every answer a web link can get, from a local server on 127.0.0.1, through the real HTTP
// client: the verdict for each, the per-host and overall limits, one request per URL, the cache.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLinkServer, type LinkServer } from './linkServer';
import { NodeHttpClient } from '../../../server/src/node/httpClient';
import { FileExternalResultCache } from '../../../server/src/node/externalLinkCache';
import { runExternalCheck, type ExternalRunDeps } from '../../../server/src/core/external/runCheck';
import { DEFAULT_EXTERNAL_CHECK_OPTIONS, type Clock, type PageVerdict } from '../../../server/src/core/external/types';
import { systemClock } from '../../../server/src/core/external/systemClock';
import { silentLogger } from '../../../server/src/core/workspace';

const USER_AGENT = 'concept-notes/0.1.0 (web link check)';
const options = { ...DEFAULT_EXTERNAL_CHECK_OPTIONS, timeoutMs: 400, backoffMs: 20 };

function summary(v: PageVerdict | undefined): string {
  if (!v) return 'none';
  if (v.kind === 'unreachable') return `unreachable ${v.reason}${v.status !== undefined ? ' ' + v.status : ''}`;
  return `${v.kind} ${v.status} ${new URL(v.finalUrl).pathname}`;
}

describe('external links: verdicts from a local server', function () {
  this.timeout(30_000);
  let server: LinkServer;
  let client: NodeHttpClient;
  const deps = (extra: Partial<ExternalRunDeps> = {}): ExternalRunDeps => ({ client, clock: systemClock, options, ...extra });
  before(async () => { server = await startLinkServer({ hosts: 20, slowMs: 1500 }); client = new NodeHttpClient(USER_AGENT); });
  after(async () => { client.dispose(); await server.close(); });
  beforeEach(() => server.reset());

  it('gives each kind of answer its verdict', async () => {
    const o = server.origins[0];
    const expected: Record<string, string> = {
      [`${o}/ok`]: 'ok 200 /ok',
      [`${o}/moved`]: 'moved 301 /ok',
      [`${o}/found`]: 'ok 200 /ok',
      [`${o}/perm`]: 'moved 308 /ok',
      [`${o}/moved-twice`]: 'moved 301 /ok',
      [`${o}/missing`]: 'unreachable http-status 404',
      [`${o}/gone`]: 'unreachable http-status 410',
      [`${o}/busy`]: 'ok 200 /busy',
      [`${o}/busy-long`]: 'unreachable http-status 429',
      [`${o}/flaky`]: 'ok 200 /flaky',
      [`${o}/broken`]: 'unreachable http-status 500',
      [`${o}/slow`]: 'unreachable timeout',
      [`${o}/no-head`]: 'ok 200 /no-head',
      [`${o}/loop-a`]: 'unreachable redirect-loop 302',
      [`${server.closedOrigin}/x`]: 'unreachable refused',
      ['http://no-such-host.invalid/page']: 'unreachable dns',
    };
    const result = await runExternalCheck(Object.keys(expected).map((page) => ({ page, needIds: false })), deps());
    const actual = Object.fromEntries(Object.keys(expected).map((page) => [page, summary(result.verdicts.get(page))]));
    assert.deepEqual(actual, expected);
    assert.equal(result.cancelled, false);

    const asked = (p: string) => server.requests.filter((r) => r.path === p).map((r) => r.method);
    assert.deepEqual(asked('/no-head'), ['HEAD', 'GET'], 'HEAD refused with 405, then GET');
    assert.deepEqual(asked('/flaky'), ['HEAD', 'HEAD'], '500, then one retry that succeeds');
    assert.equal(asked('/broken').length, 3, 'a 5xx is retried twice');
    assert.equal(asked('/slow').length, 3, 'a timeout is retried twice');
    assert.equal(asked('/busy-long').length, 1, 'a Retry-After of an hour is not waited for');
    const busy = server.requests.filter((r) => r.path === '/busy');
    assert.equal(busy.length, 2);
    assert.deepEqual(asked('/ok'), ['HEAD'], 'the redirect target shared by four links is asked once');
    assert.ok(server.requests.every((r) => r.userAgent === USER_AGENT), 'every request names the tool and its version');
  });

  it('waits as long as Retry-After says before asking again', async () => {
    const o = server.origins[1];
    const times: number[] = [];
    const timed: NodeHttpClient = Object.assign(Object.create(client), {
      request: (r: Parameters<NodeHttpClient['request']>[0]) => { times.push(Date.now()); return client.request(r); },
    });
    const result = await runExternalCheck([{ page: `${o}/busy`, needIds: false }], deps({ client: timed }));
    assert.equal(summary(result.verdicts.get(`${o}/busy`)), 'ok 200 /busy');
    assert.equal(times.length, 2);
    assert.ok(times[1] - times[0] >= 950, `asked again after ${times[1] - times[0]} ms, Retry-After was 1 s`);
  });

  it('never has more than 2 requests in flight to one host, nor more than 16 in all', async () => {
    const slowServer = await startLinkServer({ hosts: 20, latencyMs: 30 });
    try {
      const pages = slowServer.origins.flatMap((o) => Array.from({ length: 10 }, (_, i) => ({ page: `${o}/ok/${i}`, needIds: false })));
      const result = await runExternalCheck(pages, deps());
      assert.equal([...result.verdicts.values()].filter((v) => v.kind === 'ok').length, 200);
      assert.ok(slowServer.maxInFlightPerHost() <= 2, `per host: ${slowServer.maxInFlightPerHost()}`);
      assert.ok(slowServer.maxInFlightPerHost() === 2, 'the limit is used, not just respected');
      assert.ok(slowServer.maxInFlight() <= 16, `overall: ${slowServer.maxInFlight()}`);
      assert.ok(slowServer.maxInFlight() >= 8, `requests overlap across hosts (${slowServer.maxInFlight()})`);
    } finally {
      await slowServer.close();
    }
  });

  it('keeps to the limits on one host with many links and a lower overall setting', async () => {
    const slowServer = await startLinkServer({ hosts: 3, latencyMs: 20 });
    try {
      const pages = slowServer.origins.flatMap((o) => Array.from({ length: 15 }, (_, i) => ({ page: `${o}/ok/${i}`, needIds: false })));
      await runExternalCheck(pages, deps({ options: { ...options, concurrency: 3 } }));
      assert.equal(slowServer.requests.length, 45);
      assert.ok(slowServer.maxInFlightPerHost() <= 2);
      assert.ok(slowServer.maxInFlight() <= 3, `overall: ${slowServer.maxInFlight()}`);
    } finally {
      await slowServer.close();
    }
  });

  it('asks each distinct page once per run, however many links name it', async () => {
    const o = server.origins[2];
    const pages = Array.from({ length: 30 }, (_, i) => ({ page: `${o}/ok/${i % 3}`, needIds: false }));
    const result = await runExternalCheck(pages, deps());
    assert.equal(result.verdicts.size, 3);
    assert.deepEqual(server.requests.map((r) => r.path).sort(), ['/ok/0', '/ok/1', '/ok/2']);
  });

  it('reads page ids when fragments are checked', async () => {
    const o = server.origins[3];
    const result = await runExternalCheck([{ page: `${o}/ok`, needIds: true }, { page: `${o}/moved`, needIds: true }], deps());
    const ok = result.verdicts.get(`${o}/ok`);
    assert.ok(ok && ok.kind === 'ok');
    assert.deepEqual(ok.ids?.sort(), ['intro', 'old-anchor', 'user-content-readme-part']);
    assert.deepEqual(server.requests.filter((r) => r.path === '/ok').map((r) => r.method), ['GET']);
  });

  describe('the cache', () => {
    let dir: string;
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-ext-cache-')); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('answers fresh pages without a request, across runs (saved to the cache directory)', async () => {
      const o = server.origins[4];
      const pages = [`${o}/ok`, `${o}/missing`, `${o}/moved`].map((page) => ({ page, needIds: false }));
      const first = FileExternalResultCache.open(dir, silentLogger);
      const one = await runExternalCheck(pages, deps({ cache: first }));
      first.save();
      assert.equal(one.fromCache, 0);
      const asked = server.requests.length;
      assert.ok(asked >= 3);
      const two = await runExternalCheck(pages, deps({ cache: FileExternalResultCache.open(dir, silentLogger) }));
      assert.equal(server.requests.length, asked, 'the second run made no request');
      assert.equal(two.fromCache, 3);
      assert.deepEqual([...two.verdicts.values()].map(summary), [...one.verdicts.values()].map(summary));
    });

    it('asks again once an entry is stale: failures after an hour, good results after a day', async () => {
      const o = server.origins[5];
      const pages = [`${o}/ok`, `${o}/missing`].map((page) => ({ page, needIds: false }));
      let now = Date.now();
      const clock: Clock = { ...systemClock, now: () => now };
      const cache = FileExternalResultCache.open(dir, silentLogger);
      await runExternalCheck(pages, deps({ cache, clock }));
      server.reset();
      now += 59 * 60_000;
      await runExternalCheck(pages, deps({ cache, clock }));
      assert.deepEqual(server.requests.map((r) => r.path), [], 'both fresh after 59 minutes');
      now += 2 * 60_000;
      await runExternalCheck(pages, deps({ cache, clock }));
      assert.deepEqual(server.requests.map((r) => r.path), ['/missing'], 'the failure is asked again after an hour');
      server.reset();
      now += 24 * 60 * 60_000;
      await runExternalCheck(pages, deps({ cache, clock }));
      assert.deepEqual(server.requests.map((r) => r.path).sort(), ['/missing', '/ok'], 'everything after a day');
    });

    it('is bypassed without one (--no-cache), and survives a damaged file', async () => {
      fs.writeFileSync(path.join(dir, 'external-links.json'), '{"format":1,"entries":');
      const cache = FileExternalResultCache.open(dir, silentLogger);
      const o = server.origins[6];
      await runExternalCheck([{ page: `${o}/ok`, needIds: false }], deps({ cache }));
      cache.save();
      await runExternalCheck([{ page: `${o}/ok`, needIds: false }], deps());
      assert.equal(server.requests.length, 2, 'no cache: asked again');
      assert.ok(JSON.parse(fs.readFileSync(path.join(dir, 'external-links.json'), 'utf8')).entries[`${o}/ok`], 'the damaged file was replaced');
    });
  });

  it('stops when cancelled, and keeps the verdicts reached', async () => {
    const slowServer = await startLinkServer({ hosts: 2, latencyMs: 200 });
    try {
      const controller = new AbortController();
      const pages = slowServer.origins.flatMap((o) => Array.from({ length: 40 }, (_, i) => ({ page: `${o}/ok/${i}`, needIds: false })));
      setTimeout(() => controller.abort(), 500);
      const started = Date.now();
      const result = await runExternalCheck(pages, deps(), undefined, controller.signal);
      assert.equal(result.cancelled, true);
      assert.ok(Date.now() - started < 2000, `stopped after ${Date.now() - started} ms`);
      assert.ok(result.verdicts.size > 0 && result.verdicts.size < 80, `${result.verdicts.size} verdicts kept`);
      assert.ok([...result.verdicts.values()].every((v) => v.kind === 'ok'), 'no page is reported for a cancelled request');
      const asked = slowServer.requests.length;
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(slowServer.requests.length, asked, 'no request after the cancel');
    } finally {
      await slowServer.close();
    }
  });
});
