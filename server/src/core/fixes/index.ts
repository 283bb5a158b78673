// Quick fixes by diagnostic code, plus "fix all of this kind in the file" where safe.
import * as l10n from '@vscode/l10n';
import type { Range } from '../model/types';
import type { FixContext, FixDiagnostic, FixProvider, QuickFix, TextEdit } from './types';
import { fixNoSuchFile } from './noSuchFile';
import { fixNoSuchHeaderInFile } from './noSuchHeaderInFile';
import { fixNoSuchHeaderInOwnFile } from './noSuchHeaderInOwnFile';
import { fixNoSuchReference } from './noSuchReference';
import { fixUnusedDefinition } from './unusedDefinition';
import { fixDuplicateDefinition } from './duplicateDefinition';
import { fixTodoMarker } from './todoMarker';
import { fixOpenTask } from './openTask';
import { fixMojibake, wholeFileMojibakeFix } from './mojibake';
import { fixInvalidUtf8 } from './invalidUtf8';
import { fixConceptDuplicateDefinition } from './conceptDuplicateDefinition';
import { linkMentionFixes } from './linkMention';
import { fixExternalRedirect } from './externalRedirect';
import { fixAmbiguousLink } from './ambiguousLink';
import { fixNoSuchBlock } from './noSuchBlock';
import { FRAGMENT_CODES, fragmentFixAllIsAffordable } from './fragmentFix';
import { DiagnosticCodes, type DiagnosticCode } from '../../../../shared/protocol';
import { FIX_ALL_SAFE_CODES } from '../../../../shared/diagnosticCodes';
import { comparePositions } from '../text/lineIndex';

export type { FixContext, FixDiagnostic, QuickFix, TextEdit, WorkspaceEdit } from './types';
export { linkMentionFixes } from './linkMention';

const PROVIDERS: Record<DiagnosticCode, FixProvider> = {
  [DiagnosticCodes.noSuchFile]: fixNoSuchFile,
  [DiagnosticCodes.noSuchHeaderInFile]: fixNoSuchHeaderInFile,
  [DiagnosticCodes.noSuchHeaderInOwnFile]: fixNoSuchHeaderInOwnFile,
  [DiagnosticCodes.noSuchReference]: fixNoSuchReference,
  [DiagnosticCodes.unusedDefinition]: fixUnusedDefinition,
  [DiagnosticCodes.duplicateDefinition]: fixDuplicateDefinition,
  [DiagnosticCodes.todoMarker]: fixTodoMarker,
  [DiagnosticCodes.openTask]: fixOpenTask,
  [DiagnosticCodes.mojibake]: fixMojibake,
  [DiagnosticCodes.invalidUtf8]: fixInvalidUtf8,
  [DiagnosticCodes.conceptDuplicateDefinition]: fixConceptDuplicateDefinition,
  [DiagnosticCodes.externalUnreachable]: () => [], // only a person knows where the page went
  [DiagnosticCodes.externalRedirect]: fixExternalRedirect,
  // Problems in .concept-notes.json: the message says what to write; the file is not a note.
  [DiagnosticCodes.configInvalidJson]: () => [],
  [DiagnosticCodes.configInvalidSetting]: () => [],
  [DiagnosticCodes.ambiguousLink]: fixAmbiguousLink,
  [DiagnosticCodes.noSuchBlock]: fixNoSuchBlock,
};

// Which codes may be fixed all at once is the registry's `fixAllSafe` (shared/diagnosticCodes.ts):
// the edits only delete dead definitions, repair encoding, or take the one close slug.

export function quickFixes(diagnostic: FixDiagnostic, context: FixContext): QuickFix[] {
  const provider = PROVIDERS[diagnostic.code as DiagnosticCode];
  if (!provider) return [];
  try {
    return provider(diagnostic, context);
  } catch {
    return []; // a fix that cannot be computed is simply not offered
  }
}

/** Every quick fix for the given diagnostics, plus mention links and "fix all" entries. */
export function codeActionsFor(range: Range, diagnostics: FixDiagnostic[], allInFile: FixDiagnostic[], context: FixContext): QuickFix[] {
  const out: QuickFix[] = [];
  const offeredAll = new Set<string>();
  for (const d of diagnostics) {
    out.push(...quickFixes(d, context));
    if (!offeredAll.has(d.code)) {
      offeredAll.add(d.code);
      const all = fixAllInFile(d.code, allInFile, context);
      if (all) out.push(all);
    }
  }
  out.push(...linkMentionFixes(range, context));
  return out;
}

/** One edit with the preferred fix of each finding of `code`, when that is safe and there are two or more. */
export function fixAllInFile(code: string, diagnostics: FixDiagnostic[], context: FixContext): QuickFix | undefined {
  if (!FIX_ALL_SAFE_CODES.has(code as DiagnosticCode)) return undefined;
  const same = diagnostics.filter((d) => d.code === code);
  if (same.length < 2) return undefined;
  if (FRAGMENT_CODES.includes(code as DiagnosticCode) && !fragmentFixAllIsAffordable(same, context)) return undefined;
  if (code === DiagnosticCodes.mojibake) {
    const whole = wholeFileMojibakeFix(context.note);
    return whole && { ...whole, title: l10n.t('Fix all {code} problems in this file', { code }), kind: 'source.fixAll' };
  }
  const edits: TextEdit[] = [];
  for (const d of same) {
    const preferred = quickFixes(d, context).find((f) => f.isPreferred);
    const mine = preferred?.edit.changes[context.note.uri];
    if (!preferred || !mine || Object.keys(preferred.edit.changes).length !== 1 || preferred.edit.createFiles) continue;
    edits.push(...mine);
  }
  const disjoint = dropOverlapping(edits);
  if (disjoint.length < 2) return undefined;
  return { title: l10n.t('Fix all {code} problems in this file ({count})', { code, count: disjoint.length }), kind: 'source.fixAll', code: code as DiagnosticCode, edit: { changes: { [context.note.uri]: disjoint } } };
}

function dropOverlapping(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && comparePositions(e.range.start, last.range.end) < 0) continue;
    out.push(e);
  }
  return out;
}
