// Every child process the benchmark starts, so none outlives it (timeouts, errors, Ctrl+C).
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';

const children = new Set<ChildProcess>();

export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function killAllChildren(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
}

/** Peak resident set size (VmHWM) of a live process, in MB; undefined once it is gone. */
export function peakRssMB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

let exitHooked = false;
/** Kills the children and runs `cleanup` however the benchmark ends. */
export function onBenchExit(cleanup: () => void): void {
  if (exitHooked) return;
  exitHooked = true;
  const finish = () => { killAllChildren(); cleanup(); };
  process.once('exit', finish);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => { finish(); process.exit(130); });
  }
}
