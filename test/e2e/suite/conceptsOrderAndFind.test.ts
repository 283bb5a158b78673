// The Concepts view's two orders (A–Z / by topic) switched with the view-title commands,
// "Find Concept…" revealing a row through TreeView.reveal, and plain-text labels that
// the tree's type-to-filter can match.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, allRowsOf, pollUntil, rowsOf, runAcceptingActivePick, sameFile, workspaceUri, type TreeRow } from './helpers';

const BY_TOPIC = 'conceptNotes.showConceptsByTopic';
const ALPHABETICAL = 'conceptNotes.showConceptsAlphabetically';

describe('concepts view order', () => {
  after(async () => {
    await vscode.commands.executeCommand(ALPHABETICAL);
  });

  it('"Show Concepts by Topic" groups concepts under the topic that defines them, keeping counts', async () => {
    const { concepts, topics } = await activateExtension();
    await vscode.commands.executeCommand(BY_TOPIC);
    assert.equal(concepts.order, 'byTopic', 'the choice is stored in workspace state');
    const groups = await pollUntil('topic groups of the Concepts view', () => rowsOf(concepts),
      (rows) => rows.length > 0 && rows.every((r) => r.item.contextValue === 'topic'));
    // The glossary declares `topic: virtualization`; the Topics view places it there too.
    const topicLabels = (await rowsOf(topics)).map((r) => r.label);
    for (const group of groups) assert.ok(topicLabels.includes(group.label), `group "${group.label}" is not a topic of the Topics view (${topicLabels})`);
    const virtualization = groups.find((g) => g.label === 'virtualization');
    assert.ok(virtualization, `no virtualization group among ${groups.map((g) => g.label)}`);
    const members = await rowsOf(concepts, virtualization.node);
    const ept = members.find((m) => m.label === 'EPT');
    assert.equal(ept?.item.description, '3 mentions');
    assert.equal(concepts.getParent?.(ept!.node), virtualization.node, 'getParent leads back to the group');
    assert.equal(virtualization.item.description, `${members.length} concepts`);
  });

  it('"Show Concepts A–Z" lists the concepts flat again', async () => {
    const { concepts } = await activateExtension();
    await vscode.commands.executeCommand(ALPHABETICAL);
    assert.equal(concepts.order, 'alphabetical');
    const rows = await pollUntil('flat Concepts view', () => rowsOf(concepts),
      (list) => list.length > 0 && list.every((r) => r.item.contextValue === 'concept'));
    assert.ok(rows.some((r) => r.label === 'EPT'));
  });
});

describe('Find Concept', () => {
  after(async () => {
    await vscode.commands.executeCommand(ALPHABETICAL);
  });

  it('without a name, reveals the concept accepted in its QuickPick (the first row, A–Z)', async () => {
    const { conceptsView, concepts } = await activateExtension();
    await vscode.commands.executeCommand(ALPHABETICAL);
    const first = (await pollUntil('Concepts rows', () => rowsOf(concepts), (list) => list.length > 0))[0];
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The QuickPick opens with the first concept active.
    const revealed = await runAcceptingActivePick<string | undefined>('conceptNotes.findConcept');
    assert.equal(revealed, first.label);
    await pollUntil('the Concepts view selection', async () => {
      const node = conceptsView.selection[0];
      return node === undefined ? undefined : (await concepts.getTreeItem(node)).label;
    }, (label) => label === first.label);
  });

  for (const order of ['alphabetical', 'byTopic'] as const) {
    it(`reveals and selects EPT in the Concepts view when asked for its Chinese alias (${order})`, async () => {
      const { conceptsView, concepts } = await activateExtension();
      await vscode.commands.executeCommand(order === 'byTopic' ? BY_TOPIC : ALPHABETICAL);
      const found = await vscode.commands.executeCommand<string | undefined>('conceptNotes.findConcept', '扩展页表');
      assert.equal(found, 'EPT');
      const selected = await pollUntil('the Concepts view selection', async () => {
        const node = conceptsView.selection[0];
        return node === undefined ? undefined : { label: (await concepts.getTreeItem(node)).label, visible: conceptsView.visible };
      }, (s) => s?.label === 'EPT' && s.visible);
      assert.deepEqual(selected, { label: 'EPT', visible: true });
    });
  }
});

describe('tree labels for type-to-filter', () => {
  const plainLabels = (rows: TreeRow[]) => rows.filter((r) => typeof r.item.label !== 'string' || r.item.label.length === 0);

  it('every row of the Topics and Concepts views has a non-empty plain-text label', async () => {
    const { topics, concepts } = await activateExtension();
    const topicRows = await pollUntil('Topics rows', () => allRowsOf(topics), (rows) => rows.length > 3);
    const conceptRows = await pollUntil('Concepts rows', () => allRowsOf(concepts), (rows) => rows.length > 0);
    assert.deepEqual(plainLabels(topicRows).map((r) => r.item.label), []);
    assert.deepEqual(plainLabels(conceptRows).map((r) => r.item.label), []);
    // The filter matches labels: the concept names themselves, not decorated text.
    assert.ok(conceptRows.some((r) => r.label === 'EPT' && sameFile(r.item.command?.arguments?.[0], workspaceUri('glossary/virtualization.md'))));
  });
});
