import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { removeDefinitionFix } from './definitionRemoval';
import { DiagnosticCodes } from '../../../../shared/protocol';

export const fixUnusedDefinition: FixProvider = (diagnostic, { note }) =>
  removeDefinitionFix(note, diagnostic, DiagnosticCodes.unusedDefinition, (label) => l10n.t('Remove unused link definition [{label}]', { label }));
