import type { FixProvider } from './types';
import { fragmentFixes } from './fragmentFix';
import { DiagnosticCodes } from '../../../../shared/protocol';

/** `other.md#instal` → "Change to #install", with the headings of `other.md`. */
export const fixNoSuchHeaderInFile: FixProvider = (diagnostic, { note, getNote }) => {
  const uri = typeof diagnostic.data?.uri === 'string' ? diagnostic.data.uri : undefined;
  return fragmentFixes(diagnostic, note, uri ? getNote(uri) : undefined, DiagnosticCodes.noSuchHeaderInFile);
};
