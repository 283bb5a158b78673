import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WorkspaceEdit, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient, repoRoot } from './harness';
import type { KnowledgeGapsResult } from '../../shared/protocol';

describe('LSP: knowledge gaps', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-gaps-'));
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'gaps'), root, { recursive: true });
    client = await LspClient.start(root);
  });
  after(async () => { await client.stop(); fs.rmSync(root, { recursive: true, force: true }); });

  it('conceptNotes/gaps lists undefined terms most used first and concepts nobody mentions', async () => {
    const gaps = await client.request<KnowledgeGapsResult>('conceptNotes/gaps', {});
    const terms = gaps.undefined.map((t) => t.term);
    assert.deepEqual(terms.slice(0, 2).sort(), ['IOMMU', 'kHypervisor']);
    assert.ok(!terms.includes('EPT'), 'EPT is defined');
    assert.deepEqual(gaps.undefined.find((t) => t.term === 'IOMMU')?.notes, [client.uri('virtualization/kvm.md')]);
    assert.deepEqual(gaps.unmentioned.map((c) => c.name), ['VMCS']);
  });

  it('conceptNotes/addToGlossary answers a previewed edit into the topic glossary and writes nothing itself', async () => {
    const before = fs.readFileSync(path.join(root, 'glossary', 'virtualization.md'), 'utf8');
    const edit = await client.request<WorkspaceEdit>('conceptNotes/addToGlossary', { term: 'IOMMU', uri: client.uri('virtualization/kvm.md') });
    const change = edit.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, client.uri('glossary/virtualization.md'));
    assert.match((change.edits[0] as { newText: string }).newText, /^- \*\*IOMMU\*\*：/);
    const annotation = Object.values(edit.changeAnnotations ?? {})[0];
    assert.equal(annotation?.needsConfirmation, true, 'the user previews the stub');
    assert.equal(fs.readFileSync(path.join(root, 'glossary', 'virtualization.md'), 'utf8'), before);
  });
});
