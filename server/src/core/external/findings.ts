import * as l10n from '@vscode/l10n';
import type { Finding } from '../features/diagnostics/types';
import type { PageVerdict } from './types';
import type { ExternalLinkRef } from './collectLinks';
import { DiagnosticCodes } from '../../../../shared/protocol';
import { hasFragment } from './htmlIds';
import { fragmentOf, hostOf } from './urls';

/** The finding for one link, given its page's verdict; undefined when the link is fine. */
export function externalFinding(link: ExternalLinkRef, verdict: PageVerdict, timeoutMs: number): Finding | undefined {
  if (verdict.kind === 'unreachable') {
    const status = verdict.status !== undefined && verdict.reason === 'http-status' ? verdict.status : verdict.reason;
    return { code: DiagnosticCodes.externalUnreachable, range: link.range, message: unreachableMessage(link.url, verdict, timeoutMs),
      data: { url: link.url, status, reason: verdict.reason, finalUrl: verdict.finalUrl } };
  }
  const fragment = fragmentOf(link.url);
  if (fragment !== undefined && verdict.ids !== undefined && !hasFragment(verdict.ids, fragment)) {
    return { code: DiagnosticCodes.externalUnreachable, range: link.range,
      message: l10n.t('The page {url} has no element with the id "{fragment}". Fix the fragment or remove it.', { url: verdict.finalUrl, fragment }),
      data: { url: link.url, status: verdict.status, reason: 'no-such-fragment', finalUrl: verdict.finalUrl } };
  }
  if (verdict.kind === 'moved') {
    const finalUrl = fragment !== undefined ? `${verdict.finalUrl}#${fragment}` : verdict.finalUrl;
    if (finalUrl === link.url) return undefined;
    return { code: DiagnosticCodes.externalRedirect, range: link.range,
      message: l10n.t('The web page moved permanently (HTTP {status}) to {finalUrl}. Update the link.', { status: verdict.status, finalUrl }),
      data: { url: link.url, status: verdict.status, finalUrl } };
  }
  return undefined;
}

function unreachableMessage(url: string, verdict: Extract<PageVerdict, { kind: 'unreachable' }>, timeoutMs: number): string {
  const host = hostOf(verdict.finalUrl) || url;
  switch (verdict.reason) {
    case 'http-status':
      return l10n.t('Web link unreachable: HTTP {status} from {url}. Fix or remove the link, or add it to ignoreLinks.', { status: verdict.status ?? '?', url: verdict.finalUrl });
    case 'timeout':
      return l10n.t('Web link unreachable: {host} did not answer within {seconds} s (timeout).', { host, seconds: timeoutMs / 1000 });
    case 'dns':
      return l10n.t('Web link unreachable: the host name {host} could not be resolved (DNS).', { host });
    case 'refused':
      return l10n.t('Web link unreachable: {host} refused the connection.', { host });
    case 'tls':
      return l10n.t('Web link unreachable: no secure connection to {host} ({detail}).', { host, detail: verdict.detail ?? 'TLS' });
    case 'reset':
      return l10n.t('Web link unreachable: {host} closed the connection ({detail}).', { host, detail: verdict.detail ?? '' });
    case 'redirect-loop':
      return l10n.t('Web link unreachable: a redirect loop at {url}.', { url: verdict.finalUrl });
    case 'too-many-redirects':
      return l10n.t('Web link unreachable: too many redirects (the last to {url}).', { url: verdict.finalUrl });
    case 'bad-url':
      return l10n.t('Web link unreachable: {url} is not a valid web address.', { url: verdict.detail ?? url });
    default:
      return l10n.t('Web link unreachable: {detail} ({host}).', { detail: verdict.detail ?? verdict.reason, host });
  }
}
