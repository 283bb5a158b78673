// Our language server as an editor sees it: `node dist/server.js --stdio` in its own
// process, one workspace folder, `initializationOptions.cacheDir` for its index cache.
// Records every pushed diagnostic and index notification with the time it arrived.
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, WorkDoneProgress,
  type Diagnostic, type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot, fileKey } from './corpus';
import { spawnTracked, peakRssMB } from './processes';
import { ScenarioTimeout } from './stats';

export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export interface Published { at: number; seq: number; diagnostics: Diagnostic[] }
export interface IndexEvent { at: number; seq: number; indexing: boolean }

export class OurServer {
  /** When the process was spawned (performance.now()). */
  readonly spawnedAt: number;
  /** Latest diagnostics per note (keyed by file path). */
  readonly latest = new Map<string, Published>();
  readonly publishLog: Array<{ key: string; at: number; seq: number }> = [];
  readonly indexEvents: IndexEvent[] = [];
  initializeResult: { capabilities?: Record<string, unknown> } | undefined;
  private seq = 0;
  private stderr = '';
  private exitInfo: string | undefined;
  private readonly process: ChildProcess;
  private readonly connection: MessageConnection;

  constructor(readonly folder: string, readonly cacheDir: string | undefined) {
    if (!fs.existsSync(serverPath)) throw new Error(`${path.relative(repoRoot, serverPath)} is missing: run \`npm run build\` first.`);
    this.spawnedAt = performance.now();
    this.process = spawnTracked(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => { this.stderr = (this.stderr + String(d)).slice(-4000); });
    this.process.once('exit', (code, signal) => { this.exitInfo = `exit code ${code}${signal ? `, signal ${signal}` : ''}`; });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest((method, params) => {
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => null);
      if (method === 'window/workDoneProgress/create') {
        this.connection.onProgress(WorkDoneProgress.type, (params as { token: string | number }).token, () => {});
      }
      return null;
    });
    this.connection.onNotification((method, params) => {
      const at = performance.now();
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as { uri: string; diagnostics: Diagnostic[] };
        const entry = { at, seq: ++this.seq, diagnostics: p.diagnostics };
        const key = fileKey(p.uri);
        this.latest.set(key, entry);
        this.publishLog.push({ key, at, seq: entry.seq });
      } else if (method === 'conceptNotes/indexChanged') {
        this.indexEvents.push({ at, seq: ++this.seq, indexing: !!(params as { indexing?: boolean }).indexing });
      }
    });
    this.connection.onError(() => {}); // a dying server is reported by waitFor
    this.connection.listen();
  }

  get pid(): number | undefined { return this.process.pid; }

  /** A sequence number: everything recorded after this call has a larger one. */
  mark(): number { return this.seq; }

  async initialize(): Promise<void> {
    const rootUri = URI.file(this.folder).toString();
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(this.folder) }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, semanticTokens: { refreshSupport: true } },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, synchronization: { didSave: true } },
      },
      initializationOptions: this.cacheDir ? { cacheDir: this.cacheDir } : {},
    });
    await this.connection.sendNotification('initialized', {});
  }

  notify(method: string, params: unknown): Promise<void> { return this.connection.sendNotification(method, params); }
  request<R>(method: string, params: unknown): Promise<R> { return this.connection.sendRequest(method, params) as Promise<R>; }

  /** Polls `probe` until it returns a value; fails at the deadline or when the server dies. */
  async waitFor<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (this.exitInfo) throw new Error(`The server exited (${this.exitInfo}) while waiting for ${what}.${this.stderrTail()}`);
      if (performance.now() > deadline) throw new ScenarioTimeout(what, timeoutMs, this.stderrTail());
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Time of the last first-publish once every note in `keys` got diagnostics after `since`. */
  waitForAllPublished(keys: Iterable<string>, since: number, what: string, timeoutMs: number): Promise<number> {
    const missing = new Set(keys);
    let cursor = 0;
    let last = 0;
    return this.waitFor(what, () => {
      for (; cursor < this.publishLog.length; cursor++) {
        const p = this.publishLog[cursor];
        if (p.seq > since && missing.delete(p.key)) last = p.at;
      }
      return missing.size === 0 ? last : undefined;
    }, timeoutMs).catch((error: Error) => {
      error.message += `\n${missing.size} notes still without diagnostics, e.g. ${[...missing].slice(0, 3).join(', ')}`;
      throw error;
    });
  }

  /**
   * Indexing finished after `since` (indexChanged with indexing: false) and nothing arrived
   * for `quietMs`. Returns when the last notification before that quiet period arrived.
   */
  async settle(since: number, timeoutMs: number, quietMs = 1000): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    await this.waitFor('the server to report the index done (conceptNotes/indexChanged { indexing: false })',
      () => (this.indexEvents.some((e) => e.seq > since && !e.indexing) ? true : undefined), timeoutMs);
    return this.waitFor(`${quietMs} ms without diagnostics`, () => {
      const last = Math.max(this.publishLog.at(-1)?.at ?? 0, this.indexEvents.at(-1)?.at ?? 0);
      return performance.now() - last >= quietMs ? last : undefined;
    }, Math.max(quietMs * 2, deadline - performance.now()));
  }

  /** Diagnostic counts over `keys`, from the latest push of each. */
  counts(keys: Iterable<string>): { diagnostics: number; linkDiagnostics: number } {
    let diagnostics = 0, linkDiagnostics = 0;
    for (const key of keys) {
      for (const d of this.latest.get(key)?.diagnostics ?? []) {
        diagnostics++;
        if (String(d.code ?? '').startsWith('link.')) linkDiagnostics++;
      }
    }
    return { diagnostics, linkDiagnostics };
  }

  peakRssMB(): number | undefined { return peakRssMB(this.process.pid); }

  /**
   * shutdown + exit as an editor would (the server may write its cache on the way); killed
   * if it lingers. Returns its peak RSS, read after shutdown, just before it exits.
   */
  async stop(): Promise<number | undefined> {
    let rssMB: number | undefined;
    if (!this.exitInfo) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 10_000))]);
        rssMB = this.peakRssMB();
        await this.connection.sendNotification('exit');
      } catch { /* already gone */ }
      await this.waitFor('the server to exit', () => (this.exitInfo ? true : undefined), 5000).catch(() => {});
    }
    this.connection.dispose();
    if (!this.exitInfo) this.process.kill('SIGKILL');
    return rssMB;
  }

  kill(): void {
    this.connection.dispose();
    if (!this.exitInfo) this.process.kill('SIGKILL');
  }

  uri(file: string): string { return URI.file(file).toString(); }

  private stderrTail(): string {
    return this.stderr.trim() ? `\nserver stderr (tail):\n${this.stderr.trim().slice(-1500)}` : '';
  }
}
