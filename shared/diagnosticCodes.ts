// The one registry of diagnostic codes. Everything else about codes is derived from it:
// `DiagnosticCodes`, `DEFAULT_SEVERITIES`, the "fix all" set, the CLI's SARIF rules, and
// (checked by test/unit/lint/diagnosticRegistry.test.ts) package.json's severity setting
// and the README's table. Adding a code: one entry here, its message translation and its
// README row. Plain TypeScript: imported by the core, so no LSP or editor imports.

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface DiagnosticCodeInfo {
  /** The stable code users configure and suppress by. */
  readonly code: string;
  readonly severity: Exclude<Severity, 'off'>;
  /** One line for people: what the code reports (README, SARIF rules). */
  readonly description: string;
  /** The preferred fix may be applied to every finding in a file at once. */
  readonly fixAllSafe: boolean;
}

export const DIAGNOSTIC_REGISTRY = {
  noSuchFile: { code: 'link.no-such-file', severity: 'error', fixAllSafe: false,
    description: 'A link, wiki link or reference definition to a file that does not exist.' },
  noSuchHeaderInFile: { code: 'link.no-such-header-in-file', severity: 'error', fixAllSafe: true,
    description: 'A link to `other.md#fragment` where that note has no such heading.' },
  noSuchHeaderInOwnFile: { code: 'link.no-such-header-in-own-file', severity: 'error', fixAllSafe: true,
    description: 'A `#fragment` link with no such heading in this note.' },
  noSuchReference: { code: 'link.no-such-reference', severity: 'error', fixAllSafe: false,
    description: 'A `[text][label]` link with no `[label]: …` definition.' },
  unusedDefinition: { code: 'link.unused-definition', severity: 'warning', fixAllSafe: true,
    description: 'A `[label]: …` reference definition that nothing uses.' },
  duplicateDefinition: { code: 'link.duplicate-definition', severity: 'warning', fixAllSafe: true,
    description: 'The same reference label defined twice in a note.' },
  todoMarker: { code: 'todo.marker', severity: 'information', fixAllSafe: false,
    description: 'A stray TODO, FIXME or XXX (see `todoMarkers`) in prose or a heading.' },
  openTask: { code: 'todo.open-task', severity: 'information', fixAllSafe: false,
    description: 'An unchecked `- [ ]` task.' },
  mojibake: { code: 'encoding.mojibake', severity: 'warning', fixAllSafe: true,
    description: 'Text that is UTF-8 wrongly decoded as a legacy code page; the fix is previewed.' },
  invalidUtf8: { code: 'encoding.invalid-utf8', severity: 'error', fixAllSafe: false,
    description: 'Bytes that are not valid UTF-8.' },
  conceptDuplicateDefinition: { code: 'concept.duplicate-definition', severity: 'warning', fixAllSafe: false,
    description: 'One concept defined in two places with different text.' },
  externalUnreachable: { code: 'link.external-unreachable', severity: 'warning', fixAllSafe: false,
    description: 'A web link that fails (404, 5xx, DNS, timeout); only after a check was asked for.' },
  externalRedirect: { code: 'link.external-redirect', severity: 'hint', fixAllSafe: false,
    description: 'A web link that moved permanently; the fix writes the new address.' },
  ambiguousLink: { code: 'link.ambiguous', severity: 'warning', fixAllSafe: false,
    description: 'A link by name that matches several files where the tool leaves the choice open; one fix per file.' },
  noSuchBlock: { code: 'link.no-such-block', severity: 'error', fixAllSafe: false,
    description: 'A `#^block-id` link to a note with no such block; the fix offers the closest id.' },
  configInvalidJson: { code: 'config.invalid-json', severity: 'error', fixAllSafe: false,
    description: '`.concept-notes.json` is not a JSON object; it is not applied until it parses.' },
  configInvalidSetting: { code: 'config.invalid-setting', severity: 'warning', fixAllSafe: false,
    description: 'An unknown key or a value of the wrong type in `.concept-notes.json`; it is ignored.' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

type Registry = typeof DIAGNOSTIC_REGISTRY;
export type DiagnosticCode = Registry[keyof Registry]['code'];

/** Every entry, in registry order (the README table's order). */
export const DIAGNOSTIC_CODE_INFOS: readonly DiagnosticCodeInfo[] = Object.values(DIAGNOSTIC_REGISTRY);

export const DiagnosticCodes = Object.freeze(Object.fromEntries(
  Object.entries(DIAGNOSTIC_REGISTRY).map(([key, info]) => [key, info.code]),
)) as { readonly [K in keyof Registry]: Registry[K]['code'] };

export const ALL_DIAGNOSTIC_CODES: readonly DiagnosticCode[] = DIAGNOSTIC_CODE_INFOS.map((i) => i.code as DiagnosticCode);

export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, Severity>> = Object.freeze(Object.fromEntries(
  DIAGNOSTIC_CODE_INFOS.map((i) => [i.code, i.severity]),
)) as Record<DiagnosticCode, Severity>;

/** Codes whose preferred fixes may all be applied at once ("fix all in file"). */
export const FIX_ALL_SAFE_CODES: ReadonlySet<DiagnosticCode> = new Set(DIAGNOSTIC_CODE_INFOS.filter((i) => i.fixAllSafe).map((i) => i.code as DiagnosticCode));

export function diagnosticCodeInfo(code: string): DiagnosticCodeInfo | undefined {
  return DIAGNOSTIC_CODE_INFOS.find((i) => i.code === code);
}

/** Every setting value of `conceptNotes.severity.<code>`, strongest first. */
export const SEVERITY_SETTING_VALUES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];
