// Which web links of the notes are checked, and what their verdicts become: diagnostics
// with status and final URL, and the quick fix that writes a moved page's new address.
import * as assert from 'node:assert/strict';
import { createNoteService, createRemarkParser, InMemoryWorkspace } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';
import { quickFixes } from '../../../server/src/core/fixes';
import { applyTextEdits } from '../../../server/src/core/fixes/applyEdits';
import { pagesOf } from '../../../server/src/core/external';
import type { PageVerdict } from '../../../server/src/core/external/types';

const NOTE = [
  '# Links',
  '',
  'See [docs](https://docs.example/guide#install) and <https://auto.example/> and https://bare.example/page.',
  '',
  '`https://code-span.example/` <!-- [c](https://comment.example/) -->',
  '',
  '```',
  '[f](https://fence.example/)',
  '```',
  '',
  '<!-- concept-notes-disable-next-line link.external-unreachable link.external-redirect -->',
  '[quiet](https://suppressed.example/)',
  '',
  '[ref]: https://ref.example/',
  '[use][ref] and [again][ref] <a href="https://html.example/">h</a> [local](other.md) [mail](mailto:a@b.example)',
  '',
  '[skip](https://cdn.skipped.example/x) [ignored](https://ignored.example/a/b) [docs again](https://docs.example/guide)',
  '',
].join('\n');

async function serviceWith(files: Record<string, string>, settings: Record<string, unknown> = {}) {
  const workspace = new InMemoryWorkspace('file:///ws', files);
  const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { externalLinksSkipHosts: ['skipped.example'], ignoreLinks: ['https://ignored.example/**'], ...settings } });
  await service.indexWorkspace();
  return { workspace, service };
}

