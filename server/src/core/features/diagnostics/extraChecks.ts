import type { NoteCheck } from './index';
import { checkMojibake } from './mojibake';

/** Checks that live outside the base set: encoding damage detection. */
export function createFindingChecks(): NoteCheck[] {
  return [checkMojibake];
}
