// Tag identity and syntax, after Obsidian's rules (help.obsidian.md, "Tags"): a tag holds
// letters, digits, `_`, `-` and `/` (nested tags `#a/b`), no spaces, and at least one
// character that is not a digit (`#1984` is no tag, `#y1984` is). Tags are case-insensitive.

/** One character of a tag: a letter or digit of any script (CJK too), a combining mark, `_`, `-` or `/`. */
export const TAG_CHAR = /[\p{L}\p{N}\p{M}_\-/]/u;
const TAG_NAME = /^[\p{L}\p{N}\p{M}_\-/]+$/u;

/** Whether `name` (without `#`) is a tag Obsidian would accept. */
export function isTagName(name: string): boolean {
  return TAG_NAME.test(name) && /[^0-9]/.test(name);
}

/** The key one tag is known by: `#EPT` and `#ept` are the same tag. */
export function tagKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
