// Scanners for syntax remark does not model: wiki links, HTML anchors, TODO markers.
// Each works on raw source between two offsets and returns offsets; the caller turns
// them into ranges.

export interface WikiLinkMatch { start: number; end: number; target: string; alias?: string; targetStart: number; targetEnd: number }

const WIKI_LINK = /\[\[([^\[\]\n|]+)(?:\|([^\[\]\n]*))?\]\]/g;

export function scanWikiLinks(source: string, from: number, to: number): WikiLinkMatch[] {
  const slice = source.slice(from, to);
  const found: WikiLinkMatch[] = [];
  for (const m of slice.matchAll(WIKI_LINK)) {
    const target = m[1];
    // `[[ -f x ]]` shell tests and `[[12]]` citations are not wiki links.
    if (/^\s|\s$/.test(target) || /^\d+$/.test(target.trim())) continue;
    const start = from + m.index!;
    found.push({ start, end: start + m[0].length, target, alias: m[2], targetStart: start + 2, targetEnd: start + 2 + target.length });
  }
  return found;
}

export interface HtmlLinkMatch { start: number; end: number; target: string; targetStart: number; isImage: boolean }

const HTML_LINK = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi;

export function scanHtmlLinks(source: string, from: number, to: number): HtmlLinkMatch[] {
  const slice = source.slice(from, to);
  const found: HtmlLinkMatch[] = [];
  for (const m of slice.matchAll(HTML_LINK)) {
    const value = m[4] ?? m[5] ?? '';
    const valueOffset = m.index! + m[0].length - value.length - 1;
    found.push({ start: from + m.index!, end: from + m.index! + m[0].length, target: value, targetStart: from + valueOffset, isImage: m[1].toLowerCase() === 'img' });
  }
  return found;
}

export interface TodoMatch { start: number; end: number; marker: string; text: string }

export const DEFAULT_TODO_MARKERS = ['TODO', 'FIXME', 'XXX'];

/** One compiled pattern per marker list: the line scan calls this once per line of a 10 MB note. */
const todoPatterns = new Map<string, RegExp>();

function todoPattern(markers: string[]): RegExp {
  const key = markers.join('\u0000');
  let pattern = todoPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?<![A-Za-z0-9_])(${markers.map(escapeRegExp).join('|')})(?![A-Za-z0-9_])`, 'g');
    if (todoPatterns.size > 16) todoPatterns.clear();
    todoPatterns.set(key, pattern);
  }
  return pattern;
}

export function scanTodoMarkers(source: string, from: number, to: number, markers = DEFAULT_TODO_MARKERS): TodoMatch[] {
  if (markers.length === 0) return [];
  const pattern = todoPattern(markers);
  const slice = source.slice(from, to);
  const found: TodoMatch[] = [];
  for (const m of slice.matchAll(pattern)) {
    // The text runs to the line's end, whichever line ending it has.
    const lineEnd = slice.slice(m.index!).search(/[\r\n]/);
    const text = slice.slice(m.index!, lineEnd === -1 ? undefined : m.index! + lineEnd).trim();
    found.push({ start: from + m.index!, end: from + m.index! + m[0].length, marker: m[1], text });
  }
  return found;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ReferenceMatch { start: number; end: number; text: string; label: string; labelStart: number; labelEnd: number; type: 'full' | 'collapsed' }

// `dp[i][j]`, `rmap[level][idx]`: brackets glued to an ASCII identifier are indexing, not links.
const UNRESOLVED_REFERENCE = /(?<![\]\\!\w)])\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]/g;

/**
 * `[text][label]` and `[label][]` whose label has no definition stay plain text in
 * CommonMark, so remark does not report them; they are broken references. Shortcut
 * `[label]` is left alone: bracketed prose and `[1]` citations look the same.
 */
export function scanUnresolvedReferences(source: string, from: number, to: number): ReferenceMatch[] {
  const slice = source.slice(from, to);
  const found: ReferenceMatch[] = [];
  for (const m of slice.matchAll(UNRESOLVED_REFERENCE)) {
    const collapsed = m[2] === '';
    const label = collapsed ? m[1] : m[2];
    if (label.startsWith('^') || label.trim() === '') continue;
    const start = from + m.index!;
    const labelStart = collapsed ? start + 1 : start + m[1].length + 3;
    found.push({ start, end: start + m[0].length, text: m[1], label, labelStart, labelEnd: labelStart + label.length, type: collapsed ? 'collapsed' : 'full' });
  }
  return found;
}
