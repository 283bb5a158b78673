import type { Connection } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { NoteGraph } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { cancelled } from './cancellation';

/** The graph view's data: the whole workspace, or the neighbourhood of one note. */
export function registerGraph(connection: Connection, service: () => NoteService): void {
  connection.onRequest(ConceptNotesRequests.graph, async (params, token): Promise<NoteGraph> => {
    const graph = await service().graph({ uri: params?.uri, depth: params?.depth }, token);
    if (!graph || token.isCancellationRequested) throw cancelled();
    return graph;
  });
}
