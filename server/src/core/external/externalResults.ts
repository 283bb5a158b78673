import type { Finding } from '../features/diagnostics/types';
import type { PageVerdict } from './types';
import type { ExternalLinkRef } from './collectLinks';
import { externalFinding } from './findings';

/**
 * The verdicts of the last external-link check, kept so that diagnostics (and their quick
 * fixes) include them until the next check. Nothing here makes a request.
 */
export class ExternalResults {
  private readonly verdicts = new Map<string, PageVerdict>();
  private timeoutMs = 10_000;

  /** Replaces the verdicts of these pages; returns the notes whose diagnostics change. */
  update(links: readonly ExternalLinkRef[], verdicts: ReadonlyMap<string, PageVerdict>, timeoutMs: number): string[] {
    this.timeoutMs = timeoutMs;
    for (const [page, verdict] of verdicts) this.verdicts.set(page, verdict);
    return [...new Set(links.filter((l) => verdicts.has(l.page)).map((l) => l.uri))];
  }

  get isEmpty(): boolean { return this.verdicts.size === 0; }

  findings(links: readonly ExternalLinkRef[]): Finding[] {
    const out: Finding[] = [];
    for (const link of links) {
      const verdict = this.verdicts.get(link.page);
      const finding = verdict && externalFinding(link, verdict, this.timeoutMs);
      if (finding) out.push(finding);
    }
    return out;
  }
}
