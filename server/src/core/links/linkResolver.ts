import type { Heading, Link, Note, ReferenceDefinition } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { IWorkspace } from '../workspace';
import { resolveLinkTarget } from './resolve';
import { normalizeFragment } from '../model/slug';
import { forgetWorkspaceConfig, isConfigFileUri } from '../config/workspaceConfig';
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

/**
 * Follows links against the index (notes) and the workspace (other files). Existence
 * of non-note files is cached until `invalidate` is called for them.
 */
export class LinkResolver {
  /** Promises, so links checked at the same time share one stat. */
  private readonly existsCache = new Map<string, Promise<boolean>>();

  constructor(private readonly index: NoteIndex, readonly workspace: IWorkspace) {}

  invalidate(uri?: string): void {
    if (uri === undefined) this.existsCache.clear();
    else {
      // `uri` may be a folder that was deleted or moved: everything under it is stale too.
      const folder = uri.replace(/\/$/, '') + '/';
      for (const key of this.existsCache.keys()) if (key === uri || key.startsWith(folder)) this.existsCache.delete(key);
    }
    if (uri === undefined || isConfigFileUri(uri)) forgetWorkspaceConfig(this.workspace);
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
        for (const candidate of resolved.candidates) {
          const target = this.index.get(candidate);
          if (target) return this.withFragment(candidate, target, resolved.fragment);
          if (await this.fileExists(candidate)) return { status: 'file', uri: candidate, fragment: resolved.fragment };
        }
        // GitHub shows a folder without a README as a listing; VS Code opens it too.
        if (await this.folderExists(resolved.uri)) return { status: 'file', uri: resolved.uri };
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

  private fileExists(uri: string): Promise<boolean> {
    return this.exists(uri, 'file');
  }

  private folderExists(uri: string): Promise<boolean> {
    return this.exists(uri, 'directory');
  }

  private exists(uri: string, type: 'file' | 'directory'): Promise<boolean> {
    const key = type === 'file' ? uri : uri + '/';
    let exists = this.existsCache.get(key);
    if (exists === undefined) {
      // A workspace may throw (EACCES, a vanished mount): the target counts as missing until it changes.
      exists = this.workspace.stat(uri.replace(/\/$/, '')).then((stat) => stat?.type === type, () => false);
      this.existsCache.set(key, exists);
    }
    return exists;
  }
}
