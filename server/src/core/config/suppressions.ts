// Inline suppression comments, in the style of ESLint and markdownlint:
//   <!-- concept-notes-disable-next-line link.no-such-file -->
//   <!-- concept-notes-disable-line -->            (all codes, this line)
//   <!-- concept-notes-disable todo -->  …  <!-- concept-notes-enable todo -->
// Codes are separated by spaces or commas; a family (`todo`, `link.*`) covers its codes;
// no code at all covers every code. Comments inside code blocks and spans do not count.
import type { Note, Range } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { ALL_DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../../shared/protocol';

const COMMENT = /<!--\s*concept-notes-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

interface LineSpan { codes: Set<DiagnosticCode> | 'all'; from: number; to: number }

export interface Suppressions {
  isSuppressed(code: DiagnosticCode, range: Range): boolean;
  readonly count: number;
}

export function readSuppressions(note: Note): Suppressions {
  if (!note.text.includes('concept-notes-')) return { isSuppressed: () => false, count: 0 };
  const lines = new LineIndex(note.text);
  const spans: LineSpan[] = [];
  const open = new Map<string, { codes: Set<DiagnosticCode> | 'all'; from: number }>();
  for (const m of note.text.matchAll(COMMENT)) {
    const start = lines.positionAt(m.index!);
    if (insideCode(note, lines, start)) continue;
    const endLine = lines.positionAt(m.index! + m[0].length).line;
    const codes = parseCodes(m[2]);
    const key = codes === 'all' ? '*' : [...codes].sort().join(',');
    switch (m[1]) {
      case 'disable-next-line': spans.push({ codes, from: endLine + 1, to: endLine + 1 }); break;
      case 'disable-line': spans.push({ codes, from: start.line, to: endLine }); break;
      case 'disable': if (!open.has(key)) open.set(key, { codes, from: endLine }); break;
      case 'enable': {
        const o = open.get(key);
        if (o) { spans.push({ codes: o.codes, from: o.from, to: start.line }); open.delete(key); }
        else if (key === '*') { for (const [k, v] of open) { spans.push({ codes: v.codes, from: v.from, to: start.line }); open.delete(k); } }
        break;
      }
    }
  }
  for (const o of open.values()) spans.push({ codes: o.codes, from: o.from, to: Number.MAX_SAFE_INTEGER });
  return {
    count: spans.length,
    isSuppressed: (code, range) => spans.some((s) => range.start.line >= s.from && range.start.line <= s.to && (s.codes === 'all' || s.codes.has(code))),
  };
}

function parseCodes(list: string): Set<DiagnosticCode> | 'all' {
  const names = list.split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return 'all';
  const codes = new Set<DiagnosticCode>();
  for (const name of names) {
    const family = name.replace(/\.\*$/, '');
    for (const c of ALL_DIAGNOSTIC_CODES) if (c === name || c.startsWith(family + '.')) codes.add(c);
  }
  return codes;
}

/** Fenced/indented code and code spans; an HTML block (where comments live) starts with `<`. */
function insideCode(note: Note, lines: LineIndex, pos: Range['start']): boolean {
  return note.codeRanges.some((r) => contains(r, pos) && !/^\s*</.test(note.text.slice(lines.offsetAt(r.start), lines.offsetAt(r.start) + 64)));
}

function contains(r: Range, p: Range['start']): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character < r.end.character);
  return afterStart && beforeEnd;
}
