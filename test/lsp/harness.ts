// A minimal LSP client for tests and benchmarks: spawns `node dist/server.js --stdio`,
// answers the server's own requests, records what it pushes, and offers helpers to find
// positions in fixture files and to wait for conditions with a deadline.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, WorkDoneProgress,
  type ClientCapabilities, type Diagnostic, type Position, type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type { IndexChangedParams } from '../../shared/protocol';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');
export const fixturesRoot = path.join(repoRoot, 'test', 'fixtures', 'lsp');

/** What a modern editor announces; tests that need an older client pass their own. */
export const fullCapabilities: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } },
    semanticTokens: { refreshSupport: true },
    workspaceFolders: true,
  },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    rename: { prepareSupport: true },
    completion: { completionItem: { snippetSupport: false } },
    synchronization: { didSave: true },
  },
};

export interface ProgressEvent { token: string | number; kind: string; message?: string; percentage?: number }

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** `conceptNotes` settings returned for `workspace/configuration` (and sent as initializationOptions unless those are given). */
  settings?: Record<string, unknown>;
  /**
   * `initialize`'s initializationOptions when they should differ from the configuration
   * answer, as when a client leaves a key out of one of them.
   */
  initializationOptions?: Record<string, unknown>;
  /** Extra `node` flags for the server process, e.g. `--cpu-prof` when profiling a benchmark. */
  nodeArgs?: string[];
  /** `initialize`'s `locale` (the editor's display language); none by default. */
  locale?: string;
}

