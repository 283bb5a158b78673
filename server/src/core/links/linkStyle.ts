// Which tool's rules a workspace folder's links follow. Each tool documents its own:
// - Obsidian Help, "Internal links" / "Embed files" / "Link to blocks"
//   (https://help.obsidian.md/links, https://help.obsidian.md/embeds, the obsidian-help vault);
// - Foam, "Wikilinks" and "Link Reference Definitions" (docs/user/features/ in the foam repository);
// - GitHub Docs, "Editing wiki content" (https://docs.github.com/en/communities/documenting-your-project-with-wikis/editing-wiki-content).
import type { IWorkspace } from '../workspace';
import type { Note } from '../model/types';
import { joinUri } from '../model/uris';

export const LINK_STYLES = ['markdown', 'obsidian', 'foam', 'github-wiki'] as const;
export type LinkStyle = (typeof LINK_STYLES)[number];
export type LinkStyleSetting = LinkStyle | 'auto';

export function isLinkStyleSetting(value: unknown): value is LinkStyleSetting {
  return value === 'auto' || (LINK_STYLES as readonly unknown[]).includes(value);
}

/**
 * `auto`, decided per workspace folder: `.obsidian/` → obsidian; `.foam/` or `foam.*`
 * keys in `.vscode/settings.json` → foam; `Home.md` / `_Sidebar.md` at the root with
 * some `[[…]]` link → github-wiki (a wiki repository is flat pages, Home first);
 * otherwise markdown.
 */
export async function detectLinkStyle(workspace: IWorkspace, rootUri: string, notesOfRoot: () => Iterable<Note>): Promise<LinkStyle> {
  const isDir = async (name: string) => (await workspace.stat(joinUri(rootUri, name)).catch(() => undefined))?.type === 'directory';
  const isFile = async (name: string) => (await workspace.stat(joinUri(rootUri, name)).catch(() => undefined))?.type === 'file';
  if (await isDir('.obsidian')) return 'obsidian';
  if (await isDir('.foam')) return 'foam';
  const vscodeSettings = await workspace.readFile(joinUri(rootUri, '.vscode/settings.json')).catch(() => undefined);
  if (vscodeSettings && /"foam\./.test(new TextDecoder().decode(vscodeSettings))) return 'foam';
  if (await isFile('_Sidebar.md') || await isFile('Home.md')) {
    for (const note of notesOfRoot()) if (note.links.some((l) => l.kind === 'wiki')) return 'github-wiki';
  }
  return 'markdown';
}
