// The Concepts view's data through the extension's exported provider, and the
// "Show Mentions" and "Repair Encoding" commands run the way the Command Palette runs them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticCode, openNote, pollUntil, positionOf, sameFile, workspaceUri } from './helpers';

type Provider = vscode.TreeDataProvider<unknown>;

async function conceptsProvider(): Promise<Provider> {
  return (await activateExtension()).concepts;
}

async function rows(provider: Provider): Promise<vscode.TreeItem[]> {
  return Promise.all(((await provider.getChildren(undefined)) ?? []).map(async (node) => provider.getTreeItem(node)));
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('concepts view', () => {
  it('lists the fixture concepts A–Z with EPT mentioned 3 times', async () => {
    const provider = await conceptsProvider();
    const items = await pollUntil('Concepts view items', () => rows(provider), (list) => list.some((item) => labelOf(item) === 'EPT'));
    const labels = items.map(labelOf);
    assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })), 'items are sorted A–Z');
    assert.ok(labels.includes('vCPU') && labels.includes('VMCS'), `missing concepts in ${labels.join(', ')}`);
    const ept = items.find((item) => labelOf(item) === 'EPT')!;
    // kvm.md: 3 in prose; the glossary line that defines EPT does not count.
    assert.equal(ept.description, '3 mentions');
    assert.ok(ept.tooltip instanceof vscode.MarkdownString, 'tooltip is markdown');
    assert.match(ept.tooltip.value, /二级地址转换/);
    assert.equal(ept.tooltip.isTrusted, false);
    assert.equal(ept.command?.command, 'vscode.open');
    const target = ept.command?.arguments?.[0] as vscode.Uri;
    assert.ok(sameFile(target, workspaceUri('glossary/virtualization.md')), `opens ${target?.path}`);
  });

  it('Show Mentions on EPT in kvm.md finds the definition and the kvm.md mentions', async () => {
    await activateExtension();
    const document = await openNote('kvm.md');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && sameFile(editor.document.uri, document.uri));
    const position = positionOf(document, 'KVM uses EPT', 'EPT');
    editor.selection = new vscode.Selection(position, position);
    const locations = await pollUntil(
      'locations returned by Show Mentions',
      async () => (await vscode.commands.executeCommand<vscode.Location[]>('conceptNotes.showMentions')) ?? [],
      (list) => list.length > 0,
    );
    assert.ok(locations.some((l) => sameFile(l.uri, workspaceUri('glossary/virtualization.md'))), 'the definition is among the results');
    assert.ok(locations.filter((l) => sameFile(l.uri, document.uri)).length >= 3, 'the three kvm.md mentions are among the results');
  });
});

describe('repair encoding command', () => {
  // "学术资源" written as UTF-8 and read back as Windows-1252.
  const garbled = '\u00e5\u00a6\u00e6\u0153\u00af\u00e8\u00b5\u201e\u00e6\u00ba';
  const noteName = 'garbled-repair-check.md';
  const noteUri = () => workspaceUri(noteName);

  before(async () => {
    await vscode.workspace.fs.writeFile(noteUri(), Buffer.from(`# 笔记\n\n${garbled}\n\nok\n\n${garbled} again\n`, 'utf8'));
  });
  after(async () => {
    // Leave nothing behind: the repaired text is never saved, and the note is deleted.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(noteUri());
  });

  it('changes nothing when the preview is discarded: the repair is never applied unreviewed', async () => {
    await activateExtension();
    const document = await openNote(noteName);
    await pollUntil('mojibake diagnostics on the garbled note', () => vscode.languages.getDiagnostics(document.uri),
      (list) => list.some((d) => diagnosticCode(d) === 'encoding.mojibake'));
    let outcome = 'pending';
    void Promise.resolve(vscode.commands.executeCommand<boolean>('conceptNotes.repairEncoding'))
      .then((result) => { outcome = String(result); }, (error) => { outcome = `error: ${String(error)}`; });
    const seen = await pollUntil('the command to finish once the preview is discarded', async () => {
      await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
      return { outcome, text: document.getText(), dirty: document.isDirty };
    }, (s) => s.outcome !== 'pending');
    // Declined shows as `false` or, when the preview is torn down mid-way, as a cancellation.
    assert.match(seen.outcome, /^(false|error: Canceled)/);
    assert.deepEqual({ text: seen.text, dirty: seen.dirty }, { text: `# 笔记\n\n${garbled}\n\nok\n\n${garbled} again\n`, dirty: false });
  });

  it('repairs every garbled passage of the open note after the preview is accepted', async () => {
    await activateExtension();
    const document = await openNote(noteName);
    await pollUntil('mojibake diagnostics on the garbled note', () => vscode.languages.getDiagnostics(document.uri),
      (list) => list.some((d) => diagnosticCode(d) === 'encoding.mojibake'));
    let outcome: string = 'pending';
    const applied = Promise.resolve(vscode.commands.executeCommand<boolean>('conceptNotes.repairEncoding'))
      .then((result) => { outcome = String(result); return result; }, (error) => { outcome = `error: ${String(error)}`; throw error; });
    // The edit needs confirmation: the refactor preview lists it unchecked. Focus its
    // first row (the note), check it as Space does, and press Apply.
    const ignoreFailure = () => undefined;
    const seen = await pollUntil('the repaired note text', async () => {
      if (outcome === 'pending') {
        for (const command of ['list.focusFirst', 'refactorPreview.toggleCheckedState', 'refactorPreview.apply']) {
          await vscode.commands.executeCommand(command).then(undefined, ignoreFailure);
        }
      }
      return { text: document.getText(), command: outcome };
    }, (s) => !s.text.includes(garbled));
    assert.equal(seen.text, '# 笔记\n\n学术资源\n\nok\n\n学术资源 again\n');
    assert.equal(await applied, true);
  });
});
