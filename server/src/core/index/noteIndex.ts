import type { ConceptDefinition, Note } from '../model/types';
import { buildConcepts, type Concept } from '../concepts/registry';
import { ConceptMatcher, type TermHit } from '../concepts/matcher';
import { conceptKey } from '../concepts/normalize';
import { findMentions, type Mention } from '../concepts/mentions';
import { LinkGraph } from './linkGraph';
import { noteTitleFromUri } from '../model/uris';

/**
 * Every note, and what is derived from all of them: concepts, the mention matcher,
 * mentions per note. A note change recomputes only its own entry; concepts and the
 * matcher are rebuilt only when some note's definitions changed.
 */
export class NoteIndex {
  private readonly notes = new Map<string, Note>();
  private conceptCache: { concepts: Concept[]; byKey: Map<string, Concept>; matcher: ConceptMatcher } | undefined;
  private readonly mentionCache = new Map<string, Mention[]>();
  private definitionSignatures = new Map<string, string>();
  private byName: Map<string, Note> | undefined;
  readonly links: LinkGraph;

  constructor(readonly roots: readonly string[] = []) {
    this.links = new LinkGraph(roots);
  }

  private generation = 0;
  private changes = 0;

  /** Bumped whenever some note's concept definitions change. Read-only outside the index. */
  get conceptGeneration(): number { return this.generation; }

  /** Bumped on every change; answers computed from an older version are stale. */
  get version(): number { return this.changes; }

  /** Bumped when a note is added or removed (not when one changes): name lookups depend only on this. */
  get membership(): number { return this.membershipChanges; }
  private membershipChanges = 0;

  get size(): number { return this.notes.size; }
  get(uri: string): Note | undefined { return this.notes.get(uri); }
  all(): IterableIterator<Note> { return this.notes.values(); }
  uris(): string[] { return [...this.notes.keys()]; }
  has(uri: string): boolean { return this.notes.has(uri); }

  set(note: Note): void {
    if (!this.notes.has(note.uri)) this.membershipChanges++;
    this.notes.set(note.uri, note);
    this.byName = undefined;
    this.links.update(note);
    this.mentionCache.delete(note.uri);
    this.noteDefinitionsChanged(note.uri, signature(note.definitions));
    this.changes++;
  }

  delete(uri: string): boolean {
    const existed = this.notes.delete(uri);
    this.byName = undefined;
    this.links.remove(uri);
    this.mentionCache.delete(uri);
    if (existed) { this.noteDefinitionsChanged(uri, undefined); this.changes++; this.membershipChanges++; }
    return existed;
  }

  /**
   * The first note (in index order) whose file name or title is `name`, case-insensitively:
   * how `[[Name]]` finds a note outside its folder. A map, since a note may have 50,000 of them.
   */
  noteNamed(name: string): Note | undefined {
    if (!this.byName) {
      this.byName = new Map();
      for (const note of this.notes.values()) {
        for (const key of [noteTitleFromUri(note.uri).toLowerCase(), note.title.toLowerCase()]) if (!this.byName.has(key)) this.byName.set(key, note);
      }
    }
    return this.byName.get(name.toLowerCase());
  }

  private noteDefinitionsChanged(uri: string, sig: string | undefined): void {
    const before = this.definitionSignatures.get(uri);
    if (before === sig) return;
    if (sig === undefined) this.definitionSignatures.delete(uri); else this.definitionSignatures.set(uri, sig);
    this.conceptCache = undefined;
    this.mentionCache.clear();
    this.generation++;
  }

  private concepts_(): NonNullable<NoteIndex['conceptCache']> {
    if (!this.conceptCache) {
      const defs: ConceptDefinition[] = [];
      for (const uri of [...this.notes.keys()].sort()) defs.push(...this.notes.get(uri)!.definitions);
      const concepts = buildConcepts(defs);
      const byKey = new Map<string, Concept>();
      const terms: Array<{ term: string; conceptId: string }> = [];
      for (const c of concepts) {
        for (const n of [c.name, ...c.aliases]) {
          byKey.set(conceptKey(n), c);
          terms.push({ term: n, conceptId: c.id });
        }
      }
      this.conceptCache = { concepts, byKey, matcher: new ConceptMatcher(terms) };
    }
    return this.conceptCache;
  }

  concepts(): Concept[] { return this.concepts_().concepts; }
  concept(idOrName: string): Concept | undefined { return this.concepts_().byKey.get(conceptKey(idOrName)); }
  matcher(): ConceptMatcher { return this.concepts_().matcher; }

  /** Concept mentions in a note's prose; cached until the note or the concept set changes. */
  mentions(uri: string): Mention[] {
    let cached = this.mentionCache.get(uri);
    if (!cached) {
      const note = this.notes.get(uri);
      cached = note ? findMentions(note, this.matcher()) : [];
      this.mentionCache.set(uri, cached);
    }
    return cached;
  }
}

function signature(defs: ConceptDefinition[]): string {
  return JSON.stringify(defs.map((d) => [d.name, d.aliases, d.definition, d.form, d.range.start.line, d.range.start.character]));
}

export type { TermHit };
