// The note service as an explicit interface: what the LSP server, the CLI and the tests may
// call. Every async method takes a cancellation token (checked between steps; a cancelled
// call answers `undefined`, or what it had, and the caller decides what that means), nothing
// handed out is the index's own mutable state, and `dispose()` lets go of everything.
import type { CancellationToken, ProgressReporter } from './workspace';
import type { Location, Note, Position, Range } from './model/types';
import type { ParseDepth } from './index/loadNote';
import type { Concept } from './concepts/registry';
import type { Mention } from './concepts/mentions';
import type { HoverResult } from './features/hover';
import type { NoteCompletion } from './features/completion';
import type { PrepareRenameResult } from './features/prepareRename';
import type { RenameResult } from './features/rename';
import type { ConceptToken } from './features/semanticTokens';
import type { NoteSymbol, WorkspaceSymbol } from './features/symbols';
import type { GapOptions, KnowledgeGaps } from './features/gaps/knowledgeGaps';
import type { GlossaryStub } from './features/gaps/glossaryStub';
import type { GraphRequest } from './features/graph';
import type { NoteDiagnostic } from './features/diagnostics';
import type { ExternalLinkRef } from './external/collectLinks';
import type { PageVerdict } from './external/types';
import type { FixDiagnostic, QuickFix, WorkspaceEdit } from './fixes/types';
import type { NoteFoldingRange } from './features/folding';
import type { OpenItemsResult } from './features/openItems';
import type { LinkStyle } from './links/linkStyle';
import type { ReferenceLens } from './features/codeLens';
import type { BacklinkOptions, Backlinks } from './features/backlinks';
import type { MentionToLink } from './features/linkMentionEdit';
import type { NoteDocumentLink } from './features/documentLinks';
import type { RenameEdit } from './features/rename';
import type { ConceptNotesSettings, NoteGraph, TopicNode } from '../../../shared/protocol';

/** Deeply read-only: a caller can look at a note, not change the index through it. */
export type DeepReadonly<T> = T extends (infer U)[] ? ReadonlyArray<DeepReadonly<U>>
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

export interface IndexResult { notes: number; failed: number; fromCache: number }

export interface NoteService {
  /** The effective settings (a frozen copy: change them with `updateSettings`). */
  readonly settings: Readonly<ConceptNotesSettings>;
  updateSettings(next: Partial<ConceptNotesSettings>): void;
  readonly noteCount: number;
  /** Bumped on every index change; answers computed from an older version are stale. */
  readonly version: number;

  /**
   * Reads every note not in the cache with the fast scan (`full` asks for the remark parse:
   * tests use it as the reference), yielding so requests keep being answered.
   */
  indexWorkspace(progress?: ProgressReporter, token?: CancellationToken, depth?: ParseDepth): Promise<IndexResult>;
  /** Writes the cache, when there is one and it changed. Never throws. */
  saveCache(token?: CancellationToken): Promise<void>;

  /** An editor's text replaces the file's until the document is closed. Returns URIs to re-check. */
  setDocumentText(uri: string, text: string): string[];
  closeDocument(uri: string, token?: CancellationToken): Promise<string[]>;
  /** A file was created or changed on disk. Returns URIs to re-check. */
  fileChanged(uri: string, token?: CancellationToken): Promise<string[]>;
  fileDeleted(uri: string): string[];
  /** Notes whose diagnostics depend on `uri`: itself and its linkers. */
  dependentsOf(uri: string): string[];

  /** A copy of the indexed note: changing it changes nothing in the index. */
  getNote(uri: string): Note | undefined;
  hasNote(uri: string): boolean;
  noteUris(): string[];
  /** The same array until the concept set changes (callers compare it to see a change). */
  concepts(): ReadonlyArray<DeepReadonly<Concept>>;
  /** A copy of the concept named (or with the id) `name`. */
  concept(name: string): Concept | undefined;
  /** The note's concept mentions (read-only: a note may have thousands, so they are not copied). */
  mentions(uri: string): ReadonlyArray<DeepReadonly<Mention>>;

