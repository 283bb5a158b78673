import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createNoteService, createRemarkParser, InMemoryWorkspace } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';

const parser = createRemarkParser();
const PATHS = ['a.md', 'b.md', 'glossary/g.md', 'sub/c.md'];

const line = fc.constantFrom(
  '# 标题', '## 扩展页表 (EPT, Extended Page Tables)', '## Heading', '二级地址转换。',
  '- **vCPU** (虚拟 CPU)：虚拟处理器。', '- **KVM**：内核虚拟机。', '- **KVM**：另一种说法。',
  'EPT页表 与 vCPU 和 KVM', 'See [b](b.md#heading) and [c](sub/c.md) and [x](missing.md).',
  '[[a]] and [[sub/c#标题]]', '- [ ] 问题 TODO', '`EPT` code', '[r][def]', '[def]: a.md', '',
  '---\ntitle: T\naliases: [别名]\n---', '控制组 cgroups 命名空间',
);
const noteText = fc.array(line, { maxLength: 8 }).map((ls) => ls.join('\n'));
const edit = fc.oneof(
  fc.record({ op: fc.constant('write' as const), path: fc.constantFrom(...PATHS), text: noteText }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ op: fc.constant('open' as const), path: fc.constantFrom(...PATHS), text: noteText }),
  fc.record({ op: fc.constant('close' as const), path: fc.constantFrom(...PATHS) }),
);

/** Everything a feature can observe, in a comparable form. */
async function snapshot(service: ReturnType<typeof createNoteService>) {
  const uris = service.noteUris().sort();
  return {
    notes: uris.map((u) => ({ ...service.getNote(u)!, text: service.getNote(u)!.text })),
    concepts: service.concepts().map((c) => ({ id: c.id, name: c.name, aliases: [...c.aliases].sort(), defs: c.definitions.length, conflicting: c.conflicting })),
    mentions: uris.map((u) => service.mentions(u).map((m) => [m.start, m.end, m.conceptId])),
    diagnostics: await Promise.all(uris.map(async (u) => (await service.diagnostics(u)).map((d) => [d.code, d.range.start.line, d.range.start.character]))),
  };
}

describe('incremental index', function () {
  this.timeout(120_000);
  it('any sequence of edits gives the same model, and the same diagnostics re-checking only dependents, as indexing from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 12 }), async (edits) => {
        const workspace = new InMemoryWorkspace('file:///ws', { 'a.md': '# A\n\n[b](b.md)' });
        const live = createNoteService(workspace, parser, silentLogger);
        await live.indexWorkspace();
        const open = new Map<string, string>();
        // What an editor would show: diagnostics re-computed only for the notes each change names.
        const shown = new Map<string, string>();
        const recheck = async (uris: string[]) => {
          for (const u of uris) {
            if (live.getNote(u)) shown.set(u, JSON.stringify(await live.diagnostics(u))); else shown.delete(u);
          }
        };
        await recheck(live.noteUris());
        for (const e of edits) {
          const uri = workspace.uri(e.path);
          if (e.op === 'write') { workspace.write(e.path, e.text); await recheck(await live.fileChanged(uri)); }
          else if (e.op === 'delete') { workspace.delete(e.path); await recheck(live.fileDeleted(uri)); open.delete(uri); }
          else if (e.op === 'open') { open.set(uri, e.text); await recheck(live.setDocumentText(uri, e.text)); }
          else if (open.has(uri)) { open.delete(uri); await recheck(await live.closeDocument(uri)); }
          // Observe after every edit so caches fill up and stale entries would show.
          await snapshot(live);
        }
        const fresh = createNoteService(workspace, parser, silentLogger);
        await fresh.indexWorkspace();
        for (const [uri, text] of open) fresh.setDocumentText(uri, text);
        assert.deepEqual(await snapshot(live), await snapshot(fresh));
        const expected = new Map<string, string>();
        for (const u of fresh.noteUris()) expected.set(u, JSON.stringify(await fresh.diagnostics(u)));
        assert.deepEqual(new Map([...shown].sort()), new Map([...expected].sort()), 'diagnostics re-checked incrementally differ from a fresh check');
      }),
      { numRuns: 150 },
    );
  });
});
