// Building an index the way the server does: read everything, then (when the service has
// that phase) the full parse that finds concepts.
import type { NoteService } from '../../server/src/core';

type WithCompletion = { completeIndex?: (onDone: (affected: string[]) => void) => Promise<number> };

export async function indexFully(service: NoteService): Promise<{ notes: number; failed: number }> {
  const result = await service.indexWorkspace();
  await (service as unknown as WithCompletion).completeIndex?.(() => {});
  return result;
}
