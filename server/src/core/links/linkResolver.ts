import type { Heading, Link, Note, ReferenceDefinition } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { IWorkspace } from '../workspace';
import { resolveLinkTarget } from './resolve';
import { normalizeFragment } from '../model/slug';
import { htmlAnchorsOf } from './anchors';
import { definitionFor, headingFor } from '../model/lookups';
import { detectLinkStyle, type LinkStyle, type LinkStyleSetting } from './linkStyle';
import { NameIndex } from './nameIndex';
import { pickFile } from './namedResolve';
import { headingByText } from './headingMatch';
import { blockIdsOf, type BlockId } from './blockIds';
import { relativePath } from '../model/uris';
import { rootOf, type WorkspaceConfigCache } from '../config/workspaceConfig';
import { safeDecodeURIComponent } from '../text/strings';

/** The outcome of following a link inside the workspace. */
export type FollowResult =
  | { status: 'external' }
  | { status: 'outside-workspace'; path: string }
  | { status: 'no-such-reference'; label: string }
  | { status: 'reference'; definition: ReferenceDefinition; then: FollowResult }
  | { status: 'missing-file'; path: string; candidates: string[] }
  | { status: 'file'; uri: string; note?: Note; fragment?: string; heading?: Heading; missingFragment?: boolean;
      /** `#^id`: the block, or `missingBlock` when the note has no such id. */
      block?: BlockId; missingBlock?: boolean;
      /** Several files fit a name and the tool leaves the choice open: all of them (`uri` is the first). */
      ambiguous?: string[];
      /** The fragment was looked for by heading text (name-based styles), not only as a slug. */
      byText?: boolean };

type FileKind = 'file' | 'directory' | undefined;

/**
 * Follows links against the index (notes) and the workspace (other files). Existence
 * of non-note files is cached until `invalidate` is called for them.
 */
export class LinkResolver {
  /** Promises, so links checked at the same time share one stat. */
  private readonly kindCache = new Map<string, Promise<FileKind>>();

  constructor(private readonly index: NoteIndex, readonly workspace: IWorkspace, private readonly configs: WorkspaceConfigCache) {}

  /** The style each workspace folder was found to use (`auto`), asked once per folder. */
  private readonly detected = new Map<string, Promise<LinkStyle>>();
  private styleSetting: LinkStyleSetting = 'auto';
  private names: { key: string; files: string[]; index: NameIndex } | undefined;
  private otherFiles: Promise<string[]> | undefined;

  /** `conceptNotes.linkStyle` (or `--link-style`); `auto` detects per folder. */
  setLinkStyle(setting: LinkStyleSetting | undefined): void {
    if ((setting ?? 'auto') !== this.styleSetting) { this.styleSetting = setting ?? 'auto'; this.detected.clear(); }
  }

  /** The rules links of this note follow: the setting, else the folder's `.concept-notes.json`, else detected. */
  async styleOf(noteUri: string): Promise<LinkStyle> {
    if (this.styleSetting !== 'auto') return this.styleSetting;
    const fromFile = (await this.configs.forNote(noteUri)).config?.linkStyle;
    if (fromFile && fromFile !== 'auto') return fromFile;
    const root = rootOf(this.workspace.roots, noteUri);
    let style = this.detected.get(root);
    if (!style) {
      style = detectLinkStyle(this.workspace, root, () => [...this.index.all()].filter((n) => rootOf(this.workspace.roots, n.uri) === root));
      this.detected.set(root, style);
      // Asked before any note was read (a request during start-up): a wiki cannot be told yet, so ask again later.
      const asked = style;
      if (this.index.size === 0) void asked.then(() => { if (this.detected.get(root) === asked) this.detected.delete(root); });
    }
    return style;
  }

  /**
   * Is this folder written with a note-taking tool (any style but markdown)? Asked before
   * its notes are read, so a GitHub wiki counts by its `Home.md` / `_Sidebar.md` alone.
   */
  async isToolVault(rootUri: string): Promise<boolean> {
    if (this.styleSetting !== 'auto') return this.styleSetting !== 'markdown';
    const fromFile = (await this.configs.forNote(rootUri + '/')).config?.linkStyle;
    if (fromFile && fromFile !== 'auto') return fromFile !== 'markdown';
    const style = await detectLinkStyle(this.workspace, rootUri, () => [{ links: [{ kind: 'wiki' }] } as unknown as Note]);
    return style !== 'markdown';
  }

  /** Every note and file by name, rebuilt when notes come or go or a file event arrived. */
  async nameIndex(): Promise<NameIndex> {
    this.otherFiles ??= (this.workspace.listFiles?.() ?? Promise.resolve([])).catch(() => []);
    const files = await this.otherFiles;
    const key = `${this.index.membership}`;
    if (!this.names || this.names.key !== key || this.names.files !== files) this.names = { key, files, index: new NameIndex(this.workspace.roots, this.index.uris(), files) };
    return this.names.index;
  }

  invalidate(uri?: string): void {
    if (uri === undefined || !this.index.has(uri)) this.otherFiles = undefined;
    if (uri === undefined || /\/\.(obsidian|foam|vscode)(\/|$)|\/(Home|_Sidebar)\.md$/.test(uri)) this.detected.clear();
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
    const style = await this.styleOf(note.uri);
    if (link.kind === 'wiki') {
      if (style === 'markdown') return this.followWiki(note, link.target ?? '');
      return this.followNamed(style, note, wikiLinkpath(style, link), true);
    }
    if (style !== 'markdown' && link.kind !== 'html' && link.kind !== 'autolink') return this.followStyledTarget(style, note, link.target ?? '');
    return this.followTarget(note, link.target ?? '');
  }

