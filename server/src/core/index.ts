// The core's front door: createNoteService(workspace, parser, logger). Everything the
// LSP server and the CLI do goes through this facade; it knows nothing of either.
import type { IWorkspace, ILogger, CancellationToken, ProgressReporter } from './workspace';
import { neverCancelled } from './workspace';
import type { IMdParser } from './parse/parser';
import type { Note, Position } from './model/types';
import { NoteIndex } from './index/noteIndex';
import { noteFromBytes, noteFromText, type LoadOptions } from './index/loadNote';
import { LinkResolver } from './links/linkResolver';
import { hover } from './features/hover';
import { definition, references } from './features/navigation';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { topicTree } from './features/topicTree';
import { computeDiagnostics, type NoteCheck, type NoteDiagnostic } from './features/diagnostics';
import { DEFAULT_SETTINGS, type ConceptNotesSettings } from '../../../shared/protocol';
import { resolveLinkTarget } from './links/resolve';

export type { IWorkspace, ILogger, CancellationToken, ProgressReporter } from './workspace';
export type { IMdParser } from './parse/parser';
export { createRemarkParser } from './parse/parser';
export { InMemoryWorkspace } from './inMemoryWorkspace';
export type { NoteDiagnostic } from './features/diagnostics';
export type { Concept } from './concepts/registry';
export * from './model/types';

export interface NoteServiceOptions {
  settings?: Partial<ConceptNotesSettings>;
  extraChecks?: NoteCheck[];
}

export type NoteService = ReturnType<typeof createNoteService>;

const YIELD_EVERY = 16;

export function createNoteService(workspace: IWorkspace, parser: IMdParser, logger: ILogger, options: NoteServiceOptions = {}) {
  let settings: ConceptNotesSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const index = new NoteIndex(workspace.roots);
  const resolver = new LinkResolver(index, workspace);
  /** Notes whose text comes from an open editor, not from disk. */
  const openDocuments = new Set<string>();
  const loadOptions = (): LoadOptions => ({ maxFullParseSize: settings.maxFileSize, todoMarkers: settings.todoMarkers, isGlossaryPath });

  async function loadFromDisk(uri: string): Promise<Note | undefined> {
    const bytes = await workspace.readFile(uri);
    if (bytes === undefined) return undefined;
    const note = noteFromBytes(uri, bytes, parser, loadOptions());
    if (note.problem) logger.warn(`${uri}: ${note.problem}`);
    return note;
  }

  /** URIs whose diagnostics may change when `uri` changes: itself and every note linking to it. */
  function dependentsOf(uri: string): string[] {
    const out = new Set([uri]);
    for (const note of index.all()) {
      for (const link of note.links) {
        if (!link.target || link.kind === 'autolink') continue;
        const t = resolveLinkTarget(link.target, note.uri, workspace.roots);
        if (t.kind === 'file' && t.candidates.includes(uri)) { out.add(note.uri); break; }
        if (link.kind === 'wiki') { out.add(note.uri); break; }
      }
      for (const def of note.referenceDefinitions) {
        const t = resolveLinkTarget(def.target, note.uri, workspace.roots);
        if (t.kind === 'file' && t.candidates.includes(uri)) { out.add(note.uri); break; }
      }
    }
    return [...out];
  }

  return Object.freeze({
    get settings() { return settings; },
    updateSettings(next: Partial<ConceptNotesSettings>) { settings = { ...settings, ...next }; },
    get noteCount() { return index.size; },
    get version() { return index.version; },

    /** Reads every note, yielding to the event loop so requests keep being answered. */
    async indexWorkspace(progress?: ProgressReporter, token: CancellationToken = neverCancelled): Promise<{ notes: number; failed: number }> {
      const uris = await workspace.listNotes();
      const seen = new Set(uris);
      for (const uri of index.uris()) if (!seen.has(uri) && !openDocuments.has(uri)) index.delete(uri);
      let failed = 0;
      for (let i = 0; i < uris.length; i++) {
        if (token.isCancellationRequested) break;
        const uri = uris[i];
        if (!openDocuments.has(uri)) {
          try {
            const note = await loadFromDisk(uri);
            if (note) index.set(note); else { index.delete(uri); failed++; }
          } catch (error) {
            failed++;
            logger.error(`Could not index ${uri}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        progress?.report(i + 1, uris.length);
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
      }
      resolver.invalidate();
      return { notes: index.size, failed };
    },

    /** An editor's text replaces the file's until the document is closed. Returns URIs to re-check. */
    setDocumentText(uri: string, text: string): string[] {
      openDocuments.add(uri);
      index.set(noteFromText(uri, text, parser, loadOptions()));
      return dependentsOf(uri);
    },
    async closeDocument(uri: string): Promise<string[]> {
      openDocuments.delete(uri);
      return this.fileChanged(uri);
    },
    /** A file was created or changed on disk. */
    async fileChanged(uri: string): Promise<string[]> {
      resolver.invalidate(uri);
      if (openDocuments.has(uri)) return [];
      if (!isMarkdown(uri)) return dependentsOf(uri);
      const note = await loadFromDisk(uri);
      if (note) index.set(note); else index.delete(uri);
      return dependentsOf(uri);
    },
    fileDeleted(uri: string): string[] {
      resolver.invalidate(uri);
      openDocuments.delete(uri);
      index.delete(uri);
      return dependentsOf(uri);
    },

    getNote: (uri: string) => index.get(uri),
    noteUris: () => index.uris(),
    concepts: () => index.concepts(),
    concept: (name: string) => index.concept(name),
    mentions: (uri: string) => index.mentions(uri),
    hover: (uri: string, pos: Position) => hover(index, resolver, uri, pos, settings.hoverMaxLength),
    definition: (uri: string, pos: Position) => definition(index, resolver, uri, pos),
    references: (uri: string, pos: Position, includeDeclaration = true) => references(index, resolver, uri, pos, includeDeclaration),
    documentSymbols: (uri: string) => documentSymbols(index, uri),
    workspaceSymbols: (query: string) => workspaceSymbols(index, query),
    topicTree: () => topicTree(index),
    async diagnostics(uri: string): Promise<NoteDiagnostic[]> {
      const note = index.get(uri);
      return note ? computeDiagnostics(note, index, resolver, settings, options.extraChecks) : [];
    },
    dependentsOf,
  });
}

function isMarkdown(uri: string): boolean {
  return /\.(md|markdown)$/i.test(uri);
}

/** Glossary notes live under a `glossary/` folder (or say `type: glossary` in front matter). */
function isGlossaryPath(uri: string): boolean {
  return /\/glossary\//i.test(uri);
}
