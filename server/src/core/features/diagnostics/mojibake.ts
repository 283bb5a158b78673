import * as l10n from '@vscode/l10n';
import type { Note } from '../../model/types';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';
import { findMojibakeSpans, repairMojibake } from '../../encoding';
import { LineIndex } from '../../text/lineIndex';

const SHOWN = 24;

/**
 * UTF-8 text that was read as cp1252 / cp1254 / latin-1 and saved again, one finding per
 * damaged passage. Passages inside code are left alone: notes about encodings quote
 * mojibake on purpose. The repaired text rides along for the quick fix.
 */
export function checkMojibake(note: Note): Finding[] {
  const spans = findMojibakeSpans(note.text);
  if (spans.length === 0) return [];
  const lines = new LineIndex(note.text);
  const code = note.codeRanges.map((r) => [lines.offsetAt(r.start), lines.offsetAt(r.end)] as const);
  const repairs = new Map(repairMojibake(note.text).spans.map((s) => [s.start, s]));
  const findings: Finding[] = [];
  for (const span of spans) {
    if (code.some(([s, e]) => span.start >= s && span.end <= e && !/^\s*</.test(note.text.slice(s, s + 16)))) continue;
    const original = note.text.slice(span.start, span.end);
    const repair = repairs.get(span.start);
    const repaired = repair && repair.end === span.end ? repair.repaired : undefined;
    findings.push({
      code: DiagnosticCodes.mojibake, range: lines.rangeAt(span.start, span.end),
      message: repaired
        ? l10n.t('\'{original}\' looks like UTF-8 read as {codePage} → \'{repaired}\'. Use "Repair encoding" (or `concept-notes fix-encoding`).', { original: clip(original), codePage: span.codePage, repaired: clip(repaired) })
        : l10n.t('\'{original}\' looks like UTF-8 read as {codePage}. Use "Repair encoding" (or `concept-notes fix-encoding`).', { original: clip(original), codePage: span.codePage }),
      data: { codePage: span.codePage, confidence: span.confidence, original, repaired },
    });
  }
  return findings;
}

function clip(s: string): string {
  return s.length > SHOWN ? s.slice(0, SHOWN) + '…' : s;
}
