// `npm run bench`: our language server (over LSP, `node dist/server.js --stdio`) against
// vscode-markdown-languageservice 0.5.0 (VS Code's Markdown engine) on every corpus in
// ../shared/corpora: cold start, warm start (index cache), editing one note, hover /
// definition latency, peak RSS and scaling. Every measurement runs in its own process.
// Prints tables and writes bench/results/bench.json.
// Usage: npm run bench [-- --quick] [-- corpus-name…]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { corporaRoot, listCorpora, markdownFiles, repoRoot, totalBytes } from './perf/corpus';
import { findLinkedHeading } from './perf/linkedHeading';
import { oursStart } from './perf/oursStart';
import { serverPath } from './perf/ourServer';
import { oursEdit } from './perf/oursEdit';
import { oursHover, type HoverResult } from './perf/oursHover';
import { runPeer, tempRootFor } from './perf/peerRunner';
import { runChild } from './perf/childRunner';
import type { OursLibraryJob, OursLibraryOutput } from './perf/oursLibraryChild';
import { onBenchExit, killAllChildren } from './perf/processes';
import { copiedWorkspace, bigNoteWorkspace } from './perf/workspaces';
import { atMost, TARGETS, type BenchResults, type CorpusResult, type Growth, type Measured, type ScalingRow } from './perf/results';
import { printCliffs, printCorpus, printScaling, time } from './perf/report';
import { CLIFF_NOTES, cliffWorkspace, timeCliCheck } from './perf/cliffNotes';
import { ratio, round, ScenarioTimeout } from './perf/stats';

const QUICK_CORPUS = 'feiskyer-k8s-handbook';
const SCALING_CORPUS = 'martins3';
const SCALING_COPIES = [1, 2, 4];
const BIG_NOTE_BYTES = 10_000_000;
const BIG_NOTE_PEER_LIMIT_MS = 45_000;
const CLIFF_OURS_LIMIT_MS = 120_000;
const CLIFF_PEER_LIMIT_MS = 60_000;
/** Whole-run guard: past this the benchmark stops, keeping what it measured. */
const HARD_LIMIT_MS = 25 * 60_000;
const resultsFile = path.join(repoRoot, 'bench', 'results', 'bench.json');

const started = performance.now();
const tempRoot = tempRootFor('concept-notes-bench-');
let cacheCount = 0;

/** Generous per-scenario limits: they only exist so a stuck run ends with a message. */
const oursTimeout = (megabytes: number) => 45_000 + 4_000 * megabytes;
const peerTimeout = (megabytes: number) => 30_000 + 2_000 * megabytes;

function freshCacheDir(): string {
  const dir = path.join(tempRoot, `cache-${++cacheCount}`);
  fs.mkdirSync(dir);
  return dir;
}

const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

/**
 * Runs one measurement; a failure is recorded (not thrown) so the others still run. A server
 * that dies at once is retried: `dist/` may be in the middle of a rebuild.
 */
async function attempt<T>(what: string, errors: string[], run: () => Promise<T>, options: { timeoutIsBound?: boolean } = {}): Promise<T | { error?: string; timedOutAfterMs?: number }> {
  for (let tries = 1; ; tries++) {
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (tries < 3 && /server exited|is missing: run/.test(message)) {
        log(`${what}: ${message.split('\n')[0]} — retrying in 5 s (dist/ may be rebuilding)`);
        await new Promise((r) => setTimeout(r, 5000));
        continue;
      }
      if (options.timeoutIsBound && error instanceof ScenarioTimeout) {
        log(`${what}: stopped after ${error.limitMs / 1000} s (reported as "> ${error.limitMs / 1000} s")`);
        return { timedOutAfterMs: error.limitMs };
      }
      log(`${what} FAILED: ${message}`);
      errors.push(`${what}: ${message}`);
      return error instanceof ScenarioTimeout ? { error: message, timedOutAfterMs: error.limitMs } : { error: message };
    }
  }
}

const ok = <T extends object>(r: T | { error?: string; timedOutAfterMs?: number }): r is T => !('error' in r && typeof (r as { error: unknown }).error === 'string');

/**
 * Renames a heading other notes link to (see linkedHeading.ts) in each tool. The ratio
 * compares the libraries (our core vs the peer, both in-process, no debounce); our
 * end-to-end time over LSP — which includes the server's 150 ms debounce — is context.
 */
