// The server speaks the language `initialize` names: Chinese for zh-cn, English for en or
// when the client names none. Codes stay the same in both.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspClient } from './harness';

/** Our server sends plain-text messages. */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

interface Seen { log: string; diagnostics: Diagnostic[]; hover: string; fixTitles: string[] }

describe('lsp: the message language', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-lsp-locale-'));
    fs.writeFileSync(path.join(root, 'binary.md'), Buffer.alloc(64, 0));
    fs.writeFileSync(path.join(root, 'kvm.md'), '# KVM\n\n**EPT**：扩展页表，二维地址翻译。\n\n- [ ] 整理 EPT 的笔记\n');
    fs.writeFileSync(path.join(root, 'other.md'), '# 其他\n\n**EPT**：另一种说法。\n\n提到 EPT。\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  async function seenWith(locale: string | undefined): Promise<Seen> {
    const client = await LspClient.start(root, { locale });
    try {
      const diagnostics: Diagnostic[] = [];
      const fixTitles: string[] = [];
      for (const file of ['kvm.md', 'other.md']) {
        const uri = client.uri(file);
        const found = await client.waitFor(`diagnostics of ${file}`, () => (client.diagnostics.get(uri)?.length ? client.diagnostics.get(uri) : undefined));
        diagnostics.push(...found);
        for (const diagnostic of found) {
          const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
          fixTitles.push(...actions.map((a) => a.title));
        }
      }
      const hover = await client.request<Hover | null>('textDocument/hover', client.at('other.md', client.position('other.md', 'EPT', 1, 1)));
      return { log: client.logMessages.join('\n'), diagnostics, hover: (hover?.contents as { value?: string } | undefined)?.value ?? '', fixTitles };
    } finally {
      await client.stop();
    }
  }

  let english: Seen;
  let chinese: Seen;
  before(async () => { [english, chinese] = [await seenWith('en'), await seenWith('zh-cn')]; });

  it('zh-cn: diagnostic messages are Chinese', () => {
    const task = chinese.diagnostics.find((d) => d.code === 'todo.open-task');
    assert.ok(task, JSON.stringify(chinese.diagnostics));
    assert.match(messageOf(task), /^未完成的任务：/);
    const duplicate = chinese.diagnostics.find((d) => d.code === 'concept.duplicate-definition');
    assert.ok(duplicate, JSON.stringify(chinese.diagnostics));
    assert.match(messageOf(duplicate), /中定义，但内容不同/);
  });
  it('zh-cn: hover labels are Chinese', () => {
    assert.match(chinese.hover, /定义于 /);
    assert.match(chinese.hover, /定义不一致/);
    assert.doesNotMatch(chinese.hover, /Defined in|definitions differ/);
  });
  it('zh-cn: quick-fix titles are Chinese', () => {
    assert.ok(chinese.fixTitles.includes('将任务标记为已完成'), chinese.fixTitles.join('\n'));
    assert.ok(!chinese.fixTitles.includes('Mark task as done'));
  });
  it('zh-cn: the log is Chinese', () => {
    assert.match(chinese.log, /二进制文件/);
    assert.doesNotMatch(chinese.log, /looks binary/);
  });
  it('en: the same in English', () => {
    assert.match(messageOf(english.diagnostics.find((d) => d.code === 'todo.open-task')!), /^Open task: /);
    assert.match(english.hover, /Defined in .* — \*definitions differ\*/);
    assert.ok(english.fixTitles.includes('Mark task as done'), english.fixTitles.join('\n'));
    assert.match(english.log, /looks binary/);
    assert.doesNotMatch([english.log, english.hover, ...english.fixTitles, ...english.diagnostics.map(messageOf)].join('\n'), /未完成的任务|定义于|将任务标记为已完成|二进制文件/);
  });
  it('codes and ranges are the same in both languages', () => {
    const shape = (s: Seen) => s.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.severity}`).sort();
    assert.deepEqual(shape(chinese), shape(english));
  });
  for (const locale of ['zh-CN', 'zh']) {
    it(`locale ${locale} is Chinese too`, async () => assert.match((await seenWith(locale)).log, /二进制文件/));
  }
  for (const locale of ['de', undefined]) {
    it(`locale ${locale ?? '(none)'} is English`, async () => assert.match((await seenWith(locale)).log, /looks binary/));
  }
});
