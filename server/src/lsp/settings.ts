// The server's settings: the editor's `conceptNotes` section and the first workspace
// folder's `.concept-notes.json`, resolved by the core's resolveSettings whenever either
// changes. The file's problems are published as diagnostics on the file itself.
import type { Connection } from 'vscode-languageserver';
import type { IWorkspace } from '../core';
import { resolveSettings } from '../core/config/resolveSettings';
import { configFileDiagnostics } from '../core/config/configFile';
import { configUriOf, readConfig, type LoadedConfig } from '../core/config/workspaceConfig';
import type { LintSettings } from '../core/config/lintConfig';
import { toLspDiagnostic } from './convert';

export class ServerSettings {
  private editor: unknown;
  private file: LoadedConfig | undefined;
  private published = false;

  constructor(private readonly connection: Connection, private readonly workspace: IWorkspace, editor: unknown) {
    this.editor = editor;
  }

  /** The settings now in force. */
  get current(): LintSettings {
    return resolveSettings(this.editor, this.file?.config);
  }

  /** The uri of the config file that applies (the first folder's), if there is a folder. */
  get configUri(): string | undefined {
    const root = this.workspace.roots[0];
    return root ? configUriOf(root) : undefined;
  }

  setEditorSettings(editor: unknown): LintSettings {
    this.editor = editor;
    this.publish();
    return this.current;
  }

  /** Re-reads the config file (at start-up and when the watcher reports it changed). */
  async reloadFile(): Promise<LintSettings> {
    const root = this.workspace.roots[0];
    this.file = root ? await readConfig(this.workspace, root) : undefined;
    this.publish();
    return this.current;
  }

  /** Publishes the file's problems; an empty list clears what an earlier version had. */
  private publish(): void {
    const uri = this.configUri;
    if (!uri) return;
    const diagnostics = configFileDiagnostics(this.file?.problems ?? [], this.current).map(toLspDiagnostic);
    if (diagnostics.length === 0 && !this.published) return;
    this.published = diagnostics.length > 0;
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
