// CommonMark's HTML and autolink grammar, as regular expressions anchored with the sticky
// flag so the scanners can test them at one offset without slicing the text.

const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const OPEN_TAG = String.raw`<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*\/?>`;
const CLOSING_TAG = String.raw`<\/[A-Za-z][A-Za-z0-9-]*\s*>`;

/** Inline raw HTML: a tag, comment, processing instruction, declaration or CDATA section. */
export const INLINE_HTML = new RegExp(
  `${OPEN_TAG}|${CLOSING_TAG}|<!--(?:-?>|[\\s\\S]*?-->)|<\\?[\\s\\S]*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>`, 'y');

export const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y;
export const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

const BLOCK_TAG_NAMES = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt '
  + 'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu '
  + 'menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '));

/** How an HTML block ends: at a line containing a marker, or at a blank line. */
export type HtmlBlockEnd = { marker: RegExp } | 'blank-line';

/**
 * The HTML block that starts at `line` (already stripped of container prefixes and up to
 * three spaces), if any. Kind 7 (any lone tag) cannot interrupt a paragraph.
 */
export function htmlBlockStart(line: string, inParagraph: boolean): HtmlBlockEnd | undefined {
  if (line[0] !== '<') return undefined;
  const raw = /^<(pre|script|style|textarea)(?:[\s>]|$)/i.exec(line);
  if (raw) return { marker: new RegExp(`</${raw[1]}>`, 'i') };
  if (line.startsWith('<!--')) return { marker: /-->/ };
  if (line.startsWith('<?')) return { marker: /\?>/ };
  if (line.startsWith('<![CDATA[')) return { marker: /\]\]>/ };
  if (/^<![A-Za-z]/.test(line)) return { marker: />/ };
  const block = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/.exec(line);
  if (block && BLOCK_TAG_NAMES.has(block[1].toLowerCase())) return 'blank-line';
  if (inParagraph) return undefined;
  const lone = new RegExp(`^(?:${OPEN_TAG}|${CLOSING_TAG})[ \\t]*$`).exec(line);
  // An opening `<pre>` was kind 1 above; `</pre>` and `<pre/>` are lone tags like any other.
  return lone ? 'blank-line' : undefined;
}

/** Tests a sticky pattern at `offset`; returns the match or undefined. */
export function matchAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(text) ?? undefined;
}
