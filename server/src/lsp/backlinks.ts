import * as l10n from '@vscode/l10n';
import type { Connection } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { BacklinksResult } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { toPreviewedEdit } from './codeActions';
import { cancelled } from './cancellation';

/** The Backlinks view's data, and the links its "Link it" / "Link all" preview. */
export function registerBacklinks(connection: Connection, service: () => NoteService): void {
  connection.onRequest(ConceptNotesRequests.backlinks, async ({ uri, unlinkedMentions }, token): Promise<BacklinksResult> => {
    const result = await service().backlinks(uri, { unlinkedMentions }, token);
    if (!result) throw cancelled();
    return result;
  });
  connection.onRequest(ConceptNotesRequests.linkMentions, async ({ uri, mentions }) => {
    const edit = await service().linkMentionsEdit(uri, mentions);
    if (!edit) return null;
    const title = service().getNote(uri)?.title ?? uri;
    const label = mentions.length === 1 ? l10n.t('Link the mention to {note}', { note: title }) : l10n.t('Link {count} mentions to {note}', { count: mentions.length, note: title });
    return toPreviewedEdit(edit, label, l10n.t('Review the new links before they are added'));
  });
}
