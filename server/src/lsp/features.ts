import { type Connection, type Hover, type Location, MarkupKind, SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { NoteSymbol } from '../core/features/symbols';
import { Requests } from '../../../shared/protocol';

/** Thin handlers: translate params, call the core, translate the result. */
export function registerFeatureHandlers(connection: Connection, service: () => NoteService) {
  connection.onHover(async ({ textDocument, position }, token): Promise<Hover | null> => {
    const result = await service().hover(textDocument.uri, position);
    if (!result || token.isCancellationRequested) return null;
    return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range };
  });
  connection.onDefinition(async ({ textDocument, position }): Promise<Location[]> => service().definition(textDocument.uri, position));
  connection.onReferences(async ({ textDocument, position, context }): Promise<Location[]> =>
    service().references(textDocument.uri, position, context.includeDeclaration));
  connection.onDocumentSymbol(({ textDocument }): DocumentSymbol[] => service().documentSymbols(textDocument.uri).map(toDocumentSymbol));
  connection.onWorkspaceSymbol(({ query }): SymbolInformation[] =>
    service().workspaceSymbols(query).map((s) => ({ name: s.name, kind: s.kind === 'concept' ? SymbolKind.Constant : SymbolKind.String, location: { uri: s.uri, range: s.range }, containerName: s.container })));
  connection.onRequest(Requests.topicTree, () => service().topicTree());
}

function toDocumentSymbol(s: NoteSymbol): DocumentSymbol {
  return { name: s.name, detail: s.detail, kind: s.kind === 'concept' ? SymbolKind.Constant : SymbolKind.String, range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}
