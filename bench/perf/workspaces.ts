// Throw-away workspaces for the scaling runs, all under one temp folder that is removed
// when the benchmark ends: a corpus copied N times (copy-1 … copy-N) and a single ~10 MB
// note built by concatenating corpus notes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markdownFiles } from './corpus';

/**
 * Copies a folder as hard links where the file system allows (the benchmark only reads the
 * notes, and linking 18 MB × 7 is much faster than writing it), else as real copies.
 */
function linkOrCopyTree(source: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name), to = path.join(target, entry.name);
    if (entry.isDirectory()) linkOrCopyTree(from, to);
    else if (entry.isFile()) {
      try { fs.linkSync(from, to); } catch { fs.copyFileSync(from, to); }
    }
  }
}

/** `<tempRoot>/<name>-x<N>/copy-1 … copy-N`, each holding the whole of `corpus`. */
export function copiedWorkspace(tempRoot: string, corpus: string, copies: number): string {
  const folder = path.join(tempRoot, `${path.basename(corpus)}-x${copies}`);
  for (let i = 1; i <= copies; i++) linkOrCopyTree(corpus, path.join(folder, `copy-${i}`));
  return folder;
}

/** `<tempRoot>/one-big-note/big-note.md`: corpus notes appended (in path order) until `bytes`. */
export function bigNoteWorkspace(tempRoot: string, corpus: string, bytes: number): string {
  const folder = path.join(tempRoot, 'one-big-note');
  fs.mkdirSync(folder, { recursive: true });
  const chunks: Buffer[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const f of markdownFiles(corpus)) {
      if (size >= bytes) break;
      const chunk = Buffer.from(`${fs.readFileSync(f, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '')}\n\n`, 'utf8');
      chunks.push(chunk);
      size += chunk.length;
    }
    if (round > 100) throw new Error(`Could not build a ${bytes}-byte note from ${corpus}.`);
  }
  fs.writeFileSync(path.join(folder, 'big-note.md'), Buffer.concat(chunks));
  return folder;
}
