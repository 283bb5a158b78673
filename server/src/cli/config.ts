import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';
import { CONFIG_FILE_NAME, applyConfigFile, parseConfigText, type LintSettings } from '../core/config/lintConfig';

export class UsageError extends Error {}

/**
 * `.concept-notes.json` in the folder (or `--config <file>`): the same file and the same
 * reading rules as the language server, so CI and the editor agree.
 */
export function loadCliSettings(folder: string, configFlag: string | true | undefined, warn: (m: string) => void): LintSettings {
  if (configFlag === true) throw new UsageError(l10n.t('--config needs a file name'));
  const file = configFlag ? path.resolve(configFlag) : path.join(folder, CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) {
    if (configFlag) throw new UsageError(l10n.t('Config file not found: {file}', { file: configFlag }));
    return { ...DEFAULT_SETTINGS, configFile: {} };
  }
  try {
    const { config, warnings } = parseConfigText(fs.readFileSync(file, 'utf8'));
    for (const w of warnings) warn(`${path.basename(file)}: ${w}`);
    return applyConfigFile({ ...DEFAULT_SETTINGS }, config);
  } catch (error) {
    throw new UsageError(l10n.t('Cannot read {file}: {error}', { file: path.basename(file), error: error instanceof Error ? error.message : String(error) }));
  }
}
