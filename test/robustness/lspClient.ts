// The LSP test client plus what robustness tests watch: the server's log lines and stderr.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, type StartOptions } from '../lsp/harness';

export interface WatchedServer { client: LspClient; logs: string[]; stderr: () => string; alive: () => boolean }

/** Starts the server on `root`, recording `window/logMessage` lines from the first one on. */
export async function startWatched(root: string, options: StartOptions & { indexTimeoutMs?: number } = {}): Promise<WatchedServer> {
  const client = LspClient.spawn(root, options);
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
  await client.initialize(options);
  await client.waitForIndex(options.indexTimeoutMs ?? 120_000);
  return {
    client, logs,
    stderr: () => (client as unknown as { stderr: string }).stderr,
    alive: () => client.process.exitCode === null && client.process.signalCode === null,
  };
}

/** Log lines the server writes when something escaped a handler. */
export function crashLines(logs: string[]): string[] {
  return logs.filter((l) => /Unhandled rejection|Unexpected error|Request .* failed/i.test(l));
}

export function tempFolder(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `concept-notes-${name}-`));
}
