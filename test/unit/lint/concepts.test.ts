import * as assert from 'node:assert/strict';
import { lintService } from './helpers';

describe('lint: concept.duplicate-definition', () => {
  it('reports the second definition of a concept with different text', async () => {
    const s = await lintService({
      'a.md': '**EPT**：扩展页表，由硬件完成 GPA 到 HPA 的转换。\n',
      'b.md': '**EPT**：一种软件页表。\n',
    });
    const all = [...(await s.diagnostics('a.md')), ...(await s.diagnostics('b.md'))].filter((d) => d.code === 'concept.duplicate-definition');
    assert.equal(all.length, 1);
    assert.equal(all[0].severity, 'warning');
  });
  it('does not report the same definition written twice', async () => {
    const s = await lintService({ 'a.md': '**vCPU**: a virtual CPU.\n', 'b.md': '**vCPU**: a virtual  CPU.\n' });
    assert.deepEqual([...(await s.codes('a.md')), ...(await s.codes('b.md'))], []);
  });
});
