import type { Heading, Link, Note, ReferenceDefinition } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { IWorkspace } from '../workspace';
import { resolveLinkTarget } from './resolve';
import { normalizeFragment } from '../model/slug';
import { htmlAnchorsOf } from './anchors';
import { definitionFor, headingFor } from '../model/lookups';

/** The outcome of following a link inside the workspace. */
export type FollowResult =
  | { status: 'external' }
  | { status: 'outside-workspace'; path: string }
  | { status: 'no-such-reference'; label: string }
  | { status: 'reference'; definition: ReferenceDefinition; then: FollowResult }
  | { status: 'missing-file'; path: string; candidates: string[] }
  | { status: 'file'; uri: string; note?: Note; fragment?: string; heading?: Heading; missingFragment?: boolean };

type FileKind = 'file' | 'directory' | undefined;

/**
 * Follows links against the index (notes) and the workspace (other files). Existence
 * of non-note files is cached until `invalidate` is called for them.
 */
export class LinkResolver {
  /** Promises, so links checked at the same time share one stat. */
  private readonly kindCache = new Map<string, Promise<FileKind>>();

  constructor(private readonly index: NoteIndex, readonly workspace: IWorkspace) {}

  invalidate(uri?: string): void {
    if (uri === undefined) this.kindCache.clear();
    else {
      // `uri` may be a folder that was deleted or moved: everything under it is stale too.
      const key = uri.replace(/\/$/, ''), folder = key + '/';
      for (const k of this.kindCache.keys()) if (k === key || k.startsWith(folder)) this.kindCache.delete(k);
    }
  }

  async follow(note: Note, link: Link): Promise<FollowResult> {
    if (link.kind === 'reference') {
      const definition = definitionFor(note.referenceDefinitions, link.label);
      if (!definition) return { status: 'no-such-reference', label: link.label ?? '' };
      return { status: 'reference', definition, then: await this.followTarget(note, definition.target) };
    }
    if (link.kind === 'wiki') return this.followWiki(note, link.target ?? '');
    return this.followTarget(note, link.target ?? '');
  }

  async followTarget(note: Note, target: string): Promise<FollowResult> {
    const resolved = resolveLinkTarget(target, note.uri, this.workspace.roots);
    switch (resolved.kind) {
      case 'external': return { status: 'external' };
      case 'outside-workspace': return { status: 'outside-workspace', path: resolved.path };
      case 'same-note': return this.withFragment(note.uri, note, resolved.fragment);
      case 'file': {
        // `x/README.md` and friends can only exist when `x` is a folder: a link to a missing
        // file then costs one stat (two without an extension), not six.
        const folder = resolved.uri.replace(/\/$/, '') + '/';
        const isFolder = this.index.has(resolved.uri) ? false : await this.kindOf(resolved.uri) === 'directory';
        for (const candidate of resolved.candidates) {
          const target = this.index.get(candidate);
          if (target) return this.withFragment(candidate, target, resolved.fragment);
          if (!isFolder && candidate.startsWith(folder)) continue;
          if (await this.kindOf(candidate) === 'file') return { status: 'file', uri: candidate, fragment: resolved.fragment };
        }
        // GitHub shows a folder without a README as a listing; VS Code opens it too.
        if (isFolder) return { status: 'file', uri: resolved.uri };
        return { status: 'missing-file', path: resolved.path, candidates: resolved.candidates };
      }
    }
  }

  /** `[[note]]`, `[[note#heading]]`, `[[folder/note]]`: by path first, then by file name or title anywhere. */
  async followWiki(note: Note, target: string): Promise<FollowResult> {
    const hash = target.indexOf('#');
    const name = (hash === -1 ? target : target.slice(0, hash)).trim();
    const fragment = hash === -1 ? undefined : target.slice(hash + 1).trim();
    if (name === '') return this.withFragment(note.uri, note, fragment, true);
    const byPath = await this.followTarget(note, encodeURI(name) + (fragment ? '#' + fragment : ''));
    if (byPath.status === 'file') return byPath;
    const wanted = name.replace(/\.(md|markdown)$/i, '').toLowerCase();
    const other = this.index.noteNamed(wanted);
    if (other) return this.withFragment(other.uri, other, fragment, true);
    return byPath.status === 'missing-file' ? byPath : { status: 'missing-file', path: name, candidates: [] };
  }

  private withFragment(uri: string, target: Note, fragment: string | undefined, byText = false): FollowResult {
    if (!fragment) return { status: 'file', uri, note: target };
    const wanted = normalizeFragment(fragment);
    const heading = headingFor(target.headings, wanted, byText);
    const footnoteOrAnchor = /^(fn|fnref|user-content-)/.test(wanted) || htmlAnchorsOf(target).has(wanted);
    return { status: 'file', uri, note: target, fragment, heading, missingFragment: !heading && !footnoteOrAnchor };
  }

  /** A file, a folder, or nothing (also when the workspace cannot tell). */
  private kindOf(uri: string): Promise<FileKind> {
    const key = uri.replace(/\/$/, '');
    let kind = this.kindCache.get(key);
    if (kind === undefined) {
      // A workspace may throw (EACCES, a vanished mount): the target counts as missing until it changes.
      kind = this.workspace.stat(key).then((stat) => stat?.type, () => undefined);
      this.kindCache.set(key, kind);
    }
    return kind;
  }
}
