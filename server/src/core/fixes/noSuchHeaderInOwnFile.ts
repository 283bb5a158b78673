import type { FixProvider } from './types';
import { fragmentFixes } from './fragmentFix';
import { DiagnosticCodes } from '../../../../shared/protocol';

/** `#instal` → "Change to #install". */
export const fixNoSuchHeaderInOwnFile: FixProvider = (diagnostic, { note }) =>
  fragmentFixes(diagnostic, note, note, DiagnosticCodes.noSuchHeaderInOwnFile);
