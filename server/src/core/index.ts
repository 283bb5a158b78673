// The core's front door: createNoteService(workspace, parser, logger). Everything the
// LSP server and the CLI do goes through this facade; it knows nothing of either.
import * as l10n from '@vscode/l10n';
import type { IWorkspace, ILogger, CancellationToken, ProgressReporter } from './workspace';
import { neverCancelled } from './workspace';
import type { IMdParser } from './parse/parser';
import type { Note, Position, Range } from './model/types';
import { NoteIndex } from './index/noteIndex';
import { noteFromBytes, noteFromText, type LoadOptions, type ParseDepth } from './index/loadNote';
import { readConcurrently } from './index/readConcurrently';
import type { INoteCache } from './index/noteCache';
import { LinkResolver } from './links/linkResolver';
import { hover } from './features/hover';
import { definition, references } from './features/navigation';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { referenceLenses } from './features/codeLens';
import { backlinks, mentionsByConcept, type BacklinkOptions } from './features/backlinks';
import { linkMentionsEdit, type MentionToLink } from './features/linkMentionEdit';
import { documentLinks } from './features/documentLinks';
import { openItems, markTaskDoneEdit } from './features/openItems';
import { topicTree } from './features/topicTree';
import { mentionCounts } from './features/mentionCounts';
import { memoByVersion } from './index/memoByVersion';
import { isMarkdownUri } from './model/uris';
import { completion } from './features/completion';
import { prepareRename } from './features/prepareRename';
import { rename } from './features/rename';
import { renameNoteEdits } from './features/renameNote';
import { conceptTokens } from './features/semanticTokens';
import { createGapFinder, type GapOptions } from './features/gaps/knowledgeGaps';
import { glossaryStub } from './features/gaps/glossaryStub';
import { createGraphBuilder, type GraphRequest } from './features/graph';
import { defaultLexicon } from './encoding/defaultLexicon';
import { computeDiagnostics, externalLinksOf, type NoteCheck, type NoteDiagnostic } from './features/diagnostics';
import { ExternalResults } from './external/externalResults';
import type { ExternalLinkRef } from './external/collectLinks';
import type { PageVerdict } from './external/types';
import { DEFAULT_SETTINGS, type ConceptNotesSettings } from '../../../shared/protocol';
import { currentLocale } from './l10n/catalogue';
import { codeActionsFor, fixAllInFile, type FixContext, type FixDiagnostic, type QuickFix } from './fixes';
import { WorkspaceConfigCache, isConfigFileUri, rootOf } from './config/workspaceConfig';
import type { NoteService } from './noteService';

export type { IWorkspace, ILogger, CancellationToken, ProgressReporter } from './workspace';
export type { IMdParser } from './parse/parser';
export type { INoteCache, CachedNote } from './index/noteCache';
export { createRemarkParser } from './parse/parser';
export { InMemoryWorkspace } from './inMemoryWorkspace';
export type { NoteDiagnostic } from './features/diagnostics';
export { useLocale, currentLocale, normalizeLocale, localeFromEnvironment, type Locale } from './l10n/catalogue';
export type { Concept } from './concepts/registry';
export * from './model/types';

export interface NoteServiceOptions {
  settings?: Partial<ConceptNotesSettings>;
  extraChecks?: NoteCheck[];
  /** Parsed notes kept across restarts; without one every start parses every note. */
  cache?: INoteCache;
}

export type { NoteService, DeepReadonly, IndexResult } from './noteService';

const YIELD_EVERY = 16;
const APPLY_LOADED_EVERY_MS = 1000;
/** Files read at once during indexing: enough to keep the disk busy while we parse. */
const READ_AHEAD = 16;

