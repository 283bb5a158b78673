// Files by name, for the tools that resolve a link by name anywhere in the vault rather
// than by path from the linking note (Obsidian, Foam, GitHub wikis).
import { URI } from 'vscode-uri';
import { relativePath } from '../model/uris';
import { rootOf } from '../config/workspaceConfig';

const NOTE_EXTENSION = /\.(md|markdown)$/i;

export interface NamedFile { uri: string; /** Path inside its workspace folder, `/`-separated. */ path: string; isNote: boolean }

/** Built once per listing; each lookup is one map access plus a filter over same-named files. */
export class NameIndex {
  /** `name.ext` lower-cased → files (notes also under their stem, without `.md`). */
  private readonly byName = new Map<string, NamedFile[]>();
  /** GitHub wiki page names: lower-cased, spaces and hyphens alike. */
  private readonly byPage = new Map<string, NamedFile[]>();

  constructor(readonly roots: readonly string[], noteUris: Iterable<string>, otherUris: Iterable<string>) {
    for (const uri of noteUris) this.add(uri, true);
    for (const uri of otherUris) if (!NOTE_EXTENSION.test(uri)) this.add(uri, false);
    for (const list of [...this.byName.values(), ...this.byPage.values()]) list.sort(byPath);
  }

  private add(uri: string, isNote: boolean): void {
    const root = rootOf(this.roots, uri);
    const path = relativePath(root, uri) ?? URI.parse(uri).path;
    const file: NamedFile = { uri, path, isNote };
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    push(this.byName, name, file);
    if (isNote) {
      const stem = name.replace(NOTE_EXTENSION, '');
      push(this.byName, stem, file);
      push(this.byPage, pageKey(stem), file);
    }
  }

  /**
   * Files whose path ends with `linkpath` on a segment boundary, case-insensitively
   * (`Folder/Note` matches `a/Folder/Note.md`); a note also without its extension.
   */
  matching(linkpath: string): NamedFile[] {
    const wanted = linkpath.toLowerCase().replace(/^\/+/, '');
    const name = wanted.slice(wanted.lastIndexOf('/') + 1);
    const list = this.byName.get(name) ?? [];
    if (!wanted.includes('/')) return list;
    return list.filter((f) => {
      const p = f.path.toLowerCase();
      const stem = f.isNote ? p.replace(NOTE_EXTENSION, '') : p;
      return [p, stem].some((q) => q === wanted || q.endsWith('/' + wanted));
    });
  }

  /** Every file once, notes first. */
  files(): NamedFile[] {
    const seen = new Set<NamedFile>();
    for (const list of this.byName.values()) for (const f of list) seen.add(f);
    return [...seen].sort((a, b) => Number(b.isNote) - Number(a.isNote) || byPath(a, b));
  }

  /** GitHub wiki pages named `page` (any folder; spaces and hyphens alike, any case). */
  pages(page: string): NamedFile[] {
    return this.byPage.get(pageKey(page.replace(NOTE_EXTENSION, ''))) ?? [];
  }
}

/** GitHub turns spaces of a page title into hyphens in its file name and URL: `My Page` = `My-Page`. */
export function pageKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '-');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) { if (!list.includes(value)) list.push(value); } else map.set(key, [value]);
}

/**
 * Obsidian's order for same-named files (what `metadataCache.getFirstLinkpathDest`
 * returns first): a file in the linking note's own folder, else the shortest path,
 * then alphabetical — so `[[Note]]` never dangles while one `Note.md` exists, and the
 * link it writes is the shortest one that picks the file.
 */
export function obsidianPick(files: readonly NamedFile[], fromPath: string): NamedFile | undefined {
  if (files.length <= 1) return files[0];
  const folder = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
  const sameFolder = files.filter((f) => f.path.slice(0, f.path.lastIndexOf('/') + 1) === folder);
  return [...(sameFolder.length ? sameFolder : files)].sort(byPath)[0];
}

function byPath(a: NamedFile, b: NamedFile): number {
  return a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
