/** Element ids and `<a name>`s of an HTML page: what a `#fragment` can point at. */
export function htmlIds(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    ids.add(decodeEntities(m[1] ?? m[2] ?? m[3]));
  }
  return [...ids];
}

/** Does the page have the fragment? GitHub prefixes rendered README ids with `user-content-`. */
export function hasFragment(ids: readonly string[], fragment: string): boolean {
  let decoded = fragment;
  try { decoded = decodeURIComponent(fragment); } catch { /* keep it as written */ }
  if (decoded === '' || decoded === 'top') return true;
  return ids.includes(decoded) || ids.includes(`user-content-${decoded}`) || ids.includes(`user-content-${decoded.toLowerCase()}`);
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}
