// Concepts on vaults written with note-taking tools: names without markup, option lists
// read as fields, messages naming files as the user sees them.
import * as assert from 'node:assert/strict';
import { lintService } from './helpers';

const OPTIONS = '# Tests\n\n- **Purpose**: isolate logic\n- **Speed**: very fast\n\n## Other\n\n- **Purpose**: integrate\n- **Speed**: slow\n';

describe('concepts on ordinary vaults', () => {
  it('a linked bold term is named by its link text; wiki-link and HTML names are no concepts', async () => {
    const { service } = await lintService({ 'a.md': '# A\n\n**[gVisor](https://gvisor.dev/)**: a sandbox runtime.\n\n**[[#Sync services]]**: see below.\n\n**<kbd>Ctrl</kbd>**: a key.\n' });
    assert.deepEqual(service.concepts().map((c) => c.name), ['gVisor']);
  });

  it('bold labels of an option list are fields in an Obsidian vault, concepts in a plain one', async () => {
    const vault = await lintService({ '.obsidian/app.json': '{}', 'tests.md': OPTIONS });
    assert.deepEqual(vault.service.concepts().map((c) => c.name), []);
    assert.deepEqual(await vault.codes('tests.md'), []);
    const plain = await lintService({ 'tests.md': OPTIONS });
    assert.deepEqual(plain.service.concepts().map((c) => c.name).sort(), ['Purpose', 'Speed']);
  });

  it('in a tool vault a glossary keeps its labels, and callout labels are no concepts', async () => {
    const vault = await lintService({ '.obsidian/app.json': '{}', 'glossary/terms.md': OPTIONS, 'b.md': '# B\n\n**Note**: sort keys sort first.\n' });
    assert.deepEqual(vault.service.concepts().map((c) => c.name).sort(), ['Purpose', 'Speed']);
  });

  it('names the other file decoded and relative to the folder', async () => {
    const { diagnostics } = await lintService({ 'Some folder/Accepted file formats.md': '# X\n\n**EPT**: one text.\n', 'b.md': '# B\n\n**EPT**: another text.\n' });
    const messages = [...await diagnostics('b.md'), ...await diagnostics('Some folder/Accepted file formats.md')].filter((d) => d.code === 'concept.duplicate-definition').map((d) => d.message);
    assert.equal(messages.length, 1);
    assert.ok(!messages[0].includes('%20'), messages[0]);
    assert.ok(messages[0].includes('Some folder/Accepted file formats.md') || messages[0].includes(' b.md:'), messages[0]);
  });
});
