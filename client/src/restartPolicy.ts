/**
 * When to restart a crashed language server, and when to tell the user. Pure (no
 * vscode import) so the policy is unit-tested without an editor.
 *
 * - Up to `maxRestarts` crashes inside `windowMs` are restarted; the next one stops.
 * - A burst is a run of crashes each within `windowMs` of the previous one; the user
 *   hears about a burst once (on its first crash), not once per crash.
 */
export type CrashDecision =
  | { action: 'restart'; notify: boolean }
  | { action: 'stop'; crashes: number };

export interface RestartPolicyOptions {
  maxRestarts?: number;
  windowMs?: number;
  now?: () => number;
}

export class RestartPolicy {
  readonly maxRestarts: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private crashes: number[] = [];
  private lastCrash: number | undefined;

  constructor({ maxRestarts = 4, windowMs = 3 * 60_000, now = Date.now }: RestartPolicyOptions = {}) {
    this.maxRestarts = maxRestarts;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** Records one crash and says what to do about it. */
  crashed(): CrashDecision {
    const at = this.now();
    const firstOfBurst = this.lastCrash === undefined || at - this.lastCrash > this.windowMs;
    this.lastCrash = at;
    this.crashes = [...this.crashes.filter((t) => at - t <= this.windowMs), at];
    if (this.crashes.length > this.maxRestarts) return { action: 'stop', crashes: this.crashes.length };
    return { action: 'restart', notify: firstOfBurst };
  }

  /** A restart the user asked for starts with a clean slate. */
  reset(): void {
    this.crashes = [];
    this.lastCrash = undefined;
  }
}
