import * as assert from 'node:assert/strict';
import { WorkCounter } from './workCounter';
import { createNoteService, createRemarkParser, InMemoryWorkspace } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';
import { createFindingChecks } from '../../../server/src/core/features/diagnostics/extraChecks';
import { quickFixes, type FixContext } from '../../../server/src/core/fixes';

// Each shape is run at n and 4n; linear work grows 4×, n·log n a little more, quadratic 16×.
const MAX_GROWTH = 5;

const repeat = (n: number, line: (i: number) => string, sep = '\n') => Array.from({ length: n }, (_, i) => line(i)).join(sep);

/** Workspaces that grow in one direction each. */
const SHAPES: Record<string, { n: number; files: (n: number) => Record<string, string> }> = {
  'headings, each followed by a link to it and a broken fragment': {
    n: 250, files: (n) => ({ 'n.md': repeat(n, (i) => `## Heading ${i}\n\nSee [h](#heading-${i}) and [m](#missing-${i}).\n`) }),
  },
  'links to missing files': {
    n: 500, files: (n) => ({ 'n.md': repeat(n, (i) => `- [x${i}](missing-${i}.md)`) }),
  },
  'links to another note\'s headings': {
    n: 250, files: (n) => ({ 'a.md': repeat(n, (i) => `## Part ${i}\n`), 'b.md': repeat(n, (i) => `[p](a.md#part-${i}) [q](a.md#nope-${i})`) }),
  },
  'reference definitions and reference links': {
    n: 250, files: (n) => ({ 'n.md': repeat(n, (i) => `[use ${i}][r${i}] [gone][g${i}]`) + '\n\n' + repeat(n, (i) => `[r${i}]: https://example.org/${i}`) + '\n' }),
  },
  'concepts defined and mentioned': {
    n: 100, files: (n) => ({
      'glossary/terms.md': repeat(n, (i) => `- **Term${i}**：第 ${i} 个概念。`),
      'notes/use.md': repeat(n, (i) => `Term${i} 和 Term${(i * 7) % n} 一起出现。`, '\n\n') + '\n',
    }),
  },
  'one long line of links and text': {
    n: 250, files: (n) => ({ 'n.md': '# T\n\n' + repeat(n, (i) => `word **bold** [l${i}](#t) \`code\``, ' ') + '\n' }),
  },
  'deeply nested block quotes and lists': {
    n: 250, files: (n) => ({ 'n.md': '> '.repeat(n) + '- item [x](#gone)\n\n' + '- '.repeat(n) + 'deep [y](#gone)\n\n' + '1. '.repeat(n) + 'ordered\n' }),
  },
  'unclosed brackets and emphasis': {
    n: 250, files: (n) => ({ 'n.md': '['.repeat(n) + '*'.repeat(n) + ' text ' + '_'.repeat(n) + ']('.repeat(n) + '\n' }),
  },
  'huge front matter': {
    n: 250, files: (n) => ({ 'n.md': '---\n' + repeat(n, (i) => `key${i}: value ${i}`) + '\ntags: [' + repeat(n, (i) => `t${i}`, ', ') + ']\n---\n\n# Body\n' }),
  },
  'tags, front matter and inline': {
    n: 250, files: (n) => ({ 'n.md': '---\ntags: [' + repeat(n, (i) => `t${i}`, ', ') + ']\n---\n\n' + repeat(n, (i) => `#t${i} #common #x${i}/y a#b`, ' ') + '\n' }),
  },
  'notes linking to each other': {
    n: 60, files: (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}.md`, `# Note ${i}\n\n[next](n${(i + 1) % n}.md#note-${(i + 1) % n}) [[n${(i + 2) % n}]] [gone](x${i}.md)\n`])),
  },
};

const parser = createRemarkParser();
let runs = 0;

/** An indexed service on a root of its own, so what one run remembered does not make the next cheaper. */
async function indexed(files: Record<string, string>) {
  const workspace = new InMemoryWorkspace(`file:///run${runs++}`, files);
  const service = createNoteService(workspace, parser, silentLogger, { extraChecks: createFindingChecks() });
  await service.indexWorkspace();
  return { workspace, service };
}

/** Index the workspace and check every note. */
async function indexAndCheck(files: Record<string, string>): Promise<void> {
  const { service } = await indexed(files);
  for (const uri of service.noteUris()) await service.diagnostics(uri);
}

describe('work grows linearly with the input', function () {
  this.timeout(120_000);
  const counter = new WorkCounter();
  before(() => counter.start());
  after(() => counter.stop());

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(name, async () => {
      await indexAndCheck(shape.files(shape.n)); // warm-up: lazy set-up is not growth
      const small = await counter.measure(() => indexAndCheck(shape.files(shape.n)));
      const large = await counter.measure(() => indexAndCheck(shape.files(4 * shape.n)));
      assert.ok(large / small <= MAX_GROWTH, `${name}: work grew ${(large / small).toFixed(1)}× from n=${shape.n} to 4n (${small} → ${large})`);
    });
  }

  it('the Tags tree, tag completion, references and rename of the most used tag', async () => {
    const tagWork = (n: number) => counter.measure(async () => {
      const { workspace, service } = await indexed(SHAPES['tags, front matter and inline'].files(n));
      const uri = workspace.uri('n.md');
      const text = service.getNote(uri)!.text;
      const before = text.slice(0, text.indexOf('#common') + 2);
      const pos = { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
      service.topicTree();
      await service.references(uri, pos);
      await service.rename(uri, pos, 'shared');
      await service.completion(uri, pos);
      service.workspaceSymbols('#t1');
    });
    await tagWork(50);
    const small = await tagWork(250), large = await tagWork(1000);
    assert.ok(large / small <= MAX_GROWTH, `tag features' work grew ${(large / small).toFixed(1)}× (${small} → ${large})`);
  });

  it('the quick fix for one broken fragment compares it with each heading once', async () => {
    const fixWork = async (n: number) => {
      const { workspace, service } = await indexed(SHAPES['headings, each followed by a link to it and a broken fragment'].files(n));
      const note = service.getNote(workspace.uri('n.md'))!;
      const [d] = (await service.diagnostics(note.uri)).filter((x) => x.code === 'link.no-such-header-in-own-file');
      const context: FixContext = { note, getNote: service.getNote, noteUris: service.noteUris };
      return counter.measure(async () => quickFixes(d, context));
    };
    await fixWork(50);
    const small = await fixWork(250), large = await fixWork(1000);
    assert.ok(large / small <= MAX_GROWTH, `quick fix work grew ${(large / small).toFixed(1)}× (${small} → ${large})`);
  });
});
