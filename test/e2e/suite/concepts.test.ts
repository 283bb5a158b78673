// Concept hover, go to definition and references, asked through VS Code's own
// provider commands: the same path the editor takes when a user hovers or presses F12.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, lineContaining, openNote, plainLocations, pollUntil, positionOf, sameFile, workspaceUri } from './helpers';

const EPT_DEFINITION = 'Intel VT-x 的二级地址转换';

describe('concepts in the editor', () => {
  let kvm: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    kvm = await openNote('kvm.md');
  });

  const hoverAt = (position: vscode.Position) => async () =>
    hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kvm.uri, position));

  it('hover on EPT shows its glossary definition', async () => {
    const text = await pollUntil('hover on EPT', hoverAt(positionOf(kvm, 'KVM uses EPT', 'EPT')), (t) => t.includes(EPT_DEFINITION));
    assert.match(text, /Extended Page Tables/);
  });

  it('hover on EPT glued to Chinese text (EPT页表) shows the same definition', async () => {
    await pollUntil('hover on EPT in EPT页表', hoverAt(positionOf(kvm, 'EPT页表', 'EPT')), (t) => t.includes(EPT_DEFINITION));
  });

  it('hover on vCPU shows its definition', async () => {
    const text = await pollUntil('hover on vCPU', hoverAt(positionOf(kvm, '每个 vCPU', 'vCPU')), (t) => t.includes('virtual CPU'));
    assert.match(text, /宿主机上的一个线程/);
  });

  it('go to definition on EPT opens the glossary at the EPT entry', async () => {
    const glossaryUri = workspaceUri('glossary/virtualization.md');
    const glossary = await vscode.workspace.openTextDocument(glossaryUri);
    const entryLine = lineContaining(glossary, '**EPT**');
    const position = positionOf(kvm, 'KVM uses EPT', 'EPT');
    const locations = await pollUntil(
      'definition of EPT',
      async () => plainLocations(await vscode.commands.executeCommand('vscode.executeDefinitionProvider', kvm.uri, position)),
      (found) => found.some((l) => sameFile(l.uri, glossaryUri)),
    );
    const target = locations.find((l) => sameFile(l.uri, glossaryUri));
    assert.strictEqual(target?.range.start.line, entryLine, 'definition should point at the line of the EPT entry');
  });

  it('references on EPT include its mention in kvm.md', async () => {
    const position = positionOf(kvm, 'KVM uses EPT', 'EPT');
    const locations = await pollUntil(
      'references to EPT',
      async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', kvm.uri, position)) ?? [],
      (found) => found.some((l) => sameFile(l.uri, kvm.uri) && l.range.contains(position)),
    );
    const inKvm = locations.filter((l) => sameFile(l.uri, kvm.uri));
    assert.ok(inKvm.length >= 2, `kvm.md mentions EPT more than once; got ${inKvm.length} reference(s) there`);
  });

  it('completion after ]( offers the notes and folders of the workspace', async () => {
    const position = kvm.positionAt(kvm.getText().indexOf('](missing.md)') + 2);
    const labels = await pollUntil(
      'link path completion',
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', kvm.uri, position);
        return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      },
      (found) => found.includes('unopened.md'),
    );
    assert.ok(labels.includes('glossary/'), `expected the glossary folder among ${JSON.stringify(labels)}`);
  });
});
