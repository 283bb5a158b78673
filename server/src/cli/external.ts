import * as l10n from '@vscode/l10n';
import type { NoteService } from '../core';
import type { ConceptNotesSettings } from '../../../shared/protocol';
import { checkExternalLinks, checkOptionsFrom, systemClock } from '../core/external';
import { NodeHttpClient } from '../node/httpClient';
import { FileExternalResultCache, defaultCacheDir } from '../node/externalLinkCache';
import { silentLogger } from '../core/workspace';
import { stderrProgress } from './progress';
import { UsageError } from './config';

export interface ExternalFlags { timeout?: string | true; cacheDir?: string | true; noCache: boolean; quiet: boolean }

/**
 * `check --external`: asks each web page once, politely, and lets the verdicts join the
 * note's diagnostics. Ctrl+C stops the requests; what was answered is still reported.
 */
export async function checkWebLinks(service: NoteService, settings: ConceptNotesSettings, flags: ExternalFlags, userAgent: string): Promise<void> {
  const err = (s: string) => { if (!flags.quiet) process.stderr.write(s + '\n'); };
  if (settings.externalLinks === 'off') { err(l10n.t('Web links are not checked: externalLinks is "off" in the settings.')); return; }
  const options = checkOptionsFrom(settings);
  if (flags.timeout !== undefined) {
    const ms = Number(flags.timeout);
    if (flags.timeout === true || !Number.isInteger(ms) || ms <= 0) throw new UsageError(l10n.t('--external-timeout needs a number of milliseconds, e.g. --external-timeout 5000'));
    options.timeoutMs = ms;
  }
  if (flags.cacheDir === true) throw new UsageError(l10n.t('--external-cache needs a folder'));
  const cache = flags.noCache ? undefined : FileExternalResultCache.open(flags.cacheDir ?? defaultCacheDir(), silentLogger);
  const client = new NodeHttpClient(userAgent);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const started = Date.now();
    const outcome = await checkExternalLinks(service, { client, clock: systemClock, options, cache }, undefined, stderrProgress(l10n.t('Checking web links'), !flags.quiet), controller.signal);
    const verdicts = [...outcome.verdicts.values()];
    err(l10n.t('Web links: {pages} pages checked in {seconds} s ({cached} from the cache, {requests} requests): {unreachable} unreachable, {moved} moved.', {
      pages: outcome.verdicts.size, seconds: ((Date.now() - started) / 1000).toFixed(1), cached: outcome.fromCache, requests: outcome.requests,
      unreachable: verdicts.filter((v) => v.kind === 'unreachable').length, moved: verdicts.filter((v) => v.kind === 'moved').length,
    }));
    if (outcome.cancelled) err(l10n.t('The web link check was cancelled; the pages not reached are not reported.'));
  } finally {
    process.off('SIGINT', stop);
    client.dispose();
    cache?.save();
  }
}
