// Folding in the editor: the server's ranges (sections, fences, lists) reach VS Code's folding provider.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { pollUntil, scratchNote } from './helpers';

const NOTE = 'folding-check.md';
// VS Code's own Markdown folding knows no tables: the table's range (14-16) can only come from this extension.
const TEXT = '# 折叠\n\n## 列表\n\n- EPT\n  二级地址转换\n- vCPU\n\n```c\nint x;\n```\n\n## 结尾\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';

describe('folding ranges in the editor', () => {
  const uri = scratchNote(NOTE, TEXT, { open: true });

  it('offers heading sections, the multi-line list item, the code fence and the table', async () => {
    const ranges = await pollUntil('folding ranges from the server', () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri),
      (found) => (found ?? []).some((r) => r.start === 14 && r.end === 16));
    const spans = ranges.map((r) => `${r.start}-${r.end}`);
    for (const expected of ['0-16', '2-10', '4-5', '8-10', '12-16', '14-16']) assert.ok(spans.includes(expected), `${expected} in ${spans.join(', ')}`);
  });
});
