// The checker's timing decisions with an injected client and clock: back-off, Retry-After,
// paused hosts, which failures are retried. No network, no real waiting.
import * as assert from 'node:assert/strict';
import { checkPage, type PageCheckContext } from '../../../server/src/core/external/checkPage';
import { HostPool } from '../../../server/src/core/external/hostPool';
import { retryAfterMs, backoffDelay } from '../../../server/src/core/external/retryPolicy';
import { DEFAULT_EXTERNAL_CHECK_OPTIONS, type Clock, type HttpOutcome, type HttpRequest } from '../../../server/src/core/external/types';

/** Time moves only when someone sleeps; every sleep is recorded. */
function recordingClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, random: () => 0.5, sleep: async (ms) => { sleeps.push(ms); now += ms; } };
}

function scripted(answers: HttpOutcome[]): { request(r: HttpRequest): Promise<HttpOutcome>; asked: HttpRequest[] } {
  const asked: HttpRequest[] = [];
  return { asked, request: async (r) => { asked.push(r); return answers[Math.min(asked.length - 1, answers.length - 1)]; } };
}

function context(client: ReturnType<typeof scripted>, clock: Clock): PageCheckContext {
  return { client, clock, pool: new HostPool(2, 16, clock), options: DEFAULT_EXTERNAL_CHECK_OPTIONS, answers: new Map(), unresolvedHosts: new Map() };
}

describe('external links: scheduling', () => {
  it('backs off exponentially with jitter between retries of a 5xx, then gives up', async () => {
    const clock = recordingClock();
    const client = scripted([{ status: 503 }]);
    const verdict = await checkPage('https://a.example/x', false, context(client, clock));
    assert.deepEqual(verdict, { kind: 'unreachable', reason: 'http-status', status: 503, finalUrl: 'https://a.example/x' });
    assert.equal(client.asked.length, 3, 'two retries');
    assert.deepEqual(clock.sleeps, [1250, 2500], 'base 1 s doubled, plus a quarter (random 0.5 of half)');
    assert.equal(backoffDelay(0, 1000, { ...clock, random: () => 0 }), 1000);
    assert.equal(backoffDelay(1, 1000, { ...clock, random: () => 0.999 }), 2999);
  });

  it('waits what Retry-After asks, and retries timeouts but not 404, DNS failures or refused connections', async () => {
    const clock = recordingClock();
    const busy = scripted([{ status: 429, retryAfter: '7' }, { status: 200 }]);
    assert.equal((await checkPage('https://a.example/', false, context(busy, clock))).kind, 'ok');
    assert.deepEqual([...new Set(clock.sleeps)], [7000], 'the retry (and the host pool\'s wake-up) wait 7 s');
    for (const [answer, requests] of [[{ status: 404 }, 1], [{ failure: 'dns', detail: 'ENOTFOUND' }, 1], [{ failure: 'refused', detail: 'ECONNREFUSED' }, 1], [{ failure: 'timeout', detail: '10000 ms' }, 3]] as const) {
      const client = scripted([answer]);
      await checkPage('https://b.example/', false, context(client, recordingClock()));
      assert.equal(client.asked.length, requests, JSON.stringify(answer));
    }
  });

  it('stops asking a host whose name does not resolve, whatever the number of its pages', async () => {
    const clock = recordingClock();
    const client = scripted([{ failure: 'dns', detail: 'ENOTFOUND' }]);
    const ctx = context(client, clock);
    const verdicts = await Promise.all(Array.from({ length: 10 }, (_, i) => checkPage(`https://gone.example/${i}`, false, ctx)));
    assert.deepEqual(new Set(verdicts.map((v) => v.kind === 'unreachable' && v.reason)), new Set(['dns']));
    assert.equal(client.asked.length, 2, 'the two asked at once (the per-host limit), then none');
    await checkPage('https://other.example/', false, ctx);
    assert.equal(client.asked.length, 3, 'other hosts are still asked');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:27:55 GMT');
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', now), 5000);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs(undefined, now), undefined);
  });

  it('follows at most 10 redirects, and no scheme but http(s)', async () => {
    let n = 0;
    const chain = { asked: [] as HttpRequest[], request: async () => ({ status: 302, location: `/step/${++n}` }) };
    const verdict = await checkPage('https://a.example/step/0', false, context(chain, recordingClock()));
    assert.equal(verdict.kind === 'unreachable' && verdict.reason, 'too-many-redirects');
    assert.equal(n, 11);
    const toFtp = scripted([{ status: 301, location: 'ftp://a.example/file' }]);
    const ftp = await checkPage('https://a.example/', false, context(toFtp, recordingClock()));
    assert.equal(ftp.kind === 'unreachable' && ftp.reason, 'bad-url');
  });

  it('a paused host waits while the other hosts go on', async () => {
    let now = 0;
    const wakeups: Array<{ at: number; wake: () => void }> = [];
    const clock: Clock = { now: () => now, random: () => 0, sleep: (ms) => new Promise((wake) => wakeups.push({ at: now + ms, wake })) };
    const pool = new HostPool(2, 16, clock);
    pool.pause('a.example', 5000);
    const started: string[] = [];
    const a = pool.run('a.example', async () => { started.push('a'); });
    const b = pool.run('b.example', async () => { started.push('b'); });
    await b;
    assert.deepEqual(started, ['b']);
    now = 5000;
    for (const w of wakeups.filter((w) => w.at <= now)) w.wake();
    await a;
    assert.deepEqual(started, ['b', 'a']);
  });

  it('gives free slots to hosts in turn, never more than the limits', async () => {
    const clock = recordingClock();
    const pool = new HostPool(2, 3, clock);
    const inFlight = new Map<string, number>();
    let all = 0; let maxAll = 0; let maxHost = 0;
    const order: string[] = [];
    const releases: Array<() => void> = [];
    const task = (host: string) => () => new Promise<void>((resolve) => {
      order.push(host);
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1); all++;
      maxAll = Math.max(maxAll, all); maxHost = Math.max(maxHost, inFlight.get(host)!);
      releases.push(() => { inFlight.set(host, inFlight.get(host)! - 1); all--; resolve(); });
    });
    const runs = [...Array(6).fill('a'), ...Array(3).fill('b'), 'c'].map((h) => pool.run(h, task(h)));
    while (order.length < 10) { await new Promise((r) => setImmediate(r)); releases.shift()?.(); }
    for (const release of releases) release();
    await Promise.all(runs);
    assert.equal(maxHost, 2);
    assert.equal(maxAll, 3);
    assert.ok(order.indexOf('c') <= 3, `host c waits for no more than a turn: ${order.join('')}`);
  });
});
