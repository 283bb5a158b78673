// Web-link checking, on request only: which pages to ask for, and the run that asks.
import type { ConceptNotesSettings } from '../../../../shared/protocol';
import type { ProgressReporter } from '../workspace';
import type { ExternalLinkRef } from './collectLinks';
import { DEFAULT_EXTERNAL_CHECK_OPTIONS, type ExternalCheckOptions } from './types';
import { runExternalCheck, type ExternalRunDeps, type ExternalRunResult, type PageToCheck } from './runCheck';
import { fragmentOf } from './urls';

export type { ExternalLinkRef } from './collectLinks';
export type { ExternalRunResult } from './runCheck';
export type { HttpClient, Clock, PageVerdict, ExternalCheckOptions } from './types';
export type { ExternalResultCache } from './resultCache';
export { systemClock } from './systemClock';

export function checkOptionsFrom(settings: ConceptNotesSettings): ExternalCheckOptions {
  return {
    ...DEFAULT_EXTERNAL_CHECK_OPTIONS,
    timeoutMs: settings.externalLinksTimeout,
    concurrency: Math.max(1, settings.externalLinksConcurrency),
    checkFragments: settings.externalLinksCheckFragments,
  };
}

/** Each page once; its body only when a link to it has a fragment to check. */
export function pagesOf(links: readonly ExternalLinkRef[], checkFragments: boolean): PageToCheck[] {
  const needIds = new Map<string, boolean>();
  for (const link of links) needIds.set(link.page, (needIds.get(link.page) ?? false) || (checkFragments && fragmentOf(link.url) !== undefined));
  return [...needIds].map(([page, ids]) => ({ page, needIds: ids }));
}

/** The service's side of a check: the links, and where the verdicts go. */
export interface ExternalCheckTarget {
  externalLinks(uris?: readonly string[]): Promise<ExternalLinkRef[]>;
  setExternalVerdicts(links: readonly ExternalLinkRef[], verdicts: ExternalRunResult['verdicts'], timeoutMs: number): string[];
}

export interface ExternalCheckOutcome extends ExternalRunResult {
  links: ExternalLinkRef[];
  /** Notes whose diagnostics changed. */
  affected: string[];
}

export async function checkExternalLinks(target: ExternalCheckTarget, deps: ExternalRunDeps, uris?: readonly string[], progress?: ProgressReporter, signal?: AbortSignal): Promise<ExternalCheckOutcome> {
  const links = await target.externalLinks(uris);
  const result = await runExternalCheck(pagesOf(links, deps.options.checkFragments), deps, progress, signal);
  return { ...result, links, affected: target.setExternalVerdicts(links, result.verdicts, deps.options.timeoutMs) };
}
