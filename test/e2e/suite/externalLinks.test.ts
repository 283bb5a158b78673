// "Check External Links" in the real editor, against a web server on 127.0.0.1 started by
// the test: the verdicts land in the Problems panel's collection and the redirect's quick
// fix writes the new address.
import * as assert from 'assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { Commands, DiagnosticCodes, type CheckExternalLinksResult } from '../../../shared/protocol';
import { activateExtension, diagnosticCode, pollUntil, workspaceUri } from './helpers';

describe('Check External Links in the editor', () => {
  let server: http.Server;
  let origin: string;
  const asked: string[] = [];
  const noteUri = () => workspaceUri('web-links.md');

  before(async () => {
    await activateExtension();
    server = http.createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      if (req.url === '/old') { res.writeHead(301, { location: '/new' }); res.end(); return; }
      res.writeHead(req.url === '/gone' ? 404 : 200, { 'content-type': 'text/html' });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(noteUri()).then(undefined, () => undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('makes no request when the note is opened and edited, then reports what the command finds', async () => {
    await vscode.workspace.fs.writeFile(noteUri(), Buffer.from(`# Web links\n\n[fine](${origin}/ok) [dead](${origin}/gone) [moved](${origin}/old)\n`, 'utf8'));
    const document = await vscode.workspace.openTextDocument(noteUri());
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Reading list.\n'));
    await pollUntil('the note indexed', () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', noteUri()), (s) => (s?.length ?? 0) > 0);
    assert.deepStrictEqual(asked, [], 'opening and editing made no web request');

    const result = await vscode.commands.executeCommand<CheckExternalLinksResult>(Commands.checkExternalLinks, noteUri());
    assert.ok(result && !result.refused, JSON.stringify(result));
    assert.strictEqual(result.pages, 3);
    const diagnostics = await pollUntil('web-link diagnostics', () => vscode.languages.getDiagnostics(noteUri()),
      (found) => found.some((d) => diagnosticCode(d) === DiagnosticCodes.externalUnreachable) && found.some((d) => diagnosticCode(d) === DiagnosticCodes.externalRedirect));
    const dead = diagnostics.find((d) => diagnosticCode(d) === DiagnosticCodes.externalUnreachable)!;
    assert.match(dead.message, /HTTP 404/);
    assert.strictEqual(dead.severity, vscode.DiagnosticSeverity.Warning);
    const moved = diagnostics.find((d) => diagnosticCode(d) === DiagnosticCodes.externalRedirect)!;
    assert.strictEqual(moved.severity, vscode.DiagnosticSeverity.Hint);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', noteUri(), moved.range);
    const update = actions.find((a) => a.title === `Update the link to ${origin}/new`);
    assert.ok(update?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(update.edit));
    assert.match(document.getText(), new RegExp(`\\[moved\\]\\(${origin.replace(/[.]/g, '\\.')}/new\\)`));
  });
});
