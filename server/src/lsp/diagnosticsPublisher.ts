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

  constructor(private readonly connection: Connection, private readonly service: NoteService, private readonly delayMs = 150) {}

  get problemCount(): number {
    let n = 0;
    for (const count of this.published.values()) n += count;
    return n;
  }

  schedule(uris: Iterable<string>, immediate = false): void {
    for (const uri of uris) this.pending.add(uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), immediate ? 0 : this.delayMs);
  }

  private async check(uri: string) {
    const note = this.service.getNote(uri);
    // A generated note can have 300,000 broken links: the editor gets the first ones, not 100 MB.
    const diagnostics = note ? (await this.service.diagnostics(uri)).slice(0, MAX_DIAGNOSTICS_PER_NOTE).map(toLspDiagnostic) : [];
    if (note) this.published.set(uri, diagnostics.length); else this.published.delete(uri);
    return diagnostics;
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
        for (const [i, uri] of batch.entries()) await this.connection.sendDiagnostics({ uri, diagnostics: results[i] });
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.running = false;
    }
    if (this.pending.size > 0 || this.timer) return; // more arrived after the loop: the next flush reports idle
    this.onIdle?.();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
