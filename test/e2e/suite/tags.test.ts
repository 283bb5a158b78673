// The Topics view's Tags node: a note with a front-matter tag and inline tags appears under
// each of its tags, and the row opens the note at the tag.
import * as assert from 'assert';
import { activateExtension, openedUri, pollUntil, rowsOf, sameFile, scratchNote } from './helpers';

const NOTE = 'tagged/tags.md';
const TEXT = '---\ntags: [virtualization]\n---\n# 标签笔记\n\n内存虚拟化见 #虚拟化/内存，也见 #Virtualization。\n';

describe('topics tree: tags', () => {
  const uri = scratchNote(NOTE, TEXT, { open: true });

  it('the Tags node lists each tag with the notes that use it', async () => {
    const { topics } = await activateExtension();
    const top = await pollUntil('the Tags node', () => rowsOf(topics), (rows) => rows.some((r) => r.item.contextValue === 'tags'));
    const tagsRow = top.find((r) => r.item.contextValue === 'tags')!;
    assert.equal(tagsRow, top[top.length - 1], 'the Tags node comes after the topics');
    const tags = await pollUntil('the note\'s tags', () => rowsOf(topics, tagsRow.node), (rows) => rows.some((r) => r.label === '#虚拟化/内存'));
    const virtualization = tags.find((r) => r.label.toLowerCase() === '#virtualization');
    assert.ok(virtualization, `tags: ${tags.map((r) => r.label).join(', ')}`);
    assert.match(String(virtualization.item.description), /2/);
    const notes = await rowsOf(topics, virtualization.node);
    const row = notes.find((r) => r.label === '标签笔记');
    assert.ok(row, `notes under #virtualization: ${notes.map((r) => r.label).join(', ')}`);
    const opened = openedUri(row.item);
    assert.ok(opened && sameFile(opened, uri), 'the row opens the note');
  });
});