let rawRequests = 0;

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every `publishDiagnostics`, in arrival order. */
  readonly diagnosticLog: Array<{ uri: string; count: number }> = [];
  readonly progress: ProgressEvent[] = [];
  readonly indexChanged: IndexChangedParams[] = [];
  readonly serverRequests: string[] = [];
  /** `window/logMessage` texts, in arrival order. */
  readonly logMessages: string[] = [];
  /** What the server answered to `initialize`. */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;
  private readonly texts = new Map<string, string>();
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(readonly root: string, readonly process: ChildProcess, readonly connection: MessageConnection) {}

  /** Starts the server on `root` (a folder), initializes it and waits until the first index is done. */
  static async start(root: string, options: StartOptions = {}): Promise<LspClient> {
    const client = LspClient.spawn(root, options);
    await client.initialize(options);
    await client.waitForIndex();
    return client;
  }

  /** Starts the server without waiting for anything (the benchmark measures the index itself). */
  static spawn(root: string, options: StartOptions = {}): LspClient {
    if (!fs.existsSync(serverPath)) throw new Error(`${path.relative(repoRoot, serverPath)} is missing: run \`npm run build\` first.`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(root, child, connection);
    child.stderr!.on('data', (d) => { client.stderr += String(d); });
    connection.onRequest((method, params) => {
      client.serverRequests.push(method);
      if (method === 'workspace/configuration') {
        const items = (params as { items: Array<{ section?: string }> }).items;
        return items.map(() => options.settings ?? null);
      }
      if (method === 'window/workDoneProgress/create') {
        // `$/progress` is routed by token, so each token needs its own listener.
        const token = (params as { token: string | number }).token;
        connection.onProgress(WorkDoneProgress.type, token, (value) => { client.progress.push({ token, ...value }); });
      }
      return null; // client/registerCapability, …/refresh
    });
    connection.onNotification((method, params) => {
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as { uri: string; diagnostics: Diagnostic[] };
        client.diagnostics.set(p.uri, p.diagnostics);
        client.diagnosticLog.push({ uri: p.uri, count: p.diagnostics.length });
      } else if (method === 'window/logMessage') {
        client.logMessages.push((params as { message: string }).message);
      } else if (method === 'conceptNotes/indexChanged') {
        client.indexChanged.push(params as LspClient['indexChanged'][number]);
      }
    });
    connection.listen();
    return client;
  }

  async initialize(options: StartOptions = {}): Promise<unknown> {
    const rootUri = URI.file(this.root).toString();
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(this.root) }],
      capabilities: options.capabilities ?? fullCapabilities,
      initializationOptions: options.initializationOptions ?? options.settings,
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });
    this.initializeResult = result as LspClient['initializeResult'];
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves once the server reports an index that is not running. */
  waitForIndex(timeoutMs = 60_000): Promise<void> {
    const seen = this.indexChanged.length;
    return this.waitFor('the workspace index', () => this.indexChanged.slice(seen).some((e) => !e.indexing) || undefined, timeoutMs).then(() => undefined);
  }

  uri(relative: string): string {
    return URI.file(path.join(this.root, relative)).toString();
  }

  /** Text of a note as the server last saw it from us, or else from disk. */
  text(relative: string): string {
    return this.texts.get(this.uri(relative)) ?? fs.readFileSync(path.join(this.root, relative), 'utf8');
  }

  /** The position of `needle` (its `at`-th occurrence) plus `offset` characters. */
  position(relative: string, needle: string, offset = 0, at = 0): Position {
    return positionIn(this.text(relative), needle, offset, at);
  }

  async open(relative: string, text = this.text(relative)): Promise<string> {
    const uri = this.uri(relative);
    this.texts.set(uri, text);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  async change(relative: string, text: string): Promise<void> {
    const uri = this.uri(relative);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(relative: string): Promise<void> {
    const uri = this.uri(relative);
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * Sends `method` and its `$/cancelRequest` in one write, so the server reads both before it
   * starts the request: the handler runs with a token already cancelled. Resolves with the
   * raw response (`result` or `error`), read from the server's output beside the connection.
   */
  requestCancelledOnArrival(method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const id = `cancelled-${++rawRequests}`;
    const frame = (message: unknown) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message as object }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    };
    return new Promise((resolve) => {
      let seen = '';
      const onData = (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        const at = seen.indexOf(`"id":"${id}"`);
        if (at === -1) return;
        // The response is the JSON object around the id: from its frame's body start to its end.
        const start = seen.lastIndexOf('\r\n\r\n', at) + 4;
        const next = seen.indexOf('Content-Length:', at);
        const body = next === -1 ? seen.slice(start) : seen.slice(start, next);
        try {
          const message = JSON.parse(body) as { result?: unknown; error?: { code: number; message: string } };
          this.process.stdout!.off('data', onData);
          resolve(message);
        } catch { /* the rest of the body has not arrived yet */ }
      };
      this.process.stdout!.on('data', onData);
      this.process.stdin!.write(Buffer.concat([frame({ id, method, params }), frame({ method: '$/cancelRequest', params: { id } })]));
    });
  }

  at(relative: string, position: Position) {
    return { textDocument: { uri: this.uri(relative) }, position };
  }

  /** Polls `probe` until it returns something other than undefined, or fails after the deadline. */
  async waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch { /* the server may already be gone */ }
    // Give the server a moment to exit by itself (it may be writing a profile), then make sure.
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) resolve(); else this.process.once('exit', () => resolve());
    });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }
}

/** Position of `needle` in `text`; CJK and emoji count in UTF-16 units, as LSP wants. */
export function positionIn(text: string, needle: string, offset = 0, at = 0): Position {
  let index = -1;
  for (let i = 0; i <= at; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`"${needle}" (occurrence ${at}) is not in the text`);
  }
  return positionAt(text, index + offset);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}

/** Inline fixture with a `|` cursor: the text without it, and where it was. */
export function withCursor(source: string): { text: string; position: Position } {
  const at = source.indexOf('|');
  if (at === -1) throw new Error('The inline fixture has no | cursor');
  const text = source.slice(0, at) + source.slice(at + 1);
  return { text, position: positionAt(text, at) };
}

/** A throw-away copy of a fixture folder, for tests that write files. */
export function copyFixture(name: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `concept-notes-${name}-`));
  fs.cpSync(path.join(fixturesRoot, name), target, { recursive: true });
  return target;
}

export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}
