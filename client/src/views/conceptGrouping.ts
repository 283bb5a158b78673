import type { ConceptSummary, TopicNode } from '../../../shared/protocol';

/** How the Concepts view lists concepts. Pure (no vscode import): unit-tested. */
export type ConceptsOrder = 'alphabetical' | 'byTopic';

/** Group label for concepts defined in a note that sits outside every topic. */
export const NO_TOPIC = '(no topic)';

export interface TopicGroup { topic: string; concepts: ConceptSummary[] }

/** A–Z regardless of case; Chinese names sort after Latin ones by the locale's collation. */
export function byName(a: ConceptSummary, b: ConceptSummary): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}

export function sortByName(concepts: readonly ConceptSummary[]): ConceptSummary[] {
  return [...concepts].sort(byName);
}

/**
 * Groups concepts under the top-level topic of the note that defines them (the same
 * placement the Topics view shows, so a glossary with `topic: virtualization` counts
 * for virtualization). Groups A–Z with NO_TOPIC last; concepts A–Z inside a group.
 */
export function groupByTopic(concepts: readonly ConceptSummary[], topicTree: readonly TopicNode[]): TopicGroup[] {
  const topicOfNote = new Map<string, string>();
  for (const top of topicTree) {
    if (top.kind !== 'topic') continue;
    forEachNote(top, (uri) => topicOfNote.set(uri, top.label));
  }
  const groups = new Map<string, ConceptSummary[]>();
  for (const concept of sortByName(concepts)) {
    const topic = topicOfNote.get(concept.uri) ?? NO_TOPIC;
    const members = groups.get(topic) ?? [];
    members.push(concept);
    groups.set(topic, members);
  }
  const rank = (topic: string) => (topic === NO_TOPIC ? 1 : 0);
  return [...groups.entries()]
    .map(([topic, members]) => ({ topic, concepts: members }))
    .sort((a, b) => rank(a.topic) - rank(b.topic) || a.topic.localeCompare(b.topic));
}

function forEachNote(node: TopicNode, visit: (uri: string) => void): void {
  if (node.kind === 'note' && node.uri) visit(node.uri);
  for (const child of node.children ?? []) forEachNote(child, visit);
}
