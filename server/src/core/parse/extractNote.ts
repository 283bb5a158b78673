import type { Image, ImageReference, Link as MdLink, LinkReference, Nodes, Root, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Heading, Link, Note, Range } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { createSlugger } from '../model/slug';
import { normalizeLabel } from '../model/labels';
import { readFrontMatter } from './frontMatter';
import { findDefinitionParts, findInlineDestination, findReferenceLabel } from './linkSyntax';
import { scanHtmlLinks, scanTodoMarkers, scanUnresolvedReferences, scanWikiLinks } from './inlineScanners';
import { collectDefinitions, type ParagraphFacts } from './conceptDefinitions';
import { scanFrontMatterTags, scanInlineTags } from './tagScan';
import { restorePositions } from './restorePositions';
import { noteTitleFromUri } from '../model/uris';

export interface ExtractOptions {
  todoMarkers?: string[];
  /** Glossary notes turn level-3+ headings into concepts too. */
  isGlossaryPath?: (uri: string) => boolean;
  /** Vaults written with a note-taking tool: bold labels in bullet lists are fields there (see `isOptionLabel`). */
  optionListsAreFields?: (uri: string) => boolean;
}

/** Turns one parsed note into the model. Never throws on odd trees: missing positions are skipped. */
export function extractNote(uri: string, text: string, root: Root, options: ExtractOptions = {}): Note {
  const lines = new LineIndex(text);
  const range = (s: number, e: number): Range => lines.rangeAt(s, e);
  const slugger = createSlugger();
  const note: Note = {
    uri, title: '', text, headings: [], links: [], referenceDefinitions: [], footnotes: [], tasks: [],
    todos: [], codeRanges: [], proseSpans: [], tags: [], definitions: [], invalidUtf8: [], parseMode: 'full',
  };
  const paragraphs: ParagraphFacts[] = [];

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
        for (const t of scanFrontMatterTags(text, start, end, note.frontMatter.tags)) note.tags.push({ name: t.name, range: range(t.start, t.end), inFrontMatter: true });
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
        break;
      }
      case 'text': {
        const inAutolink = ancestors.some((a) => a.type === 'link' && linkKindAt(text, a.position!.start.offset!) === 'autolink');
        if (!inAutolink) note.proseSpans.push([start, end]);
        const inHeading = ancestors.some((a) => a.type === 'heading');
        for (const t of scanTodoMarkers(text, start, end, options.todoMarkers)) {
          note.todos.push({ marker: t.marker, text: t.text, range: range(t.start, t.end), inHeading });
        }
        const wikiLinks = scanWikiLinks(text, start, end);
        for (const w of wikiLinks) {
          note.links.push({ kind: 'wiki', range: range(w.start, w.end), text: w.alias ?? w.target, target: w.target,
            targetRange: range(w.targetStart, w.targetEnd) });
        }
        if (!inAutolink && !inHeading) for (const t of scanInlineTags(text, start, end, wikiLinks)) note.tags.push({ name: t.name, range: range(t.start, t.end), inFrontMatter: false });
        for (const r of scanUnresolvedReferences(text, start, end)) {
          note.links.push({ kind: 'reference', range: range(r.start, r.end), text: r.text, label: normalizeLabel(r.label),
            labelRange: range(r.labelStart, r.labelEnd), referenceType: r.type });
        }
        return;
      }
      case 'link': case 'image': {
        const kind = node.type === 'image' ? 'image' : linkKindAt(text, start);
        const dest = kind === 'autolink' ? [start + (text[start] === '<' ? 1 : 0), end - (text[start] === '<' ? 1 : 0)] as [number, number] : findInlineDestination(text, start, end);
        const link: Link = { kind, range: range(start, end), text: text.slice(...linkTextAt(text, node, start, end)), target: node.url,
          targetRange: dest ? range(dest[0], dest[1]) : undefined, isImage: node.type === 'image' };
        note.links.push(link);
        break;
      }
      case 'linkReference': case 'imageReference': {
        const label = normalizeLabel(node.label ?? node.identifier);
        const [ls, le] = findReferenceLabel(text, start, end, node.referenceType);
        note.links.push({ kind: 'reference', range: range(start, end), text: text.slice(...linkTextAt(text, node, start, end)),
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
          note.tasks.push({ checked: node.checked, text: firstBlock ? toString(firstBlock).split(/\r\n|\r|\n/)[0] : '', range: range(start, end) });
        }
        break;
      case 'paragraph': {
        const first = node.children[0];
        const strongEnd = first?.type === 'strong' && first.position?.start.offset === start ? first.position.end.offset : undefined;
        paragraphs.push({ start, end, strongEnd, headingsBefore: note.headings.length });
        break;
      }
    }
    if ('children' in node) {
      const next = [...ancestors, node];
      for (const child of (node as Parent).children) visit(child as Nodes, next);
    }
  };

  restorePositions(root as Nodes, text);
  visit(root as Nodes, []);

  const fm = note.frontMatter;
  note.title = fm?.title ?? note.headings.find((h) => h.level === 1)?.text ?? noteTitleFromUri(uri);
  const glossary = fm?.type === 'glossary' || (options.isGlossaryPath?.(uri) ?? false);
  note.definitions = collectDefinitions({ uri, text, lines, headings: note.headings, paragraphs, frontMatter: fm, title: note.title, glossary, optionFields: options.optionListsAreFields?.(uri) ?? false });
  return note;
}

/**
 * Where a link's text sits in the source: its children's span, or for images (which have
 * none) the alt between `![` and the bracket that closes it.
 */
function linkTextAt(text: string, node: MdLink | Image | LinkReference | ImageReference, start: number, end: number): [number, number] {
  if (node.type === 'link' || node.type === 'linkReference') {
    const first = node.children[0]?.position?.start.offset;
    const last = node.children[node.children.length - 1]?.position?.end.offset;
    if (first !== undefined && last !== undefined) return [first, last];
    if (text[start] !== '[') return [start, end];
    return [start + 1, start + 1];
  }
  if (node.type === 'imageReference' && node.referenceType === 'full') return [start + 2, text.lastIndexOf('[', end - 1) - 1];
  if (node.type === 'imageReference') return [start + 2, end - (node.referenceType === 'collapsed' ? 3 : 1)];
  return [start + 2, closingBracket(text, start + 2, end)];
}

/** The `]` that closes a link text opened just before `from`: brackets nest, escapes and code spans hide them. */
function closingBracket(text: string, from: number, end: number): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let close = text.indexOf(fence, i + n);
      while (close !== -1 && close < end && text[close + n] === '`') { let k = close; while (text[k] === '`') k++; close = text.indexOf(fence, k); }
      i = close !== -1 && close < end ? close + n - 1 : i + n - 1;
    } else if (c === '[') depth++;
    else if (c === ']') { if (depth === 0) return i; depth--; }
  }
  return end;
}

/** `<https://…>` and bare GFM URLs are autolinks; `[text](…)` is inline. */
function linkKindAt(text: string, start: number): 'inline' | 'autolink' {
  return text[start] === '[' ? 'inline' : 'autolink';
}
