// Tags in a note: inline `#tag` in prose and the entries of front matter `tags`. Both
// parsers call these on the same pieces (text outside code, HTML, URLs and headings), so
// the fast scan and the remark parse find the same tags. Ranges cover the name only, not
// the `#`: a rename writes the same new name at every use, inline or front matter.
import { TAG_CHAR, isTagName } from '../model/tags';

export interface TagMatch { name: string; start: number; end: number }

/**
 * Inline tags in the text piece [from, to). A `#` starts a tag after whitespace, at the
 * start of a line or right after emphasis or a link's `[` (the piece starts there:
 * `*#tag*`), never inside a word (`C#`, `a#b`), right after HTML (`<b>#x`) or inside a wiki
 * link (`[[note#heading]]`), which `skip` lists.
 */
export function scanInlineTags(source: string, from: number, to: number, skip: ReadonlyArray<{ start: number; end: number }> = []): TagMatch[] {
  const found: TagMatch[] = [];
  // `skip` is in source order, as the `#`s are: one pointer keeps this linear.
  let nextSkip = 0;
  const skipped = (at: number) => {
    while (nextSkip < skip.length && skip[nextSkip].end <= at) nextSkip++;
    return nextSkip < skip.length && skip[nextSkip].start <= at;
  };
  // A bounded loop, not indexOf: that would search past `to` to the note's end for every piece.
  for (let at = from; at < to - 1; at++) {
    if (source.charCodeAt(at) !== 35) continue; // '#'
    const before = at > 0 ? source[at - 1] : undefined;
    const starts = before === undefined || /\s/.test(before) || (at === from && /[*_~[]/.test(before));
    if (!starts || skipped(at)) continue;
    let end = at + 1;
    while (end < to) {
      const code = source.codePointAt(end)!;
      const width = code > 0xffff ? 2 : 1;
      if (end + width > to || !TAG_CHAR.test(String.fromCodePoint(code))) break;
      end += width;
    }
    if (end === at + 1) continue;
    const name = source.slice(at + 1, end);
    if (isTagName(name)) found.push({ name, start: at + 1, end });
    at = end - 1;
  }
  return found;
}

/**
 * Where the front matter's `tags` entries are written, in the order `names` lists them
 * (readFrontMatter's values): each is found as a whole token after the `tags:` key, before
 * the next top-level key. A leading `#` (`"#a"`) is not part of the name. Entries that are
 * not valid tags are left out. One pass over the tokens, however many tags there are.
 */
export function scanFrontMatterTags(source: string, from: number, to: number, names: readonly string[]): TagMatch[] {
  if (names.length === 0) return [];
  const block = source.slice(from, to);
  const key = /^(tags?)[ \t]*:/m.exec(block);
  if (!key) return [];
  const regionStart = key.index + key[0].length;
  const next = /\n[^\s#\-][^\n]*:/g;
  next.lastIndex = regionStart;
  const nextKey = next.exec(block);
  const regionEnd = nextKey ? nextKey.index : block.length;
  const positions = new Map<string, number[]>();
  for (const t of block.slice(regionStart, regionEnd).matchAll(/[^\s\[\],"'#]+/g)) {
    const list = positions.get(t[0]) ?? [];
    list.push(from + regionStart + t.index);
    positions.set(t[0], list);
  }
  const used = new Map<string, number>();
  const found: TagMatch[] = [];
  let cursor = -1;
  for (const raw of names) {
    const name = raw.replace(/^#/, '');
    if (!isTagName(name)) continue;
    const list = positions.get(name);
    if (!list) continue;
    let k = used.get(name) ?? 0;
    while (k < list.length && list[k] <= cursor) k++;
    if (k >= list.length) continue;
    used.set(name, k + 1);
    cursor = list[k];
    found.push({ name, start: list[k], end: list[k] + name.length });
  }
  return found;
}
