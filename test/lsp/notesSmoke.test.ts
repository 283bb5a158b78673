// A light check that the server works on the knowledge base we ship. It reads the
// notes at run time and assumes nothing about their exact content.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, repoRoot } from './harness';
import { Requests, type TopicNode } from '../../shared/protocol';

const notesRoot = path.join(repoRoot, 'notes');

function markdownFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(path.join(folder, e.name)) : /\.md$/i.test(e.name) ? [path.join(folder, e.name)] : []);
}

/** The first few `- **Term**` glossary entries, wherever they are. */
function glossaryTerms(limit: number): Array<{ file: string; term: string }> {
  const out: Array<{ file: string; term: string }> = [];
  for (const file of markdownFiles(notesRoot).filter((f) => f.split(path.sep).includes('glossary'))) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/^- \*\*([^*\n]+)\*\*/gm)) {
      if (out.length < limit) out.push({ file: path.relative(notesRoot, file), term: m[1].trim() });
    }
  }
  return out;
}

describe('LSP: smoke test on notes/', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(notesRoot); });
  after(async () => { await client.stop(); });

  it('indexes every note and publishes diagnostics only for notes', async () => {
    const files = markdownFiles(notesRoot);
    assert.equal(client.indexChanged[client.indexChanged.length - 1].notes, files.length);
    await client.waitFor('diagnostics for every note', () => (client.diagnostics.size === files.length ? true : undefined));
    const expected = new Set(files.map((f) => client.uri(path.relative(notesRoot, f))));
    for (const uri of client.diagnostics.keys()) assert.ok(expected.has(uri), uri);
  });

  it('serves a topic tree that lists every note', async () => {
    const tree = await client.request<TopicNode[]>(Requests.topicTree, {});
    const listed = new Set<string>();
    const walk = (nodes: TopicNode[]) => { for (const n of nodes) { if (n.kind === 'note' && n.uri) listed.add(n.uri); walk(n.children ?? []); } };
    walk(tree);
    const expected = markdownFiles(notesRoot).map((f) => client.uri(path.relative(notesRoot, f)));
    assert.deepEqual([...listed].sort(), expected.sort());
  });

  it('hovers and jumps on glossary terms where they are defined', async () => {
    const terms = glossaryTerms(5);
    // notes/ has glossary notes: finding none means this test lost its subject, not that all is well.
    assert.equal(terms.length, 5, `glossary terms found under notes/: ${terms.map((t) => t.term).join(', ')}`);
    for (const { file, term } of terms) {
      const position = client.position(file, `**${term}**`, 2);
      const hover = await client.request<Hover | null>('textDocument/hover', client.at(file, position));
      const shown = ((hover?.contents as MarkupContent | undefined)?.value ?? '').replace(/\\(.)/g, '$1'); // unescape Markdown
      assert.ok(shown.includes(term), `hover on ${term} in ${file}`);
      const locations = await client.request<Location[]>('textDocument/definition', client.at(file, position));
      assert.ok(locations.some((l) => l.uri === client.uri(file)), `definition of ${term}`);
    }
  });
});
