import * as assert from 'node:assert/strict';
import { indexed } from './helpers';

const NOTE = [
  '---',                    // 0
  'title: KVM',             // 1
  'tags: [virt]',           // 2
  '---',                    // 3
  '# KVM',                  // 4
  '',                       // 5
  '## EPT',                 // 6
  '',                       // 7
  '- 二级地址转换',          // 8
  '  continues here',       // 9
  '  - nested',             // 10
  '  - nested two',         // 11
  '    more',               // 12
  '- one line',             // 13
  '',                       // 14
  '```c',                   // 15
  '# not a heading',        // 16
  '- not a list',           // 17
  '```',                    // 18
  '',                       // 19
  '<!--',                   // 20
  'a comment',              // 21
  '-->',                    // 22
  '',                       // 23
  '| a | b |',              // 24
  '|---|---|',              // 25
  '| 1 | 2 |',              // 26
  '',                       // 27
  '## vCPU',                // 28
  '',                       // 29
  'text',                   // 30
  '',                       // 31
].join('\n');

describe('folding ranges', () => {
  it('folds front matter, heading sections by level, list items, fences, comments and tables', async () => {
    const { service, uri } = await indexed({ 'kvm.md': NOTE });
    const ranges = service.foldingRanges(uri('kvm.md')).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ' ' + r.kind : ''}`);
    assert.deepEqual(ranges, [
      '0-3 region',  // front matter
      '4-30',        // # KVM to the end, trailing blank lines left out
      '6-26',        // ## EPT up to ## vCPU
      '8-12',        // first item with its nested items
      '11-12',       // nested item with its continuation
      '15-18',       // fence: nothing inside is a heading or list
      '20-22 comment',
      '24-26',       // table
      '28-30',       // ## vCPU
    ]);
  });

  it('an unclosed fence folds to the end and hides the rest from the block scan', async () => {
    const { service, uri } = await indexed({ 'a.md': '# A\n\n```\n- x\n  y\n' });
    const ranges = service.foldingRanges(uri('a.md')).map((r) => `${r.startLine}-${r.endLine}`);
    assert.deepEqual(ranges, ['0-4', '2-4']);
  });

  it('a note not in the index has no ranges', async () => {
    const { service, uri } = await indexed({ 'a.md': '# A\n' });
    assert.deepEqual(service.foldingRanges(uri('missing.md')), []);
  });
});
