// The crash policy of the VS Code client: when a crashed server is restarted and when
// the user is told. Time is a fake clock, so bursts and windows are exact.
import * as assert from 'assert';
import { RestartPolicy, type CrashDecision } from '../../../client/src/restartPolicy';

const MINUTE = 60_000;

function clockedPolicy(options: { maxRestarts?: number; windowMs?: number } = {}) {
  let now = 0;
  const policy = new RestartPolicy({ ...options, now: () => now });
  return { policy, advance: (ms: number) => { now += ms; } };
}

function crashes(policy: RestartPolicy, advance: (ms: number) => void, gapsMs: number[]): CrashDecision[] {
  return gapsMs.map((gap) => { advance(gap); return policy.crashed(); });
}

describe('client restart policy', () => {
  it('restarts up to 4 crashes in 3 minutes and stops at the 5th', () => {
    const { policy, advance } = clockedPolicy();
    const decisions = crashes(policy, advance, [0, 10_000, 10_000, 10_000, 10_000]);
    assert.deepEqual(decisions.map((d) => d.action), ['restart', 'restart', 'restart', 'restart', 'stop']);
    assert.deepEqual(decisions[4], { action: 'stop', crashes: 5 });
  });

  it('notifies once per burst: only the first crash of a burst asks for a message', () => {
    const { policy, advance } = clockedPolicy();
    const decisions = crashes(policy, advance, [0, 5_000, 5_000, 5_000]);
    assert.deepEqual(decisions.map((d) => d.action === 'restart' && d.notify), [true, false, false, false]);
  });

  it('crashes further apart than the window start a new burst and are always restarted', () => {
    const { policy, advance } = clockedPolicy();
    const decisions = crashes(policy, advance, [0, 4 * MINUTE, 4 * MINUTE, 4 * MINUTE, 4 * MINUTE, 4 * MINUTE, 4 * MINUTE]);
    assert.ok(decisions.every((d) => d.action === 'restart' && d.notify), JSON.stringify(decisions));
  });

  it('counts only the crashes inside the sliding window', () => {
    const { policy, advance } = clockedPolicy();
    // Four quick crashes, then one 2.5 minutes after the first: still 5 in 3 minutes → stop.
    assert.equal(crashes(policy, advance, [0, 1_000, 1_000, 1_000, 2.5 * MINUTE - 3_000]).at(-1)?.action, 'stop');
    const second = clockedPolicy();
    // The same, but the 5th comes when the first has left the window → restart.
    assert.equal(crashes(second.policy, second.advance, [0, 1_000, 1_000, 1_000, 3 * MINUTE]).at(-1)?.action, 'restart');
  });

  it('reset() forgets earlier crashes (a restart the user asked for)', () => {
    const { policy, advance } = clockedPolicy({ maxRestarts: 1 });
    assert.equal(crashes(policy, advance, [0, 1_000]).at(-1)?.action, 'stop');
    policy.reset();
    assert.deepEqual(crashes(policy, advance, [1_000]), [{ action: 'restart', notify: true }]);
  });
});
