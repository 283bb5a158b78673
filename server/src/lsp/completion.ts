import * as l10n from '@vscode/l10n';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Connection } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { CompletionKind, NoteCompletion } from '../core/features/completion';
import { cancelled } from './cancellation';

export { COMPLETION_TRIGGER_CHARACTERS } from '../core/features/completion';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  note: CompletionItemKind.File,
  folder: CompletionItemKind.Folder,
  heading: CompletionItemKind.Reference,
  reference: CompletionItemKind.Reference,
  concept: CompletionItemKind.Constant,
  tag: CompletionItemKind.Keyword,
};

/** `textDocument/completion`: link paths, `#heading` slugs, `[ref]` labels, concept names. */
export function registerCompletion(connection: Connection, service: () => NoteService): void {
  connection.onCompletion(async ({ textDocument, position }, token): Promise<CompletionItem[]> => {
    const items = await service().completion(textDocument.uri, position, token);
    if (!items || token.isCancellationRequested) throw cancelled();
    return items.map(toCompletionItem);
  });
}

function toCompletionItem(c: NoteCompletion): CompletionItem {
  return {
    label: c.label,
    kind: KIND[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    filterText: c.filterText,
    sortText: c.sortText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: c.range, newText: c.insertText },
    // Inserting a folder opens its listing straight away.
    command: c.retrigger ? { title: l10n.t('Suggest'), command: 'editor.action.triggerSuggest' } : undefined,
  };
}
