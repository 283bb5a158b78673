// The Knowledge Gaps view's rows through the extension's provider, and "Add to Glossary"
// applied through the refactor preview the way a user accepts it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote, pollUntil, rowsOf, workspaceUri, type TreeRow } from './helpers';

async function groups(): Promise<TreeRow[]> {
  return rowsOf((await activateExtension()).gaps);
}

describe('knowledge gaps view', () => {
  it('lists QEMU as used but never defined, with the notes that use it, and concepts nobody mentions', async () => {
    const api = await activateExtension();
    const [undefinedGroup, unmentionedGroup] = await pollUntil('two groups', groups, (rows) => rows.length === 2);
    const terms = await pollUntil('undefined terms', () => rowsOf(api.gaps, undefinedGroup.node), (rows) => rows.some((r) => r.label === 'QEMU'));
    const qemu = terms.find((r) => r.label === 'QEMU')!;
    // unopened.md: its heading and its first sentence.
    assert.equal(qemu.item.description, '2 uses in 1 notes');
    assert.equal(qemu.item.contextValue, 'gaps.term');
    const uses = (await rowsOf(api.gaps, qemu.node)).map((r) => (r.item.command?.arguments?.[0] as vscode.Uri).path.split('/').pop());
    assert.deepEqual(uses, ['unopened.md']);
    // Defined concepts are no gaps, nor is KVM, which has a note of its own (kvm.md).
    assert.ok(!terms.some((r) => ['EPT', 'vCPU', 'KVM'].includes(r.label)), terms.map((r) => r.label).join(', '));
    assert.equal(unmentionedGroup.item.contextValue, 'gaps.unmentioned');
  });

  it('Add to Glossary previews the stub and, once accepted, the glossary defines the term', async () => {
    const api = await activateExtension();
    const glossary = await vscode.workspace.openTextDocument(workspaceUri('glossary/virtualization.md'));
    const original = glossary.getText();
    try {
      const [undefinedGroup] = await groups();
      const qemu = (await rowsOf(api.gaps, undefinedGroup.node)).find((r) => r.label === 'QEMU');
      assert.ok(qemu, 'QEMU row');
      let outcome = 'pending';
      void Promise.resolve(vscode.commands.executeCommand<boolean>('conceptNotes.addToGlossary', qemu.node))
        .then((result) => { outcome = String(result); }, (error) => { outcome = `error: ${String(error)}`; });
      const ignoreFailure = () => undefined;
      // Applying with nothing checked declines the edit: act only once the preview has had time to open.
      const previewOpensAt = Date.now() + 2_000;
      const { text } = await pollUntil('the stub in the glossary', async () => {
        if (outcome === 'pending' && Date.now() > previewOpensAt) {
          for (const command of ['list.focusFirst', 'refactorPreview.toggleCheckedState', 'refactorPreview.apply']) {
            await vscode.commands.executeCommand(command).then(undefined, ignoreFailure);
          }
        }
        return { text: glossary.getText(), outcome };
      }, (seen) => seen.text.includes('- **QEMU**：'));
      assert.ok(text.startsWith(original.trimEnd()), 'the stub is appended, nothing else changes');
      const hover = await pollUntil('a hover on the new concept', async () => {
        const document = await openNote('unopened.md');
        const at = document.getText().indexOf('QEMU 创建');
        return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 1));
      }, (hovers) => (hovers ?? []).some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('**QEMU**'))));
      assert.ok(hover.length > 0);
    } finally {
      // Leave the fixture as it was. Applying from the refactor preview may save the file
      // (files.refactoring.autoSave) or leave it dirty: undo both.
      if (glossary.isDirty) {
        await vscode.window.showTextDocument(glossary);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await vscode.workspace.fs.writeFile(glossary.uri, Buffer.from(original, 'utf8'));
      await pollUntil('the glossary restored', () => glossary.getText(), (t) => t === original);
    }
  });
});
