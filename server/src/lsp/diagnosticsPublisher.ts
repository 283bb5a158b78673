import type { Connection } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { toLspDiagnostic } from './convert';

/**
 * Pushes diagnostics for every note (not only open ones: Neovim 0.7 has no pull
 * diagnostics). Changes are debounced and checked in small batches that yield, so a
 * re-check of the whole workspace never blocks hovers.
 */
export const MAX_DIAGNOSTICS_PER_NOTE = 1000;
const BATCH = 32;

export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly published = new Map<string, number>();
  private disposed = false;
  /** Cancels the checks in flight once the publisher is disposed. */
  private readonly token = { isCancellationRequested: false };

  constructor(private readonly connection: Connection, private readonly service: NoteService, private readonly delayMs = 150) {}

  get problemCount(): number {
    let n = 0;
    for (const count of this.published.values()) n += count;
    return n;
  }

  schedule(uris: Iterable<string>, immediate = false): void {
    if (this.disposed) return;
    for (const uri of uris) this.pending.add(uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), immediate ? 0 : this.delayMs);
  }

  /** Undefined when disposed meanwhile: nothing is published then. */
  private async check(uri: string) {
    const exists = this.service.hasNote(uri);
    const found = exists ? await this.service.diagnostics(uri, this.token) : [];
    if (!found) return undefined;
    // A generated note can have 300,000 broken links: the editor gets the first ones, not 100 MB.
    const diagnostics = found.slice(0, MAX_DIAGNOSTICS_PER_NOTE).map(toLspDiagnostic);
    if (exists) this.published.set(uri, diagnostics.length); else this.published.delete(uri);
    return diagnostics;
  }

  /** Stops the timer and any batch in flight; waiters are released, nothing more is sent. */
  dispose(): void {
    this.disposed = true;
    this.token.isCancellationRequested = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.onIdle = undefined;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Whether a flush is scheduled (tests check that dispose clears it). */
  get hasTimer(): boolean {
    return this.timer !== undefined;
  }

  onIdle?: () => void;
  private idleWaiters: Array<() => void> = [];

  /** Resolves once everything scheduled so far has been published. */
  whenIdle(): Promise<void> {
    if (!this.running && this.pending.size === 0 && !this.timer) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.size > 0) {
        // A batch is checked at once so that its link-target stats overlap; then the loop yields.
        const batch: string[] = [];
        for (const uri of this.pending) { batch.push(uri); if (batch.length === BATCH) break; }
        for (const uri of batch) this.pending.delete(uri);
        const results = await Promise.all(batch.map((uri) => this.check(uri)));
        if (this.disposed) return;
        for (const [i, uri] of batch.entries()) {
          const diagnostics = results[i];
          if (diagnostics) await this.connection.sendDiagnostics({ uri, diagnostics });
        }
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.running = false;
    }
    if (this.disposed || this.pending.size > 0 || this.timer) return; // more arrived after the loop: the next flush reports idle
    this.onIdle?.();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
