import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, fixturesRoot } from './harness';
import type { NoteGraph } from '../../shared/protocol';

describe('LSP: graph', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  it('conceptNotes/graph answers the workspace graph, and a local one for a note', async () => {
    const whole = await client.request<NoteGraph>('conceptNotes/graph', {});
    const notes = whole.nodes.filter((n) => n.kind === 'note');
    assert.ok(notes.length >= 3, `${notes.length} notes`);
    assert.ok(whole.nodes.some((n) => n.kind === 'concept' && n.label === 'EPT'));
    const ept = whole.nodes.find((n) => n.kind === 'concept' && n.label === 'EPT');
    assert.ok(whole.edges.some((e) => e.kind === 'mention' && e.to === ept?.id));
    const local = await client.request<NoteGraph>('conceptNotes/graph', { uri: client.uri('kvm.md'), depth: 1 });
    assert.ok(local.nodes.some((n) => n.uri === client.uri('kvm.md')));
    assert.ok(local.nodes.length < whole.nodes.length, 'the local graph is a part of the whole');
    for (const e of local.edges) assert.ok(local.nodes.some((n) => n.id === e.from) && local.nodes.some((n) => n.id === e.to));
  });
});
