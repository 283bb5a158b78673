import type { NoteCheck } from './index';

/** Checks that live outside the base set (encoding detection joins here). */
export function createFindingChecks(): NoteCheck[] {
  return [];
}
