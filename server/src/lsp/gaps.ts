import * as l10n from '@vscode/l10n';
import type { Connection, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { KnowledgeGapsResult } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { toPreviewedEdit } from './codeActions';
import { cancelled } from './cancellation';

const NOTES_PER_TERM = 50;

/** The Knowledge Gaps view's data, and the glossary stub its "Add to Glossary" previews. */
export function registerKnowledgeGaps(connection: Connection, service: () => NoteService): void {
  connection.onRequest(ConceptNotesRequests.knowledgeGaps, async (_params, token): Promise<KnowledgeGapsResult> => {
    const gaps = await service().knowledgeGaps(service().settings.gaps, token);
    if (!gaps) throw cancelled();
    // A term of a large vault may be used in a thousand notes: the view lists the first few.
    return { ...gaps, undefined: gaps.undefined.map((t) => ({ ...t, notes: t.notes.slice(0, NOTES_PER_TERM) })) };
  });
  connection.onRequest(ConceptNotesRequests.addToGlossary, ({ term, uri }): LspWorkspaceEdit | null => {
    const stub = service().glossaryStub(term, uri);
    if (!stub) return null;
    return toPreviewedEdit(stub.edit, l10n.t('Add {term} to the glossary', { term }), l10n.t('Review the definition stub before it is added'));
  });
}
