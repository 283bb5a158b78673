import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, fixturesRoot } from './harness';
import { Requests, type TopicNode } from '../../shared/protocol';

describe('LSP: conceptNotes/topicTree', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  const find = (nodes: TopicNode[], label: string): TopicNode | undefined => {
    for (const n of nodes) {
      if (n.label === label) return n;
      const inner = find(n.children ?? [], label);
      if (inner) return inner;
    }
    return undefined;
  };

  it('serves folders as topics, then notes, headings and the concepts they define', async () => {
    const tree = await client.request<TopicNode[]>(Requests.topicTree, {});
    const glossary = tree.find((n) => n.kind === 'topic' && n.label === 'glossary');
    assert.ok(glossary, 'the glossary folder is a topic');
    const note = find(glossary.children ?? [], '容器术语');
    assert.equal(note?.kind, 'note');
    assert.equal(note?.uri, client.uri('glossary/containers.md'));
    const cgroups = find(tree, 'cgroups');
    assert.equal(cgroups?.kind, 'concept');
    assert.match(cgroups?.detail ?? '', /按组限制/);
    assert.equal(find(tree, '内存虚拟化')?.kind, 'heading');
  });

  it('files a note under the topic its front matter names', async () => {
    const tree = await client.request<TopicNode[]>(Requests.topicTree, {});
    const topic = tree.find((n) => n.kind === 'topic' && n.label === 'virtualization');
    const glossaryNote = find(topic?.children ?? [], '虚拟化术语');
    assert.equal(glossaryNote?.uri, client.uri('glossary/virtualization.md'));
    assert.equal(find(glossaryNote?.children ?? [], 'EPT')?.kind, 'concept');
  });
});
