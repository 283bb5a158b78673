// Hostile note contents, generated at test time (nothing large is committed). Each entry
// says what it is and how to build its bytes; sizes are what the brief of each case needs.

export interface HostileInput {
  name: string;
  bytes: () => Uint8Array;
  /** True when the bytes are valid text an editor could hold (didOpen takes a string). */
  isText: boolean;
  /** What tells the user about it: the note's problem (also logged) or a diagnostic message. */
  message?: RegExp;
  /** The fast scan reads it completely: no problem, not the line scan, this many links (when given). */
  readInFull?: { links?: number };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

function binary(size: number): Uint8Array {
  // A deterministic PNG-like blob: a header, then bytes with many NULs.
  const out = new Uint8Array(size);
  const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  out.set(header);
  let x = 12345;
  for (let i = header.length; i < size; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; out[i] = x % 3 === 0 ? 0 : x & 0xff; }
  return out;
}

export const SAMPLE_TEXT = '# 标题 Title\n\n**容器**：一种隔离进程的技术。See [other](other.md) and [[Other]].\n\nTODO finish\n';

export const hostileInputs: HostileInput[] = [
  { name: 'binary file with a .md name', bytes: () => binary(64 * 1024), isText: false, message: /binary/ },
  { name: 'invalid UTF-8 (lone continuation bytes, truncated sequences, overlongs)', isText: false, message: /UTF-8/,
    bytes: () => new Uint8Array([...utf8('# Bad\n\nbefore '), 0x80, 0xbf, 0xc0, 0xaf, 0xe4, 0xb8, 0x20, 0xf4, 0x90, 0x80, 0x80, ...utf8(' after [x](y.md)\n'), 0xe4]) },
  { name: 'UTF-16 LE with BOM', bytes: () => utf16(SAMPLE_TEXT, false), isText: false, message: /UTF-16LE/ },
  { name: 'UTF-16 BE with BOM', bytes: () => utf16(SAMPLE_TEXT, true), isText: false, message: /UTF-16BE/ },
  { name: 'UTF-16 LE with BOM and an odd byte count', bytes: () => { const b = utf16(SAMPLE_TEXT, false); return b.subarray(0, b.length - 1); }, isText: false, message: /UTF-16LE/ },
  { name: '10 MB note', isText: true, message: /MB, over the full-parse limit/,
    bytes: () => utf8(('## Section\n\nSome prose about **术语**：解释 and a [link](a.md) TODO.\n\n').repeat(Math.ceil(10_000_000 / 70))) },
  // 100,000 levels by indentation would be 10 GB, so the list nests by markers on one line.
  { name: '100,000 nested list levels', isText: true, message: /quick line scan/, bytes: () => utf8('- '.repeat(100_000) + 'deep\n') },
  { name: '100,000 nested ordered list levels', isText: true, message: /quick line scan/, bytes: () => utf8('1. '.repeat(100_000) + 'deep\n') },
  { name: '2,000 list levels by indentation (4 MB)', isText: true, message: /nests quotes or lists/,
    bytes: () => utf8(Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n')) },
  { name: '100,000 nested quote levels', isText: true, message: /quick line scan/, bytes: () => utf8('>'.repeat(100_000) + ' deep\n') },
  { name: '100,000 nested quote levels (spaced)', isText: true, message: /quick line scan/, bytes: () => utf8('> '.repeat(100_000) + 'deep\n') },
  { name: '2,000 lines each one quote level deeper', isText: true, message: /nests quotes or lists/,
    bytes: () => { const parts: string[] = []; for (let i = 1; i <= 2000; i++) parts.push('>'.repeat(i) + ' q'); return utf8(parts.join('\n')); } },
  { name: 'a single 5 MB line', isText: true, message: /MB, over the full-parse limit/, bytes: () => utf8('word [a](b.md) '.repeat(Math.ceil(5_000_000 / 15))) },
  { name: 'a single 5 MB line of brackets', isText: true, readInFull: {}, bytes: () => utf8('['.repeat(2_500_000) + ']('.repeat(1_250_000)) },
  { name: '50,000 links in one note', isText: true, readInFull: { links: 100_000 },
    bytes: () => utf8(Array.from({ length: 50_000 }, (_, i) => `- [link ${i}](missing-${i % 500}.md#h${i}) [[Wiki ${i % 300}]]`).join('\n') + '\n') },
  { name: '50,000 links on one paragraph line', isText: true, readInFull: { links: 50_000 }, bytes: () => utf8(Array.from({ length: 50_000 }, (_, i) => `[l${i}](n${i}.md)`).join(' ')) },
  { name: 'NUL bytes in prose', isText: true, bytes: () => utf8('# Nul\u0000 title\n\ntext\u0000with\u0000nuls [a\u0000](b\u0000.md)\n') },
  { name: 'CRLF line endings', isText: true, bytes: () => utf8('# A\r\n\r\n**术语**：解释。\r\n\r\n[x](missing.md)\r\nTODO one\r\n') },
  { name: 'lone CR line endings', isText: true, bytes: () => utf8('# A\r\r**术语**：解释。\r\r[x](missing.md)\rTODO one\r') },
  { name: 'huge front matter (2 MB YAML)', isText: true, readInFull: {},
    bytes: () => utf8('---\n' + Array.from({ length: 60_000 }, (_, i) => `key${i}: "value number ${i} with some padding text"`).join('\n') + '\ntitle: Huge\n---\n\n# Body\n') },
  { name: 'huge front matter (2 MB single scalar)', isText: true, readInFull: {}, bytes: () => utf8('---\ntitle: "' + 'x'.repeat(2_000_000) + '"\n---\n# Body\n') },
  { name: 'malformed YAML front matter', isText: true, message: /not valid YAML/, bytes: () => utf8('---\ntitle: [unclosed\naliases: {a: \n  - : :\n\t tab\n---\n# Body\n') },
  { name: 'YAML alias bomb', isText: true, message: /not valid YAML/,
    bytes: () => utf8('---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\naliases: *f\n---\n# Bomb\n') },
  { name: 'YAML deeply nested flow sequence', isText: true, message: /not valid YAML/, bytes: () => utf8('---\ntags: ' + '['.repeat(50_000) + ']'.repeat(50_000) + '\n---\n# Deep\n') },
  { name: 'unterminated front matter', isText: true, bytes: () => utf8('---\ntitle: x\n' + 'k: v\n'.repeat(10_000)) },
  { name: 'lone surrogates and BOM in the middle', isText: true, bytes: () => utf8('# \uFEFFA\n\n\uD800 broken \uDC00 [x](\uD83D.md)\n') },
  { name: '10,000 nested emphasis / brackets', isText: true, message: /quick line scan/, bytes: () => utf8('*'.repeat(10_000) + 'x' + '*'.repeat(10_000) + '\n\n' + '['.repeat(10_000) + 'x' + ']'.repeat(10_000) + '\n') },
  { name: 'a 1 MB table row', isText: true, readInFull: {}, bytes: () => utf8('| a | b |\n|---|---|\n' + '| x '.repeat(250_000) + '|\n') },
];
