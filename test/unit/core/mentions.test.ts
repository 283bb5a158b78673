import * as assert from 'node:assert/strict';
import { ConceptMatcher } from '../../../server/src/core/concepts/matcher';
import { serviceFor } from './helpers';

const GLOSSARY = [
  '- **EPT** (Extended Page Tables, 扩展页表)：二级地址转换。',
  '- **vCPU** (virtual CPU, 虚拟 CPU)：虚拟处理器。',
  '- **cgroups** (控制组, control groups)：资源限制。',
  '- **命名空间** (namespace)：资源视图隔离。',
  '- **KVM**：内核虚拟机。',
  '- **页表**：虚拟地址到物理地址的映射。',
].join('\n');

function matcherFor(terms: Record<string, string[]>): ConceptMatcher {
  return new ConceptMatcher(Object.entries(terms).flatMap(([id, names]) => names.map((term) => ({ term, conceptId: id }))));
}

const terms = (m: ConceptMatcher, text: string) => m.findAll(text).map((h) => text.slice(h.start, h.end));

describe('concept mentions', () => {
  const m = matcherFor({
    ept: ['EPT', 'Extended Page Tables', '扩展页表'],
    vcpu: ['vCPU', 'virtual CPU', '虚拟 CPU'],
    cgroups: ['cgroups', '控制组'],
    ns: ['命名空间', 'namespace'],
    pt: ['页表'],
    kvm: ['KVM'],
    pod: ['Pod'],
  });
  const cases: Array<[string, string[]]> = [
    ['EPT 是二级页表', ['EPT', '页表']],
    ['EPT页表', ['EPT', '页表']],
    ['用cgroups限制资源', ['cgroups']],
    ['每个 vCPU 是一个线程', ['vCPU']],
    ['每个vcpu是一个线程', ['vcpu']],
    ['VCPU count', ['VCPU']],
    ['Extended Page Tables are fast', ['Extended Page Tables']],
    ['extended page tables', ['extended page tables']],
    ['扩展页表很快', ['扩展页表']],
    ['Linux 命名空间', ['命名空间']],
    ['a namespace is a view', ['namespace']],
    ['namespaces plural', []],
    ['KVM and QEMU', ['KVM']],
    ['kvm lowercase is not the acronym', []],
    ['Kvm mixed case is not the acronym', []],
    ['NOTEPT is a different word', []],
    ['EPTs', []],
    ['EPT2', []],
    ['(EPT)', ['EPT']],
    ['EPT、KVM', ['EPT', 'KVM']],
    ['ＥＰＴ full-width', ['ＥＰＴ']],
    ['ｃｇｒｏｕｐｓ full-width', ['ｃｇｒｏｕｐｓ']],
    ['虚拟 CPU 调度', ['虚拟 CPU']],
    ['pods and Pod', ['Pod']],
    ['a pod here', ['pod']],
    ['my_cgroups_var', ['cgroups']],
    ['控制组和命名空间', ['控制组', '命名空间']],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => assert.deepEqual(terms(m, text), expected));
  }

  it('prefers the longest match at a position', () => {
    const mm = matcherFor({ a: ['页表'], b: ['扩展页表'], c: ['扩展'] });
    assert.deepEqual(mm.findAll('扩展页表').map((h) => h.conceptId), ['b']);
  });
  it('reports offsets into the original text', () => {
    const hits = m.findAll('x EPT页表');
    assert.deepEqual(hits.map((h) => [h.start, h.end]), [[2, 5], [5, 7]]);
  });
  it('matches NFKC-equivalent terms written in full width', () => {
    const mm = matcherFor({ io: ['I/O'] });
    assert.deepEqual(terms(mm, 'I／O 虚拟化'), ['I／O']);
  });

  describe('in notes', () => {
    it('finds mentions in prose only, not code, URLs or link destinations', async () => {
      const { service, workspace } = await serviceFor({
        'glossary/virt.md': GLOSSARY,
        'kvm.md': [
          'KVM 用 EPT 加速。',
          '',
          '`EPT` in code and ```EPT``` too',
          '',
          '```',
          'EPT in a block',
          '```',
          '',
          'See https://example.com/EPT and [the doc](EPT.md) and <https://x.org/KVM>.',
          '',
          '[EPT 页表](other.md)',
        ].join('\n'),
      });
      const mentions = service.mentions(workspace.uri('kvm.md'));
      const found = mentions.map((x) => `${x.range.start.line}:${x.term}`);
      assert.deepEqual(found, ['0:KVM', '0:EPT', '10:EPT', '10:页表']);
    });
    it('links a mention to the concept of its alias', async () => {
      const { service, workspace } = await serviceFor({ 'glossary/virt.md': GLOSSARY, 'a.md': '扩展页表与 Extended Page Tables' });
      const ids = new Set(service.mentions(workspace.uri('a.md')).map((x) => x.conceptId));
      assert.equal(ids.size, 1);
      assert.equal(service.concept([...ids][0])?.name, 'EPT');
    });
    it('finds mentions in headings and list items', async () => {
      const { service, workspace } = await serviceFor({ 'glossary/virt.md': GLOSSARY, 'a.md': '## cgroups 简介\n\n- 命名空间\n- [ ] vCPU 问题' });
      assert.deepEqual(service.mentions(workspace.uri('a.md')).map((x) => x.term), ['cgroups', '命名空间', 'vCPU']);
    });
    it('updates mentions when a new concept is defined elsewhere', async () => {
      const { service, workspace } = await serviceFor({ 'a.md': 'seccomp 过滤系统调用' });
      assert.equal(service.mentions(workspace.uri('a.md')).length, 0);
      service.setDocumentText(workspace.uri('g.md'), '- **seccomp**：系统调用过滤。');
      assert.deepEqual(service.mentions(workspace.uri('a.md')).map((x) => x.term), ['seccomp']);
    });
  });
});

