// Shared helpers of the in-editor suite: activating the extension, finding words in
// documents, and polling a condition with a deadline (the server answers
// asynchronously; tests never sleep a fixed time).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'concept-notes.concept-notes';

/** What the extension's activate() returns; only the parts the tests use. */
export interface ConceptNotesApi {
  /** Resolves once the language server has finished its first index. */
  ready: Promise<void>;
  topics: vscode.TreeDataProvider<unknown>;
  /** The status bar item's current text. */
  statusText(): string;
  /** The Concepts view's data. */
  concepts: vscode.TreeDataProvider<unknown> & { readonly order: 'alphabetical' | 'byTopic' };
  topicsView: vscode.TreeView<unknown>;
  conceptsView: vscode.TreeView<unknown>;
  /** The Knowledge Gaps view's data. */
  gaps: vscode.TreeDataProvider<unknown>;
  /** The Open Questions view's data and view (its badge counts the rows). */
  openItems: vscode.TreeDataProvider<unknown>;
  openItemsView: vscode.TreeView<unknown>;
  /** The graph view: what its page last reported, and its message handler. */
  graph: { report?: { nodes: number; edges: number; firstFrameMs: number; fps: number[] }; handleMessage(message: unknown): Promise<void> };
  /** Process id of the running language server. */
  serverProcessId(): number | undefined;
}

let api: Promise<ConceptNotesApi> | undefined;

export function activateExtension(): Promise<ConceptNotesApi> {
  api ??= (async () => {
    const extension = vscode.extensions.getExtension<ConceptNotesApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in this editor`);
    const exports = await extension.activate();
    assert.ok(exports && typeof exports.ready?.then === 'function', 'activate() must return { ready, topics }');
    await withDeadline(exports.ready, 30_000, 'the language server finishing its first index');
    return exports;
  })();
  return api;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the editor has no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openNote(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Position of `word` inside the first occurrence of `context` (a phrase unique in the
 * document), one character into the word so it is unambiguously "on" it.
 */
export function positionOf(document: vscode.TextDocument, context: string, word: string): vscode.Position {
  const text = document.getText();
  const contextOffset = text.indexOf(context);
  assert.ok(contextOffset >= 0, `"${context}" not found in ${document.uri.path}`);
  const wordOffset = context.indexOf(word);
  assert.ok(wordOffset >= 0, `"${word}" is not part of "${context}"`);
  return document.positionAt(contextOffset + wordOffset + 1);
}

/** 0-based number of the first line that contains `needle`. */
export function lineContaining(document: vscode.TextDocument, needle: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(needle)) return line;
  }
  assert.fail(`no line of ${document.uri.path} contains "${needle}"`);
}

/**
 * Calls `probe` until `accept` holds for its value or the deadline passes; returns the
 * accepted value, or fails with the last value seen so the message shows what was wrong.
 */
/**
 * Runs a command that shows a QuickPick and accepts its active row (like Enter) until the
 * command settles; resolves with the command's result.
 */
export async function runAcceptingActivePick<T>(command: string): Promise<T> {
  let settled = false;
  const running = Promise.resolve(vscode.commands.executeCommand<T>(command)).finally(() => { settled = true; });
  await pollUntil(`${command} to accept the active row`, async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return settled;
  }, (done) => done);
  return running;
}

export async function pollUntil<T>(
  what: string,
  probe: () => Thenable<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const seen = lastError !== undefined ? `error: ${String(lastError)}` : JSON.stringify(last, null, 1)?.slice(0, 2000);
  assert.fail(`${what}: condition not met within ${timeoutMs / 1000} s; last seen: ${seen}`);
}

async function withDeadline<T>(promise: Thenable<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(promise), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const hover of hovers ?? []) {
    for (const content of hover.contents) {
      if (typeof content === 'string') parts.push(content);
      else parts.push(content.value);
    }
  }
  return parts.join('\n');
}

export interface PlainLocation { uri: vscode.Uri; range: vscode.Range }

/** Definition providers may answer with Location or LocationLink; tests need neither distinction. */
export function plainLocations(results: ReadonlyArray<vscode.Location | vscode.LocationLink> | undefined): PlainLocation[] {
  return (results ?? []).map((result) =>
    'targetUri' in result
      ? { uri: result.targetUri, range: result.targetSelectionRange ?? result.targetRange }
      : { uri: result.uri, range: result.range },
  );
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function sameFile(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.path === b.path;
}

/** A tree row: the provider's node and the TreeItem VS Code would draw for it. */
export interface TreeRow { node: unknown; item: vscode.TreeItem; label: string }

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

export async function rowsOf(provider: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<TreeRow[]> {
  const nodes = (await provider.getChildren(parent)) ?? [];
  return Promise.all(nodes.map(async (node) => {
    const item = await provider.getTreeItem(node);
    return { node, item, label: labelOf(item) };
  }));
}

/** Every row of a tree, depth-first (the trees here are a few hundred rows at most). */
export async function allRowsOf(provider: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<TreeRow[]> {
  const rows: TreeRow[] = [];
  for (const row of await rowsOf(provider, parent)) {
    rows.push(row, ...(await allRowsOf(provider, row.node)));
  }
  return rows;
}

/** The file a tree row opens (its `vscode.open` command's first argument). */
export function openedUri(item: vscode.TreeItem): vscode.Uri | undefined {
  const target = item.command?.command === 'vscode.open' ? item.command.arguments?.[0] : undefined;
  return target instanceof vscode.Uri ? target : undefined;
}

/**
 * A note the tests of one `describe` write into the workspace before they run and delete
 * afterwards (its folder too, when it has one of its own). `open` shows it in an editor, so
 * the server has its text at once instead of waiting for file watching.
 */
export function scratchNote(relativePath: string, text: string, options: { open?: boolean } = {}): vscode.Uri {
  const uri = workspaceUri(relativePath);
  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    if (options.open) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  });
  after(async () => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document?.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const ownFolder = relativePath.includes('/') ? vscode.Uri.joinPath(uri, '..') : uri;
    await vscode.workspace.fs.delete(ownFolder, { recursive: true, useTrash: false });
  });
  return uri;
}
