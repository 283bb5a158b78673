import * as l10n from '@vscode/l10n';
import type { CodeLens, Connection } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { Commands } from '../../../shared/protocol';
import { cancelled } from './cancellation';

/** "N references" above headings and concept definitions; the client runs `showReferences` on click. */
export function registerCodeLens(connection: Connection, service: () => NoteService): void {
  connection.onCodeLens(async ({ textDocument }, token): Promise<CodeLens[]> => {
    const lenses = await service().referenceLenses(textDocument.uri, token);
    if (!lenses) throw cancelled();
    return lenses.map((lens) => ({
      range: lens.range,
      command: {
        title: lens.count === 1 ? l10n.t('1 reference') : l10n.t('{count} references', { count: lens.count }),
        command: Commands.showReferences,
        arguments: [textDocument.uri, lens.position],
      },
    }));
  });
}
