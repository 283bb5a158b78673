// The lint part of the settings, shared by the editor and the command line: severities
// per code, and globs for notes and link targets that are not checked. It comes from
// `conceptNotes.*` settings and from `.concept-notes.json` at a workspace root.
import { DEFAULT_SEVERITIES, type ConceptNotesSettings, type DiagnosticCode, type Severity } from '../../../../shared/protocol';
import type { ConfigFile } from './configFile';
import { readSeverities } from './settingRules';

export type { ConfigFile } from './configFile';

export const CONFIG_FILE_NAME = '.concept-notes.json';

/** Settings plus the config file they were resolved with. */
export interface LintSettings extends ConceptNotesSettings {
  /** The config file already applied (the CLI's, or the editor's root's); otherwise the root's file is read. */
  configFile?: ConfigFile;
}

/** The lint options one note is checked with, after settings and config file are merged. */
export interface LintOptions {
  severity: Record<DiagnosticCode, Severity>;
  ignoreFiles: string[];
  ignoreLinks: string[];
  /** Hosts whose web links are never requested. */
  skipHosts: string[];
}

/** Editor settings first, then the config file on top: the file is what CI sees too. */
export function lintOptions(settings: LintSettings, file: ConfigFile | undefined): LintOptions {
  const severity = { ...DEFAULT_SEVERITIES };
  for (const source of [normalizeSeverities(settings.severity), file?.severity ?? {}]) {
    for (const [code, s] of Object.entries(source)) if (s) severity[code as DiagnosticCode] = s;
  }
  return {
    severity,
    ignoreFiles: file?.ignoreFiles ?? settings.ignoreFiles ?? [],
    ignoreLinks: file?.ignoreLinks ?? settings.ignoreLinks ?? [],
    skipHosts: file?.externalLinksSkipHosts ?? settings.externalLinksSkipHosts ?? [],
  };
}

/** Settings from the editor are typed loosely; read them with the same rules as the file. */
function normalizeSeverities(value: unknown): Partial<Record<DiagnosticCode, Severity>> {
  return readSeverities(value, () => {}) ?? {};
}
