import * as assert from 'node:assert/strict';
import { indexed, cancelledToken } from './helpers';

describe('document links', () => {
  it('links local links, wiki links, embeds and reference definitions to the file and the heading or block line', async () => {
    const { service, uri } = await indexed({
      'kvm.md': '# KVM\n\n## Exits\n\nA paragraph. ^exit-block\n',
      'img.png': 'png',
      'qemu.md': [
        '# QEMU', '',
        '[KVM](kvm.md) [exits](kvm.md#exits) [[kvm#^exit-block]] ![pic](img.png) [ref][m] [[#Local]]', '',
        '[web](https://example.com) [gone](missing.md) [bad](kvm.md#nothing) <https://x.org>', '',
        '## Local', '',
        '[m]: kvm.md#exits', '',
      ].join('\n'),
    });
    const links = (await service.documentLinks(uri('qemu.md')))!;
    assert.deepEqual(links.map((l) => [l.range.start.line, l.range.start.character, l.target]), [
      [2, 6, uri('kvm.md')],
      [2, 22, uri('kvm.md') + '#L3'],
      // [[kvm#^exit-block]]: a markdown workspace has no block ids, so lint calls it broken
      [2, 63, uri('img.png')],
      [2, 72, uri('kvm.md') + '#L3'],
      [2, 81, uri('qemu.md') + '#L7'],
      [8, 5, uri('kvm.md') + '#L3'],
    ]);
  });

  it('resolves wiki links by name in an Obsidian vault', async () => {
    const { service, uri } = await indexed({
      '.obsidian/app.json': '{}',
      'deep/folder/Target Note.md': '# Target Note\n\n## Part two\n\nText. ^b1\n',
      'a.md': 'See [[Target Note#Part two]] and ![[Target Note]] and [md](Target%20Note.md) and [[Target Note#^b1]].\n',
    });
    const links = (await service.documentLinks(uri('a.md')))!;
    assert.deepEqual(links.map((l) => l.target), [uri('deep/folder/Target Note.md') + '#L3', uri('deep/folder/Target Note.md'), uri('deep/folder/Target Note.md'), uri('deep/folder/Target Note.md') + '#L5']);
  });

  it('answers undefined when cancelled', async () => {
    const { service, uri } = await indexed({ 'a.md': '[b](b.md)\n', 'b.md': '# B\n' });
    assert.equal(await service.documentLinks(uri('a.md'), cancelledToken), undefined);
  });
});
