// Tags in a note: inline `#tag` in prose and the entries of front matter `tags`. Both
// parsers call these on the same pieces (text outside code, HTML, URLs and headings), so
// the fast scan and the remark parse find the same tags. Ranges cover the name only, not
// the `#`: a rename writes the same new name at every use, inline or front matter.
import { isTagName } from '../model/tags';

export interface TagMatch { name: string; start: number; end: number }

const TAG_RUN = /[\p{L}\p{N}\p{M}_\-/]+/uy;

/**
 * Inline tags in the text piece [from, to). A `#` starts a tag after whitespace, at the
 * start of a line or right after emphasis or a link's `[` (the piece starts there:
 * `*#tag*`), never inside a word (`C#`, `a#b`), right after HTML (`<b>#x`) or inside a wiki
 * link (`[[note#heading]]`), which `skip` lists.
 */
export function scanInlineTags(source: string, from: number, to: number, skip: ReadonlyArray<{ start: number; end: number }> = []): TagMatch[] {
  const found: TagMatch[] = [];
  let at = source.indexOf('#', from);
  while (at !== -1 && at < to - 1) {
    const before = at > 0 ? source[at - 1] : undefined;
    const starts = before === undefined || /\s/.test(before) || (at === from && /[*_~[]/.test(before));
    if (starts && !skip.some((s) => at >= s.start && at < s.end)) {
      TAG_RUN.lastIndex = at + 1;
      const m = TAG_RUN.exec(source);
      if (m) {
        const end = Math.min(at + 1 + m[0].length, to);
        const name = source.slice(at + 1, end);
        if (isTagName(name)) found.push({ name, start: at + 1, end });
        at = source.indexOf('#', end);
        continue;
      }
    }
    at = source.indexOf('#', at + 1);
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
