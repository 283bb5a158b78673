// Our core as a library, the way peerChild.ts drives the peer: index the folder, check
// every note, then rename the heading and re-check what our service says is affected.
// This is the like-for-like edit measurement (no LSP, no debounce on either side).
// Prints one line `OURS_RESULT <json>` on stdout.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser } from '../../server/src/core';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import { silentLogger } from '../../server/src/core/workspace';
import { createFindingChecks } from '../../server/src/core/features/diagnostics/extraChecks';
import { DEFAULT_SETTINGS } from '../../shared/protocol';
import { renamedText, type LinkedHeading } from './linkedHeading';

export interface OursLibraryJob { folder: string; edit: LinkedHeading }
export interface OursLibraryOutput { indexMs: number; edit: { ms: number; notesChecked: number; brokenBefore: number; brokenAfter: number } }

async function main(job: OursLibraryJob): Promise<OursLibraryOutput> {
  const started = performance.now();
  const workspace = new FsWorkspace([job.folder], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
  const service = createNoteService(workspace, createRemarkParser(), silentLogger, { extraChecks: createFindingChecks() });
  await service.indexWorkspace();
  const before = new Map<string, Awaited<ReturnType<typeof service.diagnostics>>>();
  for (const uri of service.noteUris()) before.set(uri, await service.diagnostics(uri));
  const indexMs = performance.now() - started;

  const edit = job.edit;
  const broken = (diagnostics: Awaited<ReturnType<typeof service.diagnostics>> = [], lines: number[] = []) => diagnostics.filter((d) => d.code.startsWith('link.') && lines.includes(d.range.start.line)).length;
  const brokenBefore = edit.linkers.reduce((n, l) => n + broken(before.get(URI.file(l.file).toString()) ?? [], l.lines), 0);
  const uri = URI.file(edit.file).toString();
  service.setDocumentText(uri, fs.readFileSync(edit.file, 'utf8')); // opened in the editor first, like the peer's document
  const t = performance.now();
  const affected = service.setDocumentText(uri, renamedText(edit));
  const after = new Map<string, Awaited<ReturnType<typeof service.diagnostics>>>();
  for (const u of affected) after.set(u, await service.diagnostics(u));
  const ms = performance.now() - t;
  const brokenAfter = edit.linkers.reduce((n, l) => n + broken(after.get(URI.file(l.file).toString()) ?? [], l.lines), 0);
  return { indexMs, edit: { ms, notesChecked: affected.length, brokenBefore, brokenAfter } };
}

main(JSON.parse(process.argv[2]) as OursLibraryJob).then(
  (result) => { process.stdout.write(`OURS_RESULT ${JSON.stringify(result)}\n`); },
  (error) => { process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`); process.exitCode = 1; },
);
