import type { Position, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { Concept } from '../concepts/registry';
import type { LinkResolver } from '../links/linkResolver';
import { locate } from './locate';
import { relativeLabel } from './labels';

export interface HoverResult { markdown: string; range: Range }

export async function hover(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, maxLength: number): Promise<HoverResult | undefined> {
  const at = locate(index, uri, pos);
  if (!at) return undefined;
  if (at.kind === 'mention' || at.kind === 'concept-definition') {
    const concept = index.concept(at.kind === 'mention' ? at.mention.conceptId : at.conceptId);
    if (!concept) return undefined;
    return { markdown: conceptMarkdown(concept, maxLength, index), range: at.kind === 'mention' ? at.mention.range : at.definition.range };
  }
  if (at.kind === 'link') {
    const result = await resolver.follow(at.note, at.link);
    const target = result.status === 'reference' ? result.then : result;
    let text: string;
    switch (target.status) {
      case 'external': text = `External link: ${escapeMd(at.link.target ?? '')}`; break;
      case 'no-such-reference': text = `**Broken link:** no definition for \`[${target.label}]\`.`; break;
      case 'missing-file': text = `**Broken link:** no file at \`${target.path}\`.`; break;
      case 'outside-workspace': text = `**Not followed:** \`${target.path}\` is outside the workspace.`; break;
      case 'file': {
        if (!target.note) { text = `File: \`${relativeLabel(index, target.uri)}\``; break; }
        if (target.missingFragment) { text = `**Broken link:** \`${target.note.title}\` has no heading \`#${target.fragment}\`.`; break; }
        text = notePreview(target.note.text, target.heading?.range.start.line ?? 0, target.heading?.text ?? target.note.title, maxLength);
        break;
      }
      default: return undefined;
    }
    return { markdown: text, range: at.link.range };
  }
  return undefined;
}

export function conceptMarkdown(concept: Concept, maxLength: number, index: NoteIndex): string {
  const primary = concept.definitions[0];
  const parts = [`**${escapeMd(concept.name)}**`];
  if (concept.aliases.length) parts[0] += ` — ${concept.aliases.map(escapeMd).join(', ')}`;
  parts.push(trimTo(primary.definition, maxLength, `${primary.uri}#L${primary.range.start.line + 1}`));
  const where = concept.definitions.map((d) => `[${relativeLabel(index, d.uri)}:${d.range.start.line + 1}](${d.uri}#L${d.range.start.line + 1})`);
  parts.push(`Defined in ${where.join(', ')}${concept.conflicting ? ' — *definitions differ*' : ''}`);
  return parts.join('\n\n');
}

function notePreview(text: string, fromLine: number, title: string, maxLength: number): string {
  const lines = text.split(/\r\n|\r|\n/).slice(fromLine + 1, fromLine + 8).join('\n').trim();
  return `**${escapeMd(title)}**\n\n${trimTo(lines, maxLength)}`;
}

function trimTo(text: string, max: number, moreLink?: string): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut}…${moreLink ? ` [more](${moreLink})` : ''}`;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}\[\]<>|])/g, '\\$1');
}
