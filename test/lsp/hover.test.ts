import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot } from './harness';

describe('LSP: hover', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  const hoverAt = async (file: string, needle: string, offset: number) =>
    client.request<Hover | null>('textDocument/hover', client.at(file, client.position(file, needle, offset)));
  const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

  for (const [needle, offset, name, definition] of [
    ['uses EPT', 5, 'EPT', 'Intel VT-x 的二级地址转换'],
    ['EPT页表', 0, 'EPT', 'Intel VT-x 的二级地址转换'],
    ['每个 vCPU', 3, 'vCPU', '宿主机上的一个线程'],
    ['and cgroups', 6, 'cgroups', '按组限制和统计进程资源'],
    ['explains 命名空间', 10, '命名空间', '独立系统资源视图'],
  ] as const) {
    it(`on ${needle.split(' ').pop()} in kvm.md shows ${name} with its definition and a link to it`, async () => {
      const h = await hoverAt('kvm.md', needle, offset);
      assert.equal((h?.contents as MarkupContent).kind, 'markdown');
      const text = markdown(h);
      assert.ok(text.startsWith(`**${name}**`), text);
      assert.ok(text.includes(definition), text);
      assert.match(text, /Defined in \[glossary\/(virtualization|containers)\.md:\d+\]\(file:\/\/[^)]+#L\d+\)/);
    });
  }

  it('on a concept with conflicting definitions says so', async () => {
    const text = markdown(await hoverAt('qemu.md', '每个 vCPU', 3));
    assert.match(text, /definitions differ/);
    assert.match(text, /qemu\.md:3/);
  });

  it('on a link shows the target heading and its first lines', async () => {
    const text = markdown(await hoverAt('kvm.md', '[container terms]', 3));
    assert.match(text, /^\*\*cgroups 隔离\*\* — `containers\.md`/);
    assert.match(text, /用 cgroups 限制 CPU/);
  });

  it('on a broken link says why', async () => {
    assert.match(markdown(await hoverAt('kvm.md', '[the missing page]', 3)), /Broken link.*missing\.md/);
    assert.match(markdown(await hoverAt('kvm.md', '[a lost section]', 3)), /no heading `#no-such-part`/);
    assert.match(markdown(await hoverAt('kvm.md', '[broken][nope]', 10)), /no definition for `\[nope\]`/);
  });

  it('returns null on plain prose', async () => {
    assert.equal(await hoverAt('kvm.md', 'Every exit', 2), null);
  });

  it('hovers on an open document as typed, before it is saved', async () => {
    await client.open('draft.md', '# Draft\n\n新的笔记提到 EPT。\n');
    const text = markdown(await hoverAt('draft.md', 'EPT', 1));
    assert.match(text, /^\*\*EPT\*\*/);
    await client.close('draft.md');
  });
});
