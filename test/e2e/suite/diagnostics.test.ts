// Problems the server pushes, read from the same collection the Problems panel shows.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DiagnosticCodes, DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import { activateExtension, diagnosticCode, lineContaining, openNote, pollUntil, workspaceUri } from './helpers';

const codesOf = (diagnostics: vscode.Diagnostic[]) => diagnostics.map(diagnosticCode);

describe('diagnostics in the editor', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports the broken link and the TODO of an open note', async () => {
    const kvm = await openNote('kvm.md');
    const diagnostics = await pollUntil(
      'diagnostics of kvm.md',
      () => vscode.languages.getDiagnostics(kvm.uri),
      (found) => codesOf(found).includes(DiagnosticCodes.noSuchFile) && codesOf(found).includes(DiagnosticCodes.todoMarker),
    );
    const brokenLink = diagnostics.find((d) => diagnosticCode(d) === DiagnosticCodes.noSuchFile);
    assert.strictEqual(brokenLink?.range.start.line, lineContaining(kvm, 'missing.md'));
    assert.strictEqual(brokenLink?.source, DIAGNOSTIC_SOURCE);
    const todo = diagnostics.find((d) => diagnosticCode(d) === DiagnosticCodes.todoMarker);
    assert.strictEqual(todo?.range.start.line, lineContaining(kvm, 'TODO'));
  });

  it('reports problems in notes that were never opened', async () => {
    const unopened = workspaceUri('unopened.md');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.path === unopened.path),
      'unopened.md must not be open for this test to mean anything',
    );
    await pollUntil(
      'diagnostics of unopened.md',
      () => vscode.languages.getDiagnostics(unopened),
      (found) => codesOf(found).includes(DiagnosticCodes.noSuchFile),
    );
  });
});
