// Finds and caches the `.concept-notes.json` of each workspace root. The cache belongs to
// one note service (a field, not module state) and is dropped when a config file changes.
import type { IWorkspace } from '../workspace';
import { joinUri } from '../model/uris';
import { CONFIG_FILE_NAME } from './lintConfig';
import { readConfigFile, type ConfigFile } from './configFile';
import type { Finding } from '../features/diagnostics/types';

/** A root's config file: absent (`config` undefined), or what it says and its problems. */
export interface LoadedConfig { rootUri: string; config?: ConfigFile; problems: Finding[] }

export function configUriOf(rootUri: string): string {
  return joinUri(rootUri, CONFIG_FILE_NAME);
}

export function isConfigFileUri(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME);
}

export class WorkspaceConfigCache {
  private readonly perRoot = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly workspace: IWorkspace) {}

  /** The config file of the root that holds `noteUri` (the first root when none does). */
  forNote(noteUri: string): Promise<LoadedConfig> {
    const rootUri = rootOf(this.workspace.roots, noteUri);
    let loaded = this.perRoot.get(rootUri);
    if (!loaded) { loaded = readConfig(this.workspace, rootUri); this.perRoot.set(rootUri, loaded); }
    return loaded;
  }

  /** After a config file changed (or everything may have): read again on next use. */
  forget(): void {
    this.perRoot.clear();
  }
}

export function rootOf(roots: readonly string[], uri: string): string {
  const inside = roots.filter((r) => uri.startsWith(r.replace(/\/$/, '') + '/'));
  return inside.sort((a, b) => b.length - a.length)[0] ?? roots[0] ?? '';
}

/** Reads a root's config file afresh (the server does on start-up and when the file changes). */
export async function readConfig(workspace: IWorkspace, rootUri: string): Promise<LoadedConfig> {
  if (!rootUri) return { rootUri, problems: [] };
  const bytes = await workspace.readFile(configUriOf(rootUri));
  if (!bytes) return { rootUri, problems: [] };
  const { config, problems } = readConfigFile(new TextDecoder().decode(bytes));
  return { rootUri, config, problems };
}
