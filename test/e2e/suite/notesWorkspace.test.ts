// The bundled notes/ knowledge base, opened as the workspace: the Topics view's top level
// against the folders and declared topics on disk, a note's concepts against the server's
// concept data, Go to Concept through its QuickPick, and the status bar counts.
// Read-only: nothing here writes to notes/.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import { activateExtension, allRowsOf, openedUri, pollUntil, rowsOf, runAcceptingActivePick, sameFile, workspaceUri } from './helpers';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return folder.uri.fsPath;
}

function notesOnDisk(dir: string, relative = ''): string[] {
  return fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : notesOnDisk(dir, child);
    return entry.name.endsWith('.md') ? [child] : [];
  });
}

function declaredTopic(text: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^topic:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(frontMatter)?.[1];
}

/**
 * Where each note belongs, by the rule the README states: its folder, unless its front
 * matter names a `topic`. Notes at the root without a topic belong to no topic.
 */
function expectedTopLevelTopics(root: string): string[] {
  const topics = new Set<string>();
  for (const note of notesOnDisk(root)) {
    const folder = note.includes('/') ? note.split('/')[0] : undefined;
    const topic = declaredTopic(fs.readFileSync(path.join(root, note), 'utf8')) ?? folder;
    if (topic) topics.add(topic);
  }
  return [...topics].sort();
}

function ourProblemCount(): number {
  return vscode.languages.getDiagnostics().reduce((sum, [, list]) => sum + list.filter((d) => d.source === DIAGNOSTIC_SOURCE).length, 0);
}

describe('the bundled notes/ workspace', () => {
  it('is the folder this pass opened', () => {
    assert.ok(fs.existsSync(path.join(workspaceRoot(), 'glossary', 'virtualization.md')), workspaceRoot());
  });

  it('Topics view: the top-level topics are the note folders and declared topics on disk', async () => {
    const { topics } = await activateExtension();
    const expected = expectedTopLevelTopics(workspaceRoot());
    assert.ok(expected.length >= 4, `expected topics computed from disk: ${expected}`);
    const rows = await pollUntil('top level of the Topics view', () => rowsOf(topics), (list) => list.length > 0);
    const shown = rows.filter((r) => r.item.contextValue === 'topic').map((r) => r.label).sort();
    assert.deepEqual(shown, expected);
  });

  it('Topics view: the virtualization glossary lists every concept the server says it defines', async () => {
    const { topics, concepts } = await activateExtension();
    const glossary = workspaceUri('glossary/virtualization.md');
    const definedThere = (await pollUntil('Concepts view rows', () => allRowsOf(concepts), (list) => list.length > 0))
      .filter((r) => { const uri = openedUri(r.item); return !!uri && sameFile(uri, glossary); })
      .map((r) => r.label);
    assert.ok(definedThere.includes('EPT'), `concepts of the glossary: ${definedThere}`);
    const topicRows = await rowsOf(topics);
    const virtualization = topicRows.find((r) => r.label === 'virtualization');
    assert.ok(virtualization, `no virtualization topic among ${topicRows.map((r) => r.label)}`);
    const beneath = await allRowsOf(topics, virtualization.node);
    const glossaryNote = beneath.find((r) => r.item.contextValue === 'note' && r.item.resourceUri && sameFile(r.item.resourceUri, glossary));
    assert.ok(glossaryNote, 'the glossary note sits under the virtualization topic');
    const conceptLabels = (await allRowsOf(topics, glossaryNote.node)).filter((r) => r.item.contextValue === 'concept').map((r) => r.label);
    // Topic rows read `alias (Concept)` when the defining term is an alias of the concept.
    const named = (name: string) => conceptLabels.some((label) => label === name || label.endsWith(`(${name})`));
    assert.deepEqual(definedThere.filter((name) => !named(name)), [], `concept rows under the glossary: ${conceptLabels}`);
  });

  it('Go to Concept: accepting the first QuickPick row opens that concept\'s definition', async () => {
    const { concepts } = await activateExtension();
    const first = (await pollUntil('Concepts view rows', () => rowsOf(concepts), (list) => list.length > 0))[0];
    const target = openedUri(first.item);
    const selection = (first.item.command?.arguments?.[1] as { selection?: vscode.Range } | undefined)?.selection;
    assert.ok(target && selection, `the first concept row opens a definition: ${JSON.stringify(first.item.command)}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The QuickPick shows the concepts A–Z with the first one active.
    await runAcceptingActivePick('conceptNotes.goToConcept');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && sameFile(editor.document.uri, target), `opened ${editor?.document.uri.path}, expected ${target.path} (${first.label})`);
    assert.equal(editor.selection.start.line, selection.start.line);
  });

  it('status bar: the concept and problem counts match the server\'s data', async () => {
    const api = await activateExtension();
    const conceptCount = (await pollUntil('Concepts view rows', () => rowsOf(api.concepts), (list) => list.length > 0)).length;
    const seen = await pollUntil('status bar counts equal to the concepts and problems', () => ({ text: api.statusText(), problems: ourProblemCount() }), ({ text, problems }) => {
      const m = /^\$\(book\) (\d+) concepts? · (\d+) problems?$/.exec(text);
      return !!m && Number(m[1]) === conceptCount && Number(m[2]) === problems;
    });
    assert.ok(conceptCount > 50, `the bundled notes define many concepts: ${seen.text}`);
  });
});
