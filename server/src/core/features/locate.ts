import type { ConceptDefinition, Heading, Link, Note, Position, Range, ReferenceDefinition } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { Mention } from '../concepts/mentions';
import { LineIndex, rangeContains } from '../text/lineIndex';

/** What sits under the cursor; features switch on it. */
export type Located =
  | { kind: 'link'; note: Note; link: Link }
  | { kind: 'reference-definition'; note: Note; definition: ReferenceDefinition }
  | { kind: 'concept-definition'; note: Note; definition: ConceptDefinition; conceptId: string }
  | { kind: 'mention'; note: Note; mention: Mention }
  | { kind: 'heading'; note: Note; heading: Heading };

export function locate(index: NoteIndex, uri: string, pos: Position): Located | undefined {
  const note = index.get(uri);
  if (!note) return undefined;
  // Definitions first: the term at a definition is also a "mention" of itself.
  const def = note.definitions.find((d) => rangeContains(d.range, pos));
  if (def) {
    const concept = index.concept(def.name);
    if (concept) return { kind: 'concept-definition', note, definition: def, conceptId: concept.id };
  }
  const mention = index.mentions(uri).find((m) => rangeContains(m.range, pos));
  const link = innermost(note.links.filter((l) => rangeContains(l.range, pos)));
  // On a link's destination the link wins; on its text a concept mention wins.
  if (link && (!mention || (link.targetRange && rangeContains(link.targetRange, pos)))) return { kind: 'link', note, link };
  if (mention) return { kind: 'mention', note, mention };
  const refDef = note.referenceDefinitions.find((d) => rangeContains(d.range, pos));
  if (refDef) return { kind: 'reference-definition', note, definition: refDef };
  const heading = note.headings.find((h) => rangeContains(h.range, pos));
  if (heading) return { kind: 'heading', note, heading };
  return undefined;
}

function innermost(links: Link[]): Link | undefined {
  return links.sort((a, b) => (b.range.start.line - a.range.start.line) || (b.range.start.character - a.range.start.character))[0];
}

/**
 * Where a definition writes the concept's names: the term, then each alias as written
 * after it on the same line (`**EPT** (Extended Page Tables, 扩展页表)`), or under
 * `aliases:` in front matter. These are declarations, not mentions.
 */
export function definitionNameRanges(note: Note, def: ConceptDefinition): Range[] {
  const ranges = [def.range];
  if (def.aliases.length === 0) return ranges;
  const lines = new LineIndex(note.text);
  let from: number;
  let to: number;
  if (def.form === 'front-matter' && note.frontMatter) {
    from = lines.offsetAt(note.frontMatter.range.start);
    to = lines.offsetAt(note.frontMatter.range.end);
    const key = note.text.slice(from, to).search(/^aliases\s*:/m);
    if (key !== -1) from += key;
  } else {
    from = lines.offsetAt(def.range.end);
    to = lines.lineEnd(def.range.end.line);
  }
  const region = note.text.slice(from, to);
  let cursor = 0;
  for (const alias of def.aliases) {
    const at = region.indexOf(alias, cursor);
    if (at === -1) continue;
    ranges.push(lines.rangeAt(from + at, from + at + alias.length));
    cursor = at + alias.length;
  }
  return ranges;
}
