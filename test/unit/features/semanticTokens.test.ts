import * as assert from 'node:assert/strict';
import { indexed, GLOSSARY } from './helpers';

describe('concept tokens (semantic highlighting)', () => {
  const files = {
    'glossary/virtualization.md': GLOSSARY,
    'kvm.md': '# KVM and EPT\n\nEPT页表 and vCPU.\n\n```\nEPT in code\n```\n\nA `vCPU` span and [vCPU](https://x.invalid/vCPU).\n',
  };

  it('marks every mention in prose, one token each, in order', async () => {
    const f = await indexed(files);
    const tokens = f.service.conceptTokens(f.uri('kvm.md'));
    assert.deepEqual(tokens.map((t) => [t.line, t.character, t.length, t.declaration]), [
      [0, 10, 3, false],
      [2, 0, 3, false],
      [2, 10, 4, false],
      [8, 19, 4, false],
    ]);
  });

  it('marks the names written at a definition as declarations', async () => {
    const f = await indexed(files);
    const tokens = f.service.conceptTokens(f.uri('glossary/virtualization.md')).filter((t) => t.line === 6);
    assert.deepEqual(tokens.map((t) => [t.character, t.length, t.declaration]), [[4, 3, true], [11, 20, true], [33, 4, true]]);
  });

  it('keeps only tokens that start in the requested range', async () => {
    const f = await indexed(files);
    const tokens = f.service.conceptTokens(f.uri('kvm.md'), { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } });
    assert.deepEqual(tokens.map((t) => t.line), [2, 2]);
  });
});
