import { LATIN1_STRIPPED_C1, droppedBytes, evidenceOf, type CodePage } from './codePages';
import type { UnitRun } from './units';

/**
 * Which code page made the damage, and so which bytes may be missing. Decided from the
 * characters of all damaged runs together: a few letters exist in only one page.
 */
export interface CodePageGuess {
  codePage: CodePage;
  /** Continuation bytes that may have been lost, to try where a sequence is short. */
  dropped: number[];
}

export function guessCodePage(text: string, runs: UnitRun[]): CodePageGuess {
  const count = { turkish: 0, 'western-letter': 0, 'windows-symbol': 0, 'c1-control': 0, shared: 0 };
  for (const run of runs) {
    for (let i = run.start; i < run.end; i++) count[evidenceOf(text.charCodeAt(i))]++;
  }
  return guessFromCounts(count);
}

export function guessFromCounts(count: Record<ReturnType<typeof evidenceOf>, number>): CodePageGuess {
  const passesUnassignedThrough = count['c1-control'] > 0;
  if (count.turkish > 0 && count.turkish >= count['western-letter']) {
    return { codePage: 'cp1254', dropped: passesUnassignedThrough ? [0xad] : droppedBytes('cp1254') };
  }
  if (count['windows-symbol'] > 0) {
    if (passesUnassignedThrough) return { codePage: 'cp1252', dropped: [0xad] };
    // Without a Turkish or Western letter cp1252 and cp1254 look alike on CJK text; try
    // what either could have lost.
    const dropped = count['western-letter'] > 0 ? droppedBytes('cp1252') : union(droppedBytes('cp1252'), droppedBytes('cp1254'));
    return { codePage: 'cp1252', dropped };
  }
  if (passesUnassignedThrough) return { codePage: 'latin-1', dropped: [0xad] };
  // Latin-1 text without a single C1 character: whoever saved it stripped them all.
  return { codePage: 'latin-1', dropped: LATIN1_STRIPPED_C1 };
}

function union(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
