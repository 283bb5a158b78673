// The Markdown of "Open Concepts Report", built from concept summaries and problem counts.
import * as assert from 'assert';
import type { ConceptSummary } from '../../../shared/protocol';
import { conceptsReport } from '../../../client/src/report/conceptsReport';

function concept(name: string, aliases: string[], line: number, mentions: number): ConceptSummary {
  const range = { start: { line, character: 0 }, end: { line, character: name.length } };
  return { name, aliases, definition: '…', uri: `file:///kb/glossary/${name}.md`, range, mentions };
}

const relativePath = (uri: string) => uri.replace('file:///kb/', '');

describe('concepts report', () => {
  it('lists every concept with aliases, file:line (1-based) and mentions, A–Z', () => {
    const text = conceptsReport({
      concepts: [concept('vCPU', [], 9, 2), concept('EPT', ['扩展页表', 'Extended Page Tables'], 11, 3)],
      problemsByCode: new Map(),
      relativePath,
    });
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Concept') && !l.startsWith('| ---'));
    assert.deepEqual(rows, [
      '| EPT | 扩展页表, Extended Page Tables | glossary/EPT.md:12 | 3 |',
      '| vCPU |  | glossary/vCPU.md:10 | 2 |',
    ]);
    assert.match(text, /^2 concepts · 0 problems$/m);
    assert.match(text, /No problems\./);
  });

  it('counts problems per code and in total', () => {
    const text = conceptsReport({
      concepts: [concept('EPT', [], 0, 1)],
      problemsByCode: new Map([['todo.marker', 2], ['link.no-such-file', 1]]),
      relativePath,
    });
    assert.match(text, /^1 concept · 3 problems$/m);
    assert.match(text, /^\| link\.no-such-file \| 1 \|$/m);
    assert.match(text, /^\| todo\.marker \| 2 \|$/m);
  });

  it('escapes table separators in note text', () => {
    const text = conceptsReport({ concepts: [concept('a|b', ['x|y'], 0, 0)], problemsByCode: new Map(), relativePath });
    assert.ok(text.includes('| a\\|b | x\\|y |'), text);
  });
});
