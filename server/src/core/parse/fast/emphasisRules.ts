// The pieces of CommonMark's emphasis rules the fast scan decides by itself (heading text,
// bold openings): which characters count as punctuation and whitespace for flanking, where
// code spans are, and when `_` can neither open nor close.

export const PUNCTUATION = /[\p{P}\p{S}]/u;
export const WHITESPACE = /[\s\p{Zs}]/u;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** A code span: a backtick run, content that neither starts nor ends with a backtick, the same run. */
export const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;

/** Can a `*` run between `before` and `after` (undefined: the paragraph ends) close emphasis? */
export function closesEmphasis(before: string, after: string | undefined): boolean {
  return !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || after === undefined || WHITESPACE.test(after) || PUNCTUATION.test(after));
}

/** `kvm_run`: an underscore between letters or digits can neither open nor close emphasis. */
export function everyUnderscoreIntraword(s: string): boolean {
  for (let i = s.indexOf('_'); i !== -1; i = s.indexOf('_', i + 1)) {
    let end = i;
    while (s[end] === '_') end++;
    if (i === 0 || end >= s.length || !ALPHANUMERIC.test(s[i - 1]) || !ALPHANUMERIC.test(s[end])) return false;
    i = end - 1;
  }
  return true;
}

/** Is the character a letter or a digit (undefined, past either end, is not)? */
export function isAlphanumeric(c: string | undefined): boolean {
  return c !== undefined && ALPHANUMERIC.test(c);
}
