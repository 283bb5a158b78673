import type { Connection, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { OpenItemsResult } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { toLspEdit } from './codeActions';
import { throwIfCancelled } from './cancellation';

/** The Open Questions view's data, and the one-character edit behind its "Mark Done". */
export function registerOpenItems(connection: Connection, service: () => NoteService): void {
  connection.onRequest(ConceptNotesRequests.openItems, (params, token): OpenItemsResult => {
    throwIfCancelled(token);
    return service().openItems(params?.markers);
  });
  connection.onRequest(ConceptNotesRequests.markTaskDone, ({ uri, line }): LspWorkspaceEdit | null => {
    const edit = service().markTaskDoneEdit(uri, line);
    return edit ? toLspEdit(edit) : null;
  });
}
