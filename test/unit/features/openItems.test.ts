import * as assert from 'node:assert/strict';
import { indexed } from './helpers';

const files = {
  'virt/kvm.md': '# KVM\n\n## 问题\n\n- [ ] EPT 缺页如何处理？\n- [x] 已经懂了\n- [ ] vCPU 调度\n\nTODO: 补充 VMCS\n',
  'virt/qemu.md': '---\ntopic: emulation\n---\n# QEMU\n\nFIXME: wrong numbers\n',
  'readme.md': '# Notes\n\n> - [ ] quoted question\n',
  'done.md': '# Done\n\n- [x] nothing open\n',
};

describe('open questions and TODOs', () => {
  it('lists open tasks and markers grouped by topic, then note, with counts', async () => {
    const { service, uri } = await indexed(files);
    const result = service.openItems();
    assert.deepEqual(result.topics.map((t) => [t.topic, t.count, t.notes.map((n) => n.label)]), [
      ['', 1, ['readme.md']],
      ['emulation', 1, ['virt/qemu.md']],
      ['virt', 3, ['virt/kvm.md']],
    ]);
    const kvm = result.topics[2].notes[0];
    assert.equal(kvm.uri, uri('virt/kvm.md'));
    assert.deepEqual(kvm.items.map((i) => [i.marker, i.text, i.range.start.line]), [
      ['task', 'EPT 缺页如何处理？', 4],
      ['task', 'vCPU 调度', 6],
      ['TODO', 'TODO: 补充 VMCS', 8],
    ]);
    assert.deepEqual(result.counts, { task: 3, TODO: 1, FIXME: 1 });
  });

  it('filters by marker but still counts every marker', async () => {
    const { service } = await indexed(files);
    const result = service.openItems(['FIXME']);
    assert.deepEqual(result.topics.map((t) => t.topic), ['emulation']);
    assert.deepEqual(result.counts, { task: 3, TODO: 1, FIXME: 1 });
  });

  it('Mark Done ticks the box of the task on that line, in a list or a quote', async () => {
    const { service, uri } = await indexed(files);
    const edit = service.markTaskDoneEdit(uri('virt/kvm.md'), 6)!;
    assert.deepEqual(edit.changes[uri('virt/kvm.md')], [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 4 } }, newText: 'x' }]);
    const quoted = service.markTaskDoneEdit(uri('readme.md'), 2)!;
    assert.deepEqual(quoted.changes[uri('readme.md')][0].range.start, { line: 2, character: 5 });
  });

  it('Mark Done offers nothing for a ticked task or a line without a task', async () => {
    const { service, uri } = await indexed(files);
    assert.equal(service.markTaskDoneEdit(uri('virt/kvm.md'), 5), undefined);
    assert.equal(service.markTaskDoneEdit(uri('virt/kvm.md'), 8), undefined);
  });
});
