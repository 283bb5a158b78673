import type { FixProvider } from './types';
import { removeDefinitionFix } from './definitionRemoval';
import { DiagnosticCodes } from '../../../../shared/protocol';

export const fixUnusedDefinition: FixProvider = (diagnostic, { note }) =>
  removeDefinitionFix(note, diagnostic, DiagnosticCodes.unusedDefinition, 'Remove unused link definition');
