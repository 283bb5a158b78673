import { collapseLineBreaks } from '../text/strings';

// Recognizers for the ways a note defines a concept. Each takes source offsets and
// returns the term, its aliases and the definition's offsets; the extractor builds
// ConceptDefinition objects from them.

export interface TermMatch {
  name: string;
  nameStart: number;
  nameEnd: number;
  aliases: string[];
  definition: string;
}

const ALIAS_SEPARATORS = /\s*[,，、;；]\s*/;
const MAX_TERM_LENGTH = 60;

export function splitAliases(list: string): string[] {
  return list.split(ALIAS_SEPARATORS).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= MAX_TERM_LENGTH);
}

/**
 * `**EPT** (Extended Page Tables, 扩展页表)：definition` or `**vCPU**: …`, also with the
 * colon inside the bold (`**EPT：**`). `strongStart/strongEnd` are the offsets of the
 * `**…**` node, `paragraphEnd` the end of its paragraph.
 */
export function matchBoldTerm(source: string, strongStart: number, strongEnd: number, paragraphEnd: number): TermMatch | undefined {
  const marker = source.slice(strongStart, strongStart + 2);
  if (marker !== '**' && marker !== '__') return undefined;
  let inner = source.slice(strongStart + 2, strongEnd - 2);
  let colonInside = false;
  const innerColon = /\s*[:：]\s*$/.exec(inner);
  if (innerColon) { inner = inner.slice(0, innerColon.index); colonInside = true; }
  const rest = source.slice(strongEnd, paragraphEnd);
  const after = colonInside
    ? /^()\s*/.exec(rest)
    : /^\s*(?:[（(]([^()（）\n:：]*)[)）])?\s*[:：]\s*/.exec(rest);
  if (!after) return undefined;
  let name = inner.trim();
  const definition = collapseLineBreaks(rest.slice(after[0].length));
  let nameStart = strongStart + 2 + inner.indexOf(name);
  // `**[gVisor](https://gvisor.dev/)**: …` defines gVisor: the name is the link's text.
  const linked = /^\[([^\[\]]+)\]\([^()\s]*\)$/.exec(name);
  if (linked) { nameStart += 1 + linked[1].indexOf(linked[1].trim()); name = linked[1].trim(); }
  if (!isTerm(name) || hasMarkup(name) || definition.length === 0) return undefined;
  return { name, nameStart, nameEnd: nameStart + name.length, aliases: after[1] ? splitAliases(after[1]) : [], definition };
}

/**
 * `## 扩展页表 (EPT, Extended Page Tables)`. Headings with parentheses are common
 * (`## 安装 (可选)`), so the parenthesis must name the same thing in another script or
 * hold an acronym: that is what makes it an alias list rather than a remark.
 */
export function matchHeadingAliases(headingText: string): { name: string; aliases: string[] } | undefined {
  const m = /^(.+?)\s*[（(]([^()（）]+)[)）]\s*$/.exec(headingText.trim());
  if (!m) return undefined;
  const name = m[1].trim();
  const aliases = splitAliases(m[2]).filter((a) => !hasMarkup(a));
  if (!isTerm(name) || hasMarkup(name) || aliases.length === 0) return undefined;
  const nameHan = hasHan(name);
  const looksLikeAliases = aliases.every((a) => isTerm(a)) &&
    aliases.some((a) => hasHan(a) !== nameHan || isAcronym(a) || isAbbreviationOf(a, name));
  return looksLikeAliases ? { name, aliases } : undefined;
}

/** `Term\n: definition` (PHP Markdown Extra / Pandoc definition lists). */
export function matchDefinitionList(paragraphSource: string): { name: string; definition: string } | undefined {
  const m = /^([^\n]+)\n:[ \t]+([\s\S]+)$/.exec(paragraphSource);
  if (!m) return undefined;
  const name = m[1].trim();
  if (!isTerm(name) || hasMarkup(name)) return undefined;
  return { name, definition: collapseLineBreaks(m[2].replace(/\n:[ \t]+/g, '\n')) };
}

/** Link or HTML markup (`[[#Section]]`, `[Mac](https://…)`, `<kbd>`): never part of a concept's name. */
export function hasMarkup(s: string): boolean {
  return /\[\[|\]\]|\]\(|\]\[|<\/?[A-Za-z][^>]*>/.test(s);
}

export function isTerm(s: string): boolean {
  return s.length > 0 && s.length <= MAX_TERM_LENGTH && !/[\n。！？!?]|\.$|\. /.test(s) && !/^[\d\s.,:;-]+$/.test(s);
}

/** `cgroups` for `Control Groups`: same first letter, letters in order, shorter. */
export function isAbbreviationOf(alias: string, name: string): boolean {
  const a = alias.toLowerCase().replace(/[^a-z0-9]/g, '');
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (a.length < 2 || a.length >= n.length || a[0] !== n[0] || !/\s/.test(name.trim())) return false;
  let i = 0;
  for (const ch of n) if (ch === a[i]) i++;
  return i === a.length;
}

export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(s) && /[A-Z].*[A-Z]/.test(s);
}

export function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

