import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { CONFIG_FILE_NAME, type LintSettings } from '../core/config/lintConfig';
import { configFileDiagnostics, readConfigFile } from '../core/config/configFile';
import { resolveSettings } from '../core/config/resolveSettings';
import type { NoteDiagnostic } from '../core';

import { UsageError } from './args';

export { UsageError } from './args';

export interface CliSettings {
  settings: LintSettings;
  /** The config file read, if any, and its problems as diagnostics (reported like a note's). */
  configFile?: { path: string; diagnostics: NoteDiagnostic[] };
}

/**
 * `.concept-notes.json` in the folder (or `--config <file>`): the same file, the same
 * reading rules and the same resolveSettings as the language server, so CI and the editor agree.
 * Broken JSON is a failure (exit 2): checking with settings other than the ones written would mislead.
 */
export function loadCliSettings(folder: string, configFlag: string | undefined): CliSettings {
  const file = configFlag ? path.resolve(configFlag) : path.join(folder, CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) {
    if (configFlag) throw new UsageError(l10n.t('Config file not found: {file}', { file: configFlag }));
    return { settings: resolveSettings(undefined, undefined) };
  }
  const result = readConfigFile(fs.readFileSync(file, 'utf8'));
  const settings = resolveSettings(undefined, result.config);
  if (result.invalid) {
    const first = result.problems[0];
    throw new UsageError(l10n.t('Cannot read {file}:{line}:{column}: {message}', { file: path.basename(file), line: first.range.start.line + 1, column: first.range.start.character + 1, message: first.message }));
  }
  return { settings, configFile: { path: file, diagnostics: configFileDiagnostics(result.problems, settings) } };
}
