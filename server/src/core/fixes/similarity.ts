// Fuzzy matching for "did you mean" fixes. Distances count code points, so one CJK
// character is one edit, and thresholds weigh CJK characters double: `虚拟化` and
// `虚拟机` differ by one character out of three, which is a lot.

/** Lower-case, full-width folded, punctuation and separators removed. */
export function foldForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Levenshtein distance over code points; the common prefix and suffix are trimmed first (long lines). */
export function editDistance(a: string | string[], b: string | string[]): number {
  const p = typeof a === 'string' ? [...a] : a, q = typeof b === 'string' ? [...b] : b;
  let start = 0;
  while (start < p.length && start < q.length && p[start] === q[start]) start++;
  let endP = p.length, endQ = q.length;
  while (endP > start && endQ > start && p[endP - 1] === q[endQ - 1]) { endP--; endQ--; }
  const x = p.slice(start, endP), y = q.slice(start, endQ);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function weight(s: string): number {
  let w = 0;
  for (const ch of s) w += CJK.test(ch) ? 2 : 1;
  return w;
}

export interface Scored<T> { item: T; score: number }

/**
 * Candidates close enough to `wanted`, best first. A candidate that contains the wanted
 * text (or is contained in it) also counts: `#安装` → `安装-kubernetes`.
 */
export function closestMatches<T>(wanted: string, items: readonly T[], keyOf: (item: T) => string, limit = 3): Array<Scored<T>> {
  const w = foldForMatch(wanted);
  if (w === '') return [];
  const maxDistance = Math.max(1, Math.ceil(weight(w) * 0.34));
  const wLength = [...w].length;
  const scored: Array<Scored<T>> = [];
  for (const item of items) {
    const k = foldForMatch(keyOf(item));
    if (k === '') continue;
    const kLength = [...k].length;
    // The distance is at least the difference in length: skip the table when that is already too far.
    let score = k === w ? 0 : Math.abs(wLength - kLength) > maxDistance ? Infinity : editDistance(w, k);
    if (score > maxDistance && Math.min(wLength, kLength) >= 2 && (k.includes(w) || w.includes(k))) score = maxDistance;
    if (score <= maxDistance) scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score || keyOf(a.item).length - keyOf(b.item).length);
  return scored.slice(0, limit);
}
