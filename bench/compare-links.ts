// Link diagnostics of Concept Notes vs vscode-markdown-languageservice (the engine of VS
// Code's Markdown support), on every corpus, in one process. Prints counts per code and
// writes bench/results/compare-links.json with every disagreement (found by one tool only).
// Usage: npx tsx bench/compare-links.ts [corpus-name…]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser } from '../server/src/core';
import { FsWorkspace } from '../server/src/node/fsWorkspace';
import { silentLogger } from '../server/src/core/workspace';
import { createFindingChecks } from '../server/src/core/features/diagnostics/extraChecks';
import { DEFAULT_SETTINGS } from '../shared/protocol';
import { createPeer } from './perf/peer';
import { markdownFiles } from './perf/corpus';

const repo = path.resolve(__dirname, '..');
const corporaDir = path.resolve(repo, '..', 'shared', 'corpora');
const LINK_CODES = ['link.no-such-file', 'link.no-such-header-in-file', 'link.no-such-header-in-own-file', 'link.no-such-reference', 'link.unused-definition', 'link.duplicate-definition', 'link.ambiguous', 'link.no-such-block'];

interface Finding { file: string; line: number; character: number; code: string; message: string; source: string }
interface Disagreement extends Finding { foundBy: 'ours' | 'vscode'; corpus: string; lineText: string }

async function vscodeFindings(folder: string, files: string[]): Promise<Finding[]> {
  const peer = await createPeer(folder, files);
  const out: Finding[] = [];
  for (const uri of peer.docs.keys()) {
    for (const d of await peer.diagnostics(uri)) out.push({ file: rel(folder, uri), line: d.line, character: d.character, code: d.code, message: d.message, source: 'vscode' });
  }
  peer.dispose();
  return out;
}

async function ourFindings(folder: string): Promise<Finding[]> {
  const workspace = new FsWorkspace([folder], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
  const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS, configFile: {} } as never, extraChecks: createFindingChecks() });
  await service.indexWorkspace();
  const out: Finding[] = [];
  for (const uri of service.noteUris().sort()) {
    for (const d of await service.diagnostics(uri)) {
      if (LINK_CODES.includes(d.code)) out.push({ file: rel(folder, uri), line: d.range.start.line, character: d.range.start.character, code: d.code, message: d.message, source: 'ours' });
    }
  }
  return out;
}

function rel(folder: string, uri: string): string {
  return path.relative(folder, URI.parse(uri).fsPath).split(path.sep).join('/');
}

/** Same file, line and code = the same problem (the tools underline slightly different spans). */
function diff(ours: Finding[], theirs: Finding[]): { agreed: number; onlyOurs: Finding[]; onlyTheirs: Finding[] } {
  const key = (f: Finding) => `${f.file}\u0000${f.line}\u0000${f.code}`;
  const pool = new Map<string, Finding[]>();
  for (const t of theirs) pool.set(key(t), [...(pool.get(key(t)) ?? []), t]);
  const onlyOurs: Finding[] = [];
  let agreed = 0;
  for (const o of ours) {
    const list = pool.get(key(o));
    if (list?.length) { list.shift(); agreed++; } else onlyOurs.push(o);
  }
  return { agreed, onlyOurs, onlyTheirs: [...pool.values()].flat() };
}

function countByCode(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of LINK_CODES) counts[c] = 0;
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
}

async function main() {
  const wanted = process.argv.slice(2);
  const corpora = fs.readdirSync(corporaDir).filter((n) => fs.statSync(path.join(corporaDir, n)).isDirectory() && (wanted.length === 0 || wanted.includes(n)));
  const summary: Record<string, unknown> = {};
  const disagreements: Disagreement[] = [];
  for (const name of corpora) {
    const folder = path.join(corporaDir, name);
    const files = markdownFiles(folder);
    let t = performance.now();
    const theirs = await vscodeFindings(folder, files);
    const vscodeMs = Math.round(performance.now() - t);
    t = performance.now();
    const ours = await ourFindings(folder);
    const oursMs = Math.round(performance.now() - t);
    const { agreed, onlyOurs, onlyTheirs } = diff(ours, theirs);
    const lineOf = (f: Finding) => fs.readFileSync(path.join(folder, f.file), 'utf8').split(/\r\n|\r|\n/)[f.line]?.trim().slice(0, 200) ?? '';
    for (const f of onlyOurs) disagreements.push({ ...f, foundBy: 'ours', corpus: name, lineText: lineOf(f) });
    for (const f of onlyTheirs) disagreements.push({ ...f, foundBy: 'vscode', corpus: name, lineText: lineOf(f) });
    summary[name] = { files: files.length, ours: { total: ours.length, byCode: countByCode(ours), ms: oursMs }, vscode: { total: theirs.length, byCode: countByCode(theirs), ms: vscodeMs }, agreed, onlyOurs: onlyOurs.length, onlyVscode: onlyTheirs.length };
    console.log(`\n${name}: ${files.length} files — ours ${ours.length} (${oursMs} ms), vscode ${theirs.length} (${vscodeMs} ms), agreed ${agreed}, only ours ${onlyOurs.length}, only vscode ${onlyTheirs.length}`);
    console.table(Object.fromEntries(LINK_CODES.map((c) => [c, { ours: countByCode(ours)[c], vscode: countByCode(theirs)[c] }])));
  }
  const out = path.join(repo, 'bench', 'results', 'compare-links.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ generatedBy: 'bench/compare-links.ts', summary, disagreements }, null, 2) + '\n');
  console.log(`\n${disagreements.length} disagreements written to ${path.relative(repo, out)}`);
}

void main();
