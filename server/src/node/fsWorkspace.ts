import * as l10n from '@vscode/l10n';
import { promises as fs, constants as fsConstants, type Stats } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { Minimatch } from 'minimatch';
import type { FileStat, ILogger, IWorkspace } from '../core/workspace';
import { isMarkdownUri } from '../core/model/uris';

export interface NoteFilters {
  /** Globs a note's path (relative to its workspace folder) must match; default every Markdown file. */
  include?: string[];
  exclude: string[];
}

export interface FsWorkspaceOptions extends NoteFilters {
  exclude: string[];
  /** Symlinks are not followed by default: they may loop or lead out of the workspace. */
  followSymlinks?: boolean;
  logger: ILogger;
}

const MAX_DEPTH = 64;

/** The workspace on disk. Paths appear only here; the core sees URIs. */
export class FsWorkspace implements IWorkspace {
  readonly roots: string[];

  constructor(rootPaths: string[], private readonly options: FsWorkspaceOptions) {
    this.roots = rootPaths.map((p) => URI.file(path.resolve(p)).toString());
    this.setFilters(options);
  }

  async listNotes(): Promise<string[]> {
    this.realFolders.clear(); // folders may have been replaced by symlinks since the last listing
    const found: string[] = [];
    for (const root of this.roots) await this.walk(URI.parse(root).fsPath, URI.parse(root).fsPath, found, 0, new Set());
    return found.sort();
  }

  async listFiles(): Promise<string[]> {
    const notes: string[] = [];
    const others: string[] = [];
    for (const root of this.roots) await this.walk(URI.parse(root).fsPath, URI.parse(root).fsPath, notes, 0, new Set(), others);
    return others.sort();
  }