async function benchEdit(name: string, folder: string, files: string[], warmCache: string, limit: number, peerLimit: number, errors: string[]): Promise<CorpusResult['edit']> {
  const heading = findLinkedHeading(files);
  if (!heading) return { ours: { error: 'no heading to rename' }, peer: { error: 'no heading to rename' } };
  const rel = (f: string) => path.relative(folder, f).split(path.sep).join('/');
  const library = await attempt(`${name} ours edit`, errors, () => runChild<OursLibraryJob, OursLibraryOutput>('oursLibraryChild.ts', 'OURS_RESULT', { folder, edit: heading }, `our core on ${folder}`, tempRoot, limit));
  const edit: CorpusResult['edit'] = {
    heading: { file: rel(heading.file), line: heading.line, slug: heading.slug, kind: heading.kind, linkers: heading.linkers.map((l) => rel(l.file)) },
    ours: ok(library) ? library.edit : library,
    oursOverLsp: await attempt(`${name} ours edit over LSP`, errors, () => oursEdit(folder, files, warmCache, heading, limit)),
    peer: {},
  };
  if (heading.kind === 'no-heading-links') edit.note = 'edit: no `file.md#slug` link between notes of this corpus resolves, so the renamed heading (first heading of the most-linked note) breaks nothing; only the edited note is waited for.';
  const peerEdit = await attempt(`${name} peer edit`, errors, () => runPeer({ folder, edit: heading }, tempRoot, peerLimit));
  edit.peer = ok(peerEdit) ? peerEdit.edit! : peerEdit;
  edit.ratio = ratio(edit.ours.ms, edit.peer.ms);
  edit.verdict = atMost(edit.ratio, TARGETS.editRatio, `≤${TARGETS.editRatio}×`);
  log(`${name} edit: ours ${time(edit.ours.ms)} (over LSP ${time(edit.oursOverLsp?.ms)}), peer ${time(edit.peer.ms)}`);
  return edit;
}

async function benchCorpus(name: string, errors: string[]): Promise<CorpusResult> {
  const folder = path.join(corporaRoot, name);
  const files = markdownFiles(folder);
  const megabytes = totalBytes(files) / 1e6;
  const limit = oursTimeout(megabytes), peerLimit = peerTimeout(megabytes);
  log(`${name}: ${files.length} notes, ${megabytes.toFixed(1)} MB`);

  const cache = freshCacheDir();
  const oursCold: Measured = await attempt(`${name} ours cold`, errors, () => oursStart(folder, files, cache, limit));
  log(`${name} cold: ours ${time(oursCold.ms)}`);
  const peerCold: Measured = await attempt(`${name} peer cold`, errors, () => runPeer({ folder }, tempRoot, peerLimit));
  log(`${name} cold: peer ${time(peerCold.ms)}`);
  // The hover scenario runs on the warm-started server once it has settled.
  const warmAndHover = await attempt(`${name} ours warm`, errors, () => oursStart(folder, files, cache, limit, (server) => oursHover(server, files, 2 * limit)));
  const { followUp: hoverOrNothing, ...oursWarm } = warmAndHover as Measured & { followUp?: HoverResult | { error: string } };
  const hover: HoverResult | { error: string } = hoverOrNothing ?? { error: 'the warm start failed' };
  if (hoverOrNothing && 'error' in hoverOrNothing) errors.push(`${name} ours hover: ${hoverOrNothing.error}`);
  const peerWarm: Measured = await attempt(`${name} peer warm`, errors, () => runPeer({ folder }, tempRoot, peerLimit));
  log(`${name} warm: ours ${time(oursWarm.ms)}, peer ${time(peerWarm.ms)}`);

  const edit = await benchEdit(name, folder, files, cache, limit, peerLimit, errors);

  const hoverVerdicts = !('error' in hover)
    ? [atMost(hover.idle.hover.p99, TARGETS.hoverIdleP99Ms, `p99 ≤${TARGETS.hoverIdleP99Ms} ms`), atMost(hover.reindex.hover.p99, TARGETS.hoverReindexP99Ms, `p99 ≤${TARGETS.hoverReindexP99Ms} ms`)].filter((v) => v !== undefined)
    : undefined;
  if (!('error' in hover)) log(`${name} hover: idle p99 ${hover.idle.hover.p99} ms, re-index p99 ${hover.reindex.hover.p99} ms`);

  const coldRatio = ratio(oursCold.ms, peerCold.ms), warmRatio = ratio(oursWarm.ms, peerWarm.ms), rssRatio = ratio(oursCold.rssMB, peerCold.rssMB);
  return {
    notes: files.length,
    megabytes: round(megabytes, 2)!,
    cold: { ours: oursCold, peer: peerCold, ratio: coldRatio, verdict: atMost(coldRatio, TARGETS.coldRatio, `≤${TARGETS.coldRatio.toFixed(1)}×`), rssRatio, rssVerdict: atMost(rssRatio, TARGETS.rssRatio, '≤ peer') },
    warm: {
      ours: oursWarm, peer: peerWarm, ratio: warmRatio, verdict: atMost(warmRatio, TARGETS.warmRatio, `≤${TARGETS.warmRatio}×`),
      note: '¹ the peer has no persistent cache: its warm start is a second cold run in a fresh process.',
    },
    edit,
    hover: { ours: hover, peer: 'n/a', verdicts: hoverVerdicts },
  };
}

