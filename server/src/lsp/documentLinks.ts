import type { Connection, DocumentLink } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { cancelled } from './cancellation';

/** Clickable local links, each to its file and the line of its heading or block. */
export function registerDocumentLinks(connection: Connection, service: () => NoteService): void {
  connection.onDocumentLinks(async ({ textDocument }, token): Promise<DocumentLink[]> => {
    const links = await service().documentLinks(textDocument.uri, token);
    if (!links) throw cancelled();
    return links.map((l) => ({ range: l.range, target: l.target }));
  });
}
