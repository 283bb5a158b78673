// `npm run bench:views [corpus] [--only <request>]`: the knowledge views on a real corpus
// (martins3 by default). Over LSP: p50/p99 of conceptNotes/graph (the open note's
// neighbourhood and the whole workspace), conceptNotes/gaps, conceptNotes/backlinks and
// textDocument/codeLens, each asked repeatedly while the notes are open, after one cold
// answer; `--only` runs one of them (graphLocal, graphWhole, gaps, backlinks, codeLens). In headless Chromium: the graph page fed the whole workspace graph —
// time to its first frame, frames per second while the layout runs, time until it settles.
// The peer for the page is the same layout run to the end before a first frame (what a
// page that lays out synchronously would block for), timed in the same run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { LspClient } from '../test/lsp/harness';
import { corporaRoot, markdownFiles, repoRoot } from './perf/corpus';
import type { NoteGraph } from '../shared/protocol';

const CHROMIUM = '/usr/bin/chromium';
const REPEATS = 40;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

async function requestLatency(client: LspClient, method: string, params: () => unknown): Promise<{ cold: number; p50: number; p99: number }> {
  const [cold] = await timed(() => client.request(method, params()));
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) times.push((await timed(() => client.request(method, params())))[0]);
  return { cold, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** The graph page with the extension's side replaced by a recorder of what it posts. */
function pageHtml(script: string): string {
  return `<!DOCTYPE html><html><head><style>html,body{margin:0;height:100%}#graph{width:100%;height:calc(100% - 40px)}</style></head><body>
<div id="bar"><select id="scope"></select><select id="depth"></select><select id="topic"></select>
<input type="checkbox" data-kind="note" checked><input type="checkbox" data-kind="concept" checked><input type="checkbox" data-kind="tag" checked><input id="search"></div>
<canvas id="graph"></canvas><div id="tooltip" hidden></div>
<script>window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push({ ...m, at: performance.now() }) });</script>
<script>${script}</script></body></html>`;
}

async function pageTimings(graph: NoteGraph): Promise<{ firstFrameMs: number; fps: number; settledMs: number | undefined }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(pageHtml(fs.readFileSync(path.join(repoRoot, 'dist', 'graph.js'), 'utf8')));
    await page.evaluate((g) => (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage({ type: 'graph', graph: g, topics: [] }, '*'), graph as unknown as Record<string, unknown>);
    await page.waitForFunction(() => (globalThis as unknown as { posted: Array<{ type: string }> }).posted.some((m) => m.type === 'rendered'), undefined, { timeout: 60_000 });
    await page.waitForFunction(() => (globalThis as unknown as { posted: Array<{ type: string }> }).posted.some((m) => m.type === 'settled'), undefined, { timeout: 20_000 }).catch(() => undefined);
    const posted = await page.evaluate(() => (globalThis as unknown as { posted: Array<Record<string, number | string>> }).posted);
    const rendered = posted.find((m) => m.type === 'rendered')!;
    const settled = posted.find((m) => m.type === 'settled');
    const fps = posted.filter((m) => m.type === 'fps').map((m) => Number(m.fps));
    return { firstFrameMs: Number(rendered.firstFrameMs), fps: fps.length ? fps.reduce((a, b) => a + b, 0) / fps.length : Number.NaN, settledMs: settled ? Number(settled.layoutMs) : undefined };
  } finally {
    await browser.close();
  }
}

/** What a page that lays out before drawing would block for: every tick of the same forces. */
function synchronousLayoutMs(graph: NoteGraph): number {
  type N = SimulationNodeDatum & { id: string };
  const nodes: N[] = graph.nodes.map((n) => ({ id: n.id }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to)).map((e) => ({ source: byId.get(e.from)!, target: byId.get(e.to)! }));
  const started = performance.now();
  const simulation = forceSimulation(nodes).force('link', forceLink(links).distance(40).strength(0.4))
    .force('charge', forceManyBody().strength(-40).theta(0.9).distanceMax(600)).force('center', forceCenter(0, 0)).stop();
  while (simulation.alpha() > simulation.alphaMin()) simulation.tick();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt === -1 ? undefined : args.splice(onlyAt, 2)[1];
  const corpus = args[0] ?? 'martins3';
  const root = path.join(corporaRoot, corpus);
  if (!fs.existsSync(root)) throw new Error(`No corpus ${corpus} in ${corporaRoot}`);
  const notes = markdownFiles(root);
  const client = await LspClient.start(root);
  try {
    const open = notes.slice(0, 20).map((f) => path.relative(root, f));
    for (const note of open) await client.open(note);
    let i = 0;
    const nextNote = () => client.uri(open[i++ % open.length]);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const row = (name: string, r: { cold: number; p50: number; p99: number }) =>
      console.log(`${name.padEnd(30)} ${ms(r.cold).padStart(9)} ${ms(r.p50).padStart(10)} ${ms(r.p99).padStart(10)}   ≤ 50 ms ${r.p99 <= 50 ? 'PASS' : 'MISS'}`);
    // The views ask for the note in the active editor: one of the open notes each time.
    const requests = {
      graphLocal: ['graph, open note (depth 2)', () => requestLatency(client, 'conceptNotes/graph', () => ({ uri: nextNote(), depth: 2 }))],
      graphWhole: ['graph, whole workspace', () => requestLatency(client, 'conceptNotes/graph', () => ({}))],
      gaps: ['gaps', () => requestLatency(client, 'conceptNotes/gaps', () => ({}))],
      backlinks: ['backlinks, open note', () => requestLatency(client, 'conceptNotes/backlinks', () => ({ uri: nextNote() }))],
      codeLens: ['code lens, open note', () => requestLatency(client, 'textDocument/codeLens', () => ({ textDocument: { uri: nextNote() } }))],
    } as const;
    if (only !== undefined && !(only in requests)) throw new Error(`--only takes one of ${Object.keys(requests).join(', ')}`);
    const chosen = Object.entries(requests).filter(([key]) => only === undefined || key === only);
    const graph = await client.request<NoteGraph>('conceptNotes/graph', {});
    console.log(`${corpus}: ${notes.length} notes; graph ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
    console.log('request                         cold        p50        p99   target p99');
    for (const [, [name, measure]] of chosen) row(name, await measure());
    if (only !== undefined) return;
    const page = await pageTimings(graph);
    console.log(`graph page (headless Chromium): first frame ${ms(page.firstFrameMs)}, ${page.fps.toFixed(0)} frames/s while laying out, settled after ${page.settledMs === undefined ? '> 20 s' : ms(page.settledMs)}`);
    const sync = synchronousLayoutMs(graph);
    console.log(`  peer: the same d3-force layout run to the end before a first frame: ${ms(sync)}; first frame ours/peer ${(page.firstFrameMs / sync).toFixed(2)}×`);
  } finally {
    await client.stop();
  }
}

main().catch((error) => { console.error(error instanceof Error ? error.message : error); process.exitCode = 1; });
