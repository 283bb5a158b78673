// vscode-markdown-languageservice (the engine of VS Code's own Markdown support) driven on
// a folder of notes, the way VS Code drives it: every note held in memory, markdown-it as
// the parser, every link check on. Shared by the link comparison and the benchmark.
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Emitter } from 'vscode-jsonrpc';
import MarkdownIt from 'markdown-it';

export interface PeerDiagnostic {
  line: number;
  character: number;
  code: string;
  message: string;
}

export interface Peer {
  /** Every note, keyed by its `file:` URI. */
  readonly docs: Map<string, TextDocument>;
  diagnostics(uri: string): Promise<PeerDiagnostic[]>;
  /** Replaces a note's text in memory and tells the service, as an editor's didChange would. */
  update(uri: string, text: string): void;
  dispose(): void;
}

/** VS Code's Markdown engine hides front matter with a markdown-it plugin; blanking it keeps line numbers. */
export function blankFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].replace(/[^\r\n]/g, ' ') + text.slice(m[0].length) : text;
}

/** Reads every file of `files` and creates the language service on `folder`. */
export async function createPeer(folder: string, files: string[]): Promise<Peer> {
  // The package is ESM only; a dynamic import works from both CommonJS and ESM callers.
  const md = await import('vscode-markdown-languageservice');
  const engine = new MarkdownIt({ html: true, linkify: true });
  const docs = new Map<string, TextDocument>();
  for (const f of files) {
    const uri = URI.file(f).toString();
    docs.set(uri, TextDocument.create(uri, 'markdown', 1, fs.readFileSync(f, 'utf8')));
  }
  const never = new Emitter<never>().event;
  const changed = new Emitter<TextDocument>();
  const workspace = {
    get workspaceFolders() { return [URI.file(folder)]; },
    onDidChangeMarkdownDocument: changed.event, onDidCreateMarkdownDocument: never, onDidDeleteMarkdownDocument: never,
    async getAllMarkdownDocuments() { return docs.values(); },
    hasMarkdownDocument: (r: URI) => docs.has(r.toString()),
    async openMarkdownDocument(r: URI) { return docs.get(r.toString()); },
    async stat(r: URI) {
      try { return { isDirectory: fs.statSync(r.fsPath).isDirectory() }; } catch { return undefined; }
    },
    async readDirectory(r: URI) {
      return fs.readdirSync(r.fsPath, { withFileTypes: true }).map((e) => [e.name, { isDirectory: e.isDirectory() }] as const);
    },
  };
  const parser = { slugifier: md.githubSlugifier, async tokenize(doc: { getText(): string }) { return engine.parse(blankFrontMatter(doc.getText()), {}); } };
  const logger = { level: md.LogLevel.Off, log: () => {} };
  const service = md.createLanguageService({ workspace: workspace as never, parser: parser as never, logger, markdownFileExtensions: ['md', 'markdown'] });
  const options = {
    validateReferences: md.DiagnosticLevel.error, validateFragmentLinks: md.DiagnosticLevel.error, validateFileLinks: md.DiagnosticLevel.error,
    validateMarkdownFileLinkFragments: md.DiagnosticLevel.error, validateUnusedLinkDefinitions: md.DiagnosticLevel.warning,
    validateDuplicateLinkDefinitions: md.DiagnosticLevel.warning, ignoreLinks: [],
  };
  const token = { isCancellationRequested: false, onCancellationRequested: never };
  return {
    docs,
    async diagnostics(uri) {
      const doc = docs.get(uri);
      if (!doc) throw new Error(`The peer has no note ${uri}`);
      return (await service.computeDiagnostics(doc, options, token as never)).map((d) => ({
        line: d.range.start.line, character: d.range.start.character, code: String(d.code),
        message: typeof d.message === 'string' ? d.message : (d.message as { value: string }).value,
      }));
    },
    update(uri, text) {
      const old = docs.get(uri);
      if (!old) throw new Error(`The peer has no note ${uri}`);
      const next = TextDocument.create(uri, 'markdown', old.version + 1, text);
      docs.set(uri, next);
      changed.fire(next);
    },
    dispose() { service.dispose(); },
  };
}
