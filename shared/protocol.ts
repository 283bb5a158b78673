// Names both sides of the wire agree on: request names, view and command ids,
// settings and diagnostic codes. Plain TypeScript, imported by client, server and core.

export const DIAGNOSTIC_SOURCE = 'concept-notes';

// Diagnostic codes are declared once, in diagnosticCodes.ts; these names stay for importers.
export { DiagnosticCodes, DEFAULT_SEVERITIES, ALL_DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './diagnosticCodes';
import type { DiagnosticCode, Severity } from './diagnosticCodes';

/** The `conceptNotes.*` settings, typed once; the server also reads `.concept-notes.json`. */
export interface ConceptNotesSettings {
  maxFileSize: number;
  /** Globs (relative to each workspace folder) of the Markdown files that are notes. */
  include: string[];
  exclude: string[];
  todoMarkers: string[];
  severity: Partial<Record<DiagnosticCode, Severity>>;
  hoverMaxLength: number;
  highlightMentions: boolean;
  /** Globs (relative to the workspace root) of notes whose problems are not reported. */
  ignoreFiles: string[];
  /** Globs of link targets that are not checked. */
  ignoreLinks: string[];
  /** Knowledge gaps: a term used fewer than `minCount` times is not listed; at most `maxTerms` are. */
  gaps: { minCount: number; maxTerms: number };
  /** Web links are checked only when asked (a command, `check --external`); `off` refuses even then. */
  externalLinks: 'off' | 'onCommand';
  /** Milliseconds one web request may take. */
  externalLinksTimeout: number;
  /** Web requests in flight at once, over all hosts (never more than 2 to one host). */
  externalLinksConcurrency: number;
  /** Host names (and their subdomains) whose links are never requested. */
  externalLinksSkipHosts: string[];
  /** Fetch HTML pages and check `#fragment`s against their ids. */
  externalLinksCheckFragments: boolean;
  /**
   * Whose rules links follow: `markdown` (VS Code / GitHub), `obsidian`, `foam`,
   * `github-wiki`, or `auto` (decided per workspace folder).
   */
  linkStyle: 'auto' | 'markdown' | 'obsidian' | 'foam' | 'github-wiki';
}

export const DEFAULT_SETTINGS: ConceptNotesSettings = {
  maxFileSize: 5_000_000,
  include: ['**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  todoMarkers: ['TODO', 'FIXME', 'XXX'],
  severity: {},
  hoverMaxLength: 500,
  highlightMentions: true,
  ignoreFiles: [],
  ignoreLinks: [],
  gaps: { minCount: 2, maxTerms: 200 },
  externalLinks: 'onCommand',
  externalLinksTimeout: 10_000,
  externalLinksConcurrency: 16,
  externalLinksSkipHosts: [],
  externalLinksCheckFragments: false,
  linkStyle: 'auto',
};

export const Requests = {
  topicTree: 'conceptNotes/topicTree',
  /** Every concept with its primary (strongest) definition, for "Go to Concept…". */
  concepts: 'conceptNotes/concepts',
  /** Terms used but never defined, and concepts nobody mentions (params `{}`). */
  knowledgeGaps: 'conceptNotes/gaps',
  /** A previewed edit adding a definition stub for a term to a glossary (params `AddToGlossaryParams`). */
  addToGlossary: 'conceptNotes/addToGlossary',
  /** Notes, concepts and tags with their edges (params `GraphParams`). */
  graph: 'conceptNotes/graph',
  /** Checks the web links of the workspace (or of `uri`); the answers arrive as diagnostics. */
  checkExternalLinks: 'conceptNotes/checkExternalLinks',
  /** Open tasks and TODO markers grouped topic → note (params `OpenItemsParams`). */
  openItems: 'conceptNotes/openItems',
  /** The edit that ticks one open task (params `MarkTaskDoneParams`; null when it is not open). */
  markTaskDone: 'conceptNotes/markTaskDone',
  /** Links to a note and unlinked mentions of it (params `BacklinksParams`). */
  backlinks: 'conceptNotes/backlinks',
  /** A previewed edit linking unlinked mentions to a note (params `LinkMentionsParams`; null when none can be linked). */
  linkMentions: 'conceptNotes/linkMentions',
} as const;

export interface BacklinksParams {
  uri: string;
  /** False: only the links (the client's `conceptNotes.backlinks.unlinkedMentions`); absent: both. */
  unlinkedMentions?: boolean;
}
export interface Backlink { uri: string; range: Range; context: string }
export interface BacklinksResult {
  linked: Backlink[];
  /** `conceptId`: a mention of a concept the note defines (else its title or an alias). */
  unlinked: Array<Backlink & { conceptId?: string }>;
}
export interface LinkMentionsParams {
  /** The note the links go to. */
  uri: string;
  mentions: Array<{ uri: string; range: Range; conceptId?: string }>;
}

/** The marker under which `conceptNotes/openItems` lists open `- [ ]` tasks; other markers are TODO-style. */
export const OPEN_TASK_MARKER = 'task';
export interface OpenItemsParams { markers?: string[] }
export interface OpenItemsResult {
  topics: Array<{ topic: string; count: number; notes: Array<{ uri: string; label: string; items: Array<{ marker: string; text: string; range: Range }> }> }>;
  counts: Record<string, number>;
}
export interface MarkTaskDoneParams { uri: string; line: number }

export interface KnowledgeGapsResult {
  /** `notes`: the notes that use the term most, at most 50 of `noteCount`. */
  undefined: Array<{ term: string; shape: string; count: number; notes: string[]; noteCount: number }>;
  unmentioned: Array<{ name: string; conceptId: string; uri: string; range: Range }>;
}

export interface GraphParams {
  /** A note: its local graph. Absent: the whole workspace. */
  uri?: string;
  /** Hops from `uri`, 1–3. */
  depth?: number;
}

export interface GraphNode {
  id: string;
  kind: 'note' | 'concept' | 'tag';
  label: string;
  uri?: string;
  range?: Range;
  /** Concepts: the definition, shown on hover. */
  detail?: string;
  /** Notes: front matter `topic`, else the top folder. */
  topic?: string;
  /** Notes: links to them; concepts: mentions; tags: tagged notes. */
  weight: number;
}

export interface GraphEdge { from: string; to: string; kind: 'link' | 'mention' | 'defines' | 'tag' }

export interface NoteGraph { nodes: GraphNode[]; edges: GraphEdge[] }

export interface AddToGlossaryParams {
  term: string;
  /** A note that uses the term: its topic picks the glossary. */
  uri?: string;
}


export interface CheckExternalLinksParams {
  /** One note; absent: every note. */
  uri?: string;
  /** The editor's trust in the workspace now (it may have been granted since start-up); absent: as at start-up. */
  workspaceTrusted?: boolean;
}

export interface CheckExternalLinksResult {
  /** Distinct pages checked. */
  pages: number;
  unreachable: number;
  moved: number;
  fromCache: number;
  requests: number;
  cancelled: boolean;
  /** Set when the check was refused (setting off, untrusted workspace). */
  refused?: string;
}

export const Notifications = {
  /** Server → client after each (re)index: counts for the status bar, and a nudge to refresh views. */
  indexChanged: 'conceptNotes/indexChanged',
  /** Server → client while web links are checked: pages done out of total. */
  externalLinksProgress: 'conceptNotes/externalLinksProgress',
} as const;

export interface ExternalLinksProgressParams { done: number; total: number }

export interface IndexChangedParams {
  notes: number; concepts: number; problems: number; indexing: boolean;
  /** While indexing: notes read so far, out of `total`. */
  indexed?: number; total?: number;
}

/** An LSP range: 0-based lines, UTF-16 characters. */
export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

/** `tags` is the Tags node, `tag` one tag under it (its children are the notes using it). */
export type TopicNodeKind = 'topic' | 'concept' | 'note' | 'heading' | 'tags' | 'tag';

export interface TopicNode {
  label: string;
  kind: TopicNodeKind;
  uri?: string;
  range?: Range;
  /** Concept nodes: the definition, for tooltips; tag nodes: how often the tag is used. */
  detail?: string;
  children?: TopicNode[];
}

export interface ConceptSummary {
  name: string;
  aliases: string[];
  definition: string;
  uri: string;
  range: Range;
  /** How many times the concept is mentioned across all notes. */
  mentions: number;
}

export const Commands = {
  restartServer: 'conceptNotes.restartServer',
  refreshTopics: 'conceptNotes.refreshTopics',
  goToConcept: 'conceptNotes.goToConcept',
  checkWorkspace: 'conceptNotes.checkWorkspace',
  showMentions: 'conceptNotes.showMentions',
  repairEncoding: 'conceptNotes.repairEncoding',
  addToGlossary: 'conceptNotes.addToGlossary',
  showGraph: 'conceptNotes.showGraph',
  checkExternalLinks: 'conceptNotes.checkExternalLinks',
  filterOpenItems: 'conceptNotes.filterOpenItems',
  markTaskDone: 'conceptNotes.markTaskDone',
  /** A reference code lens's command: arguments `[uri, position]`; the client shows the references there. */
  showReferences: 'conceptNotes.showReferences',
  /** "Link it" on an unlinked mention of the Backlinks view (argument: the row). */
  linkMention: 'conceptNotes.linkMention',
  /** "Link all" on the Backlinks view's unlinked mentions. */
  linkAllMentions: 'conceptNotes.linkAllMentions',
} as const;

/**
 * Code action kinds of our own (sub-kinds of `quickfix`, so a client asking for quick fixes
 * gets them too). Clients find an action by its kind, never by its title: titles are translated.
 */
export const CodeActionKinds = {
  /** The `encoding.mojibake` fix that repairs every damaged passage of a note at once. */
  repairEncodingWholeFile: 'quickfix.conceptNotes.repairEncodingWholeFile',
} as const;

export const Views = {
  container: 'conceptNotes',
  topics: 'conceptNotes.topics',
  concepts: 'conceptNotes.concepts',
  knowledgeGaps: 'conceptNotes.gaps',
  openItems: 'conceptNotes.openItems',
  backlinks: 'conceptNotes.backlinks',
} as const;