  hover(uri: string, pos: Position, token?: CancellationToken): Promise<HoverResult | undefined>;
  definition(uri: string, pos: Position): Promise<Location[]>;
  /** Undefined when cancelled. */
  definition(uri: string, pos: Position, token: CancellationToken): Promise<Location[] | undefined>;
  /** Undefined when cancelled. */
  references(uri: string, pos: Position, includeDeclaration?: boolean, token?: CancellationToken): Promise<Location[] | undefined>;
  completion(uri: string, pos: Position): Promise<NoteCompletion[]>;
  /** Undefined when cancelled. */
  completion(uri: string, pos: Position, token: CancellationToken): Promise<NoteCompletion[] | undefined>;
  prepareRename(uri: string, pos: Position): Promise<PrepareRenameResult>;
  /** Undefined when cancelled. */
  prepareRename(uri: string, pos: Position, token: CancellationToken): Promise<PrepareRenameResult | undefined>;
  /** Undefined when cancelled. */
  rename(uri: string, pos: Position, newName: string, token?: CancellationToken): Promise<RenameResult | undefined>;
  /** Edits that keep every link to a note working once it is moved to `newUri`; undefined when cancelled. */
  renameNote(oldUri: string, newUri: string, token?: CancellationToken): Promise<RenameEdit[] | undefined>;
  conceptTokens(uri: string, range?: Range): ConceptToken[];
  documentSymbols(uri: string): NoteSymbol[];
  workspaceSymbols(query: string): WorkspaceSymbol[];
  /** The link rules a note's folder follows (the setting, `.concept-notes.json`, else detected). */
  linkStyleOf(uri: string): Promise<LinkStyle>;
  foldingRanges(uri: string): NoteFoldingRange[];
  /** Open tasks and TODO markers, topic → note; only `markers` when given. */
  openItems(markers?: readonly string[]): OpenItemsResult;
  /** The edit that ticks the open task starting on `line` (undefined when there is none). */
  markTaskDoneEdit(uri: string, line: number): WorkspaceEdit | undefined;
  topicTree(): TopicNode[];
  mentionCounts(): ReadonlyMap<string, number>;
  /** "N references" on the note's headings and concept definitions; undefined when cancelled. */
  referenceLenses(uri: string, token?: CancellationToken): Promise<ReferenceLens[] | undefined>;
  /** Links to the note (its headings, its blocks) and unlinked mentions of its names and concepts; undefined when cancelled. */
  backlinks(uri: string, options?: BacklinkOptions, token?: CancellationToken): Promise<Backlinks | undefined>;
  /** One edit turning these unlinked mentions into links to `targetUri`, in each note's link style. */
  linkMentionsEdit(targetUri: string, mentions: readonly MentionToLink[]): Promise<WorkspaceEdit | undefined>;
  /** The note's local links with their exact targets (`#L<line>` for headings and blocks); undefined when cancelled. */
  documentLinks(uri: string, token?: CancellationToken): Promise<NoteDocumentLink[] | undefined>;
  /** Undefined when cancelled. */
  knowledgeGaps(options?: GapOptions, token?: CancellationToken): Promise<KnowledgeGaps | undefined>;
  glossaryStub(term: string, usedIn?: string): GlossaryStub | undefined;
  /** Undefined when cancelled. */
  graph(request?: GraphRequest, token?: CancellationToken): Promise<NoteGraph | undefined>;
  diagnostics(uri: string): Promise<NoteDiagnostic[]>;
  /** Undefined when cancelled. */
  diagnostics(uri: string, token: CancellationToken): Promise<NoteDiagnostic[] | undefined>;
  /**
   * Quick fixes at `range` for `diagnostics` (as the client sent them back), "fix all"
   * entries and concept-mention links; with `fixAllOnly`, only the "fix all" of each code
   * in the note. Undefined when cancelled.
   */
  codeActions(uri: string, range: Range, diagnostics: readonly FixDiagnostic[], fixAllOnly: boolean, token?: CancellationToken): Promise<QuickFix[] | undefined>;
  /** The web links an external check would request, in these notes (default: all). Makes no request. */
  externalLinks(uris?: readonly string[], token?: CancellationToken): Promise<ExternalLinkRef[]>;
  /** Verdicts of an external check join the diagnostics; returns the notes to re-publish. */
  setExternalVerdicts(links: readonly ExternalLinkRef[], verdicts: ReadonlyMap<string, PageVerdict>, timeoutMs?: number): string[];

  /** Drops the index and every cache; later calls find no notes. */
  dispose(): void;
}
