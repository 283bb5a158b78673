import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes/concept-notes.injection.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// The patterns use only syntax that Oniguruma and JavaScript read alike, so JS can test them.
const rule = (name: string) => new RegExp(grammar.repository[name].match, 'gm');
const matches = (name: string, text: string) => [...text.matchAll(rule(name))].map((m) => m[0]);

describe('TextMate injection grammar', () => {
  it('is contributed and injected into Markdown', () => {
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
    assert.ok(entry, 'grammar not contributed in package.json');
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.ok(fs.existsSync(path.join(root, entry.path)));
    assert.match(grammar.injectionSelector, /text\.html\.markdown/);
  });
  it('highlights TODO, FIXME and XXX as whole words only', () => {
    assert.deepEqual(matches('todo-marker', 'TODO: x, FIXME later, XXX and TODOS or MYTODO'), ['TODO', 'FIXME', 'XXX']);
    assert.deepEqual(matches('todo-marker', '### TODO'), ['TODO']);
  });
  it('highlights wiki links with and without an alias', () => {
    assert.deepEqual(matches('wiki-link', 'see [[kvm]] and [[ept#二级页表|EPT]] but not [link](x)'), ['[[kvm]]', '[[ept#二级页表|EPT]]']);
  });
  it('highlights open and done task boxes only at the start of list items', () => {
    assert.deepEqual(matches('open-task', '- [ ] 问题\n  * [ ] nested\ntext [ ] not a task'), ['[ ]', '[ ]']);
    assert.deepEqual(matches('done-task', '- [x] done\n- [X] Done\n- [ ] open'), ['[x]', '[X]']);
  });
});
