import type { DiagnosticCode } from '../../../../../shared/protocol';
import type { Range } from '../../model/types';

/** A finding before severity settings apply; `data` is what the matching quick fix reads. */
export interface Finding {
  code: DiagnosticCode;
  message: string;
  range: Range;
  data?: Record<string, unknown>;
}

export interface NoteDiagnostic extends Finding {
  severity: 'error' | 'warning' | 'information' | 'hint';
}
