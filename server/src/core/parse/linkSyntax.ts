// Finds where a link's destination and label sit in the source, which mdast does not
// record but quick fixes and rename need.

/** For `[text](dest "title")` / `![alt](dest)`: the destination's offsets, or undefined. */
export function findInlineDestination(source: string, start: number, end: number): [number, number] | undefined {
  // The destination follows the last `](` that closes the text part.
  const open = source.lastIndexOf('](', end);
  if (open < start) return undefined;
  let i = open + 2;
  while (i < end && /[ \t\n]/.test(source[i])) i++;
  if (source[i] === '<') {
    const close = source.indexOf('>', i);
    return close === -1 || close > end ? undefined : [i + 1, close];
  }
  let depth = 0;
  let j = i;
  for (; j < end; j++) {
    const c = source[j];
    if (c === '\\') { j++; continue; }
    if (c === '(') depth++;
    else if (c === ')') { if (depth === 0) break; depth--; }
    else if (/\s/.test(c)) break;
  }
  return [i, j];
}

/** For `[label]: dest`: offsets of the label (inside the brackets) and the destination. */
export function findDefinitionParts(source: string, start: number, end: number): { label: [number, number]; dest: [number, number] } | undefined {
  const open = source.indexOf('[', start);
  const close = source.indexOf(']:', open);
  if (open === -1 || close === -1 || close > end) return undefined;
  let i = close + 2;
  while (i < end && /\s/.test(source[i])) i++;
  let j = i;
  if (source[i] === '<') { i++; j = source.indexOf('>', i); if (j === -1 || j > end) j = end; }
  else while (j < end && !/\s/.test(source[j])) j++;
  return { label: [open + 1, close], dest: [i, j] };
}

/** For reference links: offsets of the label text inside its brackets. */
export function findReferenceLabel(source: string, start: number, end: number, type: 'full' | 'collapsed' | 'shortcut'): [number, number] {
  if (type === 'full') {
    const open = source.lastIndexOf('[', end - 1);
    return open >= start ? [open + 1, end - 1] : [start, end];
  }
  const first = source[start] === '!' ? start + 1 : start;
  const close = type === 'collapsed' ? end - 3 : end - 1;
  return [first + 1, Math.max(first + 1, close)];
}
