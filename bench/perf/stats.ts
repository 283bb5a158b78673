// Small numeric helpers shared by the scenarios and the report.

export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function round(n: number | undefined, digits = 1): number | undefined {
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** ours / peer, or undefined when either side is missing. */
export function ratio(ours: number | undefined, peer: number | undefined): number | undefined {
  return ours === undefined || peer === undefined || peer === 0 ? undefined : round(ours / peer, 2);
}

/** Deterministic pseudo-random numbers, so every run samples the same positions. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** A scenario ran past its time limit: the tool took longer than `limitMs` (a lower bound). */
export class ScenarioTimeout extends Error {
  constructor(readonly what: string, readonly limitMs: number, detail = '') {
    super(`Timed out after ${Math.round(limitMs / 1000)} s waiting for ${what}.${detail}`);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new ScenarioTimeout(what, ms)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
