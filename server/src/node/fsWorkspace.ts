import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { minimatch } from 'minimatch';
import type { FileStat, ILogger, IWorkspace } from '../core/workspace';

export interface FsWorkspaceOptions {
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
  }

  async listNotes(): Promise<string[]> {
    const found: string[] = [];
    for (const root of this.roots) await this.walk(URI.parse(root).fsPath, URI.parse(root).fsPath, found, 0, new Set());
    return found.sort();
  }

  private async walk(rootPath: string, dir: string, found: string[], depth: number, visited: Set<string>): Promise<void> {
    if (depth > MAX_DEPTH) { this.options.logger.warn(`Not descending below ${dir}: folders nest more than ${MAX_DEPTH} deep.`); return; }
    let real: string;
    try { real = await fs.realpath(dir); } catch { return; }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.options.logger.warn(`Cannot read folder ${path.relative(rootPath, dir) || '.'}: ${(error as NodeJS.ErrnoException).code ?? error}`);
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
      if (isDir) await this.walk(rootPath, full, found, depth + 1, visited);
      else if (isFile && /\.(md|markdown)$/i.test(entry.name)) found.push(URI.file(full).toString());
    }
  }

  isExcluded(relativePath: string): boolean {
    return this.options.exclude.some((glob) => minimatch(relativePath, glob, { dot: true }) || minimatch(relativePath + '/', glob, { dot: true }));
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    const file = URI.parse(uri).fsPath;
    if (!this.isInsideRoots(file)) return undefined;
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile()) return undefined;
      return await fs.readFile(file);
    } catch {
      return undefined; // vanished or unreadable: the caller drops the note
    }
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const file = URI.parse(uri).fsPath;
    if (!this.isInsideRoots(file)) return undefined;
    try {
      const s = await fs.stat(file);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size };
    } catch {
      return undefined;
    }
  }

  private isInsideRoots(file: string): boolean {
    return this.roots.some((r) => isInside(path.resolve(file), URI.parse(r).fsPath));
  }
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
