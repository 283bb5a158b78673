// Cold / warm start of our server: from spawning `node dist/server.js --stdio` to the
// first publishDiagnostics of every note ("ready"), and on to the end of indexing (the
// server may publish a first, quicker pass before its index is complete). Then its peak
// RSS, read just before it exits.
import { performance } from 'node:perf_hooks';
import { fileKey } from './corpus';
import { OurServer } from './ourServer';
import { withTimeout } from './stats';

export interface DiagnosticCounts { diagnostics: number; linkDiagnostics: number }
export interface StartResult extends DiagnosticCounts {
  /** Spawn → every note has had publishDiagnostics. Counts are the diagnostics at that moment. */
  ms: number;
  rssMB: number | undefined;
  notes: number;
  /** Spawn → indexing reported done and the last diagnostics pushed; counts then. */
  settled: DiagnosticCounts & { ms: number };
}

export interface Started { server: OurServer; readyMs: number; ready: DiagnosticCounts; settled: DiagnosticCounts & { ms: number } }

/** Starts the server and waits until every note has diagnostics and indexing has settled. */
export async function startAndSettle(folder: string, files: string[], cacheDir: string | undefined, timeoutMs: number): Promise<Started> {
  const server = new OurServer(folder, cacheDir);
  const keys = files.map(fileKey);
  try {
    await withTimeout(server.initialize(), timeoutMs, 'the server to answer initialize');
    const doneAt = await server.waitForAllPublished(keys, 0, `publishDiagnostics for all ${files.length} notes`, timeoutMs);
    const ready = server.counts(keys);
    const settledAt = await server.settle(0, Math.max(10_000, timeoutMs - (performance.now() - server.spawnedAt)));
    return { server, readyMs: doneAt - server.spawnedAt, ready, settled: { ms: Math.max(doneAt, settledAt) - server.spawnedAt, ...server.counts(keys) } };
  } catch (error) {
    server.kill();
    throw error;
  }
}

/**
 * Measures a start. `followUp` runs on the settled server before it stops (the hover
 * scenario reuses the warm start that way); its failure is returned, not thrown, so the
 * start's own numbers are kept. Peak RSS is then read before the follow-up.
 */
export async function oursStart<T = never>(folder: string, files: string[], cacheDir: string | undefined, timeoutMs: number, followUp?: (server: OurServer) => Promise<T>): Promise<StartResult & { followUp?: T | { error: string } }> {
  const { server, readyMs, ready, settled } = await startAndSettle(folder, files, cacheDir, timeoutMs);
  const result = { ms: readyMs, notes: files.length, ...ready, settled };
  if (!followUp) return { ...result, rssMB: await server.stop() };
  const rssMB = server.peakRssMB();
  let after: T | { error: string };
  try {
    after = await followUp(server);
  } catch (error) {
    after = { error: error instanceof Error ? error.message : String(error) };
  }
  await server.stop();
  return { ...result, rssMB, followUp: after };
}
