import * as l10n from '@vscode/l10n';
import type { Note, Position, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { Concept } from '../concepts/registry';
import type { LinkResolver } from '../links/linkResolver';
import { locate } from './locate';
import { neverCancelled, type CancellationToken } from '../workspace';
import { relativeLabel } from './labels';
import { codeSpan, neutralizeUntrustedMarkdown } from './untrustedMarkdown';

export interface HoverResult { markdown: string; range: Range }

const PREVIEW_LINES = 7;
/** Other, differing definitions are shown shorter than the main one. */
const ALTERNATE_LENGTH = 160;
const MAX_ALTERNATES = 2;

/** Undefined for "nothing here", and when `token` is cancelled (checked between steps). */
export async function hover(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, maxLength: number, token: CancellationToken = neverCancelled): Promise<HoverResult | undefined> {
  if (token.isCancellationRequested) return undefined;
  const at = locate(index, uri, pos);
  if (!at || token.isCancellationRequested) return undefined;
  if (at.kind === 'mention' || at.kind === 'concept-definition') {
    const concept = index.concept(at.kind === 'mention' ? at.mention.conceptId : at.conceptId);
    if (!concept || token.isCancellationRequested) return undefined;
    return { markdown: conceptMarkdown(concept, maxLength, index), range: at.kind === 'mention' ? at.mention.range : at.definition.range };
  }
  if (at.kind === 'link') {
    const result = await resolver.follow(at.note, at.link);
    if (token.isCancellationRequested) return undefined;
    const target = result.status === 'reference' ? result.then : result;
    let text: string;
    switch (target.status) {
      case 'external': text = l10n.t('External link: {target}', { target: escapeMd(at.link.target ?? '') }); break;
      case 'no-such-reference': text = l10n.t('**Broken link:** no definition for {label}. Add a line {line} to this note.', { label: codeSpan(`[${target.label}]`), line: codeSpan(`[${target.label}]: <target>`) }); break;
      case 'missing-file': text = l10n.t('**Broken link:** no file at {path}.', { path: codeSpan(target.path) }); break;
      case 'outside-workspace': text = l10n.t('**Not followed:** {path} is outside the workspace.', { path: codeSpan(target.path) }); break;
      case 'file': {
        if (!target.note) { text = l10n.t('File: {file}', { file: codeSpan(relativeLabel(index, target.uri)) }); break; }
        if (target.missingBlock) { text = l10n.t('**Broken link:** {file} has no block {id}.', { file: codeSpan(relativeLabel(index, target.uri)), id: codeSpan(`^${(target.fragment ?? '').replace(/^.*\^/, '')}`) }); break; }
        if (target.block) { text = blockPreview(target.note, index, target.block.line, maxLength); break; }
        if (target.missingFragment) { text = l10n.t('**Broken link:** {file} has no heading {heading}.', { file: codeSpan(relativeLabel(index, target.uri)), heading: codeSpan(`#${target.fragment}`) }); break; }
        text = notePreview(target.note, index, target.heading, maxLength);
        break;
      }
      default: return undefined;
    }
    return { markdown: text, range: at.link.range };
  }
  return undefined;
}

/**
 * Name and aliases, the (trimmed) definition with a link to the rest, where it is
 * defined; definitions that say something else are listed after it.
 */
export function conceptMarkdown(concept: Concept, maxLength: number, index: NoteIndex): string {
  const [primary, ...others] = concept.definitions;
  const parts = [`**${escapeMd(concept.name)}**`];
  if (concept.aliases.length) parts[0] += ` — ${concept.aliases.map(escapeMd).join(', ')}`;
  // Definitions are quoted from notes: made inert first (no HTML, no command: links).
  parts.push(trimMarkdown(neutralizeUntrustedMarkdown(primary.definition), maxLength, lineLink(primary.uri, primary.range.start.line)));
  const where = concept.definitions.map((d) => `[${escapeMd(relativeLabel(index, d.uri))}:${d.range.start.line + 1}](${lineLink(d.uri, d.range.start.line)})`);
  const places = where.join(', ');
  parts.push(concept.conflicting ? l10n.t('Defined in {places} — *definitions differ*', { places }) : l10n.t('Defined in {places}', { places }));
  if (concept.conflicting) {
    const alternates = others.filter((d) => d.definition !== primary.definition).slice(0, MAX_ALTERNATES);
    for (const d of alternates) {
      const place = `${escapeMd(relativeLabel(index, d.uri))}:${d.range.start.line + 1}`;
      parts.push(`${l10n.t('*{place} says:*', { place })} ${trimMarkdown(neutralizeUntrustedMarkdown(d.definition), Math.min(maxLength, ALTERNATE_LENGTH), lineLink(d.uri, d.range.start.line))}`);
    }
  }
  return parts.join('\n\n');
}

/** VS Code and most clients open `file:///…#L12` at line 12. */
function lineLink(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}

/** The target heading (or the note title) with the file it is in, then the first lines of its section. */
function notePreview(note: Note, index: NoteIndex, heading: Note['headings'][number] | undefined, maxLength: number): string {
  const lines = note.text.split(/\r\n|\r|\n/);
  let from = heading ? heading.range.end.line + 1 : firstBodyLine(note);
  while (from < lines.length && lines[from].trim() === '') from++;
  const body: string[] = [];
  for (let i = from; i < lines.length && body.length < PREVIEW_LINES; i++) {
    if (heading && /^#{1,6}\s/.test(lines[i]) && headingLevel(lines[i]) <= heading.level) break;
    body.push(lines[i]);
  }
  const title = heading?.text ?? note.title;
  const header = `**${escapeMd(title)}** — ${codeSpan(relativeLabel(index, note.uri))}`;
  const preview = trimMarkdown(closeFences(neutralizeUntrustedMarkdown(body.join('\n').trim())), maxLength);
  return preview ? `${header}\n\n${preview}` : header;
}

/** `[[Note#^id]]`: the block's text (its paragraph or list item), without the id marker. */
function blockPreview(note: Note, index: NoteIndex, line: number, maxLength: number): string {
  const lines = note.text.split(/\r?\n/);
  let start = line, end = line;
  while (start > 0 && lines[start - 1].trim() !== '' && !/^#{1,6}\s/.test(lines[start - 1]) && !/^\s*([-*+]|\d+[.)])\s/.test(lines[start])) start--;
  while (end + 1 < lines.length && lines[end + 1].trim() !== '' && !/^\s*([-*+]|\d+[.)])\s/.test(lines[end + 1]) && !/^\^[A-Za-z0-9-]+\s*$/.test(lines[end + 1])) end++;
  const body = lines.slice(start, end + 1).join('\n').replace(/\s\^[A-Za-z0-9-]+\s*$/, '');
  return `**${escapeMd(note.title)}** — ${codeSpan(relativeLabel(index, note.uri))}\n\n${trimMarkdown(closeFences(body), maxLength)}`;
}

/** After front matter and a leading title heading. */
function firstBodyLine(note: Note): number {
  let line = note.frontMatter ? note.frontMatter.range.end.line + 1 : 0;
  const first = note.headings[0];
  if (first && first.level === 1 && first.range.start.line <= line + 2) line = first.range.end.line + 1;
  return line;
}

function headingLevel(line: string): number {
  return /^(#{1,6})\s/.exec(line)?.[1].length ?? 7;
}

/** A preview cut inside a fenced block would turn the rest of the hover into code. */
function closeFences(text: string): string {
  const fences = text.match(/^\s*(```|~~~)/gm) ?? [];
  return fences.length % 2 === 1 ? `${text}\n${fences[fences.length - 1].trim()}` : text;
}

/**
 * Cuts Markdown to about `max` characters: at a sentence end when one is near, never
 * inside a code span, emphasis or link, then adds `…` and a "more" link.
 */
export function trimMarkdown(text: string, max: number, moreLink?: string): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const sentenceEnd = Math.max(...['。', '. ', '！', '？', '; ', '；'].map((p) => cut.lastIndexOf(p)));
  if (sentenceEnd > max * 0.6) cut = cut.slice(0, sentenceEnd + 1);
  else cut = cut.replace(/\s+\S*$/, '') || cut;
  cut = balanced(cut).trimEnd();
  return `${cut}…${moreLink ? ` [${l10n.t('more')}](${moreLink})` : ''}`;
}

/** Drops a trailing, unclosed code span / emphasis / link opener. */
function balanced(text: string): string {
  let out = text;
  for (const marker of ['`', '**', '__', '~~']) {
    const count = out.split(marker).length - 1;
    if (count % 2 === 1) out = out.slice(0, out.lastIndexOf(marker));
  }
  const open = out.lastIndexOf('[');
  if (open > out.lastIndexOf(']') || (open !== -1 && /\]\([^)]*$/.test(out))) out = out.slice(0, open);
  return out;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}\[\]<>|])/g, '\\$1');
}
