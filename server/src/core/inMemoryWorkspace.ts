import { URI } from 'vscode-uri';
import type { FileStat, IWorkspace } from './workspace';
import { isMarkdownUri } from './model/uris';

/** A workspace held in memory: the unit tests' world, and a reference for other editors. */
export class InMemoryWorkspace implements IWorkspace {
  private readonly files = new Map<string, Uint8Array>();
  /** How many files each folder holds, at any depth: `stat` of a folder is one lookup. */
  private readonly folders = new Map<string, number>();
  readonly roots: string[];

  constructor(root = 'file:///ws', files: Record<string, string | Uint8Array> = {}) {
    this.roots = [root];
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  uri(path: string): string {
    return URI.parse(this.roots[0] + '/' + path.replace(/^\//, '')).toString();
  }

  write(path: string, content: string | Uint8Array): string {
    const uri = this.uri(path);
    if (!this.files.has(uri)) this.countInFolders(uri, 1);
    this.files.set(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return uri;
  }

  delete(path: string): string {
    const uri = this.uri(path);
    if (this.files.delete(uri)) this.countInFolders(uri, -1);
    return uri;
  }

  private countInFolders(uri: string, delta: number): void {
    for (let slash = uri.lastIndexOf('/'); slash > 'file://'.length; slash = uri.lastIndexOf('/', slash - 1)) {
      const folder = uri.slice(0, slash);
      const count = (this.folders.get(folder) ?? 0) + delta;
      if (count > 0) this.folders.set(folder, count);
      else this.folders.delete(folder);
    }
  }

  async listNotes(): Promise<string[]> {
    return [...this.files.keys()].filter(isMarkdownUri).sort();
  }

  async listFiles(): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => !isMarkdownUri(uri) && !/\/\.[^/]+\//.test(uri)).sort();
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    return this.files.get(URI.parse(uri).toString());
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const key = URI.parse(uri).toString();
    const file = this.files.get(key);
    if (file) return { type: 'file', size: file.length };
    return this.folders.has(key.replace(/\/$/, '')) ? { type: 'directory', size: 0 } : undefined;
  }
}
