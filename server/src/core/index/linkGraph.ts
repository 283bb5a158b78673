import type { Note } from '../model/types';
import { resolveLinkTarget } from '../links/resolve';
import { noteTitleFromUri } from '../model/uris';
import { safeDecodeURIComponent } from '../text/strings';

/**
 * Who links to whom, kept per note as it is indexed, so a change re-checks only the
 * notes that can see it. Keys are the URIs a link could resolve to (every candidate:
 * `x`, `x.md`, `x/README.md` …) and, for wiki links, `wiki:<name>`, since `[[name]]`
 * also finds a note by file name or title anywhere.
 */
export class LinkGraph {
  private readonly outgoing = new Map<string, string[]>();
  private readonly incoming = new Map<string, Set<string>>();

  constructor(private readonly roots: readonly string[]) {}

  update(note: Note): void {
    this.remove(note.uri);
    const keys = [...this.keysOf(note)];
    this.outgoing.set(note.uri, keys);
    for (const key of keys) {
      let sources = this.incoming.get(key);
      if (!sources) this.incoming.set(key, (sources = new Set()));
      sources.add(note.uri);
    }
  }

  remove(uri: string): void {
    for (const key of this.outgoing.get(uri) ?? []) {
      const sources = this.incoming.get(key);
      sources?.delete(uri);
      if (sources?.size === 0) this.incoming.delete(key);
    }
    this.outgoing.delete(uri);
  }

  /** Notes that link to `uri` (by path, or by wiki name or title). */
  linkersOf(uri: string, title?: string): Set<string> {
    const out = new Set(this.incoming.get(uri) ?? []);
    for (const name of [noteTitleFromUri(uri), title]) {
      if (name) for (const s of this.incoming.get(wikiKey(name)) ?? []) out.add(s);
    }
    return out;
  }

  private *keysOf(note: Note): Iterable<string> {
    const targets = [...note.links.filter((l) => l.kind !== 'autolink' && l.kind !== 'reference').map((l) => ({ target: l.target ?? '', wiki: l.kind === 'wiki' })),
      ...note.referenceDefinitions.map((d) => ({ target: d.target, wiki: false }))];
    for (const { target, wiki } of targets) {
      const name = wiki ? target.split('#')[0].trim() : target;
      // By name too: Obsidian, Foam and wiki vaults resolve Markdown links by file name anywhere.
      if (wiki || !/^[a-z][a-z0-9+.-]*:/i.test(name)) yield wikiKey(safeDecodeURIComponent(name.split('#')[0]).replace(/\.(md|markdown)$/i, '').split('/').pop() ?? name);
      const resolved = resolveLinkTarget(wiki ? encodeURI(name) : name, note.uri, this.roots);
      if (resolved.kind === 'file') yield* resolved.candidates;
    }
  }
}

function wikiKey(name: string): string {
  return 'wiki:' + name.trim().toLowerCase();
}
