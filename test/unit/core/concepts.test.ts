import * as assert from 'node:assert/strict';
import { serviceFor } from './helpers';

describe('concept registry', () => {
  it('joins names across languages into one concept', async () => {
    const { service } = await serviceFor({
      'glossary/a.md': '- **EPT** (Extended Page Tables)：二级页表。',
      'notes/b.md': '## 扩展页表 (EPT)\n\n二级页表。',
    });
    const c = service.concept('扩展页表');
    assert.ok(c);
    assert.equal(c.id, service.concept('extended page tables')?.id, 'the English alias names the same concept');
    assert.equal(c.name, 'EPT');
    assert.deepEqual(new Set(c.aliases), new Set(['Extended Page Tables', '扩展页表']));
  });
  it('keeps conflicting definitions and marks them', async () => {
    const { service } = await serviceFor({ 'a.md': '- **KVM**：内核虚拟机。', 'b.md': '- **KVM**：一种模拟器。' });
    const c = service.concept('KVM')!;
    assert.equal(c.definitions.length, 2);
    assert.equal(c.conflicting, true);
  });
  it('does not mark the same text twice as a conflict', async () => {
    const { service } = await serviceFor({ 'a.md': '- **KVM**：内核虚拟机。', 'b.md': '- **KVM**: 内核虚拟机。' });
    assert.equal(service.concept('KVM')!.conflicting, false);
  });
  it('orders definitions by strength: bold-term before heading before definition list', async () => {
    const { service } = await serviceFor({ 'a.md': 'EPT\n: list form.', 'b.md': '## 扩展页表 (EPT)\n\nheading form.', 'c.md': '**EPT**：bold form.' });
    assert.deepEqual(service.concept('EPT')!.definitions.map((d) => d.form), ['bold-term', 'heading-aliases', 'definition-list']);
  });
  it('matches names regardless of width and case of ordinary words', async () => {
    const { service } = await serviceFor({ 'a.md': '- **Namespace**：视图。' });
    assert.ok(service.concept('ｎａｍｅｓｐａｃｅ'));
  });
  it('drops a concept when its only definition is deleted', async () => {
    const { service, workspace } = await serviceFor({ 'a.md': '- **KVM**：内核虚拟机。', 'b.md': 'KVM' });
    assert.equal(service.mentions(workspace.uri('b.md')).length, 1);
    service.fileDeleted(workspace.uri('a.md'));
    assert.equal(service.concept('KVM'), undefined);
    assert.equal(service.mentions(workspace.uri('b.md')).length, 0);
  });
});

describe('mention counts', () => {
  it('counts mentions in every note but not the line that defines the concept', async () => {
    const { service } = await serviceFor({
      'glossary/g.md': '- **EPT** (Extended Page Tables, 扩展页表)：二级页表，不同于 KVM。\n- **KVM**：内核虚拟机，可用 EPT。',
      'a.md': 'EPT 与 EPT页表\n\nKVM',
    });
    const counts = service.mentionCounts();
    assert.equal(counts.get(service.concept('EPT')!.id), 3);
    assert.equal(counts.get(service.concept('KVM')!.id), 2);
  });
});
