// The typed protocol over the wire: the server announces its protocol version, answers the
// typed requests, and marks the whole-file encoding repair with its own code action kind so
// the client finds it in any language (here Chinese, where the title is translated).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient, repoRoot } from './harness';
import { ConceptNotesRequests, PROTOCOL_VERSION, protocolMismatch } from '../../shared/lspProtocol';
import { CodeActionKinds } from '../../shared/protocol';
import { findWholeFileRepair } from '../../client/src/codeActionKinds';

describe('LSP: the typed protocol', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-protocol-'));
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'lint', 'lsp'), dir, { recursive: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('announces the protocol version the client expects, and answers typed requests', async () => {
    const client = LspClient.spawn(dir);
    try {
      const result = await client.initialize() as InitializeResult;
      assert.equal((result.capabilities.experimental as { conceptNotesProtocol?: number }).conceptNotesProtocol, PROTOCOL_VERSION);
      assert.equal(protocolMismatch(result.capabilities.experimental), undefined);
      await client.waitForIndex();
      const tree = await client.connection.sendRequest(ConceptNotesRequests.topicTree, {});
      assert.ok(tree.some((node) => node.kind === 'note' || (node.children?.length ?? 0) > 0), JSON.stringify(tree));
      const graph = await client.connection.sendRequest(ConceptNotesRequests.graph, { uri: client.uri('kvm.md'), depth: 1 });
      assert.ok(graph.nodes.some((n) => n.uri === client.uri('kvm.md')));
    } finally {
      await client.stop();
    }
  });

  it('finds the whole-file encoding repair by its kind when titles are in Chinese', async () => {
    const client = await LspClient.start(dir, { locale: 'zh-cn' });
    try {
      const uri = client.uri('damaged.md');
      const diagnostics = await client.waitFor('mojibake in damaged.md', () => {
        const found = client.diagnostics.get(uri)?.filter((d: Diagnostic) => d.code === 'encoding.mojibake');
        return found?.length ? found : undefined;
      });
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] } });
      const repair = findWholeFileRepair(actions);
      assert.ok(repair, `no action of kind ${CodeActionKinds.repairEncodingWholeFile} in ${JSON.stringify(actions.map((a) => [a.kind, a.title]))}`);
      assert.match(repair.title, /[\u4e00-\u9fff]/, 'the title is translated');
      assert.ok(!repair.title.startsWith('Repair encoding in the whole file'));
      // The one-passage repair is a plain quick fix, so the command never takes it for the whole file.
      assert.ok(actions.some((a) => a.kind === 'quickfix' && a.diagnostics?.length));
    } finally {
      await client.stop();
    }
  });
});
