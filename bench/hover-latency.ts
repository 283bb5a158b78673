// Hover latency over LSP stdio on the largest corpus (martins3), as an editor sees it:
// round-trip time of `textDocument/hover` on concept mentions in open notes,
//   1. idle, after the index is built;
//   2. during a full re-index: every note reported changed at once (as after a
//      `git checkout` or `git pull`), so the server re-reads the whole workspace;
//   3. during the first index of a cold start.
// Prints a table and writes bench/results/hover-latency.json.
// Usage: npm run build && npx tsx bench/hover-latency.ts [corpus-name]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Hover, Position, SemanticTokens } from 'vscode-languageserver-protocol';
import { LspClient, repoRoot } from '../test/lsp/harness';

const corpusName = process.argv[2] ?? 'martins3';
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpora', corpusName);
const OPEN_NOTES = 30;
const TARGETS = 400;
const IDLE_HOVERS = 600;
const MAX_PHASE_MS = 240_000;

interface Target { file: string; position: Position }
interface Phase { name: string; hovers: number; answered: number; p50: number; p90: number; p99: number; max: number; phaseSeconds: number }

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full);
    return /\.(md|markdown)$/i.test(e.name) ? [full] : [];
  });
}

/** Deterministic pseudo-random numbers, so runs hover on the same places. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarize(name: string, samples: Array<{ ms: number; answered: boolean }>, phaseMs: number): Phase {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name, hovers: samples.length, answered: samples.filter((s) => s.answered).length,
    p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN), phaseSeconds: round(phaseMs / 1000),
  };
}

async function hoverOnce(client: LspClient, t: Target): Promise<{ ms: number; answered: boolean }> {
  const started = performance.now();
  const result = await client.request<Hover | null>('textDocument/hover', client.at(t.file, { line: t.position.line, character: t.position.character + 1 }));
  return { ms: performance.now() - started, answered: result !== null };
}

/** Hovers round-robin over the targets until `done()` says the phase is over. */
async function hoverUntil(client: LspClient, targets: Target[], done: () => boolean): Promise<Array<{ ms: number; answered: boolean }>> {
  const samples: Array<{ ms: number; answered: boolean }> = [];
  const deadline = Date.now() + MAX_PHASE_MS;
  for (let i = 0; !done() && Date.now() < deadline; i++) samples.push(await hoverOnce(client, targets[i % targets.length]));
  return samples;
}

/** Waits until the diagnostics pass that opening notes caused has finished, and nothing follows it. */
async function settled(client: LspClient, before: number): Promise<void> {
  await client.waitFor('diagnostics after opening notes', () => (client.indexChanged.length > before ? true : undefined), 60_000);
  for (let last = -1; last !== client.indexChanged.length;) {
    last = client.indexChanged.length;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function openSample(client: LspClient, files: string[]): Promise<string[]> {
  const step = Math.max(1, Math.floor(files.length / OPEN_NOTES));
  const chosen = files.filter((_, i) => i % step === 0).slice(0, OPEN_NOTES).map((f) => path.relative(corpus, f));
  for (const file of chosen) await client.open(file);
  return chosen;
}

/** Concept mentions in the open notes, found through the server's own semantic tokens. */
async function hoverTargets(client: LspClient, opened: string[]): Promise<Target[]> {
  const all: Target[] = [];
  for (const file of opened) {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri(file) } });
    let line = 0, character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      all.push({ file, position: { line, character } });
    }
  }
  const random = lcg(42);
  const picked: Target[] = [];
  while (picked.length < Math.min(TARGETS, all.length)) picked.push(all[Math.floor(random() * all.length)]);
  return picked;
}

async function main(): Promise<void> {
  if (!fs.existsSync(corpus)) throw new Error(`No corpus at ../shared/corpora/${corpusName}`);
  const files = markdownFiles(corpus).sort();
  const phases: Phase[] = [];
  process.stderr.write(`Corpus ${corpusName}: ${files.length} notes. Starting the server…\n`);

  // 1. Idle.
  let started = performance.now();
  const warm = await LspClient.start(corpus);
  const indexSeconds = (performance.now() - started) / 1000;
  const beforeOpen = warm.indexChanged.length;
  const opened = await openSample(warm, files);
  const targets = await hoverTargets(warm, opened);
  await settled(warm, beforeOpen);
  if (targets.length === 0) throw new Error('No concept mentions found in the sampled notes.');
  process.stderr.write(`Indexed in ${indexSeconds.toFixed(1)} s; ${targets.length} hover targets in ${opened.length} open notes.\n`);
  for (let i = 0; i < 50; i++) await hoverOnce(warm, targets[i % targets.length]); // warm up the JIT
  started = performance.now();
  const idle: Array<{ ms: number; answered: boolean }> = [];
  for (let i = 0; i < IDLE_HOVERS; i++) idle.push(await hoverOnce(warm, targets[i % targets.length]));
  phases.push(summarize('idle', idle, performance.now() - started));

  // 2. Full re-index: every note changed on disk at once.
  const seen = warm.indexChanged.length;
  started = performance.now();
  await warm.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: files.map((f) => ({ uri: warm.uri(path.relative(corpus, f)), type: 2 })),
  });
  const reindex = await hoverUntil(warm, targets, () => warm.indexChanged.length > seen);
  phases.push(summarize('during full re-index (all files changed)', reindex, performance.now() - started));
  await warm.stop();

  // 3. Cold start: hovers while the first index runs.
  started = performance.now();
  const cold = LspClient.spawn(corpus);
  await cold.initialize();
  for (const file of opened) await cold.open(file);
  const coldSamples = await hoverUntil(cold, targets, () => cold.indexChanged.some((e) => !e.indexing));
  phases.push(summarize('during first index (cold start)', coldSamples, performance.now() - started));
  await cold.stop();

  print(phases, files.length, indexSeconds);
  const out = path.join(repoRoot, 'bench', 'results', 'hover-latency.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({
    version: 1, corpus: corpusName, notes: files.length, openNotes: opened.length, hoverTargets: targets.length,
    firstIndexSeconds: Math.round(indexSeconds * 10) / 10,
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    unit: 'ms, round trip over stdio', phases,
  }, null, 2) + '\n');
  process.stderr.write(`Wrote ${path.relative(repoRoot, out)}\n`);
}

function print(phases: Phase[], notes: number, indexSeconds: number): void {
  const rows = [['phase', 'hovers', 'answered', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'phase s'],
    ...phases.map((p) => [p.name, p.hovers, p.answered, p.p50, p.p90, p.p99, p.max, p.phaseSeconds].map(String))];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`hover latency on ${corpusName} (${notes} notes, first index ${indexSeconds.toFixed(1)} s)`);
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

main().catch((error) => {
  process.stderr.write(`hover-latency failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
