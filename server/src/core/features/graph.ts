import { tagKey } from '../model/tags';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import type { CancellationToken } from '../workspace';
import { neverCancelled } from '../workspace';
import type { GraphEdge, GraphNode, NoteGraph } from '../../../../shared/protocol';
import { mentionCounts } from './mentionCounts';
import { relativeLabel } from './labels';

export interface GraphRequest {
  /** A note: its neighbourhood only. Absent: the whole workspace. */
  uri?: string;
  /** Hops from `uri` (1–3). */
  depth?: number;
}

const MAX_DEPTH = 3;
const YIELD_EVERY = 64;

/**
 * Notes, the concepts they define or mention, and their tags, with link / mention /
 * defines / tag edges: the graph view's data. The workspace graph is built once per index
 * version; a local graph is a walk of it from one note.
 */
export function createGraphBuilder(index: NoteIndex, resolver: LinkResolver) {
  let last: { version: number; graph: NoteGraph; ids: Ids; adjacent: Map<string, string[]> } | undefined;

  async function workspaceGraph(token: CancellationToken): Promise<typeof last> {
    if (last?.version === index.version) return last;
    const version = index.version;
    const ids = new Ids();
    const noteId = (uri: string) => ids.of('n', uri);
    const conceptId = (id: string) => ids.of('c', id);
    const tagId = (key: string) => ids.of('t', key);
    const nodes = new Map<string, GraphNode>();
    const edges: GraphEdge[] = [];
    const edgeKeys = new Set<string>();
    const addEdge = (from: string, to: string, kind: GraphEdge['kind']) => {
      const key = `${from}\u0000${to}\u0000${kind}`;
      if (from === to || edgeKeys.has(key)) return;
      edgeKeys.add(key);
      edges.push({ from, to, kind });
    };
    const counts = mentionCounts(index);
    for (const concept of index.concepts()) {
      const primary = concept.definitions[0];
      nodes.set(conceptId(concept.id), { id: conceptId(concept.id), kind: 'concept', label: concept.name, uri: primary?.uri, range: primary?.range, detail: primary?.definition, weight: counts.get(concept.id) ?? 0 });
    }
    const incoming = new Map<string, number>();
    let seen = 0;
    for (const note of index.all()) {
      if (++seen % YIELD_EVERY === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) return undefined;
      }
      const id = noteId(note.uri);
      const folder = relativeLabel(index, note.uri).split('/');
      nodes.set(id, { id, kind: 'note', label: note.title, uri: note.uri, topic: note.frontMatter?.topic ?? (folder.length > 1 ? folder[0] : undefined), weight: 0 });
      for (const link of note.links) {
        if (link.kind === 'autolink') continue;
        const result = await resolver.follow(note, link);
        const target = result.status === 'reference' ? result.then : result;
        if (target.status !== 'file' || !target.note) continue;
        addEdge(id, noteId(target.note.uri), 'link');
        incoming.set(target.note.uri, (incoming.get(target.note.uri) ?? 0) + 1);
      }
      for (const d of note.definitions) {
        const concept = index.concept(d.name);
        if (concept) addEdge(id, conceptId(concept.id), 'defines');
      }
      for (const m of index.mentions(note.uri)) addEdge(id, conceptId(m.conceptId), 'mention');
      // Front matter and inline tags alike; a note counts once for each tag it uses.
      const tagsOfNote = new Set<string>();
      for (const tag of note.tags) {
        const tagNode = tagId(tagKey(tag.name));
        if (tagsOfNote.has(tagNode)) continue;
        tagsOfNote.add(tagNode);
        const node = nodes.get(tagNode);
        if (node) node.weight++; else nodes.set(tagNode, { id: tagNode, kind: 'tag', label: `#${tag.name}`, weight: 1 });
        addEdge(id, tagNode, 'tag');
      }
    }
    for (const [uri, n] of incoming) { const node = nodes.get(noteId(uri)); if (node) node.weight = n; }
    if (index.version !== version) return undefined;
    const adjacent = new Map<string, string[]>();
    const link = (a: string, b: string) => { const list = adjacent.get(a); if (list) list.push(b); else adjacent.set(a, [b]); };
    for (const e of edges) { link(e.from, e.to); link(e.to, e.from); }
    last = { version, graph: { nodes: [...nodes.values()], edges }, ids, adjacent };
    return last;
  }

  return async function graph(request: GraphRequest = {}, token: CancellationToken = neverCancelled): Promise<NoteGraph | undefined> {
    const whole = await workspaceGraph(token);
    if (!whole || request.uri === undefined) return whole?.graph;
    const start = whole.ids.existing('n', request.uri);
    return neighbourhood(whole.graph, whole.adjacent, start, Math.min(Math.max(request.depth ?? 1, 1), MAX_DEPTH));
  };
}

/** Short node ids (`n12`, `c3`, `t0`): the workspace graph of a large vault crosses the wire as a few hundred KB, not MB. */
class Ids {
  private readonly byKey = new Map<string, string>();
  private next = 0;
  of(prefix: string, key: string): string {
    const k = `${prefix}\u0000${key}`;
    let id = this.byKey.get(k);
    if (id === undefined) this.byKey.set(k, (id = `${prefix}${this.next++}`));
    return id;
  }
  existing(prefix: string, key: string): string | undefined {
    return this.byKey.get(`${prefix}\u0000${key}`);
  }
}

export type GraphBuilder = ReturnType<typeof createGraphBuilder>;

/** The nodes within `depth` hops of `start` (edges taken both ways), and the edges between them. */
function neighbourhood(graph: NoteGraph, adjacent: Map<string, string[]>, start: string | undefined, depth: number): NoteGraph {
  const kept = new Set<string>();
  if (start !== undefined) kept.add(start);
  let frontier = [...kept];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) for (const other of adjacent.get(id) ?? []) if (!kept.has(other)) { kept.add(other); next.push(other); }
    frontier = next;
  }
  return { nodes: graph.nodes.filter((n) => kept.has(n.id)), edges: graph.edges.filter((e) => kept.has(e.from) && kept.has(e.to)) };
}
