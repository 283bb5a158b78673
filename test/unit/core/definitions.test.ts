import * as assert from 'node:assert/strict';
import { parseNote } from './helpers';

const defs = (text: string, uri?: string) => parseNote(text, uri).definitions.map((d) => ({ form: d.form, name: d.name, aliases: d.aliases, definition: d.definition }));

describe('concept definition forms', () => {
  describe('bold-term lines', () => {
    const cases: Array<[string, string, string[], string]> = [
      ['- **EPT**：Extended Page Tables，二级地址转换。', 'EPT', [], 'Extended Page Tables，二级地址转换。'],
      ['**vCPU**: a virtual CPU of a guest.', 'vCPU', [], 'a virtual CPU of a guest.'],
      ['- **EPT** (Extended Page Tables, 扩展页表)：Intel 的二级页表。', 'EPT', ['Extended Page Tables', '扩展页表'], 'Intel 的二级页表。'],
      ['- **cgroups**（控制组、control groups）：限制进程组资源。', 'cgroups', ['控制组', 'control groups'], '限制进程组资源。'],
      ['* **命名空间** (namespace): 隔离内核资源的视图。', '命名空间', ['namespace'], '隔离内核资源的视图。'],
      ['**KVM：** 内核中的虚拟机监控器。', 'KVM', [], '内核中的虚拟机监控器。'],
      ['**QEMU:** a machine emulator.', 'QEMU', [], 'a machine emulator.'],
      ['1. **VMCS**：虚拟机控制结构。', 'VMCS', [], '虚拟机控制结构。'],
      ['__virtio__: 半虚拟化 I/O 标准。', 'virtio', [], '半虚拟化 I/O 标准。'],
      ['- **VM exit** ： 从 guest 回到 hypervisor。', 'VM exit', [], '从 guest 回到 hypervisor。'],
      ['- **Pod** (容器组; pod group)：最小调度单元。', 'Pod', ['容器组', 'pod group'], '最小调度单元。'],
      ['**seccomp**：过滤系统调用，\n跨行的定义也算。', 'seccomp', [], '过滤系统调用， 跨行的定义也算。'],
    ];
    for (const [text, name, aliases, definition] of cases) {
      it(`reads ${JSON.stringify(text.slice(0, 40))}`, () => {
        assert.deepEqual(defs(text), [{ form: 'bold-term', name, aliases, definition }]);
      });
    }
    const negatives = [
      '**EPT** is mentioned in bold without a colon.',
      'Some text then **EPT**：not at the start.',
      '**EPT**：',
      '**这是一整句话。**：后面',
      '`**EPT**：in code`',
      '```\n**EPT**：in a code block\n```',
      '**123**: numbers are not terms',
      '- **官网**：https://www.linux-kvm.org',
      '- **KVM**：[官方文档](https://www.linux-kvm.org)',
      '- **作者**：张三\n- **作者**：李四\n- **作者**：王五',
    ];
    for (const text of negatives) {
      it(`ignores ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(defs(text), []));
    }
    it('keeps a term defined twice in one note (a conflict to report, not a field label)', () => {
      assert.equal(defs('- **KVM**：内核虚拟机。\n- **KVM**：另一种说法。').length, 2);
    });
    it('records the term range on the term itself', () => {
      const note = parseNote('intro\n\n- **EPT** (扩展页表)：二级页表。');
      const d = note.definitions[0];
      assert.deepEqual(d.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } });
    });
    it('records the heading path of the defining section', () => {
      const note = parseNote('# 虚拟化\n## 内存\n- **EPT**：二级页表。');
      assert.deepEqual(note.definitions[0].sectionPath, ['虚拟化', '内存']);
    });
  });

  describe('headings with aliases', () => {
    const cases: Array<[string, string, string[]]> = [
      ['## 扩展页表 (EPT, Extended Page Tables)\n\n二级地址转换。', '扩展页表', ['EPT', 'Extended Page Tables']],
      ['### 命名空间（namespace）\n\n隔离。', '命名空间', ['namespace']],
      ['## Control Groups (cgroups)\n\nLimits resources.', 'Control Groups', ['cgroups']],
      ['## 控制组 (cgroups、control groups)\n\n限制资源。', '控制组', ['cgroups', 'control groups']],
      ['## Virtual CPU (vCPU, 虚拟 CPU)\n\nA guest CPU.', 'Virtual CPU', ['vCPU', '虚拟 CPU']],
      ['## Input/Output Memory Management Unit (IOMMU)\n\nDMA remapping.', 'Input/Output Memory Management Unit', ['IOMMU']],
    ];
    for (const [text, name, aliases] of cases) {
      it(`reads ${JSON.stringify(text.split('\n')[0])}`, () => {
        const d = defs(text);
        assert.equal(d.length, 1);
        assert.equal(d[0].form, 'heading-aliases');
        assert.equal(d[0].name, name);
        assert.deepEqual(d[0].aliases, aliases);
        assert.equal(d[0].definition, text.split('\n\n')[1]);
      });
    }
    const negatives = [
      '## 安装 (可选)\n\n先装依赖。',
      '## Install (optional)\n\nFirst install.',
      '## 总结 (2020)\n\n年度。',
      '## 扩展页表 (EPT)',
      '## Notes (see below for more details.)\n\ntext',
    ];
    for (const text of negatives) {
      it(`ignores ${JSON.stringify(text.split('\n')[0])}`, () => assert.deepEqual(defs(text), []));
    }
  });

  describe('front matter aliases', () => {
    it('makes the note a concept named by its title', () => {
      const d = defs('---\ntitle: 控制组\naliases: [cgroups, control groups]\n---\n\n控制组限制进程的资源。');
      assert.deepEqual(d, [{ form: 'front-matter', name: '控制组', aliases: ['cgroups', 'control groups'], definition: '控制组限制进程的资源。' }]);
    });
    it('takes aliases given as a comma list', () => {
      assert.deepEqual(defs('---\ntitle: KVM\naliases: Kernel-based Virtual Machine, 内核虚拟机\n---\n\nA hypervisor.')[0].aliases, ['Kernel-based Virtual Machine', '内核虚拟机']);
    });
    it('uses the first heading when there is no title', () => {
      const d = defs('---\naliases: [EPT]\n---\n# 扩展页表\n\n二级页表。');
      assert.equal(d[0].name, '扩展页表');
      assert.equal(d[0].definition, '二级页表。');
    });
    it('lets a note opt out of defining concepts with concepts: false', () => {
      assert.deepEqual(defs('---\nconcepts: false\n---\n\n- **Kubernetes**：容器编排平台\n\n## 扩展页表 (EPT)\n\n二级页表。'), []);
    });
    it('ignores front matter without aliases', () => assert.deepEqual(defs('---\ntitle: x\n---\n\ntext'), []));
    it('survives malformed YAML and reports it', () => {
      const note = parseNote('---\ntitle: [oops\n---\n\ntext');
      assert.match(note.frontMatter?.error ?? '', /not valid YAML/);
      assert.deepEqual(note.definitions, []);
    });
  });

  describe('glossary notes', () => {
    it('turns level-3 headings in glossary/ into concepts', () => {
      const d = defs('## 内存\n\n分组说明。\n\n### Shadow Page Table\n\n影子页表由 hypervisor 维护。', 'file:///ws/glossary/virt.md');
      assert.deepEqual(d, [{ form: 'glossary', name: 'Shadow Page Table', aliases: [], definition: '影子页表由 hypervisor 维护。' }]);
    });
    it('recognizes type: glossary in front matter', () => {
      const d = defs('---\ntype: glossary\n---\n### VMCS\n\n虚拟机控制结构。', 'file:///ws/terms.md');
      assert.equal(d[0].form, 'glossary');
    });
    it('does not treat ordinary notes as glossaries', () => {
      assert.deepEqual(defs('### VMCS\n\n虚拟机控制结构。', 'file:///ws/notes.md'), []);
    });
    it('keeps bold-term entries in a glossary as bold-term', () => {
      assert.equal(defs('- **EPT**：二级页表。', 'file:///ws/glossary/a.md')[0].form, 'bold-term');
    });
  });

  describe('definition lists', () => {
    it('reads Term / : definition', () => {
      assert.deepEqual(defs('EPT\n: Extended Page Tables.'), [{ form: 'definition-list', name: 'EPT', aliases: [], definition: 'Extended Page Tables.' }]);
    });
    it('reads a CJK term', () => {
      assert.equal(defs('影子页表\n: 由 hypervisor 维护的页表。')[0].name, '影子页表');
    });
    it('ignores a paragraph whose second line does not start with a colon', () => {
      assert.deepEqual(defs('EPT\nExtended Page Tables.'), []);
    });
    it('ignores a sentence as a term', () => {
      assert.deepEqual(defs('This is a sentence.\n: not a definition'), []);
    });
  });
});
