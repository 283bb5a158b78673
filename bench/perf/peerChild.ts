// One measurement of the peer in a fresh process (bundled and started by peerRunner.ts):
// list + read the notes, create the language service, computeDiagnostics for every note;
// optionally then rename a heading in memory and re-check the notes it affects.
// Prints one line `PEER_RESULT <json>` on stdout.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { createPeer } from './peer';
import { markdownFiles } from './corpus';
import { renamedText, type LinkedHeading } from './linkedHeading';

export interface PeerJob { folder: string; edit?: LinkedHeading }
export interface PeerOutput {
  ms: number;
  rssMB: number | undefined;
  notes: number;
  diagnostics: number;
  linkDiagnostics: number;
  edit?: { ms: number; notesChecked: number; brokenBefore: number; brokenAfter: number };
}

function peakRssMB(): number | undefined {
  const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : undefined;
}

async function main(job: PeerJob): Promise<PeerOutput> {
  const started = performance.now();
  const files = markdownFiles(job.folder);
  const peer = await createPeer(job.folder, files);
  const byUri = new Map<string, Awaited<ReturnType<typeof peer.diagnostics>>>();
  for (const uri of peer.docs.keys()) byUri.set(uri, await peer.diagnostics(uri));
  const ms = performance.now() - started;
  const all = [...byUri.values()].flat();
  const out: PeerOutput = { ms, rssMB: undefined, notes: files.length, diagnostics: all.length, linkDiagnostics: all.filter((d) => d.code.startsWith('link.')).length };

  if (job.edit) {
    const edit = job.edit;
    const brokenIn = (diagnostics: typeof all, lines: number[]) => diagnostics.filter((d) => d.code.startsWith('link.') && lines.includes(d.line)).length;
    const brokenBefore = edit.linkers.reduce((n, l) => n + brokenIn(byUri.get(URI.file(l.file).toString()) ?? [], l.lines), 0);
    const text = renamedText(edit);
    const editedUri = URI.file(edit.file).toString();
    const t = performance.now();
    peer.update(editedUri, text);
    await peer.diagnostics(editedUri);
    let brokenAfter = 0;
    for (const l of edit.linkers) brokenAfter += brokenIn(await peer.diagnostics(URI.file(l.file).toString()), l.lines);
    out.edit = { ms: performance.now() - t, notesChecked: 1 + edit.linkers.length, brokenBefore, brokenAfter };
  }
  peer.dispose();
  out.rssMB = peakRssMB();
  return out;
}

main(JSON.parse(process.argv[2]) as PeerJob).then(
  (result) => { process.stdout.write(`PEER_RESULT ${JSON.stringify(result)}\n`); },
  (error) => { process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`); process.exitCode = 1; },
);
