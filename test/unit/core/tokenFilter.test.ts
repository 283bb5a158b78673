import * as assert from 'node:assert/strict';
import { mayContainAll, wordHashes } from '../../../server/src/core/text/tokenFilter';

describe('word filter', () => {
  const text = 'The Virtual Machine runs 虚拟化 code. `hidden` ÉCOLE';
  const prose: Array<[number, number]> = [[0, text.indexOf('`')], [text.indexOf('ÉCOLE'), text.length]];
  const may = (name: string) => mayContainAll({}, text, prose, wordHashes(name));

  it('says maybe for every word of the prose, in any case, and each CJK character', () => {
    for (const name of ['virtual machine', 'THE', 'runs', '虚拟', '化', 'école']) assert.equal(may(name), true, name);
  });

  it('says no for words the prose lacks, including words only in code', () => {
    for (const name of ['hypervisor', 'hidden', '内核', 'virtual hypervisor']) assert.equal(may(name), false, name);
  });
});
