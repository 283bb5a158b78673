// Counts the work the core does, without touching it: V8's precise block coverage
// counts every function call and every executed block (loop bodies included) in the
// core's own files. Deterministic, so growth can be asserted where time cannot.
import { Session } from 'node:inspector/promises';

const CORE = /\/server\/src\/core\//;

interface Coverage { result: Array<{ url: string; functions: Array<{ ranges: Array<{ count: number }> }> }> }

export class WorkCounter {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** Blocks executed in core files since the last call (taking coverage resets the counters). */
  async take(): Promise<number> {
    const { result } = await this.session.post('Profiler.takePreciseCoverage') as Coverage;
    let total = 0;
    for (const script of result) {
      if (!CORE.test(script.url.replace(/\\/g, '/'))) continue;
      for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
    }
    return total;
  }

  /** The work `run` does, counted after a warm-up run so one-time set-up is not counted. */
  async measure(run: () => Promise<unknown>): Promise<number> {
    await this.take();
    await run();
    return this.take();
  }

  async stop(): Promise<void> {
    await this.session.post('Profiler.stopPreciseCoverage');
    await this.session.post('Profiler.disable');
    this.session.disconnect();
  }
}
