// Where the corpora live and which files of a folder count as notes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';

export const repoRoot = path.resolve(__dirname, '..', '..');
/** Third-party notes kept next to the repository (never inside it). */
export const corporaRoot = path.resolve(repoRoot, '..', 'shared', 'corpora');

/** Every .md/.markdown file under `dir`, skipping dot-folders and node_modules, sorted. */
export function markdownFiles(dir: string): string[] {
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return [];
    const full = path.join(d, e.name);
    if (e.isDirectory()) return walk(full);
    return e.isFile() && /\.(md|markdown)$/i.test(e.name) ? [full] : [];
  });
  return walk(dir).sort();
}

/** Names of the corpus folders, or a clear error when the corpora are not there. */
export function listCorpora(): string[] {
  if (!fs.existsSync(corporaRoot) || !fs.statSync(corporaRoot).isDirectory()) {
    throw new Error(`No corpora found: expected a folder of Markdown corpora at ${corporaRoot} (../shared/corpora next to the repository).`);
  }
  const names = fs.readdirSync(corporaRoot).filter((n) => !n.startsWith('.') && fs.statSync(path.join(corporaRoot, n)).isDirectory()).sort();
  if (names.length === 0) throw new Error(`The corpora folder ${corporaRoot} holds no corpus folders.`);
  return names;
}

export function totalBytes(files: string[]): number {
  return files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
}

/** One spelling of a note's identity, whatever URI encoding the other side chose. */
export function fileKey(uriOrPath: string): string {
  return uriOrPath.startsWith('file:') ? URI.parse(uriOrPath).fsPath : path.resolve(uriOrPath);
}
