import type { Note, Range } from '../model/types';
import { DiagnosticCodes } from '../../../../shared/protocol';
import { matchesAnyGlob } from '../config/globs';
import { readSuppressions } from '../config/suppressions';
import { isSkippedHost, isWebUrl, pageKey } from './urls';

/** One http(s) link as written in a note. */
export interface ExternalLinkRef {
  uri: string;
  /** Where the URL is written (the diagnostic's range and the quick fix's edit). */
  range: Range;
  url: string;
  /** The URL without its fragment, normalized: what is requested. */
  page: string;
}

export interface CollectOptions {
  ignoreLinks: readonly string[];
  skipHosts: readonly string[];
}

/**
 * The web links of a note that may be requested. The parser already leaves out links in
 * code and HTML comments; here go `ignoreLinks` globs, skipped hosts, and lines where both
 * external-link codes are suppressed. A reference link is checked at its definition.
 */
export function collectExternalLinks(note: Note, options: CollectOptions): ExternalLinkRef[] {
  const candidates: Array<{ url: string; range: Range }> = [];
  for (const link of note.links) {
    if (link.kind === 'reference' || !link.target) continue;
    candidates.push({ url: link.target.trim(), range: link.targetRange ?? link.range });
  }
  for (const def of note.referenceDefinitions) candidates.push({ url: def.target.trim(), range: def.targetRange });
  const suppressions = readSuppressions(note);
  const out: ExternalLinkRef[] = [];
  for (const { url, range } of candidates) {
    if (!isWebUrl(url)) continue;
    const page = pageKey(url);
    if (!page || matchesAnyGlob([url, page], options.ignoreLinks) || isSkippedHost(url, options.skipHosts)) continue;
    if (suppressions.isSuppressed(DiagnosticCodes.externalUnreachable, range) && suppressions.isSuppressed(DiagnosticCodes.externalRedirect, range)) continue;
    out.push({ uri: note.uri, range, url, page });
  }
  return out;
}
