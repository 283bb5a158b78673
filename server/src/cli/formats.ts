import * as l10n from '@vscode/l10n';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import { DIAGNOSTIC_CODE_INFOS } from '../../../shared/diagnosticCodes';
import type { NoteDiagnostic } from '../core';

export interface FileDiagnostics { file: string; diagnostics: NoteDiagnostic[] }

export function formatText(results: FileDiagnostics[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      counts[d.severity]++;
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  lines.push(l10n.t('{files} files checked: {errors} errors, {warnings} warnings, {information} information, {hints} hints', {
    files: results.length, errors: counts.error, warnings: counts.warning, information: counts.information, hints: counts.hint,
  }));
  return lines.join('\n') + '\n';
}

export function formatJson(results: FileDiagnostics[], files: number): string {
  const diagnostics = results.flatMap(({ file, diagnostics }) => diagnostics.map((d) => ({ file, range: d.range, severity: d.severity, code: d.code, message: d.message })));
  return JSON.stringify({ version: 1, root: '.', files, diagnostics }, null, 2) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(results: FileDiagnostics[], version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: DIAGNOSTIC_SOURCE, version, rules: DIAGNOSTIC_CODE_INFOS.map((info) => ({ id: info.code, shortDescription: { text: info.description }, defaultConfiguration: { level: SARIF_LEVEL[info.severity] } })) } },
      results: results.flatMap(({ file, diagnostics }) => diagnostics.map((d) => ({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: file }, region: {
          startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 } } }],
      }))),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
