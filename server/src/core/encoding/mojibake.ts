import { LATIN1_STRIPPED_C1, droppedBytes, type CodePage } from './codePages';
import { completions } from './candidates';
import { isHan, type ChineseLexicon } from './chineseLexicon';
import { defaultLexicon } from './defaultLexicon';
import { detectMojibake, isSoftBreak, mergeRunsOnLines, type AcceptedRun } from './detect';
import type { CodePageGuess } from './guessCodePage';
import { addNeighbourEvidence } from './contextRules';
import { decodeLattice, type Slot, type SlotOption } from './lattice';
import { BRACKET_PAIRS, symbolLogPrior } from './symbolPriors';
import type { MojibakeUnit } from './units';

export interface RepairedSpan {
  /** UTF-16 offsets into the input text. */
  start: number;
  end: number;
  original: string;
  repaired: string;
  codePage: CodePage;
  /** 0–1: how sure both the detection and every choice among lost bytes are. */
  confidence: number;
}

export interface RepairResult {
  text: string;
  /** Length-weighted mean of the span confidences; 1 when nothing needed repair. */
  confidence: number;
  spans: RepairedSpan[];
}

export interface RepairOptions {
  /** Skip code page detection (the bytes it drops are then the ones tried). */
  codePage?: CodePage;
  /** Spans whose confidence falls below this are reported but left as they are. Default 0. */
  minConfidence?: number;
  /** The language model choosing among candidates; the bundled jieba lexicon by default. */
  lexicon?: ChineseLexicon;
}

/**
 * Reverses UTF-8 → legacy code page damage. Each damaged passage is turned back into bytes;
 * where a sequence lost bytes on the way, every completion with the bytes that code page
 * drops is tried and a Chinese word model picks the reading that makes the best words with
 * its neighbours. Text outside the damaged passages is returned exactly as it came.
 */
export function repairMojibake(text: string, options: RepairOptions = {}): RepairResult {
  const detection = detectMojibake(text);
  if (!detection) return { text, confidence: 1, spans: [] };
  const guess = options.codePage ? forcedGuess(options.codePage, detection.guess) : detection.guess;
  const lexicon = options.lexicon ?? defaultLexicon();
  const spans: RepairedSpan[] = [];
  for (const group of mergeRunsOnLines(text, detection.runs, true)) {
    const span = repairGroup(text, group, guess, lexicon);
    if (span.repaired !== span.original) spans.push(span);
  }
  const minConfidence = options.minConfidence ?? 0;
  let out = '';
  let at = 0;
  let weight = 0;
  let weighted = 0;
  for (const span of spans) {
    const apply = span.confidence >= minConfidence;
    out += text.slice(at, span.start) + (apply ? span.repaired : span.original);
    at = span.end;
    weight += span.end - span.start;
    weighted += (span.end - span.start) * span.confidence;
  }
  out += text.slice(at);
  return { text: out, confidence: weight > 0 ? weighted / weight : 1, spans };
}

/** A page named by the caller; for latin-1, whether C1 controls survived still comes from the text. */
function forcedGuess(codePage: CodePage, detected: CodePageGuess): CodePageGuess {
  if (codePage !== 'latin-1') return { codePage, dropped: droppedBytes(codePage) };
  return detected.codePage === 'latin-1' ? detected : { codePage, dropped: LATIN1_STRIPPED_C1 };
}

function repairGroup(text: string, group: AcceptedRun[], guess: CodePageGuess, lexicon: ChineseLexicon): RepairedSpan {
  const start = group[0].start;
  const end = group[group.length - 1].end;
  const slots: Slot[] = [];
  // Line breaks inside a wrapped word are kept but do not split it: text to emit before slot k.
  const carried = new Map<number, string>();
  let at = start;
  for (const run of group) {
    if (isSoftBreak(text, at, run.start)) carried.set(slots.length, text.slice(at, run.start));
    else for (; at < run.start; at++) slots.push(fixed(text[at]));
    for (const unit of run.units) slots.push(unitSlot(text, unit, guess.dropped, lexicon));
    at = run.end;
  }
  addBracketEvidence(slots);
  addNeighbourEvidence(slots, lexicon, text.slice(end, end + 2), isTitleLine(text, start));
  const { choice, margin } = decodeLattice(slots, lexicon);
  const repaired = slots.map((s, i) => (carried.get(i) ?? '') + s.options[choice[i]].text).join('');
  const detectionConfidence = Math.min(...group.map((r) => r.confidence));
  const choiceConfidence = margin.reduce((p, m) => (Number.isFinite(m) ? p * sigmoid(m) : p), 1);
  return {
    start,
    end,
    original: text.slice(start, end),
    repaired,
    codePage: guess.codePage,
    confidence: detectionConfidence * choiceConfidence,
  };
}

/**
 * A sequence that lost two bytes to a page dropping 33 of them has a thousand completions;
 * the rarest cannot win against their neighbours and only slow the lattice down.
 */
const MAX_OPTIONS_PER_SLOT = 24;

function unitSlot(text: string, unit: MojibakeUnit, dropped: number[], lexicon: ChineseLexicon): Slot {
  const candidates = completions(unit, dropped);
  // Nothing believable fits: the characters stay as they are.
  if (candidates.length === 0) return fixed(text.slice(unit.start, unit.end));
  const options = candidates.map((cp) => option(String.fromCodePoint(cp)));
  if (options.length <= MAX_OPTIONS_PER_SLOT) return { options };
  const ranked = options.map((o) => ({ o, alone: o.han ? lexicon.charLogProb(o.text) : o.prior }));
  ranked.sort((a, b) => b.alone - a.alone);
  return { options: ranked.slice(0, MAX_OPTIONS_PER_SLOT).map((r) => r.o) };
}

function option(char: string): SlotOption {
  const han = isHan(char.codePointAt(0)!);
  return { text: char, han, prior: han ? 0 : symbolLogPrior(char) };
}

function fixed(chars: string): Slot {
  return { options: [{ text: chars, han: false, prior: 0 }] };
}

/** An opening bracket is likelier when its partner follows in the same passage, and vice versa. */
function addBracketEvidence(slots: Slot[]): void {
  const certain = slots.map((s) => (s.options.length === 1 ? s.options[0].text : ''));
  const closers = new Map(Object.entries(BRACKET_PAIRS).map(([open, close]) => [close, open]));
  slots.forEach((slot, i) => {
    if (slot.options.length < 2) return;
    for (const o of slot.options) {
      const close = BRACKET_PAIRS[o.text];
      const open = closers.get(o.text);
      if (close && certain.slice(i + 1).includes(close)) o.prior += Math.log(50);
      if (open && certain.slice(0, i).includes(open)) o.prior += Math.log(50);
    }
  });
}

/** A Markdown heading, or a list item that starts with a link (a table of contents) or a bold term. */
function isTitleLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const head = text.slice(lineStart, Math.min(at, lineStart + 200));
  return /^ {0,3}#{1,6}\s|^\s*[-*+]\s+(\[|\*\*)/.test(head);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
