import * as assert from 'node:assert/strict';
import { lint, ofCode } from './helpers';

describe('lint: todos', () => {
  it('reports TODO, FIXME and XXX in prose as information', async () => {
    const d = ofCode(await lint('TODO: write this.\n\nFIXME the numbers\n\nXXX later\n'), 'todo.marker');
    assert.deepEqual(d.map((x) => [x.data?.marker, x.severity]), [['TODO', 'information'], ['FIXME', 'information'], ['XXX', 'information']]);
  });
  it('reports a ### TODO heading', async () => {
    const d = ofCode(await lint('# Note\n\n### TODO\n\n- item\n'), 'todo.marker');
    assert.equal(d.length, 1);
    assert.equal(d[0].data?.inHeading, true);
  });
  it('does not report markers inside words or inside code', async () => {
    assert.deepEqual(await lint('TODOS and MYTODO and XXXL\n\n`TODO` and\n\n```\n// TODO in code\n- [ ] not a task\n```\n'), []);
  });
  it('reports an open - [ ] task on its first line, and not a done one', async () => {
    const d = await lint('- [ ] open one\n  more text\n- [x] done\n');
    assert.deepEqual(d.map((x) => [x.code, x.range.start.line, x.range.end.line]), [['todo.open-task', 0, 1]]);
    assert.equal(d[0].severity, 'information');
  });
  it('takes custom markers from settings', async () => {
    const d = await lint('HACK: here. TODO: not a marker now.\n', { todoMarkers: ['HACK'] });
    assert.deepEqual(d.map((x) => x.data?.marker), ['HACK']);
  });
  it('both todo codes are configurable', async () => {
    const d = await lint('TODO: a\n\n- [ ] b\n', { severity: { 'todo.marker': 'warning', 'todo.open-task': 'off' } });
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['todo.marker', 'warning']]);
  });
});