  /** `[[target]]` as written, under the note's style (completion, hover of a half-typed link). */
  async followWikiTarget(note: Note, target: string): Promise<FollowResult> {
    const style = await this.styleOf(note.uri);
    return style === 'markdown' ? this.followWiki(note, target) : this.followNamed(style, note, target.replace(/\\$/, ''), true);
  }

  /** A Markdown destination under the note's style (reference definitions, quick fixes). */
  async followDestination(note: Note, target: string): Promise<FollowResult> {
    const style = await this.styleOf(note.uri);
    return style === 'markdown' ? this.followTarget(note, target) : this.followStyledTarget(style, note, target);
  }

  /**
   * `[x](path)` in a name-based vault: Obsidian resolves Markdown links like wiki links
   * (Obsidian Help, "Internal links": both formats link the same way, the Markdown one
   * URL-encoded); Foam and GitHub wikis read it as a path first, then by page name.
   */
  private async followStyledTarget(style: LinkStyle, note: Note, target: string): Promise<FollowResult> {
    let t = target.trim();
    if (t.startsWith('<') && t.endsWith('>')) t = t.slice(1, -1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('//')) return { status: 'external' };
    if (style === 'obsidian') return this.followNamed(style, note, safeDecodeURIComponent(t), false);
    const byPath = await this.followTarget(note, target);
    if (byPath.status !== 'missing-file' && byPath.status !== 'outside-workspace') return this.withStyledFragment(byPath, style);
    if (style === 'foam') return byPath;
    const named = await this.followNamed(style, note, safeDecodeURIComponent(t), false);
    return named.status === 'missing-file' ? byPath : named;
  }

  /** `name#A#B`, `name#^id`, `#heading`: by name under the style's rule, then the fragment by heading text or block id. */
  private async followNamed(style: LinkStyle, note: Note, target: string, isWiki: boolean): Promise<FollowResult> {
    const hash = target.indexOf('#');
    const linkpath = (hash === -1 ? target : target.slice(0, hash)).trim().replace(/\\/g, '/');
    const fragment = hash === -1 ? undefined : target.slice(hash + 1).trim();
    if (linkpath === '') return this.withNamedFragment(note.uri, note, fragment);
    const names = await this.nameIndex();
    const fromPath = relativePath(rootOf(this.workspace.roots, note.uri), note.uri) ?? '';
    const pick = pickFile(style, names, linkpath, fromPath);
    if (pick) {
      const result = this.withNamedFragment(pick.file.uri, this.index.get(pick.file.uri), fragment);
      return pick.candidates && result.status === 'file' ? { ...result, ambiguous: pick.candidates.map((c) => c.uri) } : result;
    }
    // Folders (`[[projects]]` → projects/index.md in Foam), README links and the like: the path rules.
    const byPath = isWiki ? await this.followWiki(note, linkpath) : await this.followTarget(note, encodeURI(linkpath));
    if (byPath.status === 'file') return byPath.note ? this.withNamedFragment(byPath.uri, byPath.note, fragment) : byPath;
    return { status: 'missing-file', path: linkpath, candidates: byPath.status === 'missing-file' ? byPath.candidates : [] };
  }

  private withStyledFragment(result: FollowResult, style: LinkStyle): FollowResult {
    if (result.status !== 'file' || !result.note || !result.fragment || style === 'markdown') return result;
    return this.withNamedFragment(result.uri, result.note, result.fragment);
  }

  /** A heading by text or slug (`A#B` nested), or a block id after `^`. */
  private withNamedFragment(uri: string, target: Note | undefined, fragment: string | undefined): FollowResult {
    if (!fragment || !target) return { status: 'file', uri, note: target, fragment: fragment || undefined };
    const caret = fragment.lastIndexOf('#^');
    const blockRef = fragment.startsWith('^') ? fragment.slice(1) : caret !== -1 ? fragment.slice(caret + 2) : undefined;
    if (blockRef !== undefined) {
      const block = blockIdsOf(target).get(blockRef.trim().toLowerCase());
      return { status: 'file', uri, note: target, fragment, block, missingBlock: !block };
    }
    const heading = headingByText(target.headings, fragment);
    const wanted = normalizeFragment(fragment);
    const anchor = /^(fn|fnref|user-content-)/.test(wanted) || htmlAnchorsOf(target).has(wanted);
    return { status: 'file', uri, note: target, fragment, heading, missingFragment: !heading && !anchor, byText: true };
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

/**
 * The `name#fragment` part of a wiki link under a style. Inside a table `|` is escaped
 * (`[[Note\\|alias]]`, Obsidian Help "Internal links" › "Change the link display text"):
 * the parser stops the target at the pipe, so the backslash is dropped here.
 * GitHub wikis put the page second: `[[Link text|page-name]]` (GitHub Docs, "Editing
 * wiki content" › "Adding links").
 */
function wikiLinkpath(style: LinkStyle, link: Link): string {
  const target = (link.target ?? '').replace(/\\$/, '');
  // The parser keeps `text` as the alias when there is one: then it is the page.
  return style === 'github-wiki' && link.text !== link.target ? link.text : target;
}
