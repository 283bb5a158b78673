// Hover and go-to-definition latency of our server on concept mentions (found through its
// own semantic tokens) in open notes: idle, then during a full re-index (every note
// reported changed on disk, as after a `git pull`), sampled until the re-index is done.
// Runs on an already started and settled server.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Position, SemanticTokens } from 'vscode-languageserver-protocol';
import type { OurServer } from './ourServer';
import { lcg, percentile, round, withTimeout, ScenarioTimeout } from './stats';

const NOTES_WITH_MENTIONS = 20;
const MAX_NOTES_OPENED = 80;
const IDLE_REQUESTS = 300;
/** One request stuck this long means the server hangs; the scenario fails instead of waiting forever. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface Latency { requests: number; answered: number; p50?: number; p99?: number; max?: number }
export interface HoverResult {
  openNotes: number;
  targets: number;
  idle: { hover: Latency; definition: Latency };
  reindex: { hover: Latency; definition: Latency; seconds?: number };
}

interface Target { uri: string; position: Position }
interface Sample { ms: number; answered: boolean }

function summarize(samples: Sample[]): Latency {
  const ms = samples.map((s) => s.ms);
  return { requests: samples.length, answered: samples.filter((s) => s.answered).length, p50: round(percentile(ms, 50), 2), p99: round(percentile(ms, 99), 2), max: round(percentile(ms, 100), 2) };
}

async function timed(server: OurServer, method: string, t: Target): Promise<Sample> {
  const started = performance.now();
  // One character into the mention, as a mouse would rest on it.
  const params = { textDocument: { uri: t.uri }, position: { line: t.position.line, character: t.position.character + 1 } };
  const result = await withTimeout(server.request<unknown>(method, params), REQUEST_TIMEOUT_MS, `an answer to ${method}`);
  return { ms: performance.now() - started, answered: result !== null && !(Array.isArray(result) && result.length === 0) };
}

function mentionType(server: OurServer): number {
  const provider = server.initializeResult?.capabilities?.semanticTokensProvider as { legend?: { tokenTypes?: string[] } } | undefined;
  const index = provider?.legend?.tokenTypes?.indexOf('conceptMention') ?? -1;
  if (index < 0) throw new Error('The server announces no `conceptMention` semantic token type.');
  return index;
}

/** Opens notes spread over the corpus until enough of them mention concepts. */
async function openNotesWithMentions(server: OurServer, files: string[]): Promise<{ opened: number; targets: Target[] }> {
  const type = mentionType(server);
  const step = Math.max(1, Math.floor(files.length / MAX_NOTES_OPENED));
  const order = [...files.filter((_, i) => i % step === 0), ...files.filter((_, i) => i % step !== 0)].slice(0, MAX_NOTES_OPENED);
  const mentions: Target[][] = [];
  let opened = 0;
  for (const file of order) {
    if (mentions.length >= NOTES_WITH_MENTIONS) break;
    const uri = server.uri(file);
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8') } });
    opened++;
    const tokens = await withTimeout(server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }), REQUEST_TIMEOUT_MS, 'semantic tokens');
    const found: Target[] = [];
    let line = 0, character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      line += tokens.data[i];
      if (tokens.data[i + 3] === type) found.push({ uri, position: { line, character } });
    }
    if (found.length > 0) mentions.push(found);
  }
  const all = mentions.flat();
  const random = lcg(42);
  const targets = all.length === 0 ? [] : Array.from({ length: Math.min(IDLE_REQUESTS, all.length) }, () => all[Math.floor(random() * all.length)]);
  return { opened, targets };
}

/** Runs on a server whose start has settled; it is left running (the caller stops it). */
export async function oursHover(server: OurServer, files: string[], timeoutMs: number): Promise<HoverResult> {
  const { opened, targets } = await openNotesWithMentions(server, files);
  if (targets.length === 0) throw new Error(`No concept mentions in ${opened} opened notes: nothing to hover.`);
  // Opening notes may re-check them; wait until that is over.
  await server.waitFor('quiet after opening notes', () => (performance.now() - Math.max(server.publishLog.at(-1)?.at ?? 0, server.indexEvents.at(-1)?.at ?? 0) >= 1000 ? true : undefined), timeoutMs);
  for (let i = 0; i < 30; i++) { await timed(server, 'textDocument/hover', targets[i % targets.length]); await timed(server, 'textDocument/definition', targets[i % targets.length]); }

  const idleHover: Sample[] = [], idleDefinition: Sample[] = [];
  for (let i = 0; i < IDLE_REQUESTS; i++) idleHover.push(await timed(server, 'textDocument/hover', targets[i % targets.length]));
  for (let i = 0; i < IDLE_REQUESTS; i++) idleDefinition.push(await timed(server, 'textDocument/definition', targets[i % targets.length]));

  const mark = server.mark();
  const started = performance.now();
  await server.notify('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: server.uri(f), type: 2 })) });
  const done = () => server.indexEvents.some((e) => e.seq > mark && !e.indexing);
  const reHover: Sample[] = [], reDefinition: Sample[] = [];
  for (let i = 0; !done(); i++) {
    if (performance.now() - started > timeoutMs) throw new ScenarioTimeout('the re-index to finish (conceptNotes/indexChanged { indexing: false })', timeoutMs);
    const t = targets[i % targets.length];
    reHover.push(await timed(server, 'textDocument/hover', t));
    reDefinition.push(await timed(server, 'textDocument/definition', t));
  }
  const seconds = round((server.indexEvents.find((e) => e.seq > mark && !e.indexing)!.at - started) / 1000, 2);
  return {
    openNotes: opened, targets: targets.length,
    idle: { hover: summarize(idleHover), definition: summarize(idleDefinition) },
    reindex: { hover: summarize(reHover), definition: summarize(reDefinition), seconds },
  };
}
