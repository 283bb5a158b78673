import { LEAD_CHARS, isComplete, scanUnitRuns, type UnitRun } from './units';
import { guessCodePage, type CodePageGuess } from './guessCodePage';
import type { CodePage } from './codePages';

/**
 * Finds text that is UTF-8 decoded with a legacy 8-bit code page. Cheap enough for lint on
 * every note: a text without any character that can stand for a UTF-8 lead byte is
 * rejected by one regular-expression test, and otherwise only lead characters are visited.
 *
 * Clean text is protected by demanding real evidence: a run of would-be UTF-8 characters
 * is `strong` when it holds two or more sequences that have continuation bytes, or one
 * complete sequence decoding to a believable character — except a lone sequence glued to
 * the end of a Latin word (`café »` with a no-break space, `„Fuß“`), which is how accented
 * letters meet punctuation in clean text. Weaker runs (`é»`, a lone `å`) count only next
 * to a strong run, on the same or a neighbouring line.
 */
export interface MojibakeSpanInfo {
  start: number;
  end: number;
  codePage: CodePage;
  confidence: number;
}

export interface AcceptedRun extends UnitRun {
  confidence: number;
}

export interface Detection {
  runs: AcceptedRun[];
  guess: CodePageGuess;
}

type Strength = 'strong' | 'weak' | 'none';

export function detectMojibake(text: string): Detection | undefined {
  LEAD_CHARS.lastIndex = 0;
  if (!LEAD_CHARS.test(text)) return undefined;
  const runs = scanUnitRuns(text);
  if (runs.length === 0) return undefined;
  const lineOf = lineNumbers(text, runs);
  const strengths = runs.map((r) => strengthOf(text, r));
  const strongLines = new Set<number>();
  runs.forEach((_, i) => strengths[i] === 'strong' && strongLines.add(lineOf[i]));
  if (strongLines.size === 0) return undefined;
  const accepted: AcceptedRun[] = [];
  runs.forEach((run, i) => {
    const line = lineOf[i];
    if (strengths[i] === 'strong') accepted.push({ ...run, confidence: strongConfidence(run) });
    else if (strengths[i] === 'weak' && (strongLines.has(line) || strongLines.has(line - 1) || strongLines.has(line + 1))) {
      accepted.push({ ...run, confidence: 0.6 });
    }
  });
  return { runs: accepted, guess: guessCodePage(text, accepted) };
}

export function findMojibakeSpans(text: string): MojibakeSpanInfo[] {
  const detection = detectMojibake(text);
  if (!detection) return [];
  return mergeRunsOnLines(text, detection.runs).map((group) => ({
    start: group[0].start,
    end: group[group.length - 1].end,
    codePage: detection.guess.codePage,
    confidence: Math.min(...group.map((r) => r.confidence)),
  }));
}

/** Groups runs that sit on one line with only ASCII between them: one damaged passage. */
export function mergeRunsOnLines<T extends UnitRun>(text: string, runs: T[]): T[][] {
  const groups: T[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && onlyAsciiWithoutNewline(text, last[last.length - 1].end, run.start)) last.push(run);
    else groups.push([run]);
  }
  return groups;
}

function onlyAsciiWithoutNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

function strengthOf(text: string, run: UnitRun): Strength {
  let completeCommon = 0;
  let completeRare = 0;
  let partial = 0;
  let lone = 0;
  for (const u of run.units) {
    if (isComplete(u)) {
      if (u.plausibility === 'common') completeCommon++;
      else completeRare++;
    } else if (u.conts.length > 0) partial++;
    else lone++;
  }
  const letterBefore = isAsciiLetter(text.charCodeAt(run.start - 1));
  const letterAfter = isAsciiLetter(text.charCodeAt(run.end));
  if (partial + completeCommon >= 2) return 'strong';
  const gluedToWordEnd = run.units.length === 1 && letterBefore && !letterAfter;
  if (completeCommon >= 1 && !gluedToWordEnd) return 'strong';
  if (completeCommon + completeRare + partial > 0) return 'weak';
  if (lone > 0 && !letterBefore && !letterAfter) return 'weak';
  return 'none';
}

function strongConfidence(run: UnitRun): number {
  const evidence = run.units.filter((u) => u.conts.length > 0).length;
  return evidence >= 3 ? 0.99 : evidence === 2 ? 0.95 : 0.85;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Line number of each run's start, counted in one forward pass. */
function lineNumbers(text: string, runs: UnitRun[]): number[] {
  const lines: number[] = [];
  let line = 0;
  let at = 0;
  for (const run of runs) {
    for (let nl = text.indexOf('\n', at); nl !== -1 && nl < run.start; nl = text.indexOf('\n', nl + 1)) line++;
    at = run.start;
    lines.push(line);
  }
  return lines;
}
