// The lint part of the settings, shared by the editor and the command line: severities
// per code, and globs for notes and link targets that are not checked. It comes from
// `conceptNotes.*` settings and from `.concept-notes.json` at a workspace root.
import * as l10n from '@vscode/l10n';
import { isLinkStyleSetting } from '../links/linkStyle';
import { ALL_DIAGNOSTIC_CODES, DEFAULT_SEVERITIES, type ConceptNotesSettings, type DiagnosticCode, type Severity } from '../../../../shared/protocol';

export const CONFIG_FILE_NAME = '.concept-notes.json';

/** Settings plus the lint keys; the extra keys ride along on the settings object. */
export interface LintSettings extends ConceptNotesSettings {
  /** A config given explicitly (the CLI's `--config`); otherwise the root's file is read. */
  configFile?: ConfigFile;
}

/** What a `.concept-notes.json` may say: any settings key, plus the lint keys. */
export type ConfigFile = Partial<Omit<LintSettings, 'configFile'>>;

/** The lint options one note is checked with, after settings and config file are merged. */
export interface LintOptions {
  severity: Record<DiagnosticCode, Severity>;
  ignoreFiles: string[];
  ignoreLinks: string[];
  /** Hosts whose web links are never requested. */
  skipHosts: string[];
}

export interface ParsedConfig { config: ConfigFile; warnings: string[] }

const SEVERITY_ALIASES: Record<string, Severity> = {
  error: 'error', warning: 'warning', warn: 'warning', information: 'information', info: 'information',
  hint: 'hint', off: 'off', ignore: 'off', none: 'off',
};

/**
 * Reads a config file's JSON. Keys may sit at the top level or under `conceptNotes`
 * (the same shape as the editor settings). Unknown codes and values are reported as
 * warnings and skipped, never thrown: a typo must not stop the whole check.
 */
export function parseConfigText(text: string): ParsedConfig {
  const raw: unknown = JSON.parse(stripJsonComments(text));
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('the file must hold a JSON object');
  const record = raw as Record<string, unknown>;
  const body = (record.conceptNotes && typeof record.conceptNotes === 'object' ? record.conceptNotes : record) as Record<string, unknown>;
  return readConfigObject(body);
}

export function readConfigObject(body: Record<string, unknown>): ParsedConfig {
  const warnings: string[] = [];
  const config: ConfigFile = {};
  const strings = (key: keyof ConfigFile): string[] | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    warnings.push(l10n.t("'{key}' must be a list of strings; it is ignored.", { key }));
    return undefined;
  };
  for (const key of ['include', 'exclude', 'todoMarkers', 'ignoreFiles', 'ignoreLinks', 'externalLinksSkipHosts'] as const) {
    const v = strings(key);
    if (v) config[key] = v;
  }
  if (typeof body.maxFileSize === 'number' && body.maxFileSize > 0) config.maxFileSize = body.maxFileSize;
  if (typeof body.externalLinksTimeout === 'number' && body.externalLinksTimeout > 0) config.externalLinksTimeout = body.externalLinksTimeout;
  if (typeof body.externalLinksCheckFragments === 'boolean') config.externalLinksCheckFragments = body.externalLinksCheckFragments;
  if (body.externalLinks === 'off' || body.externalLinks === 'onCommand') config.externalLinks = body.externalLinks;
  if (body.linkStyle !== undefined) {
    if (isLinkStyleSetting(body.linkStyle)) config.linkStyle = body.linkStyle;
    else warnings.push(l10n.t("'linkStyle' must be one of auto, markdown, obsidian, foam, github-wiki; it is ignored."));
  }
  if (body.severity !== undefined) config.severity = readSeverities(body.severity, warnings);
  return { config, warnings };
}

function readSeverities(value: unknown, warnings: string[]): Partial<Record<DiagnosticCode, Severity>> {
  const out: Partial<Record<DiagnosticCode, Severity>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    warnings.push(l10n.t("'severity' must be an object of code → severity; it is ignored."));
    return out;
  }
  for (const [code, v] of Object.entries(value as Record<string, unknown>)) {
    const codes = expandCode(code);
    if (codes.length === 0) { warnings.push(l10n.t("Unknown diagnostic code '{code}' in 'severity'.", { code })); continue; }
    const severity = typeof v === 'boolean' ? (v ? undefined : 'off') : typeof v === 'string' ? SEVERITY_ALIASES[v.toLowerCase()] : undefined;
    if (v === true) continue; // `true` = on at its default severity
    if (!severity) { warnings.push(l10n.t("Unknown severity '{severity}' for '{code}'.", { severity: String(v), code })); continue; }
    for (const c of codes) out[c] = severity;
  }
  return out;
}

/** `link.no-such-file`, or a family written as `link` / `link.*`. */
function expandCode(code: string): DiagnosticCode[] {
  if ((ALL_DIAGNOSTIC_CODES as string[]).includes(code)) return [code as DiagnosticCode];
  const family = code.replace(/\.\*$/, '');
  return ALL_DIAGNOSTIC_CODES.filter((c) => c.startsWith(family + '.'));
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
  return value && typeof value === 'object' ? readSeverities(value, []) : {};
}

/** Settings with a config file applied over them (for keys that matter before lint runs). */
export function applyConfigFile<T extends LintSettings>(settings: T, file: ConfigFile): T {
  return { ...settings, ...file, severity: { ...settings.severity, ...file.severity }, configFile: file };
}

/** `//` and `/* *\/` comments are allowed in the file, as in VS Code's settings.json. */
function stripJsonComments(text: string): string {
  return text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str: string | undefined) => str ?? '');
}
