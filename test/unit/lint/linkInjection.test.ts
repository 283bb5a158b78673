// Broken links of every kind a corpus's style has, injected into an in-memory copy of
// some of its notes (the files on disk are never touched), must be reported: recall ≥ 0.95.
// Kinds: a missing note, a missing heading in an existing note, a missing block id
// (styles with block ids), a missing attachment, and a wrong-case path where the rules
// are case-sensitive (markdown).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser, type IWorkspace } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { silentLogger } from '../../../server/src/core/workspace';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';
import type { LinkStyle } from '../../../server/src/core/links/linkStyle';

import { corporaRoot as CORPORA, corpusDescribe, corpusNames } from '../../corpusTier';
const NOTES_PER_CORPUS = 40;

interface Injected { line: number; code: string; text: string }

/** The corpus on disk, with some notes' text replaced: the copy the injections go into. */
class OverlayWorkspace implements IWorkspace {
  readonly texts = new Map<string, string>();
  constructor(private readonly base: FsWorkspace) {}
  get roots() { return this.base.roots; }
  listNotes() { return this.base.listNotes(); }
  listFiles() { return this.base.listFiles(); }
  stat(uri: string) { return this.base.stat(uri); }
  async readFile(uri: string) { const t = this.texts.get(uri); return t !== undefined ? new TextEncoder().encode(t) : this.base.readFile(uri); }
}

function rel(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(URI.parse(from).path), URI.parse(to).path).split('/').map(encodeURIComponent).join('/');
}

/** Lines to append to `source`, one broken link each, written the way the style writes links. */
function injections(style: LinkStyle, source: string, target: string, i: number): Array<Omit<Injected, 'line'>> {
  const name = path.posix.basename(URI.parse(target).path).replace(/\.(md|markdown)$/i, '');
  const out: Array<Omit<Injected, 'line'>> = [];
  if (style === 'markdown') {
    const link = rel(source, target);
    out.push({ code: 'link.no-such-file', text: `[missing](injected-missing-note-${i}.md)` });
    out.push({ code: 'link.no-such-header-in-file', text: `[heading](${link}#injected-missing-heading-${i})` });
    out.push({ code: 'link.no-such-file', text: `![attachment](injected-missing-picture-${i}.png)` });
    const wrongCase = link.replace(/[a-z](?=[^/]*$)/, (c) => c.toUpperCase());
    if (wrongCase !== link) out.push({ code: 'link.no-such-file', text: `[case](${wrongCase})` });
  } else {
    const page = style === 'github-wiki' ? name : name;
    out.push({ code: 'link.no-such-file', text: `[[Injected missing note ${i}]]` });
    out.push({ code: 'link.no-such-header-in-file', text: `[[${page}#Injected missing heading ${i}]]` });
    if (style !== 'github-wiki') out.push({ code: 'link.no-such-block', text: `[[${page}#^injected-block-${i}]]` });
    out.push({ code: 'link.no-such-file', text: `![[injected-missing-picture-${i}.png]]` });
  }
  return out;
}

const corpora = corpusNames();

corpusDescribe('injected broken links on every corpus', function () {
  this.timeout(600_000);

  for (const name of corpora) {
    it(`${name}: recall ≥ 0.95 on injected broken links`, async () => {
      const base = new FsWorkspace([path.join(CORPORA, name)], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
      const workspace = new OverlayWorkspace(base);
      const notes = await base.listNotes();
      const step = Math.max(1, Math.floor(notes.length / NOTES_PER_CORPUS));
      const chosen = notes.filter((_, i) => i % step === 0).slice(0, NOTES_PER_CORPUS);
      const probe = createNoteService(base, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS, configFile: {} } as never });
      const style = await probe.linkStyleOf(notes[0]);
      const expected = new Map<string, Injected[]>();
      chosen.forEach((uri, i) => {
        const text = new TextDecoder().decode(fs.readFileSync(URI.parse(uri).fsPath));
        const target = notes[(notes.indexOf(uri) + 7) % notes.length];
        // A fence left open would swallow the injections: close it, as a reader's editor would show.
        const fences = (text.match(/^ {0,3}(```|~~~)/gm) ?? []).length;
        let body = text.replace(/\s*$/, '\n') + (fences % 2 ? '```\n' : '') + '\n';
        const list: Injected[] = [];
        for (const inj of injections(style, uri, target, i)) {
          list.push({ ...inj, line: body.split('\n').length - 1 });
          body += `${inj.text}\n\n`;
        }
        workspace.texts.set(uri, body);
        expected.set(uri, list);
      });
      const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS, configFile: {} } as never });
      await service.indexWorkspace();
      let found = 0, total = 0;
      const missed: string[] = [];
      for (const [uri, list] of expected) {
        const diagnostics = await service.diagnostics(uri);
        for (const inj of list) {
          total++;
          if (diagnostics.some((d) => d.range.start.line === inj.line && d.code === inj.code)) found++;
          else missed.push(`${path.basename(uri)}:${inj.line + 1} ${inj.text} (${inj.code})`);
        }
      }
      const recall = found / total;
      console.log(`      ${name} (${style}): ${found}/${total} injected found, recall ${recall.toFixed(3)}`);
      if (process.env.INJECTION_MISSED) console.log(missed.join("\n"));
      assert.ok(total >= 3 * chosen.length);
      assert.ok(recall >= 0.95, `recall ${recall.toFixed(3)}; missed:\n${missed.slice(0, 20).join('\n')}`);
    });
  }
});
