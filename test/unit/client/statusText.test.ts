import * as assert from 'node:assert/strict';
import { statusText } from '../../../client/src/statusText';

describe('client: status bar text', () => {
  it('counts notes read while indexing', () => {
    assert.equal(statusText({ notes: 400, concepts: 0, problems: 0, indexing: true, indexed: 412, total: 2254 }), '$(sync~spin) Indexing 412/2254');
  });
  it('says indexing before the first count arrives', () => {
    assert.equal(statusText({ notes: 0, concepts: 0, problems: 0, indexing: true }), '$(sync~spin) Concept Notes: indexing… (0 notes)');
  });
  it('shows concept and problem counts once done, singular for one', () => {
    assert.equal(statusText({ notes: 9, concepts: 1, problems: 3, indexing: false }), '$(book) 1 concept · 3 problems');
    assert.equal(statusText({ notes: 9, concepts: 12, problems: 1, indexing: false }), '$(book) 12 concepts · 1 problem');
  });
});
