import type { Clock } from './types';

interface Waiter { start: () => void; cancel: (reason: unknown) => void }

interface HostState { inFlight: number; queue: Waiter[]; pausedUntil: number }

/**
 * Runs tasks with at most `perHost` in flight per host and `overall` in all. Each host
 * has its own queue, and a free slot goes to the next host in turn that may take one, so a
 * busy host never holds back the others. A host that asked us to wait (429 Retry-After)
 * is paused: its queue waits, the rest go on.
 */
export class HostPool {
  private readonly hosts = new Map<string, HostState>();
  /** The hosts in the order they were first seen: the round-robin's circle. */
  private readonly circle: HostState[] = [];
  private inFlight = 0;
  /** Index in `circle` of the host served last. */
  private lastServed = -1;

  constructor(private readonly perHost: number, private readonly overall: number, private readonly clock: Clock) {}

  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const state = this.stateOf(host);
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) { reject(signal.reason as Error); return; }
      state.queue.push({
        start: () => { task().then(resolve, reject).finally(() => { state.inFlight--; this.inFlight--; this.pump(); }); },
        cancel: reject,
      });
      this.pump();
    });
  }

  /** Rejects every task still waiting for a slot (the run was cancelled); those in flight finish. */
  cancelQueued(reason: unknown): void {
    for (const state of this.hosts.values()) for (const waiter of state.queue.splice(0)) waiter.cancel(reason);
  }

  /** No new request to `host` starts before `until` (clock time). */
  pause(host: string, until: number): void {
    const state = this.stateOf(host);
    if (until <= state.pausedUntil) return;
    state.pausedUntil = until;
    void this.clock.sleep(until - this.clock.now()).then(() => this.pump());
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) { state = { inFlight: 0, queue: [], pausedUntil: 0 }; this.hosts.set(host, state); this.circle.push(state); }
    return state;
  }

  private pump(): void {
    const now = this.clock.now();
    while (this.inFlight < this.overall) {
      const next = this.nextReady(now);
      if (next < 0) return;
      this.lastServed = next;
      const state = this.circle[next];
      const waiter = state.queue.shift()!;
      state.inFlight++;
      this.inFlight++;
      waiter.start();
    }
  }

  /** The first host after the one served last that has a waiter and may take a request; -1 if none. */
  private nextReady(now: number): number {
    const n = this.circle.length;
    for (let step = 1; step <= n; step++) {
      const i = (this.lastServed + step) % n;
      const s = this.circle[i];
      if (s.queue.length > 0 && s.inFlight < this.perHost && s.pausedUntil <= now) return i;
    }
    return -1;
  }
}