describe('external links in notes', () => {
  it('checks links, autolinks, bare URLs, HTML and reference definitions; not code, comments, suppressed lines, ignored or skipped ones', async () => {
    const { service } = await serviceWith({ 'a.md': NOTE });
    const links = await service.externalLinks();
    assert.deepEqual(links.map((l) => l.url).sort(), [
      'https://auto.example/', 'https://bare.example/page', 'https://docs.example/guide', 'https://docs.example/guide#install',
      'https://html.example/', 'https://ref.example/',
    ]);
    assert.deepEqual(pagesOf(links, false).map((p) => p.page).sort(), [
      'https://auto.example/', 'https://bare.example/page', 'https://docs.example/guide', 'https://html.example/', 'https://ref.example/',
    ], 'one page per URL without its fragment');
    assert.deepEqual(pagesOf(links, true).filter((p) => p.needIds).map((p) => p.page), ['https://docs.example/guide']);
  });

  it('makes no finding at all until a check has given verdicts', async () => {
    const { workspace, service } = await serviceWith({ 'a.md': NOTE });
    const codes = (await service.diagnostics(workspace.uri('a.md'))).map((d) => d.code);
    assert.ok(!codes.some((c) => c.startsWith('link.external')), codes.join(' '));
  });

  it('turns verdicts into warnings and hints with status and final URL in data and message; the quick fix writes the final URL', async () => {
    const { workspace, service } = await serviceWith({ 'a.md': NOTE });
    const links = await service.externalLinks();
    const verdicts = new Map<string, PageVerdict>([
      ['https://auto.example/', { kind: 'unreachable', reason: 'http-status', status: 404, finalUrl: 'https://auto.example/' }],
      ['https://bare.example/page', { kind: 'unreachable', reason: 'dns', detail: 'ENOTFOUND', finalUrl: 'https://bare.example/page' }],
      ['https://docs.example/guide', { kind: 'moved', status: 301, finalUrl: 'https://docs.example/v2/guide', ids: ['install'] }],
      ['https://ref.example/', { kind: 'moved', status: 308, finalUrl: 'https://ref.example/new' }],
      ['https://html.example/', { kind: 'ok', status: 200, finalUrl: 'https://html.example/' }],
    ]);
    const affected = service.setExternalVerdicts(links, verdicts);
    assert.deepEqual(affected, [workspace.uri('a.md')]);
    const uri = workspace.uri('a.md');
    const found = (await service.diagnostics(uri)).filter((d) => d.code.startsWith('link.external'));
    const text = service.getNote(uri)!.text;
    const at = (d: (typeof found)[number]) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    assert.deepEqual(found.map((d) => [d.code, d.severity, at(d), d.data?.status, d.data?.finalUrl]), [
      ['link.external-redirect', 'hint', 'https://docs.example/guide#install', 301, 'https://docs.example/v2/guide#install'],
      ['link.external-unreachable', 'warning', 'https://auto.example/', 404, 'https://auto.example/'],
      ['link.external-unreachable', 'warning', 'https://bare.example/page', 'dns', 'https://bare.example/page'],
      ['link.external-redirect', 'hint', 'https://ref.example/', 308, 'https://ref.example/new'],
      ['link.external-redirect', 'hint', 'https://docs.example/guide', 301, 'https://docs.example/v2/guide'],
    ]);
    assert.match(found[1].message, /HTTP 404/);
    assert.match(found[2].message, /bare\.example.*DNS/);
    assert.match(found[3].message, /308.*https:\/\/ref\.example\/new/);

    const fixes = quickFixes(found[3], { note: service.getNote(uri)!, getNote: service.getNote, noteUris: service.noteUris });
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].title, 'Update the link to https://ref.example/new');
    const fixed = applyTextEdits(text, fixes[0].edit.changes[uri]);
    assert.match(fixed, /^\[ref\]: https:\/\/ref\.example\/new$/m);
    assert.equal(quickFixes(found[1], { note: service.getNote(uri)!, getNote: service.getNote, noteUris: service.noteUris }).length, 0, 'nothing to offer for a dead page');
  });

  it('reports a missing #fragment when fragments are checked, and no fix once the link changed', async () => {
    const { workspace, service } = await serviceWith({ 'a.md': '# A\n\n[x](https://p.example/doc#nowhere) [y](https://p.example/doc#readme-part)\n' }, { externalLinksCheckFragments: true });
    const links = await service.externalLinks();
    service.setExternalVerdicts(links, new Map([['https://p.example/doc', { kind: 'ok', status: 200, finalUrl: 'https://p.example/doc', ids: ['intro', 'user-content-readme-part'] }]]));
    const found = (await service.diagnostics(workspace.uri('a.md'))).filter((d) => d.code.startsWith('link.external'));
    assert.equal(found.length, 1);
    assert.equal(found[0].data?.reason, 'no-such-fragment');
    assert.match(found[0].message, /"nowhere"/);
    const stale = { code: 'link.external-redirect', range: found[0].range, data: { url: 'https://other.example/', finalUrl: 'https://x.example/' } };
    assert.equal(quickFixes(stale, { note: service.getNote(workspace.uri('a.md'))!, getNote: service.getNote, noteUris: service.noteUris }).length, 0);
  });

  it('reads skipped hosts and ignoreLinks from .concept-notes.json too', async () => {
    const { service } = await serviceWith({
      'a.md': '[a](https://keep.example/) [b](https://www.from-file.example/) [c](https://globbed.example/x)\n',
      '.concept-notes.json': '{ "externalLinksSkipHosts": ["from-file.example"], "ignoreLinks": ["https://globbed.example/**"] }',
    }, { externalLinksSkipHosts: [] });
    assert.deepEqual((await service.externalLinks()).map((l) => l.url), ['https://keep.example/']);
  });

  it('leaves out notes matched by ignoreFiles', async () => {
    const { service } = await serviceWith({ 'a.md': NOTE, 'drafts/b.md': '[x](https://draft.example/)\n' }, { ignoreFiles: ['drafts/**'] });
    assert.ok(!(await service.externalLinks()).some((l) => l.url.includes('draft')));
  });
});
