import type { Nodes, Root, Parent, Paragraph, Heading as MdHeading, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ConceptDefinition, DefinitionForm, Heading, Link, Note, Range } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { createSlugger } from '../model/slug';
import { normalizeLabel } from '../model/labels';
import { readFrontMatter } from './frontMatter';
import { findDefinitionParts, findInlineDestination, findReferenceLabel } from './linkSyntax';
import { scanHtmlLinks, scanTodoMarkers, scanUnresolvedReferences, scanWikiLinks } from './inlineScanners';
import { matchBoldTerm, matchDefinitionList, matchHeadingAliases } from '../concepts/definitionForms';
import { noteTitleFromUri } from '../model/uris';
import { collapseLineBreaks } from '../text/strings';

export interface ExtractOptions {
  todoMarkers?: string[];
  /** Glossary notes turn level-3+ headings into concepts too. */
  isGlossaryPath?: (uri: string) => boolean;
}

interface Section { heading?: Heading; start: number; end: number; firstParagraph?: string; node?: MdHeading }

/** Turns one parsed note into the model. Never throws on odd trees: missing positions are skipped. */
export function extractNote(uri: string, text: string, root: Root, options: ExtractOptions = {}): Note {
  const lines = new LineIndex(text);
  const range = (s: number, e: number): Range => lines.rangeAt(s, e);
  const slugger = createSlugger();
  const note: Note = {
    uri, title: '', text, headings: [], links: [], referenceDefinitions: [], footnotes: [], tasks: [],
    todos: [], codeRanges: [], proseSpans: [], definitions: [], invalidUtf8: [], parseMode: 'full',
  };
  const sections: Section[] = [{ start: 0, end: text.length }];
  const headingStack: Heading[] = [];
  const pendingBold: Array<{ match: NonNullable<ReturnType<typeof matchBoldTerm>>; start: number; end: number; path: string[] }> = [];

  const sectionPath = () => headingStack.map((h) => h.text);

  const visit = (node: Nodes, ancestors: Nodes[]): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes, [...ancestors, node]);
      return;
    }
    switch (node.type) {
      case 'yaml':
        note.codeRanges.push(range(start, end));
        note.frontMatter = readFrontMatter(node.value, range(start, end));
        return;
      case 'toml' as string: case 'code': case 'inlineCode': case 'math' as string: case 'inlineMath' as string:
        note.codeRanges.push(range(start, end));
        return;
      case 'html':
        note.codeRanges.push(range(start, end));
        for (const m of scanHtmlLinks(text, start, end)) {
          note.links.push({ kind: 'html', range: range(m.start, m.end), text: '', target: m.target,
            targetRange: range(m.targetStart, m.targetStart + m.target.length), isImage: m.isImage });
        }
        return;
      case 'heading': {
        const headingText = toString(node).trim();
        const first = node.children[0]?.position?.start.offset ?? start;
        const last = node.children[node.children.length - 1]?.position?.end.offset ?? end;
        const heading: Heading = { text: headingText, level: node.depth, slug: slugger.slug(headingText), range: range(start, end), contentRange: range(first, last) };
        note.headings.push(heading);
        while (headingStack.length && headingStack[headingStack.length - 1].level >= node.depth) headingStack.pop();
        headingStack.push(heading);
        sections[sections.length - 1].end = start;
        sections.push({ heading, start: end, end: text.length, node });
        break;
      }
      case 'text': {
        const inAutolink = ancestors.some((a) => a.type === 'link' && linkKindAt(text, a.position!.start.offset!) === 'autolink');
        if (!inAutolink) note.proseSpans.push([start, end]);
        const inHeading = ancestors.some((a) => a.type === 'heading');
        for (const t of scanTodoMarkers(text, start, end, options.todoMarkers)) {
          note.todos.push({ marker: t.marker, text: t.text, range: range(t.start, t.end), inHeading });
        }
        for (const w of scanWikiLinks(text, start, end)) {
          note.links.push({ kind: 'wiki', range: range(w.start, w.end), text: w.alias ?? w.target, target: w.target,
            targetRange: range(w.targetStart, w.targetEnd) });
        }
        for (const r of scanUnresolvedReferences(text, start, end)) {
          note.links.push({ kind: 'reference', range: range(r.start, r.end), text: r.label, label: normalizeLabel(r.label),
            labelRange: range(r.labelStart, r.labelEnd), referenceType: r.type });
        }
        return;
      }
      case 'link': case 'image': {
        const kind = node.type === 'image' ? 'image' : linkKindAt(text, start);
        const dest = kind === 'autolink' ? [start + (text[start] === '<' ? 1 : 0), end - (text[start] === '<' ? 1 : 0)] as [number, number] : findInlineDestination(text, start, end);
        const link: Link = { kind, range: range(start, end), text: node.type === 'image' ? node.alt ?? '' : toString(node), target: node.url,
          targetRange: dest ? range(dest[0], dest[1]) : undefined, isImage: node.type === 'image' };
        note.links.push(link);
        break;
      }
      case 'linkReference': case 'imageReference': {
        const label = normalizeLabel(node.label ?? node.identifier);
        const [ls, le] = findReferenceLabel(text, start, end, node.referenceType);
        note.links.push({ kind: 'reference', range: range(start, end), text: node.type === 'imageReference' ? node.alt ?? '' : toString(node),
          label, labelRange: range(ls, le), referenceType: node.referenceType, isImage: node.type === 'imageReference' });
        break;
      }
      case 'definition': {
        const parts = findDefinitionParts(text, start, end);
        const labelRange = parts ? range(parts.label[0], parts.label[1]) : range(start, end);
        note.referenceDefinitions.push({ label: normalizeLabel(node.label ?? node.identifier), rawLabel: node.label ?? node.identifier,
          target: node.url, range: range(start, end), labelRange, targetRange: parts ? range(parts.dest[0], parts.dest[1]) : range(start, end) });
        return;
      }
      case 'footnoteReference':
        note.footnotes.push({ label: normalizeLabel(node.label ?? node.identifier), range: range(start, end), isDefinition: false });
        return;
      case 'footnoteDefinition':
        note.footnotes.push({ label: normalizeLabel(node.label ?? node.identifier), range: range(start, end), isDefinition: true });
        break;
      case 'listItem':
        if (typeof node.checked === 'boolean') {
          const firstBlock = node.children[0];
          note.tasks.push({ checked: node.checked, text: firstBlock ? toString(firstBlock).split('\n')[0] : '', range: range(start, end) });
        }
        break;
      case 'paragraph': {
        const section = sections[sections.length - 1];
        if (section.firstParagraph === undefined) section.firstParagraph = collapseLineBreaks(text.slice(start, end));
        recognizeParagraphDefinitions(node, start, end);
        break;
      }
    }
    if ('children' in node) {
      const next = [...ancestors, node];
      for (const child of (node as Parent).children) visit(child as Nodes, next);
    }
  };

  const recognizeParagraphDefinitions = (node: Paragraph, start: number, end: number) => {
    const first = node.children[0];
    if (first?.type === 'strong' && first.position?.start.offset === start) {
      const s = first as Strong;
      const match = matchBoldTerm(text, s.position!.start.offset!, s.position!.end.offset!, end);
      if (match) pendingBold.push({ match, start, end, path: sectionPath() });
      return;
    }
    const dl = matchDefinitionList(text.slice(start, end));
    if (dl) {
      const nameStart = start + text.slice(start, end).indexOf(dl.name);
      addDefinition('definition-list', dl.name, [], dl.definition, nameStart, nameStart + dl.name.length, start, end, sectionPath());
    }
  };

  const addDefinition = (form: DefinitionForm, name: string, aliases: string[], definition: string,
    nameStart: number, nameEnd: number, fullStart: number, fullEnd: number, path: string[]) => {
    const def: ConceptDefinition = { name, aliases, definition, form, uri, range: range(nameStart, nameEnd), fullRange: range(fullStart, fullEnd), sectionPath: path };
    note.definitions.push(def);
  };

  visit(root as Nodes, []);

  const boldCounts = new Map<string, number>();
  for (const b of pendingBold) boldCounts.set(b.match.name, (boldCounts.get(b.match.name) ?? 0) + 1);
  for (const b of pendingBold) {
    if (isFieldLabel(b.match.name, b.match.definition, boldCounts)) continue;
    addDefinition('bold-term', b.match.name, b.match.aliases, b.match.definition, b.match.nameStart, b.match.nameEnd, b.start, b.end, b.path);
  }
  const glossary = note.frontMatter?.type === 'glossary' || (options.isGlossaryPath?.(uri) ?? false);
  for (let i = 1; i < sections.length; i++) {
    const section = sections[i];
    const heading = section.heading!;
    const path = pathBefore(note.headings, heading);
    const aliases = matchHeadingAliases(heading.text);
    const start = lines.offsetAt(heading.contentRange.start);
    if (aliases && section.firstParagraph) {
      addDefinition('heading-aliases', aliases.name, aliases.aliases, section.firstParagraph, start, start + aliases.name.length,
        lines.offsetAt(heading.range.start), section.end, path);
    } else if (glossary && heading.level >= 3 && section.firstParagraph) {
      addDefinition('glossary', heading.text, [], section.firstParagraph, start, start + heading.text.length,
        lines.offsetAt(heading.range.start), section.end, path);
    }
  }
  const fm = note.frontMatter;
  const h1 = note.headings.find((h) => h.level === 1);
  note.title = fm?.title ?? h1?.text ?? noteTitleFromUri(uri);
  if (fm && fm.aliases.length > 0) {
    const anchor = h1 ?? undefined;
    const nameStart = anchor ? lines.offsetAt(anchor.contentRange.start) : lines.offsetAt(fm.range.start);
    const nameEnd = anchor ? lines.offsetAt(anchor.contentRange.end) : lines.offsetAt(fm.range.end);
    addDefinition('front-matter', note.title, fm.aliases, sections[1]?.firstParagraph ?? sections[0].firstParagraph ?? '', nameStart, nameEnd, 0, text.length, []);
  }
  if (fm && !fm.definesConcepts) note.definitions = [];
  return note;
}

/** `<https://…>` and bare GFM URLs are autolinks; `[text](…)` is inline. */
function linkKindAt(text: string, start: number): 'inline' | 'autolink' {
  return text[start] === '[' ? 'inline' : 'autolink';
}

function pathBefore(headings: Heading[], heading: Heading): string[] {
  const path: Heading[] = [];
  for (const h of headings) {
    if (h === heading) break;
    while (path.length && path[path.length - 1].level >= h.level) path.pop();
    path.push(h);
  }
  while (path.length && path[path.length - 1].level >= heading.level) path.pop();
  return [...path.map((h) => h.text), heading.text];
}


const STARTS_WITH_LINK = /^(<?[a-z][a-z0-9+.-]*:\/\/|\[[^\]]*\]\()/i;
const FIELD_LABEL_REPEATS = 3;

/**
 * `- **官网**：https://…` and `**作者**：…` repeated down a list are field labels, not
 * concepts: a bold label whose text is a link, or one used again and again in a note.
 */
function isFieldLabel(name: string, definition: string, counts: Map<string, number>): boolean {
  return STARTS_WITH_LINK.test(definition) || (counts.get(name) ?? 0) >= FIELD_LABEL_REPEATS;
}
