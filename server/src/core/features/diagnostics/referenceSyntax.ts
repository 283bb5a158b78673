// Two broken-link shapes that CommonMark leaves as plain text, so the parser never
// reports them: a footnote call with no definition (`[^3]`), and a link written
// backwards (`(text)[https://…]`). Both are what the author meant as a link.
import * as l10n from '@vscode/l10n';
import type { Note } from '../../model/types';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';
import { LineIndex } from '../../text/lineIndex';
import { normalizeLabel } from '../../model/labels';

const FOOTNOTE_CALL = /\[\^([^\]\s]+)\]/g;
const REVERSED_LINK = /\(([^()\n]{0,200})\)\[((?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/)[^\]\s]+|[^\]\s]+\.(?:md|markdown)(?:#[^\]\s]*)?)\](?![(\[:])/gi;

export function checkReferenceSyntax(note: Note): Finding[] {
  if (!note.text.includes('[')) return [];
  const lines = new LineIndex(note.text);
  const code = note.codeRanges.map((r) => [lines.offsetAt(r.start), lines.offsetAt(r.end)] as const)
    .filter(([s]) => !/^\s*</.test(note.text.slice(s, s + 16))); // HTML blocks hold prose-like text too, but no Markdown
  const inCode = (offset: number) => code.some(([s, e]) => offset >= s && offset < e);
  const findings: Finding[] = [];

  const defined = new Set(note.footnotes.filter((f) => f.isDefinition).map((f) => f.label));
  for (const m of note.text.matchAll(FOOTNOTE_CALL)) {
    const start = m.index!;
    const label = normalizeLabel(m[1]);
    if (defined.has(label) || inCode(start) || isDefinitionStart(note.text, start) || note.text[start - 1] === '\\') continue;
    findings.push({
      code: DiagnosticCodes.noSuchReference, range: lines.rangeAt(start + 1, start + m[0].length - 1),
      message: l10n.t("No footnote definition found: '[^{label}]'. Add a line `[^{label}]: …` or remove the call.", { label: m[1] }),
      data: { label: '^' + m[1], footnote: true },
    });
  }
  for (const m of note.text.matchAll(REVERSED_LINK)) {
    const start = m.index!;
    if (inCode(start) || note.text[start - 1] === ']') continue;
    findings.push({
      code: DiagnosticCodes.noSuchReference, range: lines.rangeAt(start, start + m[0].length),
      message: l10n.t('This looks like a link written backwards: ({text})[{target}]. Write [{text}]({target}).', { text: m[1], target: m[2] }),
      data: { label: normalizeLabel(m[2]), reversed: true, text: m[1], target: m[2] },
    });
  }
  return findings;
}

/** `[^1]: text` at the start of a line defines the footnote; it is not a call. */
function isDefinitionStart(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^ {0,3}$/.test(text.slice(lineStart, start)) && /^\[\^[^\]\s]+\]:/.test(text.slice(start, start + 200));
}
