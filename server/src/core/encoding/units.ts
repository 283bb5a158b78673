import { byteOf } from './codePages';
import { decodeSequence, isContinuation, plausibility, sequenceLength, type Plausibility } from './utf8Units';

/**
 * One would-be UTF-8 character in a mis-decoded text: a lead character (Â–ô, or a Turkish
 * letter standing for a lead byte) followed by the continuation characters that belong to it.
 * Damage only ever removes continuation bytes, so `conts.length` may fall short of `length - 1`.
 */
export interface MojibakeUnit {
  /** UTF-16 offsets in the scanned text. */
  start: number;
  end: number;
  lead: number;
  conts: number[];
  /** Sequence length the lead byte announces (2–4). */
  length: number;
  /** Decoded code point when the unit is complete, else -1. */
  codePoint: number;
  /** How believable the decoded character is; `common` for an incomplete unit (not yet known). */
  plausibility: Plausibility;
}

/** Adjacent units with nothing between them: one damaged word. */
export interface UnitRun {
  start: number;
  end: number;
  units: MojibakeUnit[];
}

/** Characters that can stand for a lead byte; a text without them holds no mojibake. */
export const LEAD_CHARS = /[\u00c2-\u00f4\u011e\u011f\u0130\u015e]/g;

export function isComplete(unit: MojibakeUnit): boolean {
  return unit.conts.length === unit.length - 1;
}

/** Reads the unit whose lead character is at `i`, or undefined when it cannot be one. */
export function readUnit(text: string, i: number): MojibakeUnit | undefined {
  const lead = byteOf(text.charCodeAt(i));
  const length = sequenceLength(lead);
  if (length === 0) return undefined;
  const conts: number[] = [];
  let j = i + 1;
  while (j < text.length && conts.length < length - 1) {
    const b = byteOf(text.charCodeAt(j));
    if (!isContinuation(b)) break;
    conts.push(b);
    j++;
  }
  const complete = conts.length === length - 1;
  const codePoint = complete ? decodeSequence([lead, ...conts]) : -1;
  if (complete && plausibility(codePoint) === 'never') return undefined;
  return { start: i, end: j, lead, conts, length, codePoint, plausibility: complete ? plausibility(codePoint) : 'common' };
}

/** Splits the text into runs of adjacent units, visiting only the lead characters. */
export function scanUnitRuns(text: string, from = 0, to = text.length): UnitRun[] {
  const runs: UnitRun[] = [];
  let current: UnitRun | undefined;
  const leads = new RegExp(LEAD_CHARS.source, 'g');
  leads.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = leads.exec(text)) !== null && m.index < to) {
    const unit = readUnit(text, m.index);
    if (!unit || unit.end > to) continue;
    leads.lastIndex = unit.end;
    if (current && current.end === unit.start) {
      current.units.push(unit);
      current.end = unit.end;
    } else {
      current = { start: unit.start, end: unit.end, units: [unit] };
      runs.push(current);
    }
  }
  return runs;
}