describe('mention spelling variants', () => {
  it('matches a term with and without the space between Han and Latin text', () => {
    const mm = new ConceptMatcher([{ term: '虚拟 CPU', conceptId: 'v' }, { term: 'I/O 虚拟化', conceptId: 'io' }]);
    assert.deepEqual(terms(mm, '虚拟CPU 与 I/O虚拟化'), ['虚拟CPU', 'I/O虚拟化']);
  });
  it('keeps a lowercase alias of an acronym so both spellings hover', async () => {
    const { service, workspace } = await serviceFor({ 'g.md': '- **KVM** (kvm, 内核虚拟机)：内核中的虚拟机监控器。', 'a.md': 'kvm 与 KVM' });
    assert.deepEqual(service.concept('KVM')!.aliases, ['kvm', '内核虚拟机']);
    assert.deepEqual(service.mentions(workspace.uri('a.md')).map((x) => x.term), ['kvm', 'KVM']);
  });
});

describe('mentions across Unicode normalization forms', () => {
  it('matches a decomposed accent (NFD) against a composed term, with original offsets', async () => {
    const { service, workspace } = await serviceFor({ 'g.md': '- **Café**：a term with an accent.', 'a.md': 'x Cafe\u0301 y' });
    const [m] = service.mentions(workspace.uri('a.md'));
    assert.ok(m, 'no mention found');
    assert.equal(service.getNote(workspace.uri('a.md'))!.text.slice(m.start, m.end), 'Cafe\u0301');
  });
  it('matches compatibility characters (NFKC) such as ㎒ against MHz', async () => {
    const { service, workspace } = await serviceFor({ 'g.md': '- **MHz**：兆赫。', 'a.md': '主频约 ㎒ 级' });
    const [m] = service.mentions(workspace.uri('a.md'));
    assert.ok(m, 'no mention found');
    assert.equal(service.getNote(workspace.uri('a.md'))!.text.slice(m.start, m.end), '㎒');
  });
});
