/**
 * Character accuracy of the mojibake repair against the naive reverse (encode with the
 * code page, decode as UTF-8), on Chinese Markdown from the third-party corpora damaged the
 * way real files are: UTF-8 decoded with a legacy code page, the bytes it cannot show and
 * soft hyphens dropped, saved again.
 *
 *   npx tsx bench/mojibake-accuracy.ts            # all corpora, all damage kinds
 *   MOJIBAKE_BENCH_MAX_CHARS=200000 npx tsx …      # cap the text taken per corpus
 *
 * Accuracy = 1 - (edit distance to the clean original) / (characters in the original),
 * computed line by line (the damage never touches line breaks). "non-ASCII" restricts the
 * count to the lines' non-ASCII characters, the only ones the damage can hit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { damageAs, type CodePage } from '../server/src/core/encoding/codePages';
import { findMojibakeSpans, repairMojibake } from '../server/src/core/encoding/index';
import { editDistance } from '../server/src/core/fixes/similarity';

const repoRoot = path.resolve(__dirname, '..');
const corporaRoot = path.resolve(repoRoot, '..', 'shared', 'corpora');
const maxCharsPerCorpus = Number(process.env.MOJIBAKE_BENCH_MAX_CHARS ?? 600_000);
/** A file counts as Chinese when this share of its non-space characters is CJK. */
const MIN_CJK_SHARE = 0.2;

interface Damage {
  name: string;
  codePage: CodePage;
  stripC1: boolean;
  /** Share of the corpus budget measured (the hardest case is slow: 33 bytes may be lost). */
  budgetShare: number;
}

const DAMAGES: Damage[] = [
  { name: 'cp1254', codePage: 'cp1254', stripC1: false, budgetShare: 1 },
  { name: 'cp1252', codePage: 'cp1252', stripC1: false, budgetShare: 1 },
  { name: 'latin-1', codePage: 'latin-1', stripC1: false, budgetShare: 1 },
  { name: 'latin-1, C1 stripped', codePage: 'latin-1', stripC1: true, budgetShare: 0.1 },
];

interface Tally {
  chars: number;
  nonAscii: number;
  oursErrors: number;
  naiveErrors: number;
  oursNonAsciiErrors: number;
  naiveNonAsciiErrors: number;
  files: number;
  filesPerfect: number;
  ms: number;
}

function main(): void {
  const corpora = fs.readdirSync(corporaRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const rows: string[][] = [];
  const totals = new Map<string, Tally>();
  for (const corpus of corpora) {
    const files = chineseFiles(path.join(corporaRoot, corpus));
    for (const damage of DAMAGES) {
      const tally = emptyTally();
      let budget = maxCharsPerCorpus * damage.budgetShare;
      for (const file of files) {
        if (file.length > budget) break;
        budget -= file.length;
        measureFile(file, damage, tally);
      }
      rows.push(row(corpus, damage.name, tally));
      const total = totals.get(damage.name) ?? emptyTally();
      addInto(total, tally);
      totals.set(damage.name, total);
    }
  }
  for (const [name, tally] of totals) rows.push(row('ALL', name, tally));
  printDetectorCost(corpora);
  printTable(['corpus', 'damage', 'files', 'chars', 'ours', 'naive', 'ours non-ASCII', 'naive non-ASCII', 'files perfect', 'repair ms'], rows);
}

/** The lint-side detector over every file of every corpus (clean text): hits and time. */
function printDetectorCost(corpora: string[]): void {
  const texts = corpora.flatMap((c) => markdownFiles(path.join(corporaRoot, c))).map((f) => fs.readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const started = performance.now();
  const hits = texts.reduce((n, t) => n + findMojibakeSpans(t).length, 0);
  const ms = performance.now() - started;
  console.log(`findMojibakeSpans: ${texts.length} files, ${(chars / 1e6).toFixed(1)} M chars, ${hits} spans, ${ms.toFixed(0)} ms`);
  console.log('(the spans are real upstream mojibake: tree(1) output pasted as cp1252 in two azuredisk.md files)\n');
}

function measureFile(text: string, damage: Damage, tally: Tally): void {
  const damaged = damageAs(text, damage.codePage, { stripC1: damage.stripC1 });
  const naive = iconv.decode(iconv.encode(damaged, iconvName(damage.codePage)), 'utf8');
  const started = performance.now();
  const ours = repairMojibake(damaged).text;
  tally.ms += performance.now() - started;
  const original = text.split('\n');
  const oursLines = ours.split('\n');
  const naiveLines = naive.split('\n');
  let fileErrors = 0;
  original.forEach((line, i) => {
    const chars = [...line];
    const nonAscii = chars.filter((c) => c.charCodeAt(0) >= 0x80).length;
    tally.chars += chars.length;
    tally.nonAscii += nonAscii;
    const oursErr = lineErrors(chars, oursLines[i] ?? '');
    const naiveErr = lineErrors(chars, naiveLines[i] ?? '');
    tally.oursErrors += oursErr;
    tally.naiveErrors += naiveErr;
    // Edits can only fall on non-ASCII characters (ASCII is never damaged), so the same
    // count is the non-ASCII error count; capped in case a line went wholly wrong.
    tally.oursNonAsciiErrors += Math.min(oursErr, nonAscii);
    tally.naiveNonAsciiErrors += Math.min(naiveErr, nonAscii);
    fileErrors += oursErr;
  });
  tally.files++;
  if (fileErrors === 0) tally.filesPerfect++;
}

function iconvName(codePage: CodePage): string {
  return codePage === 'latin-1' ? 'latin1' : codePage === 'cp1252' ? 'windows-1252' : 'windows-1254';
}

function lineErrors(original: string[], candidate: string): number {
  const other = [...candidate];
  if (other.length === original.length && other.every((c, i) => c === original[i])) return 0;
  return editDistance(original, other);
}

/** Chinese Markdown files of a corpus, in path order, until the character budget is spent. */
function chineseFiles(root: string): string[] {
  const texts: string[] = [];
  let budget = maxCharsPerCorpus;
  for (const file of markdownFiles(root).sort()) {
    const text = fs.readFileSync(file, 'utf8');
    if (text.includes('\uFFFD') || cjkShare(text) < MIN_CJK_SHARE) continue;
    if (text.length > budget) continue;
    budget -= text.length;
    texts.push(text);
  }
  return texts;
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(p));
    else if (/\.(md|markdown)$/i.test(entry.name)) out.push(p);
  }
  return out;
}

function cjkShare(text: string): number {
  const visible = text.replace(/\s/g, '');
  const cjk = visible.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g)?.length ?? 0;
  return visible.length === 0 ? 0 : cjk / visible.length;
}

function emptyTally(): Tally {
  return { chars: 0, nonAscii: 0, oursErrors: 0, naiveErrors: 0, oursNonAsciiErrors: 0, naiveNonAsciiErrors: 0, files: 0, filesPerfect: 0, ms: 0 };
}

function addInto(total: Tally, t: Tally): void {
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += t[key];
}

function percent(errors: number, of: number): string {
  return of === 0 ? '-' : `${(100 * (1 - errors / of)).toFixed(2)}%`;
}

function row(corpus: string, damage: string, t: Tally): string[] {
  return [
    corpus, damage, String(t.files), String(t.chars),
    percent(t.oursErrors, t.chars), percent(t.naiveErrors, t.chars),
    percent(t.oursNonAsciiErrors, t.nonAscii), percent(t.naiveNonAsciiErrors, t.nonAscii),
    String(t.filesPerfect), t.ms.toFixed(0),
  ];
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

main();
