// Concept definitions of one note, from its paragraphs and headings as offsets. Both the
// full parse (extractNote.ts) and the fast scan (fast/fastScanNote.ts) describe the note
// this way and share this one implementation of the definition forms.
import type { ConceptDefinition, DefinitionForm, FrontMatter, Heading, Range } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { matchBoldTerm, matchDefinitionList, matchHeadingAliases } from '../concepts/definitionForms';
import { collapseLineBreaks } from '../text/strings';

export interface ParagraphFacts {
  start: number;
  end: number;
  /** Where the strong span ends, when the paragraph's first child is strong starting at `start`. */
  strongEnd?: number;
  /** How many headings come before the paragraph. */
  headingsBefore: number;
}

export interface DefinitionInput {
  uri: string;
  text: string;
  lines: LineIndex;
  headings: Heading[];
  paragraphs: ParagraphFacts[];
  frontMatter?: FrontMatter;
  title: string;
  glossary: boolean;
  /** Bold labels of option lists are fields, not concepts (vaults of note-taking tools). */
  optionFields?: boolean;
}

const STARTS_WITH_LINK = /^(<?[a-z][a-z0-9+.-]*:\/\/|\[[^\]]*\]\()/i;
const FIELD_LABEL_REPEATS = 3;

export function collectDefinitions(input: DefinitionInput): ConceptDefinition[] {
  const { uri, text, lines, headings, paragraphs } = input;
  if (input.frontMatter && !input.frontMatter.definesConcepts) return [];
  const range = (s: number, e: number): Range => lines.rangeAt(s, e);
  const out: ConceptDefinition[] = [];
  const add = (form: DefinitionForm, name: string, aliases: string[], definition: string, nameStart: number, nameEnd: number, fullStart: number, fullEnd: number, sectionPath: string[]) => {
    out.push({ name, aliases, definition, form, uri, range: range(nameStart, nameEnd), fullRange: range(fullStart, fullEnd), sectionPath });
  };
  const paths = headingPaths(headings);
  const pathAt = (headingsBefore: number) => (headingsBefore === 0 ? [] : paths[headingsBefore - 1]);

  const firstParagraph = new Map<number, string>();
  const bold: Array<{ match: NonNullable<ReturnType<typeof matchBoldTerm>>; p: ParagraphFacts }> = [];
  for (const p of paragraphs) {
    if (!firstParagraph.has(p.headingsBefore)) firstParagraph.set(p.headingsBefore, collapseLineBreaks(text.slice(p.start, p.end)));
    if (p.strongEnd !== undefined) {
      const match = matchBoldTerm(text, p.start, p.strongEnd, p.end);
      if (match) bold.push({ match, p });
      continue;
    }
    const source = text.slice(p.start, p.end);
    const dl = matchDefinitionList(source);
    if (dl) {
      const nameStart = p.start + source.indexOf(dl.name);
      add('definition-list', dl.name, [], dl.definition, nameStart, nameStart + dl.name.length, p.start, p.end, pathAt(p.headingsBefore));
    }
  }

  const boldCounts = new Map<string, number>();
  for (const b of bold) boldCounts.set(b.match.name, (boldCounts.get(b.match.name) ?? 0) + 1);
  for (const { match, p } of bold) {
    if (isFieldLabel(match.name, match.definition, boldCounts)) continue;
    if (input.optionFields && !input.glossary && (isOptionLabel(text, p.start) || ADMONITION.test(match.name))) continue;
    add('bold-term', match.name, match.aliases, match.definition, match.nameStart, match.nameEnd, p.start, p.end, pathAt(p.headingsBefore));
  }

  headings.forEach((heading, i) => {
    const paragraph = firstParagraph.get(i + 1);
    if (!paragraph) return;
    const sectionEnd = i + 1 < headings.length ? lines.offsetAt(headings[i + 1].range.start) : text.length;
    const headingStart = lines.offsetAt(heading.range.start);
    const nameStart = lines.offsetAt(heading.contentRange.start);
    const aliases = matchHeadingAliases(heading.text);
    if (aliases) add('heading-aliases', aliases.name, aliases.aliases, paragraph, nameStart, nameStart + aliases.name.length, headingStart, sectionEnd, paths[i]);
    else if (input.glossary && heading.level >= 3) add('glossary', heading.text, [], paragraph, nameStart, nameStart + heading.text.length, headingStart, sectionEnd, paths[i]);
  });

  const fm = input.frontMatter;
  if (fm && fm.aliases.length > 0) {
    const h1 = headings.find((h) => h.level === 1);
    const nameStart = h1 ? lines.offsetAt(h1.contentRange.start) : lines.offsetAt(fm.range.start);
    const nameEnd = h1 ? lines.offsetAt(h1.contentRange.end) : lines.offsetAt(fm.range.end);
    add('front-matter', input.title, fm.aliases, firstParagraph.get(1) ?? firstParagraph.get(0) ?? '', nameStart, nameEnd, 0, text.length, []);
  }
  return out;
}

/** For each heading, the texts of the headings it sits under, outermost first, and its own. */
function headingPaths(headings: Heading[]): string[][] {
  const stack: Heading[] = [];
  return headings.map((h) => {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push(h);
    return stack.map((x) => x.text);
  });
}

/**
 * `- **官网**：https://…` and `**作者**：…` repeated down a list are field labels, not
 * concepts: a bold label whose text is a link, or one used again and again in a note.
 */
function isFieldLabel(name: string, definition: string, counts: Map<string, number>): boolean {
  return STARTS_WITH_LINK.test(definition) || (counts.get(name) ?? 0) >= FIELD_LABEL_REPEATS;
}

/** `**Note**: …`, `**Warning:** …`: a callout's label, not a concept. */
const ADMONITION = /^(note|notes|warning|tip|tips|important|caution|beware|info|hint|example|danger|todo|注意|提示|警告)$/i;

const BULLET_PREFIX = /^([ \t>]*)[-*+][ \t]+$/;
const BOLD_ITEM = /^([ \t>]*)[-*+][ \t]+(\*\*|__)[^*_\n]+?(\*\*|__)?[ \t]*[:：]/;

/**
 * `- **Purpose**: …` / `- **Speed**: …`: a bullet list whose items each open with a bold
 * label reads as fields of one thing (options, properties), not a list of concepts, unless
 * the note is a glossary. A bold label with an alias list (`- **EPT** (扩展页表)：…`) is
 * still a definition: that form names a concept.
 */
function isOptionLabel(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = BULLET_PREFIX.exec(text.slice(lineStart, start));
  if (!prefix) return false;
  const lineEnd = text.indexOf('\n', start);
  const own = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (!BOLD_ITEM.test(own)) return false;
  const sibling = (line: string | undefined) => { const m = line === undefined ? undefined : BOLD_ITEM.exec(line); return !!m && m[1] === prefix[1]; };
  const before = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : undefined;
  const afterStart = lineEnd === -1 ? -1 : lineEnd + 1;
  const after = afterStart === -1 ? undefined : text.slice(afterStart, (text.indexOf('\n', afterStart) + 1 || text.length + 1) - 1);
  return sibling(before) || sibling(after);
}
