// Finds and caches the `.concept-notes.json` of each workspace root. The cache is
// dropped when the file changes (the link resolver forwards invalidations here).
import type { IWorkspace } from '../workspace';
import { joinUri } from '../model/uris';
import { CONFIG_FILE_NAME, parseConfigText, type ConfigFile } from './lintConfig';

export interface LoadedConfig { rootUri: string; config?: ConfigFile; warnings: string[]; error?: string }

const cache = new WeakMap<IWorkspace, Map<string, Promise<LoadedConfig>>>();

export function configUriOf(rootUri: string): string {
  return joinUri(rootUri, CONFIG_FILE_NAME);
}

export function isConfigFileUri(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME);
}

/** The config file of the root that holds `noteUri` (the first root when none does). */
export function configForNote(workspace: IWorkspace, noteUri: string): Promise<LoadedConfig> {
  const rootUri = rootOf(workspace.roots, noteUri);
  let perRoot = cache.get(workspace);
  if (!perRoot) { perRoot = new Map(); cache.set(workspace, perRoot); }
  let loaded = perRoot.get(rootUri);
  if (!loaded) { loaded = readConfig(workspace, rootUri); perRoot.set(rootUri, loaded); }
  return loaded;
}

export function forgetWorkspaceConfig(workspace: IWorkspace): void {
  cache.delete(workspace);
}

export function rootOf(roots: readonly string[], uri: string): string {
  const inside = roots.filter((r) => uri.startsWith(r.replace(/\/$/, '') + '/'));
  return inside.sort((a, b) => b.length - a.length)[0] ?? roots[0] ?? '';
}

async function readConfig(workspace: IWorkspace, rootUri: string): Promise<LoadedConfig> {
  if (!rootUri) return { rootUri, warnings: [] };
  const bytes = await workspace.readFile(configUriOf(rootUri));
  if (!bytes) return { rootUri, warnings: [] };
  try {
    const { config, warnings } = parseConfigText(new TextDecoder().decode(bytes));
    return { rootUri, config, warnings };
  } catch (error) {
    return { rootUri, warnings: [], error: `${CONFIG_FILE_NAME} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
