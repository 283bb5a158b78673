// Settings apply without a reload: changing conceptNotes.* in the workspace configuration
// re-lints the notes with the new values while the same server keeps running.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DiagnosticCodes } from '../../../shared/protocol';
import { activateExtension, diagnosticCode, openNote, pollUntil } from './helpers';

const section = () => vscode.workspace.getConfiguration('conceptNotes');
const workspaceTarget = vscode.ConfigurationTarget.Workspace;

describe('settings apply live', () => {
  after(async () => {
    await section().update('todoMarkers', undefined, workspaceTarget);
    await section().update('severity', undefined, workspaceTarget);
  });

  it('todoMarkers and severity changes show in the diagnostics without a server restart', async () => {
    const api = await activateExtension();
    const kvm = await openNote('kvm.md');
    const diagnostics = () => vscode.languages.getDiagnostics(kvm.uri);
    const brokenLink = (list: vscode.Diagnostic[]) => list.find((d) => diagnosticCode(d) === DiagnosticCodes.noSuchFile);
    const hasTodo = (list: vscode.Diagnostic[]) => list.some((d) => diagnosticCode(d) === DiagnosticCodes.todoMarker);
    await pollUntil('the TODO and the broken link as errors', diagnostics, (list) => hasTodo(list) && brokenLink(list)?.severity === vscode.DiagnosticSeverity.Error);
    const serverBefore = api.serverProcessId();
    assert.ok(serverBefore, 'the server reports its process id');

    await section().update('todoMarkers', ['FIXME'], workspaceTarget);
    await pollUntil('no todo.marker once TODO is not a marker', diagnostics, (list) => !hasTodo(list) && !!brokenLink(list));

    await section().update('severity', { [DiagnosticCodes.noSuchFile]: 'warning' }, workspaceTarget);
    await pollUntil('the broken link as a warning', diagnostics, (list) => brokenLink(list)?.severity === vscode.DiagnosticSeverity.Warning);

    await section().update('todoMarkers', undefined, workspaceTarget);
    await section().update('severity', undefined, workspaceTarget);
    await pollUntil('the defaults back', diagnostics, (list) => hasTodo(list) && brokenLink(list)?.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(api.serverProcessId(), serverBefore, 'the same server process answered throughout');
  });
});
