// References on a heading: the links to it come from the link graph (only notes that may
// link to the note are read), and a heading that starts with a concept mention answers
// both the concept's mentions and the links to the heading.
import * as assert from 'node:assert/strict';
import { createNoteService, createRemarkParser, InMemoryWorkspace } from '../../../server/src/core';
import { silentLogger, type FileStat } from '../../../server/src/core/workspace';
import { positionOf } from '../features/helpers';

const where = (refs: Array<{ uri: string; range: { start: { line: number } } }>) => refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line}`).sort();

describe('references on headings', () => {
  it('a heading that begins with a concept mention: the mentions and the links to the heading', async () => {
    const workspace = new InMemoryWorkspace('file:///ws', {
      'glossary/terms.md': '# Terms\n\n- **VM exit**：客户机退出到宿主机。\n',
      'kvm.md': '# KVM\n\n## VM Exit Handling\n\nEach VM exit costs time.\n',
      'qemu.md': '# QEMU\n\nSee [handling](kvm.md#vm-exit-handling) and [[kvm#VM Exit Handling]].\n\nA VM exit again.\n',
    });
    const service = createNoteService(workspace, createRemarkParser(), silentLogger);
    await service.indexWorkspace();
    const kvm = workspace.uri('kvm.md');
    const onMention = positionOf(service.getNote(kvm)!.text, '## VM Exit', 4);
    const refs = (await service.references(kvm, onMention, false))!;
    assert.deepEqual(where(refs), ['kvm.md:2', 'kvm.md:4', 'qemu.md:2', 'qemu.md:2', 'qemu.md:4'],
      'the mentions (in the heading, kvm.md:4, qemu.md:4) and both links to the heading (qemu.md:2)');
    const withDeclarations = (await service.references(kvm, onMention, true))!;
    assert.ok(where(withDeclarations).includes('terms.md:2'), 'the concept definition');
    assert.equal(withDeclarations.filter((r) => r.uri === kvm && r.range.start.line === 2).length, 2, 'the mention and the heading itself');
  });

  it('follows only the links of notes the link graph names, not every link of the workspace', async () => {
    const files: Record<string, string> = { 'target.md': '# Target\n\n## Part\n\nSee [part](#part).\n', 'linker.md': '# Linker\n\n[to part](target.md#part)\n' };
    for (let i = 0; i < 40; i++) files[`other-${i}.md`] = `# Other ${i}\n\n![picture](pictures/p-${i}.png) and [next](other-${(i + 1) % 40}.md)\n`;
    let stats = 0;
    class CountingWorkspace extends InMemoryWorkspace {
      // Only link targets count: the folder's link style is detected once, from its own files.
      override async stat(uri: string): Promise<FileStat | undefined> { if (uri.includes('/pictures/')) stats++; return super.stat(uri); }
    }
    const workspace = new CountingWorkspace('file:///ws', files);
    const service = createNoteService(workspace, createRemarkParser(), silentLogger);
    await service.indexWorkspace();
    const target = workspace.uri('target.md');
    stats = 0;
    const refs = (await service.references(target, positionOf(service.getNote(target)!.text, '## Part', 4), false))!;
    assert.deepEqual(where(refs), ['linker.md:2', 'target.md:4']);
    assert.equal(stats, 0, 'the pictures of unrelated notes were looked up: every link was followed');
  });
});
