// Reads a `.concept-notes.json` into settings, with every problem placed where it is in the
// file: broken JSON (`config.invalid-json`), an unknown key or a value of the wrong type
// (`config.invalid-setting`). Keys sit at the top level or under `conceptNotes` (the shape
// of the editor's settings.json). Comments and trailing commas are allowed, as in VS Code.
import * as l10n from '@vscode/l10n';
import { parseTree, printParseErrorCode, getNodeValue, type Node, type ParseError } from 'jsonc-parser';
import { DEFAULT_SEVERITIES, DiagnosticCodes, type ConceptNotesSettings } from '../../../../shared/protocol';
import type { Finding, NoteDiagnostic } from '../features/diagnostics/types';
import { LineIndex } from '../text/lineIndex';
import { SETTING_KEYS, SETTING_RULES, isSettingKey } from './settingRules';

/** What a `.concept-notes.json` may say: any settings key. */
export type ConfigFile = Partial<ConceptNotesSettings>;

export interface ConfigFileResult {
  /** The valid settings it holds; empty when the JSON is broken (nothing half-read is applied). */
  config: ConfigFile;
  problems: Finding[];
  /** True when the text is not a JSON object: the CLI stops, the editor shows the problem. */
  invalid: boolean;
}

/** Keys a JSON file may carry for tools other than us. */
const FOREIGN_KEYS = new Set(['$schema']);

export function readConfigFile(text: string): ConfigFileResult {
  const lines = new LineIndex(text);
  const at = (offset: number, length: number) => ({ start: lines.positionAt(offset), end: lines.positionAt(offset + Math.max(length, 1)) });
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root || root.type !== 'object') {
    const problems: Finding[] = errors.map((e) => ({
      code: DiagnosticCodes.configInvalidJson,
      message: l10n.t('Invalid JSON: {problem}. Fix the syntax; until then the file is not applied.', { problem: describeParseError(printParseErrorCode(e.error)) }),
      range: at(e.offset, e.length),
    }));
    if (problems.length === 0) {
      problems.push({
        code: DiagnosticCodes.configInvalidJson,
        message: l10n.t('The file must hold one JSON object of settings, such as "todoMarkers"; until then it is not applied.'),
        range: root ? at(root.offset, root.length) : at(0, text.length),
      });
    }
    return { config: {}, problems, invalid: true };
  }
  // `{"conceptNotes": {…}}` reads like the top level, as in settings.json.
  const nested = root.children?.find((p) => p.children?.[0]?.value === 'conceptNotes' && p.children[1]?.type === 'object');
  const properties = [...(root.children ?? []).filter((p) => p !== nested), ...(nested?.children?.[1].children ?? [])];
  const config: Record<string, unknown> = {};
  const problems: Finding[] = [];
  for (const prop of properties) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (FOREIGN_KEYS.has(key)) continue;
    const report = (message: string, node: Node) => problems.push({ code: DiagnosticCodes.configInvalidSetting, message, range: at(node.offset, node.length), data: { key } });
    if (!isSettingKey(key)) {
      report(l10n.t("Unknown setting '{key}'; it is ignored. Known settings: {keys}.", { key, keys: SETTING_KEYS.join(', ') }), keyNode);
      continue;
    }
    const rule = SETTING_RULES[key];
    const value = rule.read(getNodeValue(valueNode), (message) => report(message, valueNode));
    if (value === undefined) report(l10n.t("'{key}' must be {expected}; it is ignored.", { key, expected: rule.expected() }), valueNode);
    else config[key] = value;
  }
  return { config: config as ConfigFile, problems, invalid: false };
}

function describeParseError(code: string): string {
  switch (code) {
    case 'PropertyNameExpected': return l10n.t('a property name in double quotes is expected');
    case 'ValueExpected': return l10n.t('a value is expected');
    case 'ColonExpected': return l10n.t('a colon is expected');
    case 'CommaExpected': return l10n.t('a comma is expected');
    case 'CloseBraceExpected': return l10n.t('a closing brace is expected');
    case 'CloseBracketExpected': return l10n.t('a closing bracket is expected');
    case 'EndOfFileExpected': return l10n.t('nothing may follow the object');
    default: return l10n.t('unexpected text ({code})', { code });
  }
}

/** The file's problems as diagnostics, at the severities the settings give them (`off` drops them). */
export function configFileDiagnostics(problems: readonly Finding[], settings: Pick<ConceptNotesSettings, 'severity'>): NoteDiagnostic[] {
  const out: NoteDiagnostic[] = [];
  for (const p of problems) {
    const severity = settings.severity[p.code] ?? DEFAULT_SEVERITIES[p.code];
    if (severity !== 'off') out.push({ ...p, severity });
  }
  return out;
}
