// Notes built to hit cost cliffs: each must be checked by `concept-notes check` in a few
// seconds, whatever its shape. Written into the benchmark's temp folder, one note per workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from './corpus';
import { peakRssMB, spawnTracked } from './processes';
import { ScenarioTimeout } from './stats';

export interface CliffNote { name: string; text: () => string }

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

export const CLIFF_NOTES: CliffNote[] = [
  {
    name: '10,000 headings, each with a link to it and a broken #missing-i',
    text: () => lines(10_000, (i) => `## Heading ${i} of the long list\n\nSee [this heading](#heading-${i}-of-the-long-list) and [a missing one](#missing-${i}).\n`),
  },
  {
    name: '50,000 links to missing files',
    text: () => lines(50_000, (i) => `- see [note ${i}](notes/missing-${i}.md)`) + '\n',
  },
  {
    name: '120,000 headings with links to them',
    text: () => lines(120_000, (i) => `## Heading number ${i}\n\nText [back](#heading-number-${i}) more.\n`),
  },
];

/** `<tempRoot>/cliff-<i>/note.md`. */
export function cliffWorkspace(tempRoot: string, index: number): { folder: string; megabytes: number } {
  const folder = path.join(tempRoot, `cliff-${index}`);
  fs.mkdirSync(folder, { recursive: true });
  const text = CLIFF_NOTES[index].text();
  fs.writeFileSync(path.join(folder, 'note.md'), text);
  return { folder, megabytes: Buffer.byteLength(text) / 1e6 };
}

export interface CliResult { ms: number; rssMB?: number; findings: number }

/** `node dist/cli.js check <folder> --format json`: process start to exit, and its findings. */
export function timeCliCheck(folder: string, timeoutMs: number): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawnTracked(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', folder, '--format', 'json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', rssMB: number | undefined;
    // VmHWM is read while the process lives; the last reading is its peak.
    const sampler = setInterval(() => { rssMB = peakRssMB(child.pid) ?? rssMB; }, 50);
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new ScenarioTimeout(`check of ${folder}`, timeoutMs)); }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      clearInterval(sampler);
      clearTimeout(timer);
      if (code !== 0 && code !== 1) { reject(new Error(`concept-notes check exited ${code}: ${stderr.slice(0, 500)}`)); return; }
      try {
        const report = JSON.parse(stdout) as { diagnostics: unknown[] };
        resolve({ ms, rssMB, findings: report.diagnostics.length });
      } catch (error) {
        reject(new Error(`unreadable check output: ${error instanceof Error ? error.message : String(error)}`));
      }
    });
  });
}