async function scalingRow(workspace: string, folder: string, errors: string[], peerLimitMs?: number): Promise<ScalingRow> {
  const files = markdownFiles(folder);
  const megabytes = totalBytes(files) / 1e6;
  log(`scaling ${workspace}: ${files.length} notes, ${megabytes.toFixed(1)} MB`);
  const ours: Measured = await attempt(`scaling ${workspace} ours`, errors, () => oursStart(folder, files, freshCacheDir(), oursTimeout(megabytes)));
  // A row with its own peer limit reports a slower peer as "> limit" rather than as a failure.
  const peer: Measured = await attempt(`scaling ${workspace} peer`, errors, () => runPeer({ folder }, tempRoot, peerLimitMs ?? peerTimeout(megabytes)), { timeoutIsBound: peerLimitMs !== undefined });
  log(`scaling ${workspace}: ours ${time(ours.ms)}, peer ${time(peer.ms)}`);
  const perMB = (m: Measured) => (m.ms === undefined ? undefined : round(m.ms / megabytes, 0));
  return { workspace, notes: files.length, megabytes: round(megabytes, 2)!, ours: { ...ours, msPerMB: perMB(ours) }, peer: { ...peer, msPerMB: perMB(peer) }, ratio: ratio(ours.ms, peer.ms) };
}

function growth(rows: ScalingRow[], tool: 'ours' | 'peer'): Growth {
  const base = rows.find((r) => r.workspace.endsWith('×1'))?.[tool];
  const time: Record<string, number | undefined> = {}, rss: Record<string, number | undefined> = {}, indexDone: Record<string, number | undefined> = {};
  for (const copies of SCALING_COPIES.slice(1)) {
    const row = rows.find((r) => r.workspace.endsWith(`×${copies}`))?.[tool];
    time[`t(×${copies})/t(×1)`] = ratio(row?.ms, base?.ms);
    if (tool === 'ours') indexDone[`done(×${copies})/done(×1)`] = ratio(row?.settled?.ms, base?.settled?.ms);
    rss[`RSS(×${copies})/RSS(×1)`] = ratio(row?.rssMB, base?.rssMB);
  }
  const last = SCALING_COPIES.at(-1)!;
  const verdicts = [atMost(time[`t(×${last})/t(×1)`], TARGETS.growthX4, `t ≤${TARGETS.growthX4}×`), atMost(rss[`RSS(×${last})/RSS(×1)`], TARGETS.growthX4, `RSS ≤${TARGETS.growthX4}×`)].filter((v) => v !== undefined);
  return tool === 'ours' ? { tool, time, indexDone, rss, verdicts } : { tool, time, rss, verdicts };
}

