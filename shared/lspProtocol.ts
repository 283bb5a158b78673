// The custom requests and notifications as typed objects, used by the client
// (`client.sendRequest(ConceptNotesRequests.graph, params)`) and the server
// (`connection.onRequest(ConceptNotesRequests.graph, handler)`), so params and results
// are checked on both sides. Beside protocol.ts, not in it: protocol.ts is imported by
// the core, which must stay free of LSP packages.
import { NotificationType, RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import {
  Notifications, Requests,
  type AddToGlossaryParams, type CheckExternalLinksParams, type CheckExternalLinksResult, type ConceptSummary,
  type ExternalLinksProgressParams, type GraphParams, type IndexChangedParams, type KnowledgeGapsResult,
  type NoteGraph, type TopicNode, type OpenItemsParams, type OpenItemsResult, type MarkTaskDoneParams,
  type BacklinksParams, type BacklinksResult, type LinkMentionsParams,
} from './protocol';

/**
 * Bumped whenever a request, notification or their shapes change incompatibly. The server
 * reports it in `initializeResult.capabilities.experimental.conceptNotesProtocol`; the client
 * refuses to work with a server that reports another one.
 */
export const PROTOCOL_VERSION = 1;

/** Requests that take no parameters are sent with `{}`. */
export type NoParams = Record<string, never>;

export const ConceptNotesRequests = {
  topicTree: new RequestType<NoParams | undefined, TopicNode[], void>(Requests.topicTree),
  concepts: new RequestType<NoParams | undefined, ConceptSummary[], void>(Requests.concepts),
  knowledgeGaps: new RequestType<NoParams | undefined, KnowledgeGapsResult, void>(Requests.knowledgeGaps),
  addToGlossary: new RequestType<AddToGlossaryParams, WorkspaceEdit | null, void>(Requests.addToGlossary),
  graph: new RequestType<GraphParams | undefined, NoteGraph, void>(Requests.graph),
  checkExternalLinks: new RequestType<CheckExternalLinksParams | undefined, CheckExternalLinksResult, void>(Requests.checkExternalLinks),
  openItems: new RequestType<OpenItemsParams | undefined, OpenItemsResult, void>(Requests.openItems),
  markTaskDone: new RequestType<MarkTaskDoneParams, WorkspaceEdit | null, void>(Requests.markTaskDone),
  backlinks: new RequestType<BacklinksParams, BacklinksResult, void>(Requests.backlinks),
  linkMentions: new RequestType<LinkMentionsParams, WorkspaceEdit | null, void>(Requests.linkMentions),
} as const;

export const ConceptNotesNotifications = {
  indexChanged: new NotificationType<IndexChangedParams>(Notifications.indexChanged),
  externalLinksProgress: new NotificationType<ExternalLinksProgressParams>(Notifications.externalLinksProgress),
} as const;

/** Where the server puts its protocol version in `InitializeResult.capabilities.experimental`. */
export interface ConceptNotesExperimentalCapabilities {
  conceptNotesProtocol: number;
  /** Lets a client (and the editor tests) tell one server process from its restart. */
  processId: number;
}

/** The protocol version a server announced, or undefined when it announced none. */
export function announcedProtocolVersion(experimental: unknown): number | undefined {
  const version = (experimental as Partial<ConceptNotesExperimentalCapabilities> | undefined)?.conceptNotesProtocol;
  return typeof version === 'number' ? version : undefined;
}

/** Undefined when the server speaks our protocol; else what it announced (undefined: nothing). */
export function protocolMismatch(experimental: unknown): { server: number | undefined; client: number } | undefined {
  const server = announcedProtocolVersion(experimental);
  return server === PROTOCOL_VERSION ? undefined : { server, client: PROTOCOL_VERSION };
}
