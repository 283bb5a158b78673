// Workspace wrappers for chaos and security tests: one records every URI the core asks
// for, one makes files vanish between listing and reading, one denies access.
import type { FileStat, IWorkspace } from '../../server/src/core/workspace';

/** Passes every call through and remembers each URI read or stat'ed. */
export class RecordingWorkspace implements IWorkspace {
  readonly touched: Array<{ op: 'read' | 'stat'; uri: string }> = [];
  constructor(private readonly inner: IWorkspace) {}
  get roots() { return this.inner.roots; }
  listNotes() { return this.inner.listNotes(); }
  readFile(uri: string): Promise<Uint8Array | undefined> { this.touched.push({ op: 'read', uri }); return this.inner.readFile(uri); }
  stat(uri: string): Promise<FileStat | undefined> { this.touched.push({ op: 'stat', uri }); return this.inner.stat(uri); }
}

/**
 * Runs `beforeRead(uri)` before each read, once per URI: tests delete or rename files
 * there, so they vanish between `listNotes` and `readFile` as they do under a real editor.
 */
export class VanishingWorkspace implements IWorkspace {
  private readonly done = new Set<string>();
  constructor(private readonly inner: IWorkspace, private readonly beforeRead: (uri: string) => void) {}
  get roots() { return this.inner.roots; }
  listNotes() { return this.inner.listNotes(); }
  readFile(uri: string) {
    if (!this.done.has(uri)) { this.done.add(uri); this.beforeRead(uri); }
    return this.inner.readFile(uri);
  }
  stat(uri: string) { return this.inner.stat(uri); }
}

/** Reads and stats of URIs matching `denied` fail the way a careless workspace would: by throwing EACCES. */
export class DenyingWorkspace implements IWorkspace {
  constructor(private readonly inner: IWorkspace, readonly denied: (uri: string) => boolean) {}
  get roots() { return this.inner.roots; }
  listNotes() { return this.inner.listNotes(); }
  readFile(uri: string) { return this.denied(uri) ? Promise.reject(eacces(uri)) : this.inner.readFile(uri); }
  stat(uri: string) { return this.denied(uri) ? Promise.reject(eacces(uri)) : this.inner.stat(uri); }
}

function eacces(uri: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`EACCES: permission denied, open '${uri}'`);
  error.code = 'EACCES';
  return error;
}