  private async walk(rootPath: string, dir: string, found: string[], depth: number, visited: Set<string>, others?: string[]): Promise<void> {
    if (depth > MAX_DEPTH) { this.options.logger.warn(l10n.t('Not descending below {dir}: folders nest more than {depth} deep.', { dir, depth: MAX_DEPTH })); return; }
    let real: string;
    try { real = await fs.realpath(dir); } catch { return; }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.options.logger.warn(l10n.t('Cannot read folder {dir}: {error}', { dir: path.relative(rootPath, dir) || '.', error: (error as NodeJS.ErrnoException).code ?? String(error) }));
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(rootPath, full).split(path.sep).join('/');
      if (this.isExcluded(rel)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        if (!this.options.followSymlinks) continue;
        const target = await fs.stat(full).catch(() => undefined);
        const targetReal = await fs.realpath(full).catch(() => undefined);
        if (!target || !targetReal || !isInside(targetReal, await fs.realpath(rootPath))) continue;
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) { if (!others || !entry.name.startsWith('.')) await this.walk(rootPath, full, found, depth + 1, visited, others); }
      else if (isFile && /\.(md|markdown)$/i.test(entry.name) && this.isIncluded(rel)) found.push(URI.file(full).toString());
      else if (isFile && others && !/\.(md|markdown)$/i.test(entry.name)) others.push(URI.file(full).toString());
    }
  }

  /** Compiled once: matching a glob is asked for every file and folder of the workspace. */
  private excludeMatchers: Minimatch[] = [];
  private includeMatchers: Minimatch[] = [];

  /** New include / exclude globs (a settings change); the next listNotes() applies them. */
  setFilters(filters: NoteFilters): void {
    this.excludeMatchers = filters.exclude.map((glob) => new Minimatch(glob, { dot: true }));
    this.includeMatchers = (filters.include ?? ['**/*']).map((glob) => new Minimatch(glob, { dot: true }));
  }

  isNote(uri: string): boolean {
    const file = URI.parse(uri).fsPath;
    const root = this.roots.map((r) => URI.parse(r).fsPath).find((r) => isInside(path.resolve(file), r));
    if (root === undefined || !isMarkdownUri(uri)) return false;
    const rel = path.relative(root, file).split(path.sep).join('/');
    const parts = rel.split('/');
    // The walk skips excluded folders, so a file under one is not a note either.
    for (let i = 1; i <= parts.length; i++) if (this.isExcluded(parts.slice(0, i).join('/'))) return false;
    return this.isIncluded(rel);
  }

  private isIncluded(relativePath: string): boolean {
    return this.includeMatchers.some((m) => m.match(relativePath));
  }

  isExcluded(relativePath: string): boolean {
    return this.excludeMatchers.some((m) => m.match(relativePath) || m.match(relativePath + '/'));
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    const file = URI.parse(uri).fsPath;
    try {
      if (!(await this.isReallyInsideRoots(file))) return undefined;
      // O_NOFOLLOW: unless symlinks are followed, a symlinked file is refused by the open itself.
      if (this.options.followSymlinks && !(await this.statStayingInside(file))) return undefined;
      // O_NONBLOCK: opening a FIFO named like a note must not wait for a writer.
      const noFollow = this.options.followSymlinks ? 0 : fsConstants.O_NOFOLLOW ?? 0;
      const handle = await fs.open(file, fsConstants.O_RDONLY | noFollow | (fsConstants.O_NONBLOCK ?? 0));
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) return undefined;
        return await readExactly(handle, stat.size);
      } finally {
        await handle.close();
      }
    } catch {
      return undefined; // vanished or unreadable: the caller drops the note
    }
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const file = URI.parse(uri).fsPath;
    try {
      // Most stats are of link targets that do not exist: one failed lstat says so, and
      // "missing" tells no more than "outside", so the real-path checks wait for a hit.
      const own = await fs.lstat(file);
      if (!(await this.isReallyInsideRoots(file))) return undefined;
      const s = await this.statStayingInside(file, own);
      return s && { type: s.isDirectory() ? 'directory' : 'file', size: s.size };
    } catch {
      return undefined;
    }
  }

  /**
   * Inside a root by name and by real path: a symlinked folder in the workspace
   * (`notes/etc -> /etc`) must not let `notes/etc/passwd` be read.
   */
  private async isReallyInsideRoots(file: string): Promise<boolean> {
    const resolved = path.resolve(file);
    if (!this.roots.some((r) => isInside(resolved, URI.parse(r).fsPath))) return false;
    const real = path.join(await this.realFolder(path.dirname(resolved)), path.basename(resolved));
    if (real === resolved) return true; // no symlink on the way
    for (const rootReal of await this.realRoots()) if (isInside(real, rootReal)) return true;
    return false;
  }

  /**
   * The stats of a plain file or folder (one lstat); of a symlink's target only when
   * symlinks are followed and it points inside a root; else undefined.
   */
  private async statStayingInside(file: string, own?: Stats): Promise<Stats | undefined> {
    own ??= await fs.lstat(file);
    if (!own.isSymbolicLink()) return own;
    if (!this.options.followSymlinks) return undefined;
    const real = await fs.realpath(file);
    if (!(await this.realRoots()).some((rootReal) => isInside(real, rootReal))) return undefined;
    return fs.stat(file);
  }

  /** Real paths of folders, asked once per folder per listing: every read and link check needs one. */
  private realFolders = new Map<string, Promise<string>>();

  private realFolder(folder: string): Promise<string> {
    let real = this.realFolders.get(folder);
    if (!real) {
      real = realpathOfExistingPart(folder);
      this.realFolders.set(folder, real);
    }
    return real;
  }

  private realRootPaths: Promise<string[]> | undefined;

  private realRoots(): Promise<string[]> {
    this.realRootPaths ??= Promise.all(this.roots.map((r) => URI.parse(r).fsPath).map((p) => fs.realpath(p).catch(() => p)));
    return this.realRootPaths;
  }
}

/**
 * The file's bytes as of its stat, in as few reads as possible: one for a typical note
 * (FileHandle.readFile would stat again and read on to confirm the end).
 */
async function readExactly(handle: fs.FileHandle, size: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break; // truncated meanwhile: a change event follows
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** Real path of `file`, or of its nearest existing ancestor joined with the rest (the file may not exist). */
async function realpathOfExistingPart(file: string): Promise<string> {
  let rest = '';
  let current = file;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest = path.join(path.basename(current), rest);
      current = parent;
    }
  }
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
