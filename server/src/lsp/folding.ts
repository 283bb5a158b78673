import { type Connection, type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { throwIfCancelled } from './cancellation';

export function registerFoldingRanges(connection: Connection, service: () => NoteService): void {
  connection.onFoldingRanges(({ textDocument }, token): FoldingRange[] => {
    throwIfCancelled(token);
    return service().foldingRanges(textDocument.uri).map((r) => ({
      startLine: r.startLine,
      endLine: r.endLine,
      ...(r.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : r.kind === 'region' ? { kind: FoldingRangeKind.Region } : {}),
    }));
  });
}
