// What "the index converged" means: the same notes, titles, concepts and diagnostics as a
// service freshly built on the final state of the disk.
import * as assert from 'node:assert/strict';
import { createNoteService, createRemarkParser, type NoteService } from '../../server/src/core';
import { silentLogger } from '../../server/src/core/workspace';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import type { Range } from '../../server/src/core/model/types';

export const parser = createRemarkParser();

export function fsService(roots: string[], options: { followSymlinks?: boolean } = {}) {
  const workspace = new FsWorkspace(roots, { exclude: ['**/node_modules/**', '**/.git/**'], logger: silentLogger, ...options });
  return { workspace, service: createNoteService(workspace, parser, silentLogger) };
}

export interface IndexSnapshot {
  notes: Record<string, { title: string; diagnostics: string[] }>;
  concepts: string[];
}

const at = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

export async function snapshotOf(service: NoteService): Promise<IndexSnapshot> {
  const notes: IndexSnapshot['notes'] = {};
  for (const uri of [...service.noteUris()].sort()) {
    const diagnostics = (await service.diagnostics(uri)).map((d) => `${d.code}@${at(d.range)}`).sort();
    notes[uri] = { title: service.getNote(uri)!.title, diagnostics };
  }
  return { notes, concepts: service.concepts().map((c) => c.name).sort() };
}

/** Fails unless `service` now agrees with a fresh index of `roots`. */
export async function assertConverged(service: NoteService, roots: string[], message = 'index after the change'): Promise<IndexSnapshot> {
  const fresh = fsService(roots).service;
  await fresh.indexWorkspace();
  const expected = await snapshotOf(fresh);
  assert.deepEqual(await snapshotOf(service), expected, message);
  return expected;
}
