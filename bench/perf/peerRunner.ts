// Runs peerChild.ts in a fresh `node` process per measurement (see childRunner.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runChild } from './childRunner';
import type { PeerJob, PeerOutput } from './peerChild';

export function runPeer(job: PeerJob, tempRoot: string, timeoutMs: number): Promise<PeerOutput> {
  return runChild<PeerJob, PeerOutput>('peerChild.ts', 'PEER_RESULT', job, `the peer on ${job.folder}`, tempRoot, timeoutMs);
}

export function tempRootFor(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
