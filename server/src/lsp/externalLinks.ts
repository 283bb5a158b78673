import * as l10n from '@vscode/l10n';
import type { Connection } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { checkExternalLinks, checkOptionsFrom, systemClock } from '../core/external';
import { NodeHttpClient } from '../node/httpClient';
import { FileExternalResultCache, defaultCacheDir } from '../node/externalLinkCache';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { CheckExternalLinksResult } from '../../../shared/protocol';
import { ConceptNotesNotifications, ConceptNotesRequests } from '../../../shared/lspProtocol';

export interface ExternalLinksWiring {
  service: () => NoteService;
  publisher: () => DiagnosticsPublisher;
  /** False when the editor said at start-up that the workspace is untrusted; a request may say it has been trusted since. */
  trusted: () => boolean;
  cacheDir: () => string | undefined;
  userAgent: string;
}

/** `conceptNotes/checkExternalLinks`: the only way the server ever makes a web request. */
export function registerExternalLinks(connection: Connection, wiring: ExternalLinksWiring): void {
  connection.onRequest(ConceptNotesRequests.checkExternalLinks, async (params, token): Promise<CheckExternalLinksResult> => {
    const service = wiring.service();
    const refused = (why: string): CheckExternalLinksResult => ({ pages: 0, unreachable: 0, moved: 0, fromCache: 0, requests: 0, cancelled: false, refused: why });
    if (!(params?.workspaceTrusted ?? wiring.trusted())) return refused(l10n.t('Web links are not checked in an untrusted workspace.'));
    if (service.settings.externalLinks === 'off') return refused(l10n.t('Web links are not checked: conceptNotes.externalLinks is "off".'));
    const controller = new AbortController();
    const onCancel = token.onCancellationRequested(() => controller.abort());
    const client = new NodeHttpClient(wiring.userAgent);
    const cache = FileExternalResultCache.open(wiring.cacheDir() ?? defaultCacheDir(), { info: () => {}, warn: (m) => connection.console.warn(m), error: (m) => connection.console.error(m) });
    let lastReport = 0;
    const progress = {
      report: (done: number, total: number) => {
        if (done !== total && Date.now() - lastReport < 100) return;
        lastReport = Date.now();
        void connection.sendNotification(ConceptNotesNotifications.externalLinksProgress, { done, total });
      },
    };
    try {
      const outcome = await checkExternalLinks(service, { client, clock: systemClock, options: checkOptionsFrom(service.settings), cache }, params?.uri ? [params.uri] : undefined, progress, controller.signal);
      wiring.publisher().schedule(outcome.affected, true);
      const verdicts = [...outcome.verdicts.values()];
      return {
        pages: outcome.verdicts.size, fromCache: outcome.fromCache, requests: outcome.requests, cancelled: outcome.cancelled,
        unreachable: verdicts.filter((v) => v.kind === 'unreachable').length, moved: verdicts.filter((v) => v.kind === 'moved').length,
      };
    } finally {
      onCancel.dispose();
      client.dispose();
      cache.save();
    }
  });
}
