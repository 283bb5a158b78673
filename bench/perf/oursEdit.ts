// Edit one note in our server: after start-up has settled, open the note that holds a
// linked heading, then rename the heading (didChange). Measured from didChange to the
// moment the edited note and every linking note have fresh diagnostics, the linkers
// showing the now broken link.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileKey } from './corpus';
import { renamedText, type LinkedHeading } from './linkedHeading';
import { startAndSettle } from './oursStart';
import type { OurServer } from './ourServer';

export interface EditResult { ms: number; notesRepublished: number; brokenBefore: number; brokenAfter: number }

function brokenAt(server: OurServer, key: string, lines: number[]): number {
  return (server.latest.get(key)?.diagnostics ?? []).filter((d) => String(d.code ?? '').startsWith('link.') && lines.includes(d.range.start.line)).length;
}

/** Waits until nothing was pushed for `quietMs` (opening a note may or may not re-check it). */
function quiet(server: OurServer, quietMs: number, timeoutMs: number): Promise<true> {
  const since = performance.now();
  return server.waitFor(`${quietMs} ms without diagnostics`, () => {
    const last = Math.max(since, server.publishLog.at(-1)?.at ?? 0);
    return performance.now() - last >= quietMs ? true : undefined;
  }, timeoutMs);
}

export async function oursEdit(folder: string, files: string[], cacheDir: string | undefined, heading: LinkedHeading, timeoutMs: number): Promise<EditResult> {
  const { server } = await startAndSettle(folder, files, cacheDir, timeoutMs);
  try {
    const linkers = heading.linkers.map((l) => ({ key: fileKey(l.file), lines: l.lines }));
    const brokenBefore = linkers.reduce((n, l) => n + brokenAt(server, l.key, l.lines), 0);
    const uri = server.uri(heading.file);
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(heading.file, 'utf8') } });
    await quiet(server, 1000, 30_000);

    const mark = server.mark();
    const started = performance.now();
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: renamedText(heading) }] });
    const editedKey = fileKey(heading.file);
    const fresh = (key: string) => (server.latest.get(key)?.seq ?? 0) > mark;
    const doneAt = await server.waitFor(`fresh diagnostics for the edited note and its ${linkers.length} linking notes (with the broken link)`, () => {
      if (!fresh(editedKey)) return undefined;
      if (!linkers.every((l) => fresh(l.key) && brokenAt(server, l.key, l.lines) > 0)) return undefined;
      return Math.max(server.latest.get(editedKey)!.at, ...linkers.map((l) => server.latest.get(l.key)!.at));
    }, timeoutMs);
    const notesRepublished = new Set(server.publishLog.filter((p) => p.seq > mark && p.at <= doneAt).map((p) => p.key)).size;
    const brokenAfter = linkers.reduce((n, l) => n + brokenAt(server, l.key, l.lines), 0);
    return { ms: doneAt - started, notesRepublished, brokenBefore, brokenAfter };
  } finally {
    await server.stop();
  }
}
