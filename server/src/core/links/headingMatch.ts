// Heading fragments as the name-based tools write them: the heading's text, not a slug.
// Obsidian Help, "Internal links" › "Link to a heading in a note": `[[Note#Heading]]`,
// and `[[Note#Heading#Subheading]]` for a heading under another. When Obsidian writes such
// a link it leaves out the characters a link cannot hold (`# | ^ : %% [[ ]]`, and `?`
// in file names), so `'Tasks: Toggle task done' command` is linked as
// `'Tasks Toggle task done' command`; both sides are compared without them.
import type { Heading } from '../model/types';
import { slugOf } from '../model/slug';
import { safeDecodeURIComponent } from '../text/strings';

const DROPPED = /[#|^:%[\]?\\`*]/g;

export function headingTextKey(text: string): string {
  return text.replace(DROPPED, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const keyed = new WeakMap<readonly Heading[], Map<string, number[]>>();

function headingsByKey(headings: readonly Heading[]): Map<string, number[]> {
  let map = keyed.get(headings);
  if (!map) {
    map = new Map();
    headings.forEach((h, i) => {
      for (const key of new Set([headingTextKey(h.text), h.slug])) {
        const list = map!.get(key);
        if (list) list.push(i); else map!.set(key, [i]);
      }
    });
    keyed.set(headings, map);
  }
  return map;
}

/**
 * The heading a `#A#B` fragment names: the last part by text (or slug), every earlier
 * part an enclosing heading, in order. Percent-encoding (Markdown links) is decoded.
 */
export function headingByText(headings: readonly Heading[], fragment: string): Heading | undefined {
  const parts = safeDecodeURIComponent(fragment).split('#').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const map = headingsByKey(headings);
  const keysOf = (part: string) => [headingTextKey(part), slugOf(part), part.toLowerCase()];
  const last = parts[parts.length - 1];
  const candidates = [...new Set(keysOf(last).flatMap((k) => map.get(k) ?? []))].sort((a, b) => a - b);
  for (const at of candidates) if (hasAncestors(headings, at, parts.slice(0, -1).map(keysOf))) return headings[at];
  return undefined;
}

/** Walks up from `at` through enclosing headings, matching `outer` from the innermost. */
function hasAncestors(headings: readonly Heading[], at: number, outer: string[][]): boolean {
  let want = outer.length - 1;
  let level = headings[at].level;
  for (let i = at - 1; i >= 0 && want >= 0; i--) {
    if (headings[i].level >= level) continue;
    level = headings[i].level;
    const key = headingTextKey(headings[i].text);
    if (outer[want].includes(key) || outer[want].includes(headings[i].slug)) want--;
  }
  return want < 0;
}
