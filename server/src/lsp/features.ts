import { type Connection, type Hover, type Location, MarkupKind, SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { NoteSymbol } from '../core/features/symbols';
import type { ConceptSummary } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { cancelled, throwIfCancelled } from './cancellation';

/** Thin handlers: translate params, call the core, translate the result. */
export function registerFeatureHandlers(connection: Connection, service: () => NoteService) {
  connection.onHover(async ({ textDocument, position }, token): Promise<Hover | null> => {
    const result = await service().hover(textDocument.uri, position, token);
    throwIfCancelled(token);
    if (!result) return null;
    return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range };
  });
  connection.onDefinition(async ({ textDocument, position }, token): Promise<Location[]> => {
    const locations = await service().definition(textDocument.uri, position, token);
    if (!locations || token.isCancellationRequested) throw cancelled();
    return locations;
  });
  connection.onReferences(async ({ textDocument, position, context }, token): Promise<Location[]> => {
    const locations = await service().references(textDocument.uri, position, context.includeDeclaration, token);
    if (!locations) throw cancelled();
    return locations;
  });
  connection.onDocumentSymbol(({ textDocument }): DocumentSymbol[] => service().documentSymbols(textDocument.uri).map(toDocumentSymbol));
  connection.onWorkspaceSymbol(({ query }, token): SymbolInformation[] => {
    throwIfCancelled(token);
    return service().workspaceSymbols(query).map((s) => ({ name: s.name, kind: s.kind === 'concept' ? SymbolKind.Constant : s.kind === 'tag' ? SymbolKind.Key : SymbolKind.String, location: { uri: s.uri, range: s.range }, containerName: s.container }));
  });
  connection.onRequest(ConceptNotesRequests.topicTree, () => service().topicTree());
  connection.onRequest(ConceptNotesRequests.concepts, (): ConceptSummary[] => {
    const counts = service().mentionCounts();
    return service().concepts().flatMap((c) => {
      const primary = c.definitions[0];
      return primary ? [{ name: c.name, aliases: [...c.aliases], definition: primary.definition, uri: primary.uri, range: structuredClone(primary.range), mentions: counts.get(c.id) ?? 0 }] : [];
    });
  });
}

function toDocumentSymbol(s: NoteSymbol): DocumentSymbol {
  return { name: s.name, detail: s.detail, kind: s.kind === 'concept' ? SymbolKind.Constant : SymbolKind.String, range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}
