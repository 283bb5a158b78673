/** What the core needs from the outside world; the LSP server, the CLI and tests each provide one. */
export interface IWorkspace {
  /** Workspace folder URIs. Links never resolve outside these. */
  readonly roots: readonly string[];
  /** Every Markdown note under the roots (already filtered by exclude globs). */
  listNotes(): Promise<string[]>;
  /** The file's bytes, or undefined when it cannot be read (gone, denied, a folder). */
  readFile(uri: string): Promise<Uint8Array | undefined>;
  stat(uri: string): Promise<FileStat | undefined>;
  /**
   * Every file under the roots that is not a note (attachments: images, PDFs …), with the
   * exclude globs and dot-folders left out. Tools that find attachments by name need it;
   * absent: attachments are found by path only.
   */
  listFiles?(): Promise<string[]>;
  /** Would listNotes() list this Markdown file (include and exclude globs)? Absent: every one. */
  isNote?(uri: string): boolean;
}

export interface FileStat { type: 'file' | 'directory'; size: number }

export interface ILogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: ILogger = { info: () => {}, warn: () => {}, error: () => {} };

/** Cooperative cancellation; the LSP token and AbortSignal both fit. */
export interface CancellationToken { readonly isCancellationRequested: boolean }
export const neverCancelled: CancellationToken = { isCancellationRequested: false };

export interface ProgressReporter { report(done: number, total: number): void }