async function benchScaling(results: BenchResults): Promise<void> {
  const corpus = path.join(corporaRoot, SCALING_CORPUS);
  if (!fs.existsSync(corpus)) {
    results.errors.push(`scaling: no ${SCALING_CORPUS} corpus`);
    return;
  }
  for (const copies of SCALING_COPIES) {
    const folder = copiedWorkspace(tempRoot, corpus, copies);
    results.scaling.push(await scalingRow(`${SCALING_CORPUS} ×${copies}`, folder, results.errors));
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const big = bigNoteWorkspace(tempRoot, corpus, BIG_NOTE_BYTES);
  // The peer slows down more than linearly on one huge note; past this limit it is reported as "> limit".
  results.scaling.push(await scalingRow(`one ${BIG_NOTE_BYTES / 1e6} MB note`, big, results.errors, BIG_NOTE_PEER_LIMIT_MS));
  fs.rmSync(big, { recursive: true, force: true });
  results.scalingGrowth = [growth(results.scaling, 'ours'), growth(results.scaling, 'peer')];
}

/** Each cliff note alone in a workspace: our CLI check and the peer, in the same run. */
async function benchCliffs(results: BenchResults): Promise<void> {
  for (let i = 0; i < CLIFF_NOTES.length; i++) {
    const { folder, megabytes } = cliffWorkspace(tempRoot, i);
    const note = CLIFF_NOTES[i].name;
    const check = await attempt(`cliff ${note} ours`, results.errors, () => timeCliCheck(folder, CLIFF_OURS_LIMIT_MS));
    const ours: Measured = ok(check) ? { ms: check.ms, rssMB: check.rssMB, diagnostics: check.findings } : check;
    const peer: Measured = await attempt(`cliff ${note} peer`, results.errors, () => runPeer({ folder }, tempRoot, CLIFF_PEER_LIMIT_MS), { timeoutIsBound: true });
    log(`cliff ${note}: ours ${time(ours.ms)}, peer ${time(peer.ms)}`);
    const r = ratio(ours.ms, peer.ms);
    results.cliffs.push({ note, megabytes: round(megabytes, 2)!, ours, peer, ratio: r, verdict: atMost(ours.ms, TARGETS.cliffMs, `≤ ${TARGETS.cliffMs / 1000} s`) });
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Identifies the server build, so a run that straddles a rebuild of dist/ says so. */
function serverBuild(): string {
  try { return createHash('sha1').update(fs.readFileSync(serverPath)).digest('hex').slice(0, 12); } catch { return 'missing'; }
}

function writeResults(results: BenchResults): void {
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);
  fs.writeFileSync(resultsFile, JSON.stringify(results, rounded, 2) + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const filters = args.filter((a) => !a.startsWith('--'));
  const available = listCorpora();
  const unknown = filters.filter((f) => !available.includes(f) && f !== 'scaling' && f !== 'cliffs');
  if (unknown.length) throw new Error(`Unknown corpus ${unknown.join(', ')}; available: ${available.join(', ')} (and "scaling", "cliffs").`);
  const corpora = quick ? available.filter((n) => n === QUICK_CORPUS) : filters.length ? available.filter((n) => filters.includes(n)) : available;
  if (quick && corpora.length === 0) throw new Error(`--quick needs the ${QUICK_CORPUS} corpus in ${corporaRoot}.`);
  const withScaling = !quick && (filters.length === 0 || filters.includes('scaling'));
  const withCliffs = !quick && (filters.length === 0 || filters.includes('cliffs'));

  const results: BenchResults = {
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    startedAt: new Date().toISOString(),
    totalSeconds: 0,
    serverBuilds: [serverBuild()],
    options: { quick, corpora },
    corpora: {}, scaling: [], scalingGrowth: [], cliffs: [], errors: [],
  };
  const guard = setTimeout(() => {
    log(`The benchmark ran past ${HARD_LIMIT_MS / 60_000} minutes: stopping and keeping what was measured.`);
    results.errors.push('stopped by the whole-run time limit');
    writeResults(results);
    process.exit(1);
  }, HARD_LIMIT_MS);
  guard.unref();

  for (const name of corpora) {
    results.corpora[name] = await benchCorpus(name, results.errors);
    printCorpus(name, results.corpora[name]);
  }
  if (withScaling) {
    await benchScaling(results);
    printScaling(results);
  }
  if (withCliffs) {
    await benchCliffs(results);
    printCliffs(results);
  }
  const finalBuild = serverBuild();
  if (finalBuild !== results.serverBuilds[0]) {
    results.serverBuilds.push(finalBuild);
    console.log(`\nNote: dist/server.js was rebuilt during the run (${results.serverBuilds.join(' → ')}): the numbers above mix two builds.`);
  }
  writeResults(results);
  console.log(`\nWrote ${path.relative(repoRoot, resultsFile)}. Total time ${results.totalSeconds} s on ${results.machine.cpus} CPUs (node ${process.version}).`);
  if (results.errors.length) {
    console.log(`${results.errors.length} measurement(s) failed:\n${results.errors.map((e) => `  - ${e.split('\n')[0]}`).join('\n')}`);
    process.exitCode = 1;
  }
}

onBenchExit(() => fs.rmSync(tempRoot, { recursive: true, force: true }));
main().catch((error) => {
  killAllChildren();
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
