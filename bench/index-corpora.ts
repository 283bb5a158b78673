// Index time and peak RSS per corpus, each in a fresh process so RSS is the corpus's own.
// Usage: npx tsx bench/index-corpora.ts            (all corpora)
//        npx tsx bench/index-corpora.ts <folder>   (one folder, prints one JSON line)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createNoteService, createRemarkParser } from '../server/src/core';
import { FsWorkspace } from '../server/src/node/fsWorkspace';
import { silentLogger } from '../server/src/core/workspace';

async function indexOne(folder: string) {
  const started = performance.now();
  const workspace = new FsWorkspace([folder], { exclude: ['**/node_modules/**', '**/.git/**'], logger: silentLogger });
  const service = createNoteService(workspace, createRemarkParser(), silentLogger);
  const result = await service.indexWorkspace();
  const indexed = performance.now();
  let mentions = 0;
  for (const uri of service.noteUris()) mentions += service.mentions(uri).length;
  const mentionScanMs = Math.round(performance.now() - indexed);
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  // getNote hands out a copy: counted after the measurements.
  const bytes = service.noteUris().reduce((n, u) => n + (service.getNote(u)?.text.length ?? 0), 0);
  console.log(JSON.stringify({
    folder: path.basename(folder), notes: result.notes, failed: result.failed, chars: bytes,
    indexMs: Math.round(indexed - started), mentionScanMs,
    concepts: service.concepts().length, mentions, peakRssMB,
  }));
}

function main() {
  if (process.argv[2]) return indexOne(path.resolve(process.argv[2]));
  const repo = path.resolve(__dirname, '..');
  const corpora = path.resolve(repo, '..', 'shared', 'corpora');
  const folders = [path.join(repo, 'notes'), ...fs.readdirSync(corpora).map((n) => path.join(corpora, n)).filter((p) => fs.statSync(p).isDirectory())];
  const rows = folders.map((f) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', __filename, f], { encoding: 'utf8' }).trim().split('\n').pop()!));
  console.table(rows);
}

void main();
