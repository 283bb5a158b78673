// The graph view: its page loads under the strict CSP, lays out and draws the server's
// graph (it reports back what it drew), and opening a node shows the note.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote, pollUntil, sameFile, workspaceUri } from './helpers';

describe('graph view', () => {
  after(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('draws the whole workspace: its notes and the concepts they define and mention', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('conceptNotes.showGraph', 'workspace');
    const report = await pollUntil('the graph page to draw its first frame', () => api.graph.report, (r) => !!r && r.nodes > 0, 30_000);
    // At least kvm.md, unopened.md, the glossary; EPT, vCPU, VMCS (earlier tests may add notes or concepts).
    assert.ok(report!.nodes >= 6, `${report!.nodes} nodes`);
    assert.ok(report!.edges >= 5, `${report!.edges} edges`);
    assert.ok(report!.firstFrameMs >= 0);
  });

  it('shows the active note\'s neighbourhood, and opening a node shows that note', async () => {
    const api = await activateExtension();
    await openNote('unopened.md');
    await vscode.commands.executeCommand('conceptNotes.showGraph', 'local');
    // unopened.md mentions vCPU only: itself and one concept at depth 1.
    await pollUntil('the local graph of unopened.md', () => api.graph.report, (r) => r?.nodes === 2, 30_000);
    await api.graph.handleMessage({ type: 'open', uri: workspaceUri('glossary/virtualization.md').toString() });
    await pollUntil('the glossary in the editor', () => vscode.window.activeTextEditor?.document.uri,
      (uri) => !!uri && sameFile(uri, workspaceUri('glossary/virtualization.md')));
  });
});
