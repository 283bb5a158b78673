import * as assert from 'node:assert/strict';
import { serviceFor } from './helpers';
import type { TopicNode } from '../../../shared/protocol';

const labels = (nodes: TopicNode[] | undefined) => (nodes ?? []).map((n) => `${n.kind}:${n.label}`);
const find = (nodes: TopicNode[], label: string) => nodes.find((n) => n.label === label)!;

describe('topic tree', () => {
  it('lists folders as topics, then notes, headings and the concepts they define', async () => {
    const { service } = await serviceFor({
      'virtualization/kvm.md': '# KVM 笔记\n\n## 内存\n\n- **EPT**：二级页表。\n\n## CPU\n\ntext',
      'containers/cgroups.md': '# 控制组\n\n**cgroups**：资源限制。',
      'index.md': '# Index',
    });
    const tree = service.topicTree();
    assert.deepEqual(labels(tree), ['topic:containers', 'topic:virtualization', 'note:Index']);
    const kvm = find(find(tree, 'virtualization').children!, 'KVM 笔记');
    assert.deepEqual(labels(kvm.children), ['heading:内存', 'heading:CPU']);
    assert.deepEqual(labels(find(kvm.children!, '内存').children), ['concept:EPT']);
    const cg = find(find(tree, 'containers').children!, '控制组');
    assert.deepEqual(labels(cg.children), ['concept:cgroups']);
  });
  it('places a note under its front-matter topic instead of its folder', async () => {
    const { service } = await serviceFor({
      'glossary/virt.md': '---\ntopic: virtualization\ntype: glossary\n---\n# 术语\n\n- **vCPU**：虚拟 CPU。',
      'virtualization/a.md': '# A',
    });
    const tree = service.topicTree();
    assert.deepEqual(labels(tree), ['topic:virtualization']);
    assert.deepEqual(labels(tree[0].children), ['note:A', 'note:术语']);
    assert.deepEqual(labels(find(tree[0].children!, '术语').children), ['concept:vCPU']);
  });
  it('gives every node a location to open', async () => {
    const { service, workspace } = await serviceFor({ 'a.md': '# A\n\n## B\n\n**EPT**：x。' });
    const note = service.topicTree()[0];
    assert.equal(note.uri, workspace.uri('a.md'));
    const b = note.children![0];
    assert.deepEqual(b.range?.start, { line: 2, character: 0 });
    assert.deepEqual(b.children![0].range?.start, { line: 4, character: 2 });
    assert.equal(b.children![0].detail, 'x。');
  });
});
