import * as assert from 'node:assert/strict';
import { fullParseRisk, MAX_NESTING, MAX_PARAGRAPH_CHARS } from '../../../server/src/core/parse/parseGuard';
import { noteFromText } from '../../../server/src/core/index/loadNote';
import { createRemarkParser } from '../../../server/src/core';

const options = { maxFullParseSize: 5_000_000 };

describe('full-parse guard', () => {
  it('lets ordinary notes through', () => {
    assert.equal(fullParseRisk('# A\n\npara\n\n- a\n  - b\n\n> q\n'), undefined);
  });
  it('flags one paragraph larger than the limit', () => {
    assert.match(fullParseRisk('x '.repeat(MAX_PARAGRAPH_CHARS))!, /paragraph/);
    assert.match(fullParseRisk('line\n'.repeat(MAX_PARAGRAPH_CHARS / 4))!, /paragraph/);
  });
  it('does not count fenced code or paragraphs split by blank lines', () => {
    assert.equal(fullParseRisk('```\n' + 'code\n'.repeat(MAX_PARAGRAPH_CHARS / 2) + '```\n'), undefined);
    assert.equal(fullParseRisk('para\n\n'.repeat(MAX_PARAGRAPH_CHARS)), undefined);
  });
  it('flags deep quote and list nesting', () => {
    assert.match(fullParseRisk('>'.repeat(MAX_NESTING + 1) + ' deep')!, /nests/);
    assert.match(fullParseRisk(Array.from({ length: MAX_NESTING + 2 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n'))!, /nests/);
  });
  it('indexes a risky note with the line scan and says why', () => {
    const note = noteFromText('file:///ws/big.md', '# Big\n\n' + 'TODO a [b](c.md) '.repeat(MAX_PARAGRAPH_CHARS / 8), createRemarkParser(), options);
    assert.equal(note.parseMode, 'cheap');
    assert.match(note.problem!, /quick line scan/);
    assert.equal(note.headings[0].text, 'Big');
    assert.ok(note.links.length > 1000 && note.todos.length > 1000);
  });
});
