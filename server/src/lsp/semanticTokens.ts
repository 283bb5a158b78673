import { SemanticTokensBuilder, type ClientCapabilities, type Connection, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { ConceptToken } from '../core/features/semanticTokens';
import { throwIfCancelled } from './cancellation';

/**
 * One custom token type: `conceptMention` (with the `declaration` modifier at the term of
 * a definition). The client contributes the type and a default TextMate scope for it.
 */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['conceptMention'],
  tokenModifiers: ['declaration'],
};

const CONCEPT_MENTION = 0;
const DECLARATION_BIT = 1 << 0;

/** `textDocument/semanticTokens/{full,range}`: marks what a hover will explain. */
export interface SemanticTokensRefresher {
  /** After the concept set changed (a glossary edit, a finished index) every open note may colour differently. */
  refreshIfConceptsChanged(): void;
}

export function registerSemanticTokens(connection: Connection, service: () => NoteService, client: () => ClientCapabilities): SemanticTokensRefresher {
  const encode = (tokens: ConceptToken[]): SemanticTokens => {
    const builder = new SemanticTokensBuilder();
    for (const t of tokens) builder.push(t.line, t.character, t.length, CONCEPT_MENTION, t.declaration ? DECLARATION_BIT : 0);
    return builder.build();
  };
  const enabled = () => service().settings.highlightMentions;
  connection.languages.semanticTokens.on(({ textDocument }, token) => {
    throwIfCancelled(token);
    return encode(enabled() ? service().conceptTokens(textDocument.uri) : []);
  });
  connection.languages.semanticTokens.onRange(({ textDocument, range }, token) => {
    throwIfCancelled(token);
    return encode(enabled() ? service().conceptTokens(textDocument.uri, range) : []);
  });
  let lastConcepts: unknown;
  return {
    refreshIfConceptsChanged() {
      const concepts = service().concepts();
      if (concepts === lastConcepts) return;
      lastConcepts = concepts;
      if (client().workspace?.semanticTokens?.refreshSupport) connection.languages.semanticTokens.refresh().catch(() => undefined);
    },
  };
}
