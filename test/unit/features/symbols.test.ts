import * as assert from 'node:assert/strict';
import { indexed, GLOSSARY } from './helpers';

describe('symbols', () => {
  const files = {
    'glossary/virtualization.md': GLOSSARY,
    'kvm.md': '# KVM\n\n## Memory\n\n**影子页表** (shadow page tables)：软件维护的页表。\n\n### Details\n\n## Exits\n',
  };

  it('outlines headings with the concepts each section defines beneath it', async () => {
    const f = await indexed(files);
    const outline = f.service.documentSymbols(f.uri('kvm.md'));
    const shape = (s: typeof outline[number]): unknown => [s.name, s.kind, s.children.map(shape)];
    assert.deepEqual(outline.map(shape), [
      ['KVM', 'heading', [
        ['Memory', 'heading', [['Details', 'heading', []], ['影子页表', 'concept', []]]],
        ['Exits', 'heading', []],
      ]],
    ]);
  });

  for (const query of ['扩展', 'ept', 'EPT', 'ｅｐｔ', 'extpt']) {
    it(`workspace symbols: "${query}" finds EPT`, async () => {
      const f = await indexed(files);
      const found = f.service.workspaceSymbols(query);
      assert.ok(found.length > 0);
      assert.match(found[0].name, /^EPT \(/);
      assert.equal(found[0].kind, 'concept');
    });
  }

  it('workspace symbols: headings are found too, with their note', async () => {
    const f = await indexed(files);
    const found = f.service.workspaceSymbols('exits');
    assert.deepEqual(found.map((s) => [s.name, s.container]), [['Exits', 'KVM']]);
  });
});
