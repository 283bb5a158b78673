// `npm run bench:external`: web-link checking, ours (`check --external`) against
// markdown-link-check 3.15 in the same run, on 1,000 distinct URLs spread over 20 hosts of
// a local server (127.0.0.1, one port per host) that answers each request after 50 ms and
// records how many requests each host had in flight at once.
// Usage: npm run bench:external [-- --rounds 2]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { startLinkServer, type LinkServer } from '../test/unit/external/linkServer';

const repoRoot = path.resolve(__dirname, '..');
const HOSTS = 20;
const URLS = 1000;
const NOTES = 20;
const LATENCY_MS = 50;
const TARGET_RATIO = 0.5;
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 2;

interface Run { ms: number; requests: number; maxPerHost: number; maxInFlight: number; exit: number | null; summary: string }

function writeNotes(dir: string, server: LinkServer): void {
  const perNote = URLS / NOTES;
  for (let n = 0; n < NOTES; n++) {
    const lines = [`# Reading list ${n + 1}`, ''];
    for (let k = 0; k < perNote; k++) {
      const i = n * perNote + k;
      lines.push(`- [Article ${i}](${server.origins[i % HOSTS]}/ok/${i})`);
    }
    fs.writeFileSync(path.join(dir, `list-${String(n + 1).padStart(2, '0')}.md`), lines.join('\n') + '\n');
  }
}

function timed(server: LinkServer, command: string, args: string[], summarize: (stdout: string, stderr: string) => string): Promise<Run> {
  server.reset();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = ''; let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (exit) => resolve({
      ms: performance.now() - started, requests: server.requests.length, maxPerHost: server.maxInFlightPerHost(), maxInFlight: server.maxInFlight(), exit,
      summary: summarize(stdout, stderr),
    }));
  });
}

async function main(): Promise<void> {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const peer = path.join(repoRoot, 'node_modules', 'markdown-link-check', 'markdown-link-check');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  if (!fs.existsSync(peer)) throw new Error('markdown-link-check is missing: run `npm ci`');
  const peerVersion = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'markdown-link-check', 'package.json'), 'utf8')).version;
  const server = await startLinkServer({ hosts: HOSTS, latencyMs: LATENCY_MS });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-bench-external-'));
  try {
    writeNotes(dir, server);
    const ours: Run[] = [];
    const theirs: Run[] = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(await timed(server, process.execPath, [cli, 'check', dir, '--external', '--no-cache', '--format', 'json'], (stdout, stderr) => {
        const found = (JSON.parse(stdout).diagnostics as Array<{ code: string }>).filter((d) => d.code.startsWith('link.external')).length;
        return `${found} problems; ${/Web links: (\d+) pages/.exec(stderr)?.[1] ?? '?'} pages`;
      }));
      theirs.push(await timed(server, process.execPath, [peer, '-q', dir], (stdout, stderr) => {
        // With -q it prints only dead links.
        return `${(stdout + stderr).match(/\[✖\]/g)?.length ?? 0} dead`;
      }));
      process.stderr.write(`round ${r + 1}: ours ${(ours[r].ms / 1000).toFixed(2)} s, markdown-link-check ${(theirs[r].ms / 1000).toFixed(2)} s\n`);
    }
    const best = (runs: Run[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const o = best(ours);
    const t = best(theirs);
    const row = (name: string, run: Run) => `| ${name} | ${(run.ms / 1000).toFixed(2)} s | ${run.requests} | ${run.maxPerHost} | ${run.maxInFlight} | ${run.exit} | ${run.summary} |`;
    const ratio = o.ms / t.ms;
    process.stdout.write([
      `Web links: ${URLS} distinct URLs in ${NOTES} notes on ${HOSTS} local hosts, ${LATENCY_MS} ms per answer; best of ${rounds} rounds.`,
      '',
      '| tool | time | requests | max in flight per host | max in flight | exit | result |',
      '|---|---|---|---|---|---|---|',
      row('concept-notes check --external --no-cache', o),
      row(`markdown-link-check ${peerVersion}`, t),
      '',
      `ours/peer: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×, per-host limit 2): ${ratio <= TARGET_RATIO && o.maxPerHost <= 2 ? 'PASS' : 'MISS'}`,
      '',
    ].join('\n'));
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => { process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`); process.exitCode = 1; });
