// Runs one bench child (peerChild.ts, oursLibraryChild.ts) in a fresh `node` process. Each
// child is bundled once with esbuild so it starts as plain JavaScript (no TypeScript
// loader in its memory) and prints one line `<MARKER> <json>`.
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { spawnTracked } from './processes';
import { ScenarioTimeout } from './stats';

const bundles = new Map<string, string>();

function bundled(entry: string, tempRoot: string): string {
  let outfile = bundles.get(entry);
  if (!outfile) {
    outfile = path.join(tempRoot, `${path.basename(entry, '.ts')}.cjs`);
    buildSync({ entryPoints: [path.join(__dirname, entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    bundles.set(entry, outfile);
  }
  return outfile;
}

export function runChild<Job, Output>(entry: string, marker: string, job: Job, what: string, tempRoot: string, timeoutMs: number): Promise<Output> {
  const child = spawnTracked(process.execPath, [bundled(entry, tempRoot), JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout!.on('data', (d) => { stdout += String(d); });
  child.stderr!.on('data', (d) => { stderr = (stderr + String(d)).slice(-4000); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ScenarioTimeout(what, timeoutMs));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(`${marker} `));
      if (code === 0 && line) resolve(JSON.parse(line.slice(marker.length + 1)) as Output);
      else reject(new Error(`${what} failed (exit code ${code}${signal ? `, ${signal}` : ''}).${stderr ? `\n${stderr.trim()}` : ''}`));
    });
  });
}
