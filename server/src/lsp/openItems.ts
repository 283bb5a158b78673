import type { Connection, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { Requests, type MarkTaskDoneParams, type OpenItemsParams, type OpenItemsResult } from '../../../shared/protocol';
import { toLspEdit } from './codeActions';
import { throwIfCancelled } from './cancellation';

/** The Open Questions view's data, and the one-character edit behind its "Mark Done". */
export function registerOpenItems(connection: Connection, service: () => NoteService): void {
  connection.onRequest(Requests.openItems, (params: OpenItemsParams | undefined, token): OpenItemsResult => {
    throwIfCancelled(token);
    return service().openItems(params?.markers);
  });
  connection.onRequest(Requests.markTaskDone, ({ uri, line }: MarkTaskDoneParams): LspWorkspaceEdit | null => {
    const edit = service().markTaskDoneEdit(uri, line);
    return edit ? toLspEdit(edit) : null;
  });
}