export function createNoteService(workspace: IWorkspace, parser: IMdParser, logger: ILogger, options: NoteServiceOptions = {}): NoteService {
  let settings: Readonly<ConceptNotesSettings> = Object.freeze({ ...DEFAULT_SETTINGS, ...options.settings });
  const index = new NoteIndex(workspace.roots);
  /** `.concept-notes.json` per root, read once until one changes. */
  const configs = new WorkspaceConfigCache(workspace);
  const resolver = new LinkResolver(index, workspace, configs);
  resolver.setLinkStyle(settings.linkStyle);
  /** Notes whose text comes from an open editor, not from disk. */
  const openDocuments = new Set<string>();
  /** Workspace folders written with Obsidian, Foam or as a GitHub wiki (known before their notes are read). */
  let toolVaults = new Set<string>();
  const optionListsAreFields = (uri: string) => toolVaults.has(rootOf(workspace.roots, uri));
  const loadOptions = (): LoadOptions => ({ maxFullParseSize: settings.maxFileSize, todoMarkers: settings.todoMarkers, isGlossaryPath, optionListsAreFields, toolVaults: [...toolVaults].sort().join(' ') } as LoadOptions);
  const cache = options.cache;
  const knowledgeGaps = createGapFinder(defaultLexicon);
  const graph = createGraphBuilder(index, resolver);
  const external = new ExternalResults();
  let disposed = false;
  /** Shared by the Concepts view, the code lenses and the Backlinks view of one index version. */
  const cachedMentionCounts = memoByVersion(index, () => mentionCounts(index));
  const cachedMentionsByConcept = memoByVersion(index, () => mentionsByConcept(index));

  /** Forgets what is known about `uri` (everything when absent): file kinds, config files. */
  function invalidate(uri?: string): void {
    resolver.invalidate(uri);
    if (uri === undefined || isConfigFileUri(uri)) configs.forget();
  }

  function noteFromDiskBytes(uri: string, bytes: Uint8Array, depth: ParseDepth): { note: Note; cached: boolean } {
    const opts = loadOptions();
    const key = cache?.keyOf(uri, bytes, `${depth} ${optionsSignature(opts)}`);
    const cached = key === undefined ? undefined : cache!.get(key);
    const note = noteFromBytes(uri, bytes, parser, opts, depth, cached);
    if (key !== undefined && !cached) cache!.put(key, note);
    if (note.problem) logger.warn(`${uri}: ${note.problem}`);
    return { note, cached: !!cached };
  }

  async function loadFromDisk(uri: string): Promise<Note | undefined> {
    // A workspace may throw (EACCES) instead of answering undefined: the note is dropped, not the caller.
    const bytes = await workspace.readFile(uri).catch((error: unknown) => { logger.warn(l10n.t('Cannot read {uri}: {error}', { uri, error: error instanceof Error ? error.message : String(error) })); return undefined; });
    return bytes === undefined ? undefined : noteFromDiskBytes(uri, bytes, 'fast').note;
  }

  /**
   * Notes whose diagnostics may change when `uri` changes: itself, every note linking to
   * it (before and after the change: a title or file name may have moved), and when the
   * concept set changed, every note that defines a concept (conflicts are per concept).
   */
  function applyChange(uri: string, change: () => void): string[] {
    const before = index.get(uri);
    const generation = index.conceptGeneration;
    const out = index.links.linkersOf(uri, before?.title);
    change();
    for (const linker of index.links.linkersOf(uri, index.get(uri)?.title)) out.add(linker);
    out.add(uri);
    if (index.conceptGeneration !== generation) {
      for (const note of index.all()) if (note.definitions.length > 0 || before?.definitions.length) out.add(note.uri);
    }
    return [...out];
  }

  function dependentsOf(uri: string): string[] {
    return [uri, ...index.links.linkersOf(uri, index.get(uri)?.title)];
  }

  return Object.freeze({
    get settings() { return settings; },
    updateSettings(next: Partial<ConceptNotesSettings>) { settings = Object.freeze({ ...settings, ...next }); resolver.setLinkStyle(settings.linkStyle); },
    /** The link rules a note's folder follows (the setting, `.concept-notes.json`, else detected). */
    linkStyleOf: (uri: string) => resolver.styleOf(uri),
    get noteCount() { return index.size; },
    get version() { return index.version; },

    async indexWorkspace(progress?: ProgressReporter, token: CancellationToken = neverCancelled, depth: ParseDepth = 'fast') {
      if (disposed) return { notes: 0, failed: 0, fromCache: 0 };
      const uris = await workspace.listNotes();
      if (disposed || token.isCancellationRequested) return { notes: index.size, failed: 0, fromCache: 0 };
      const vaults = new Set<string>();
      for (const root of workspace.roots) if (await resolver.isToolVault(root)) vaults.add(root);
      toolVaults = vaults;
      const seen = new Set(uris);
      for (const uri of index.uris()) if (!seen.has(uri) && !openDocuments.has(uri)) index.delete(uri);
      let failed = 0;
      // Loaded notes join the index in batches: each change to the concept set makes the
      // next hover rebuild concepts and mentions, which must not happen once per file.
      const loaded: Note[] = [];
      let appliedAt = Date.now();
      const applyLoaded = () => {
        for (const note of loaded) if (!openDocuments.has(note.uri)) index.set(note);
        loaded.length = 0;
        appliedAt = Date.now();
      };
      let done = 0;
      let fromCache = 0;
      const wanted = uris.filter((uri) => !openDocuments.has(uri));
      const stopped = { get isCancellationRequested() { return disposed || token.isCancellationRequested; } };
      await readConcurrently(wanted, (uri) => workspace.readFile(uri), READ_AHEAD, stopped, async (uri, bytes, error) => {
        if (error !== undefined) {
          failed++;
          logger.error(l10n.t('Could not index {uri}: {error}', { uri, error: error instanceof Error ? error.message : String(error as unknown) }));
        } else if (bytes === undefined) {
          index.delete(uri);
          failed++;
        } else {
          try {
            const { note, cached } = noteFromDiskBytes(uri, bytes, depth);
            loaded.push(note);
            if (cached) fromCache++;
          } catch (e) {
            failed++;
            logger.error(l10n.t('Could not index {uri}: {error}', { uri, error: e instanceof Error ? e.message : String(e) }));
          }
        }
        if (Date.now() - appliedAt >= APPLY_LOADED_EVERY_MS) applyLoaded();
        progress?.report(++done, wanted.length);
        if (done % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      });
      if (disposed) return { notes: 0, failed, fromCache };
      applyLoaded();
      invalidate();
      return { notes: index.size, failed, fromCache };
    },

    async saveCache(token: CancellationToken = neverCancelled): Promise<void> {
      if (token.isCancellationRequested) return;
      try { await cache?.save(); } catch (error) { logger.warn(l10n.t('Could not save the index cache: {error}', { error: error instanceof Error ? error.message : String(error) })); }
    },

    setDocumentText(uri: string, text: string): string[] {
      if (disposed) return [];
      openDocuments.add(uri);
      const note = noteFromText(uri, text, parser, loadOptions(), 'fast');
      if (note.problem && note.problem !== index.get(uri)?.problem) logger.warn(`${uri}: ${note.problem}`);
      return applyChange(uri, () => index.set(note));
    },
    async closeDocument(uri: string, token: CancellationToken = neverCancelled): Promise<string[]> {
      openDocuments.delete(uri);
      return this.fileChanged(uri, token);
    },
    async fileChanged(uri: string, token: CancellationToken = neverCancelled): Promise<string[]> {
      invalidate(uri);
      if (disposed || openDocuments.has(uri)) return [];
      if (!isMarkdownUri(uri)) return dependentsOf(uri);
      // A file the globs leave out is no note, even when the watcher reports it.
      if (workspace.isNote && !workspace.isNote(uri)) return index.has(uri) ? applyChange(uri, () => index.delete(uri)) : dependentsOf(uri);
      const note = await loadFromDisk(uri);
      // The editor may have (re)opened the note while the file was being read: its text wins.
      // A cancelled call leaves the index as it was; the caller asks again.
      if (disposed || openDocuments.has(uri) || token.isCancellationRequested) return [];
      return applyChange(uri, () => { if (note) index.set(note); else index.delete(uri); });
    },
    fileDeleted(uri: string): string[] {
      invalidate(uri);
      if (disposed) return [];
      openDocuments.delete(uri);
      // Watchers report a deleted folder once, not each file in it: its notes go too (open ones stay).
      const folder = uri.replace(/\/$/, '') + '/';
      const gone = [uri, ...[...index.uris()].filter((u) => u.startsWith(folder) && !openDocuments.has(u))];
      return [...new Set(gone.flatMap((u) => applyChange(u, () => index.delete(u))))];
    },

    getNote: (uri: string) => { const note = index.get(uri); return note && structuredClone(note); },
    hasNote: (uri: string) => index.has(uri),
    noteUris: () => index.uris(),
    concepts: () => index.concepts(),
    concept: (name: string) => { const concept = index.concept(name); return concept && structuredClone(concept); },
    mentions: (uri: string) => index.mentions(uri),
    hover: (uri: string, pos: Position, token?: CancellationToken) => hover(index, resolver, uri, pos, settings.hoverMaxLength, token),
    definition: ((uri: string, pos: Position, token?: CancellationToken) => definition(index, resolver, uri, pos, token)) as NoteService['definition'],
    references: (uri: string, pos: Position, includeDeclaration = true, token?: CancellationToken) => references(index, resolver, uri, pos, includeDeclaration, token),
    completion: ((uri: string, pos: Position, token?: CancellationToken) => completion(index, resolver, uri, pos, token)) as NoteService['completion'],
    prepareRename: (async (uri: string, pos: Position, token: CancellationToken = neverCancelled) => {
      if (token.isCancellationRequested) return undefined;
      const result = await prepareRename(index, resolver, uri, pos);
      return token.isCancellationRequested ? undefined : result;
    }) as NoteService['prepareRename'],
    rename: (uri: string, pos: Position, newName: string, token?: CancellationToken) => rename(index, resolver, uri, pos, newName, token),
    /** Edits that keep every link to a note working once it is moved to `newUri` (`workspace/willRenameFiles`). */
    renameNote: (oldUri: string, newUri: string, token?: CancellationToken) => renameNoteEdits(index, resolver, oldUri, newUri, token),
    conceptTokens: (uri: string, range?: Range) => conceptTokens(index, uri, range),
    documentSymbols: (uri: string) => documentSymbols(index, uri),
    workspaceSymbols: (query: string) => workspaceSymbols(index, query),
    openItems: (markers?: readonly string[]) => openItems(index, markers),
    markTaskDoneEdit: (uri: string, line: number) => { const note = index.get(uri); return note ? markTaskDoneEdit(note, line) : undefined; },
    foldingRanges: (uri: string) => { const note = index.get(uri); return note ? foldingRanges(note) : []; },
    topicTree: () => topicTree(index),
    mentionCounts: cachedMentionCounts,
    referenceLenses: (uri: string, token: CancellationToken = neverCancelled) => referenceLenses(index, resolver, uri, cachedMentionCounts, token),
    backlinks: (uri: string, backlinkOptions: BacklinkOptions = {}, token: CancellationToken = neverCancelled) => backlinks(index, resolver, uri, cachedMentionsByConcept, backlinkOptions, token),
    linkMentionsEdit: (targetUri: string, mentions: readonly MentionToLink[]) => linkMentionsEdit(index, resolver, targetUri, mentions),
    documentLinks: (uri: string, token: CancellationToken = neverCancelled) => documentLinks(index, resolver, uri, token),
    knowledgeGaps: (gapOptions?: GapOptions, token?: CancellationToken) => knowledgeGaps(index, gapOptions, token),
    glossaryStub: (term: string, usedIn?: string) => glossaryStub(index, term, usedIn, isGlossaryNote),
    graph: (request?: GraphRequest, token?: CancellationToken) => graph(request, token),
    diagnostics: (async (uri: string, token?: CancellationToken): Promise<NoteDiagnostic[] | undefined> => {
      const note = index.get(uri);
      return note ? computeDiagnostics(note, index, resolver, configs, settings, options.extraChecks, external, token) : [];
    }) as NoteService['diagnostics'],
    async codeActions(uri: string, range: Range, diagnostics: readonly FixDiagnostic[], fixAllOnly: boolean, token: CancellationToken = neverCancelled): Promise<QuickFix[] | undefined> {
      const note = index.get(uri);
      if (!note) return [];
      const all = await computeDiagnostics(note, index, resolver, configs, settings, options.extraChecks, external, token);
      if (!all || token.isCancellationRequested) return undefined;
      const inFile: FixDiagnostic[] = all.map((d) => ({ code: d.code, range: d.range, data: d.data }));
      const context: FixContext = { note, getNote: (u) => index.get(u), noteUris: () => index.uris(), concept: (n) => index.concept(n), mentions: (u) => index.mentions(u) };
      if (fixAllOnly) return [...new Set(inFile.map((d) => d.code))].map((c) => fixAllInFile(c, inFile, context)).filter((f): f is QuickFix => !!f);
      return codeActionsFor(range, [...diagnostics], inFile, context);
    },
    async externalLinks(uris: readonly string[] = index.uris(), token: CancellationToken = neverCancelled): Promise<ExternalLinkRef[]> {
      const out: ExternalLinkRef[] = [];
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        const note = index.get(uri);
        if (note) out.push(...await externalLinksOf(note, resolver, configs, settings));
      }
      return out;
    },
    setExternalVerdicts(links: readonly ExternalLinkRef[], verdicts: ReadonlyMap<string, PageVerdict>, timeoutMs = settings.externalLinksTimeout): string[] {
      return external.update(links, verdicts, timeoutMs);
    },
    dependentsOf,

    dispose(): void {
      disposed = true;
      openDocuments.clear();
      for (const uri of index.uris()) index.delete(uri);
      invalidate();
    },
  });
}


/** What a cached parse depends on besides the note's URI and bytes. */
function optionsSignature(options: LoadOptions): string {
  // A note's `problem` is a message in the current language.
  return JSON.stringify([options.maxFullParseSize, options.todoMarkers ?? null, currentLocale(), (options as { toolVaults?: string }).toolVaults ?? '']);
}

function isGlossaryNote(note: Note): boolean {
  return isGlossaryPath(note.uri) || note.frontMatter?.type === 'glossary';
}

/** Glossary notes live under a `glossary/` folder (or say `type: glossary` in front matter). */
function isGlossaryPath(uri: string): boolean {
  return /\/glossary\//i.test(uri);
}
