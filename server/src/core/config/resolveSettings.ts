// The one place settings are decided: the editor's `conceptNotes.*` (whatever the client
// sent, validated) with the workspace's `.concept-notes.json` on top, key by key. The
// server calls it at initialize and on every change of either; the CLI calls it with no
// editor settings. So both see the same todoMarkers, include globs, severities, ….
import { DEFAULT_SETTINGS, type ConceptNotesSettings } from '../../../../shared/protocol';
import { SETTING_KEYS, SETTING_RULES } from './settingRules';
import type { ConfigFile } from './configFile';
import type { LintSettings } from './lintConfig';

/** The editor's settings as sent (loosely typed); unknown or mistyped values fall back to defaults. */
export function readEditorSettings(raw: unknown): ConceptNotesSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = SETTING_RULES[key].read(r[key], () => {}) ?? DEFAULT_SETTINGS[key];
  return out as unknown as ConceptNotesSettings;
}

/**
 * Editor settings, then the config file over them: the file is what CI sees too, so it
 * wins. Severities merge code by code. The file rides along (`configFile`, `{}` when there
 * is none) so that lint reads the same file rather than finding its own.
 */
export function resolveSettings(editorSettings: unknown, configFile: ConfigFile | undefined): LintSettings {
  const editor = readEditorSettings(editorSettings);
  const file = configFile ?? {};
  return { ...editor, ...file, severity: { ...editor.severity, ...file.severity }, configFile: file };
}
