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
 * to a strong run, on the same or a neighbouring line — or anywhere in a text whose
 * would-be sequences are nearly all strong, i.e. a text damaged as a whole.
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
  const wholeTextDamaged = mostlyStrong(runs, strengths);
  const accepted: AcceptedRun[] = [];
  runs.forEach((run, i) => {
    const line = lineOf[i];
    if (strengths[i] === 'strong') accepted.push({ ...run, confidence: strongConfidence(run) });
    else if (strengths[i] === 'weak') {
      const nearStrong = strongLines.has(line) || strongLines.has(line - 1) || strongLines.has(line + 1);
      if (nearStrong || wholeTextDamaged) accepted.push({ ...run, confidence: nearStrong ? 0.7 : 0.6 });
    }
  });
  return { runs: accepted, guess: guessCodePage(text, accepted) };
}

export function findMojibakeSpans(text: string): MojibakeSpanInfo[] {
  const detection = detectMojibake(text);
  if (!detection) return [];
  // Grouped exactly as repairMojibake groups, so each span here has one repair there.
  return mergeRunsOnLines(text, detection.runs, true).map((group) => ({
    start: group[0].start,
    end: group[group.length - 1].end,
    codePage: detection.guess.codePage,
    confidence: Math.min(...group.map((r) => r.confidence)),
  }));
}

/**
 * Groups runs that sit on one line with only ASCII between them: one damaged passage.
 * With `acrossSoftBreaks`, a run that ends a line also joins the run that starts the next
 * one after indentation: a paragraph wrapped inside a word (`课程材` / `料`) reads on.
 */
export function mergeRunsOnLines<T extends UnitRun>(text: string, runs: T[], acrossSoftBreaks = false): T[][] {
  const groups: T[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    const from = last?.[last.length - 1].end ?? 0;
    if (last && (onlyAsciiWithoutNewline(text, from, run.start) || (acrossSoftBreaks && isSoftBreak(text, from, run.start)))) {
      last.push(run);
    } else groups.push([run]);
  }
  return groups;
}

/** A line break plus indentation (or block-quote markers) and nothing else. */
export function isSoftBreak(text: string, from: number, to: number): boolean {
  return to > from && /^\r?\n[ \t>]*$/.test(text.slice(from, to));
}

function onlyAsciiWithoutNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

function strengthOf(text: string, run: UnitRun): Strength {
  // Lone lead characters at either end of a run are most likely letters of a Latin word
  // (`éÃ©` in a made-up word); judge the run by what lies between them.
  let first = 0;
  let last = run.units.length - 1;
  while (first <= last && run.units[first].conts.length === 0) first++;
  while (last >= first && run.units[last].conts.length === 0) last--;
  if (first > last) {
    const alone = !isLatinLetter(text.charCodeAt(run.start - 1)) && !isLatinLetter(text.charCodeAt(run.end));
    return alone ? 'weak' : 'none';
  }
  const units = run.units.slice(first, last + 1);
  let completeCommon = 0;
  let completeRare = 0;
  let partial = 0;
  for (const u of units) {
    if (isComplete(u)) {
      if (u.plausibility === 'common') completeCommon++;
      else completeRare++;
    } else if (u.conts.length > 0) partial++;
  }
  if (partial + completeCommon >= 2) return 'strong';
  if (completeCommon === 1) {
    // One sequence alone: believable unless it is an accented letter meeting punctuation
    // at a word's end, or a two-byte pairing of a capital with a symbol outside Â/Ã (those
    // two leads give the Latin-1 letters and signs of real mojibake).
    const u = units.find(isComplete)!;
    const letterBefore = first > 0 || isLatinLetter(text.charCodeAt(run.start - 1));
    const letterAfter = last < run.units.length - 1 || isLatinLetter(text.charCodeAt(run.end));
    const gluedToWordEnd = letterBefore && !letterAfter;
    if (!gluedToWordEnd && (u.length > 2 || u.lead === 0xc2 || u.lead === 0xc3)) return 'strong';
  }
  return completeCommon + completeRare + partial > 0 ? 'weak' : 'none';
}

/** A damaged text: at least three strong runs and most units in strong runs. */
function mostlyStrong(runs: UnitRun[], strengths: Strength[]): boolean {
  let strongRuns = 0;
  let strongUnits = 0;
  let otherUnits = 0;
  runs.forEach((run, i) => {
    if (strengths[i] === 'strong') {
      strongRuns++;
      strongUnits += run.units.length;
    } else if (run.units.some((u) => u.conts.length > 0)) otherUnits += run.units.length;
  });
  return strongRuns >= 3 && strongUnits >= 4 * otherUnits;
}

function strongConfidence(run: UnitRun): number {
  const evidence = run.units.filter((u) => u.conts.length > 0).length;
  return evidence >= 3 ? 0.99 : evidence === 2 ? 0.95 : 0.85;
}

/** ASCII and Latin-1/Latin Extended-A letters (NaN, past the text's ends, is none). */
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
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
