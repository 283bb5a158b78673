// The fast scan against the full remark parse on every note we can find: the bundled
// notes, our user's seed notes and every corpus. Two indexes of the same folder — one
// fast-scanned (what the server builds from disk), one fully parsed — must give every
// note the same facts (headings and slugs, links, reference and footnote definitions,
// concept definitions, tasks, TODOs, title), the same concept mentions and the same
// diagnostics. A note the scan declines is parsed fully by the index; that must stay rare.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNoteService, createRemarkParser, type NoteService } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { silentLogger } from '../../../server/src/core/workspace';
import { createFindingChecks } from '../../../server/src/core/features/diagnostics/extraChecks';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';
import { linkFacts, conceptFacts, tagFacts, factDiff } from './projection';
import { corporaRoot, corpusIt, corpusNames, seedsRoot, tierAvailable } from '../../corpusTier';
import { fastScan } from '../../../server/src/core/parse/fast/fastScanNote';

const repo = path.resolve(__dirname, '../../..');

/** The seed notes are saved as .txt; the index reads .md, so they are copied. */
function seedsAsMarkdown(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-seeds-'));
  for (const name of fs.readdirSync(seedsRoot)) {
    fs.copyFileSync(path.join(seedsRoot, name), path.join(dir, name.replace(/\.txt$/, '.md')));
  }
  return dir;
}

async function indexed(folder: string, depth: 'fast' | 'full'): Promise<NoteService> {
  const workspace = new FsWorkspace([folder], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
  const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { configFile: {} } as never, extraChecks: createFindingChecks() });
  await service.indexWorkspace(undefined, undefined, depth);
  return service;
}

async function diagnostics(service: NoteService, uri: string): Promise<string[]> {
  return (await service.diagnostics(uri)).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
}

function mentions(service: NoteService, uri: string): string[] {
  return service.mentions(uri).map((m) => `${m.start}-${m.end} ${m.conceptId}`).sort();
}

describe('fast scan = full parse on every note', function () {
  this.timeout(600_000);
  // The bundled notes always; the seeds and corpora in the corpus tier (absent on a fresh clone).
  const corpora = tierAvailable(seedsRoot, corporaRoot) ? corpusNames() : [];
  const collections: Array<[string, () => string]> = [
    ['notes', () => path.join(repo, 'notes')],
    ...(corpora.length ? [['seeds', seedsAsMarkdown] as [string, () => string]] : []),
    ...corpora.map((name) => [name, () => path.join(corporaRoot, name)] as [string, () => string]),
  ];
  corpusIt('has the corpora to compare on', () => assert.ok(corpora.length >= 3, corpora.join(', ')), [seedsRoot, corporaRoot]);

  for (const [name, folderOf] of collections) {
    it(`${name}: the same links, headings, definitions, concepts, tags, mentions and diagnostics`, async () => {
      const folder = folderOf();
      const fast = await indexed(folder, 'fast');
      const full = await indexed(folder, 'full');
      assert.deepEqual(fast.noteUris().sort(), full.noteUris().sort());
      assert.deepEqual(fast.concepts().map((c) => `${c.name} ${c.aliases.join('|')}`).sort(), full.concepts().map((c) => `${c.name} ${c.aliases.join('|')}`).sort());
      const mismatches: string[] = [];
      let compared = 0;
      let declined = 0;
      const reasons = new Map<string, number>();
      for (const uri of full.noteUris().sort()) {
        const reference = full.getNote(uri)!;
        const scanned = fast.getNote(uri)!;
        if (reference.parseMode !== 'full') continue; // the guard's line scan is not the reference
        if (scanned.parseMode !== 'fast') {
          declined++;
          const reason = fastScan(uri, reference.text, createRemarkParser()).declined ?? 'read fully';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          continue;
        }
        compared++;
        const comparisons = [
          ['link facts', factDiff(linkFacts(reference), linkFacts(scanned))],
          ['concept facts', factDiff(conceptFacts(reference), conceptFacts(scanned))],
          ['tag facts', factDiff(tagFacts(reference), tagFacts(scanned))],
          ['mentions', factDiff(mentions(full, uri), mentions(fast, uri))],
          ['diagnostics', factDiff(await diagnostics(full, uri), await diagnostics(fast, uri))],
        ] as const;
        for (const [what, d] of comparisons) {
          if (d.missing.length || d.extra.length) {
            mismatches.push(`${path.relative(folder, uri)} ${what}\n  only full: ${d.missing.slice(0, 3).join('\n             ')}\n  only fast: ${d.extra.slice(0, 3).join('\n             ')}`);
          }
        }
      }
      if (declined > 0) console.log(`      ${name}: the scan declined ${declined} of ${compared + declined}: ${[...reasons].map(([r, n]) => `${n} × ${r}`).join('; ')}`);
      assert.ok(compared > 0, 'no note compared');
      assert.deepEqual(mismatches, [], `${mismatches.length} differences in ${compared} notes`);
      assert.ok(declined <= Math.ceil(compared * 0.02), `the fast scan declined ${declined} of ${compared + declined} notes`);
    });
  }
});
