// The note model every feature queries. Plain data: no LSP or VS Code types.
// Positions are LSP positions (0-based line, UTF-16 character), produced only by
// `text/lineIndex.ts`.

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** A location in the workspace: a note URI plus a range inside it. */
export interface Location { uri: string; range: Range }

export interface Heading {
  text: string;          // rendered plain text of the heading
  level: number;         // 1..6
  slug: string;          // GitHub-compatible, unique within the note (`-1`, `-2` …)
  range: Range;          // the whole heading line
  contentRange: Range;   // just the heading text
}

export type LinkKind =
  | 'inline'       // [text](target)
  | 'image'        // ![alt](target)
  | 'reference'    // [text][label], [label][], [label]
  | 'autolink'     // <https://…> or a bare GFM URL
  | 'wiki'         // [[note]], [[note|alias]], [[note#heading]]
  | 'html';        // <a href="…">, <img src="…">

export interface Link {
  kind: LinkKind;
  range: Range;            // the whole link as written
  /**
   * The link's text as written in the source, markup and escapes kept: between the brackets
   * (`*Title*` for `[*Title*](x)`, the alt for images), the alias (or target) of a wiki link,
   * the address of an autolink, '' for HTML links. Both parsers give the same text.
   */
  text: string;
  /** Destination as written (undefined for a reference link whose label is unresolved). */
  target?: string;
  targetRange?: Range;     // where the destination text sits, when known
  /** Reference links: the normalized label they use. */
  label?: string;
  labelRange?: Range;
  /** `reference` links only: `full` [t][l], `collapsed` [l][], `shortcut` [l]. */
  referenceType?: 'full' | 'collapsed' | 'shortcut';
  isImage?: boolean;
}

export interface ReferenceDefinition {
  label: string;           // normalized (case-folded, whitespace collapsed)
  rawLabel: string;
  target: string;
  range: Range;            // the whole definition line
  labelRange: Range;
  targetRange: Range;
}

export interface Footnote { label: string; range: Range; isDefinition: boolean }

export interface Task { checked: boolean; text: string; range: Range }

export interface TodoMarker { marker: string; text: string; range: Range; inHeading: boolean }

/** One use of a tag: inline `#tag` in prose or an entry of front matter `tags`. */
export interface Tag {
  name: string;            // as written, without `#` (`虚拟化`, `os/linux`)
  range: Range;            // the name only, not the `#`
  inFrontMatter: boolean;
}

export interface FrontMatter {
  title?: string;
  aliases: string[];
  tags: string[];
  topic?: string;
  type?: string;
  /** `concepts: false`: the note mentions concepts but defines none (reading lists, link collections). */
  definesConcepts: boolean;
  range: Range;
  /** Set when the YAML could not be read; the note is still indexed. */
  error?: string;
}

/** A byte range of the file that was not valid UTF-8, mapped to the decoded text. */
export interface InvalidUtf8Span { range: Range; byteOffset: number; byteLength: number }

export type DefinitionForm =
  | 'bold-term'        // **EPT**：…
  | 'heading-aliases'  // ## 扩展页表 (EPT, Extended Page Tables)
  | 'front-matter'     // aliases: [...] in a note's front matter
  | 'glossary'         // an entry in a glossary note
  | 'definition-list'; // Term\n: definition

/** One place that defines a concept. Several of these may share an alias set. */
export interface ConceptDefinition {
  name: string;            // the term as written at the definition
  aliases: string[];       // other names given at the definition
  definition: string;      // the definition text, rendered as plain Markdown
  form: DefinitionForm;
  uri: string;
  range: Range;            // where the term is defined (the term itself)
  fullRange: Range;        // the whole definition (line / heading section)
  /** Heading path of the section that contains the definition, outermost first. */
  sectionPath: string[];
}

export interface Note {
  uri: string;
  /** Front matter `title`, else the first level-1 heading, else the file name. */
  title: string;
  text: string;
  headings: Heading[];
  links: Link[];
  referenceDefinitions: ReferenceDefinition[];
  footnotes: Footnote[];
  tasks: Task[];
  todos: TodoMarker[];
  /** Ranges of code spans, code blocks, HTML and front matter: never prose. */
  codeRanges: Range[];
  /** UTF-16 offset ranges of prose text (where concept mentions may be found). */
  proseSpans: Array<[number, number]>;
  frontMatter?: FrontMatter;
  /** Every tag use: entries of front matter `tags` and inline `#tag` in prose. */
  tags: Tag[];
  definitions: ConceptDefinition[];
  invalidUtf8: InvalidUtf8Span[];
  /** `full` = remark parse; `fast` = the fast scan (the same facts, concepts included); `cheap` = line scan for files over the size limit or shapes remark is slow on. */
  parseMode: 'full' | 'fast' | 'cheap';
  /** Why the note could not be parsed normally (binary, too big …), for a message. */
  problem?: string;
}
