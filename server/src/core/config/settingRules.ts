// How each `conceptNotes.*` setting is read, one rule per key. The editor's settings and
// `.concept-notes.json` go through the same rules, so a value means the same thing in both.
// The table is typed against ConceptNotesSettings: a key added there and not here does not compile.
import * as l10n from '@vscode/l10n';
import { isLinkStyleSetting } from '../links/linkStyle';
import { ALL_DIAGNOSTIC_CODES, type ConceptNotesSettings, type DiagnosticCode, type Severity } from '../../../../shared/protocol';

export interface SettingRule<T> {
  /** What the value must be, for the message when it is not ("a list of strings"). */
  expected(): string;
  /** The value, or undefined when it has the wrong type. `problem` reports parts it skipped. */
  read(value: unknown, problem: (message: string) => void): T | undefined;
}

const positiveNumber = (): SettingRule<number> => ({
  expected: () => l10n.t('a positive number'),
  read: (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined),
});

const strings = (): SettingRule<string[]> => ({
  expected: () => l10n.t('a list of strings'),
  read: (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined),
});

const boolean = (): SettingRule<boolean> => ({
  expected: () => l10n.t('true or false'),
  read: (v) => (typeof v === 'boolean' ? v : undefined),
});

const SEVERITY_ALIASES: Record<string, Severity> = {
  error: 'error', warning: 'warning', warn: 'warning', information: 'information', info: 'information',
  hint: 'hint', off: 'off', ignore: 'off', none: 'off',
};

/** `link.no-such-file`, or a family written as `link` / `link.*`. */
export function expandCode(code: string): DiagnosticCode[] {
  if ((ALL_DIAGNOSTIC_CODES as string[]).includes(code)) return [code as DiagnosticCode];
  const family = code.replace(/\.\*$/, '');
  return ALL_DIAGNOSTIC_CODES.filter((c) => c.startsWith(family + '.'));
}

/** Severities by code or family; `false` is off, `true` the default. Unknown entries are skipped and reported. */
export function readSeverities(value: unknown, problem: (message: string) => void): Partial<Record<DiagnosticCode, Severity>> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Partial<Record<DiagnosticCode, Severity>> = {};
  for (const [code, v] of Object.entries(value as Record<string, unknown>)) {
    const codes = expandCode(code);
    if (codes.length === 0) { problem(l10n.t("Unknown diagnostic code '{code}' in 'severity'.", { code })); continue; }
    if (v === true) continue; // `true` = on at its default severity
    const severity = v === false ? 'off' : typeof v === 'string' ? SEVERITY_ALIASES[v.toLowerCase()] : undefined;
    if (!severity) { problem(l10n.t("Unknown severity '{severity}' for '{code}': use error, warning, information, hint or off.", { severity: String(v), code })); continue; }
    for (const c of codes) out[c] = severity;
  }
  return out;
}

export const SETTING_RULES: { [K in keyof ConceptNotesSettings]-?: SettingRule<ConceptNotesSettings[K]> } = {
  maxFileSize: positiveNumber(),
  include: strings(),
  exclude: strings(),
  todoMarkers: strings(),
  severity: {
    expected: () => l10n.t('an object of code → severity'),
    read: readSeverities,
  },
  hoverMaxLength: positiveNumber(),
  highlightMentions: boolean(),
  ignoreFiles: strings(),
  ignoreLinks: strings(),
  gaps: {
    expected: () => l10n.t('an object with minCount and maxTerms (positive numbers)'),
    read: (v) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
      const r = v as Record<string, unknown>;
      const count = (x: unknown, d: number) => (x === undefined ? d : typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : undefined);
      const minCount = count(r.minCount, 2);
      const maxTerms = count(r.maxTerms, 200);
      return minCount === undefined || maxTerms === undefined ? undefined : { minCount, maxTerms };
    },
  },
  externalLinks: {
    expected: () => l10n.t('"onCommand" or "off"'),
    read: (v) => (v === 'off' || v === 'onCommand' ? v : undefined),
  },
  externalLinksTimeout: positiveNumber(),
  externalLinksConcurrency: {
    expected: () => l10n.t('a positive number'),
    read: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.min(64, Math.floor(v)) : undefined),
  },
  externalLinksSkipHosts: strings(),
  externalLinksCheckFragments: boolean(),
  linkStyle: {
    expected: () => l10n.t('one of auto, markdown, obsidian, foam, github-wiki'),
    read: (v) => (isLinkStyleSetting(v) ? v : undefined),
  },
};

export const SETTING_KEYS = Object.keys(SETTING_RULES) as Array<keyof ConceptNotesSettings>;

export function isSettingKey(key: string): key is keyof ConceptNotesSettings {
  return Object.prototype.hasOwnProperty.call(SETTING_RULES, key);
}
