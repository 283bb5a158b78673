// The corpus tier: tests that read `../shared` (real corpora, the seed notes) run whenever
// that folder exists — CI has it — and are left out when it does not, with one line saying
// so, so that `npm test` on a fresh clone passes. CONCEPT_NOTES_SHARED points the tier at
// another folder (a missing one shows what a fresh clone sees).
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');

export const sharedRoot = process.env.CONCEPT_NOTES_SHARED ? path.resolve(process.env.CONCEPT_NOTES_SHARED) : path.resolve(repoRoot, '..', 'shared');
export const corporaRoot = path.join(sharedRoot, 'corpora');
export const seedsRoot = path.join(sharedRoot, 'seeds');

/** A path inside `../shared`, e.g. `sharedPath('corpora', 'feiskyer-k8s-handbook')`. */
export function sharedPath(...parts: string[]): string {
  return path.join(sharedRoot, ...parts);
}

let announced = false;

/** True when every path exists; otherwise says once per run that the tier was not run. */
export function tierAvailable(...paths: string[]): boolean {
  const missing = paths.find((p) => !fs.existsSync(p));
  if (missing === undefined) return true;
  if (!announced) {
    announced = true;
    console.log(`  corpus tier not run: ${path.relative(repoRoot, missing)} is absent (tests reading ../shared/corpora and ../shared/seeds are left out)`);
  }
  return false;
}

/** `describe` for a suite that needs these paths (default: the corpora); absent, it is left out. */
export function corpusDescribe(title: string, fn: (this: Mocha.Suite) => void, paths: string[] = [corporaRoot]): void {
  if (tierAvailable(...paths)) describe(title, fn);
}

/** `it` for one test that needs these paths (default: the corpora); absent, it is left out. */
export function corpusIt(title: string, fn: (this: Mocha.Context) => void | Promise<void>, paths: string[] = [corporaRoot]): void {
  if (tierAvailable(...paths)) it(title, fn as Mocha.AsyncFunc);
}

/** The corpus folders (one per vault), or none when the tier is not run. */
export function corpusNames(): string[] {
  if (!fs.existsSync(corporaRoot)) return [];
  return fs.readdirSync(corporaRoot, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
