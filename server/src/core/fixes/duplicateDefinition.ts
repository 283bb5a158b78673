import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { removeDefinitionFix } from './definitionRemoval';
import { DiagnosticCodes } from '../../../../shared/protocol';

/** Only the later copies are reported (the first one wins), so removing them changes nothing rendered. */
export const fixDuplicateDefinition: FixProvider = (diagnostic, { note }) =>
  removeDefinitionFix(note, diagnostic, DiagnosticCodes.duplicateDefinition, (label) => l10n.t('Remove duplicate link definition [{label}]', { label }));
