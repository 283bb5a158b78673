// The link findings on obsidian-tasks-docs and foam-docs, against the hand classification
// in bench/links-classification.md: every finding must be classified there, and the
// true ones must be ≥ 95 % of all.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { silentLogger } from '../../../server/src/core/workspace';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';

import { corporaRoot as CORPORA, corpusDescribe } from '../../corpusTier';
const TABLE = path.resolve(__dirname, '../../../bench/links-classification.md');

/** `corpus file line code` → verdicts, in table order (a line may hold two findings). */
function classified(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of fs.readFileSync(TABLE, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 7 || !/^(TP|FP)$/.test(cells[5])) continue;
    const key = cells.slice(1, 5).join(' ');
    rows.set(key, [...(rows.get(key) ?? []), cells[5]]);
  }
  return rows;
}

corpusDescribe('link findings on the Obsidian and Foam corpora', function () {
  this.timeout(300_000);

  for (const corpus of ['obsidian-tasks-docs', 'foam-docs']) {
    it(`${corpus}: every finding is classified, precision ≥ 0.95`, async function () {
      const root = path.join(CORPORA, corpus);
      if (!fs.existsSync(root)) this.skip();
      const workspace = new FsWorkspace([root], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
      const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS, configFile: {} } as never });
      await service.indexWorkspace();
      const table = classified();
      const unclassified: string[] = [];
      let tp = 0, all = 0;
      for (const uri of service.noteUris()) {
        const file = path.relative(root, URI.parse(uri).fsPath).split(path.sep).join('/');
        for (const d of await service.diagnostics(uri)) {
          if (!d.code.startsWith('link.')) continue;
          const verdict = table.get(`${corpus} ${file} ${d.range.start.line + 1} ${d.code}`)?.shift();
          all++;
          if (!verdict) unclassified.push(`${file}:${d.range.start.line + 1} ${d.code} ${d.message}`);
          else if (verdict === 'TP') tp++;
        }
      }
      assert.deepEqual(unclassified, [], 'findings missing from bench/links-classification.md');
      assert.ok(all === 0 || tp / all >= 0.95, `precision ${tp}/${all}`);
    });
  }
});
